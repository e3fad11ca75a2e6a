// Icons as inline SVG built from constant path data (nothing from the server), so the page needs no icon font,
// no image files, and looks the same on machines without an emoji font (headless CI Chromium has none).

const SVG_NS = 'http://www.w3.org/2000/svg';

const PATHS = {
  pin: 'M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5a2.5 2.5 0 0 1 0-5 2.5 2.5 0 0 1 0 5z',
  document: 'M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  image: 'M21 19V5c0-1.1-.9-2-2-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2zM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5z',
  video: 'M17 10.5V7c0-.55-.45-1-1-1H4c-.55 0-1 .45-1 1v10c0 .55.45 1 1 1h12c.55 0 1-.45 1-1v-3.5l4 4v-11l-4 4z',
  audio: 'M12 3v10.55A4 4 0 1 0 14 17V7h4V3h-6z',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
  list: 'M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z',
  reply: 'M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z',
  link: 'M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14c1.1 0 2-.9 2-2v-7h-2v7zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3h-7z',
};

/**
 * A named icon.
 * @param {keyof PATHS} name
 * @param {number} [size] width and height in CSS pixels
 */
export function icon(name, size = 24) {
  return svg('0 0 24 24', size, size, PATHS[name]);
}

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
  const shape = { pending: CLOCK, sent: SINGLE_TICK, failed: ALERT }[state] ?? DOUBLE_TICK;
  return svg('0 0 16 15', 16, 15, shape);
}

function svg(viewBox, width, height, shape) {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('viewBox', viewBox);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('class', 'icon');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', shape);
  root.append(path);
  return root;
}

