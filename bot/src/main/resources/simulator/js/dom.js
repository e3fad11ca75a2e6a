// Small DOM helpers. Everything the page shows is built from nodes with textContent, never from HTML
// strings, so text coming from the bot or the learner can never become markup.

/**
 * Creates an element.
 * @param {string} tag element name
 * @param {{className?: string, attrs?: Object<string,string>, text?: string}} [options]
 * @param {Array<Node|string|null|undefined>} [children] nodes or plain strings (added as text nodes)
 * @returns {HTMLElement}
 */
export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = options.text;
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to a parent, skipping null/undefined. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Formats an instant as the "14:05" clock WhatsApp shows under each bubble (the viewer's local time). */
export function clock(date) {
  return date.toLocaleTimeString('es-MX', { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Only http(s) links may become clickable or load as images: anything else (javascript:, data:) stays text. */
export function safeHttpUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// Tick shapes close to WhatsApp's: one check for "sent", two overlapping checks for "delivered"/"read".
const SINGLE_TICK = 'M10.9 3.3 4.6 9.6 1.5 6.5l-1 1 4.1 4.1 7.3-7.3z';
const DOUBLE_TICK = 'M15.01 3.316l-.478-.372a.365.365 0 0 0-.51.063L8.666 9.879a.32.32 0 0 1-.484.033l-.358-.325'
  + 'a.319.319 0 0 0-.484.032l-.378.483a.418.418 0 0 0 .036.541l1.32 1.266c.143.14.361.125.484-.033l6.272-8.048'
  + 'a.366.366 0 0 0-.064-.512zm-4.1 0l-.478-.372a.365.365 0 0 0-.51.063L4.566 9.879a.32.32 0 0 1-.484.033'
  + 'L1.891 7.769a.366.366 0 0 0-.515.006l-.423.433a.364.364 0 0 0 .006.514l3.258 3.185c.143.14.361.125.484-.033'
  + 'l6.272-8.048a.365.365 0 0 0-.063-.51z';
const CLOCK = 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm0 1.3a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8z'
  + 'M7.4 4.5h1.2v3.3l2.3 1.4-.6 1-2.9-1.7z';
const ALERT = 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zm-.7 3h1.4v4.6H7.3zm0 5.8h1.4v1.4H7.3z';

/**
 * Builds the delivery-state icon of a learner bubble.
 * @param {'pending'|'sent'|'delivered'|'read'|'failed'} state
 */
export function ticks(state) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 15');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '15');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  const shape = { pending: CLOCK, sent: SINGLE_TICK, failed: ALERT }[state] ?? DOUBLE_TICK;
  path.setAttribute('d', shape);
  svg.append(path);
  return svg;
}

/** Spanish labels for screen readers and tooltips. */
export const STATE_LABELS = {
  pending: 'Enviando',
  sent: 'Enviado',
  delivered: 'Entregado',
  read: 'Leído',
  failed: 'No enviado',
};
