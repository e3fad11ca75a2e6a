// WhatsApp text formatting (*bold*, _italic_, ~strike~, ```mono```) turned into DOM nodes.
// The parser returns nodes, never an HTML string: the text stays text whatever it contains.
// Newlines are kept as characters; the bubble's CSS (white-space: pre-wrap) shows them.

import { el } from './dom.js';

const STYLES = {
  '*': 'strong',
  '_': 'em',
  '~': 's',
};
const FENCE = '```';
// A URL runs until whitespace; trailing punctuation is left out so "visita https://x.mx." links correctly.
const URL_AT_START = /^https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'*_~]/;

/**
 * Formats WhatsApp-styled text.
 * @param {string} text raw text as the bot sent it
 * @returns {DocumentFragment}
 */
export function formatText(text) {
  const fragment = document.createDocumentFragment();
  fragment.append(...parse(String(text ?? '')));
  return fragment;
}

/** Parses text into an array of nodes; recursive for nested styles such as *_bold italic_*. */
function parse(text) {
  const nodes = [];
  let plain = '';
  const flushPlain = () => {
    if (plain) nodes.push(document.createTextNode(plain));
    plain = '';
  };

  let i = 0;
  while (i < text.length) {
    const token = mono(text, i) ?? link(text, i) ?? styled(text, i);
    if (token) {
      flushPlain();
      nodes.push(token.node);
      i = token.end;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  flushPlain();
  return nodes;
}

/** ```monospace``` may span lines and its content is never formatted further. */
function mono(text, i) {
  if (!text.startsWith(FENCE, i)) return null;
  const close = text.indexOf(FENCE, i + FENCE.length);
  if (close <= i + FENCE.length) return null;
  const content = text.slice(i + FENCE.length, close);
  return { node: el('code', { className: 'mono', text: content }), end: close + FENCE.length };
}

/** Bare http(s) URLs become links that open in a new tab, like WhatsApp does. */
function link(text, i) {
  if (text[i] !== 'h' || (i > 0 && isWordChar(text[i - 1]))) return null;
  const match = URL_AT_START.exec(text.slice(i, i + 2048));
  if (!match) return null;
  const anchor = el('a', { attrs: { href: match[0], target: '_blank', rel: 'noopener noreferrer' }, text: match[0] });
  return { node: anchor, end: i + match[0].length };
}

/**
 * *x*, _x_ and ~x~ follow WhatsApp's rules: the opening marker is not glued to a preceding letter or digit
 * (so snake_case stays as is), content does not start or end with a space, the closing marker is not
 * followed by a letter or digit, and the style ends on the same line.
 */
function styled(text, i) {
  const marker = text[i];
  const tag = STYLES[marker];
  if (!tag) return null;
  if (i > 0 && (isWordChar(text[i - 1]) || text[i - 1] === marker)) return null;
  if (i + 1 >= text.length || isSpace(text[i + 1]) || text[i + 1] === marker) return null;
  for (let j = i + 2; j < text.length; j += 1) {
    if (text[j] === '\n') return null;
    if (text[j] === marker && !isSpace(text[j - 1]) && !isWordChar(text[j + 1] ?? ' ')) {
      const inner = text.slice(i + 1, j);
      return { node: el(tag, {}, parse(inner)), end: j + 1 };
    }
  }
  return null;
}

function isWordChar(ch) {
  return /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(ch) {
  return /\s/u.test(ch);
}
