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

/** Spanish labels for screen readers and tooltips. */
export const STATE_LABELS = {
  pending: 'Enviando',
  sent: 'Enviado',
  delivered: 'Entregado',
  read: 'Leído',
  failed: 'No enviado',
};
