// Chat bubbles: the bot's Cloud API request bodies (WHATSAPP.md §5) and the learner's own messages.
// Bot bubbles are "in" (left), learner bubbles are "out" (right), as on the learner's phone.

import { STATE_LABELS, clock, el, safeHttpUrl } from './dom.js';
import { formatText } from './format.js';
import { icon, ticks } from './icons.js';

/**
 * Builds the bubble for one captured outbound body, or null for bodies that are not bubbles
 * (read receipts and reactions change existing bubbles instead; the app handles them).
 * @param {{seq:number, at:string, message_id:string, status?:string, body:Object}} entry outbox entry
 * @param {{onButton:Function, onList:Function, quoteOf:Function}} actions callbacks for taps
 * @returns {HTMLElement|null}
 */
export function botBubble(entry, actions) {
  const body = entry.body ?? {};
  if (body.status === 'read' || body.type === 'reaction') return null;
  const bubble = el('div', { className: 'bubble in', attrs: { 'data-message-id': entry.message_id ?? '' } });
  bubble.dataset.type = body.type ?? 'unknown';
  const quoted = body.context?.message_id ? actions.quoteOf(body.context.message_id) : null;
  if (quoted) bubble.append(quote(quoted));
  bubble.append(...botContent(body, entry, actions));
  bubble.append(meta(new Date(entry.at ?? Date.now())));
  // As in WhatsApp, the time sits under the text and the buttons come after it, at the bottom of the bubble.
  const buttons = bubble.querySelector(':scope > .actions');
  if (buttons) bubble.append(buttons);
  if (entry.status === 'failed') {
    bubble.classList.add('failed');
    bubble.append(el('p', { className: 'delivery-failed', text: 'El servidor marcó este envío como fallido' }));
  }
  return wrap(bubble, 'in');
}

/** The content nodes for each Cloud API message type; unknown types still show something readable. */
function botContent(body, entry, actions) {
  switch (body.type) {
    case 'text':
      return [textBlock(body.text?.body)];
    case 'interactive':
      return interactive(body.interactive ?? {}, entry, actions);
    case 'template':
      return template(body.template ?? {});
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return media(body.type, body[body.type] ?? {});
    case 'location':
      return [locationCard(body.location ?? {})];
    case 'contacts':
      return contacts(body.contacts ?? []);
    default:
      return unsupported(`Mensaje de tipo «${body.type ?? '?'}»`, body);
  }
}

/** Types the simulator does not draw yet still show their request body, which is what a developer needs. */
function unsupported(label, object) {
  return [
    el('p', { className: 'unsupported', text: `${label}: el simulador aún no lo dibuja.` }),
    el('details', { className: 'raw' }, [el('summary', { text: 'Ver JSON' }), el('pre', { text: JSON.stringify(object, null, 2) })]),
  ];
}

function textBlock(text) {
  return el('div', { className: 'text' }, [formatText(text ?? '')]);
}

function interactive(message, entry, actions) {
  const nodes = [];
  const header = message.header;
  if (header?.type === 'text') nodes.push(el('div', { className: 'header', text: header.text ?? '' }));
  else if (header?.type) nodes.push(...media(header.type, header[header.type] ?? {}));
  if (message.body?.text) nodes.push(textBlock(message.body.text));
  if (message.footer?.text) nodes.push(el('div', { className: 'footer', text: message.footer.text }));

  const action = message.action ?? {};
  const bodyText = message.body?.text ?? '';
  switch (message.type) {
    case 'button':
      nodes.push(replyButtons(action.buttons ?? [], entry, bodyText, actions));
      break;
    case 'list':
      nodes.push(listOpener(action, entry, bodyText, actions));
      break;
    case 'cta_url':
      nodes.push(ctaLink(action.parameters ?? {}));
      break;
    default:
      nodes.push(...unsupported(`Mensaje interactivo «${message.type ?? '?'}»`, message));
  }
  return nodes;
}

/** Reply buttons stay tappable, as in WhatsApp; every tap is one button_reply. */
function replyButtons(buttons, entry, bodyText, actions) {
  const row = el('div', { className: 'actions' });
  for (const button of buttons) {
    const reply = button.reply ?? {};
    const node = el('button', {
      className: 'btn-reply',
      attrs: { type: 'button', 'data-id': reply.id ?? '' },
      text: reply.title ?? '',
    });
    node.addEventListener('click', () => actions.onButton(entry.message_id, reply, bodyText));
    row.append(node);
  }
  return row;
}

function listOpener(action, entry, bodyText, actions) {
  const label = action.button || 'Ver opciones';
  const node = el('button', { className: 'list-open', attrs: { type: 'button' } }, [icon('list', 20), label]);
  node.addEventListener('click', () => actions.onList(entry.message_id, action, bodyText));
  return el('div', { className: 'actions' }, [node]);
}

function ctaLink(parameters) {
  const label = parameters.display_text || 'Abrir enlace';
  const href = safeHttpUrl(parameters.url);
  const node = href
    ? el('a', { className: 'btn-cta', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, [icon('link', 18), label])
    : el('span', { className: 'btn-cta disabled', attrs: { title: 'Enlace no válido' } }, [icon('link', 18), label]);
  return el('div', { className: 'actions' }, [node]);
}

/** Templates are shown as the approved template's name plus its parameters, readably. */
function template(message) {
  const language = message.language?.code ? ` · ${message.language.code}` : '';
  const nodes = [el('div', { className: 'template-name' }, [icon('document', 16), 'Plantilla ', el('strong', { text: message.name ?? '?' }), language])];
  const buttons = [];
  for (const component of message.components ?? []) {
    const values = (component.parameters ?? []).map(parameterText);
    if (component.type === 'button') {
      buttons.push(el('span', { className: 'template-button', text: values.join(' ') || `Botón ${component.index ?? ''}` }));
      continue;
    }
    const label = { header: 'Encabezado', body: 'Cuerpo' }[component.type] ?? component.type;
    const list = el('ol', { className: 'template-params' }, values.map((value) => el('li', { text: value })));
    nodes.push(el('div', { className: 'template-part' }, [el('span', { className: 'template-label', text: `${label}:` }), list]));
  }
  if (buttons.length) nodes.push(el('div', { className: 'actions template-buttons' }, buttons));
  return nodes;
}

function parameterText(parameter) {
  const name = parameter.parameter_name ? `${parameter.parameter_name} = ` : '';
  const value = (() => {
    switch (parameter.type) {
      case 'text': return parameter.text;
      case 'payload': return `[respuesta: ${parameter.payload}]`;
      case 'currency': return parameter.currency?.fallback_value;
      case 'date_time': return parameter.date_time?.fallback_value;
      case 'image':
      case 'video':
      case 'document': return `[${MEDIA_LABELS[parameter.type]}]`;
      default: return parameter.text ?? parameter.type;
    }
  })();
  return `${name}${value ?? ''}`;
}

const MEDIA_LABELS = {
  image: 'Imagen',
  video: 'Video',
  audio: 'Audio',
  document: 'Documento',
  sticker: 'Sticker',
};
const MEDIA_ICONS = { image: 'image', video: 'video', audio: 'audio', document: 'document', sticker: 'image' };

/** Media sent by public link or uploaded id: an image link shows the picture, the rest a placeholder card. */
function media(kind, object) {
  // Uploaded media lives in the fake Graph API, which lets this page open it.
  const uploaded = object.id ? new URL(`/simulator/graph/uploads/${encodeURIComponent(object.id)}`, window.location.href).href : null;
  const href = safeHttpUrl(object.link) ?? uploaded;
  const nodes = [];
  if (kind === 'image' && href) {
    const image = el('img', { className: 'media-image', attrs: { src: href, alt: object.caption || 'Imagen', loading: 'lazy' } });
    // A broken link should still say what was sent.
    image.addEventListener('error', () => image.replaceWith(mediaCard(kind, object, href)));
    nodes.push(image);
  } else {
    nodes.push(mediaCard(kind, object, href));
  }
  if (object.caption) nodes.push(textBlock(object.caption));
  return nodes;
}

function mediaCard(kind, object, href) {
  const title = object.filename || MEDIA_LABELS[kind] || kind;
  const detail = object.id ? `id ${object.id}` : href ? new URL(href).hostname : 'sin enlace';
  const card = el('div', { className: `media-card media-${kind}` }, [
    el('span', { className: `media-icon icon-${kind}` }, [icon(MEDIA_ICONS[kind] ?? 'document', 30)]),
    el('span', { className: 'media-text' }, [el('span', { className: 'media-title', text: title }), el('span', { className: 'media-detail', text: detail })]),
  ]);
  if (!href) return card;
  const anchor = el('a', { className: 'media-link', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
  anchor.append(card);
  return anchor;
}

function locationCard(location) {
  const coordinates = `${Number(location.latitude).toFixed(4)}, ${Number(location.longitude).toFixed(4)}`;
  return el('div', { className: 'location-card' }, [
    el('span', { className: 'location-pin' }, [icon('pin', 30)]),
    el('span', { className: 'media-text' }, [
      el('span', { className: 'media-title', text: location.name || 'Ubicación' }),
      location.address ? el('span', { className: 'media-detail', text: location.address }) : null,
      el('span', { className: 'media-detail', text: coordinates }),
    ]),
  ]);
}

function contacts(list) {
  return list.map((contact) => el('div', { className: 'media-card' }, [
    el('span', { className: 'media-icon' }, [icon('person', 30)]),
    el('span', { className: 'media-title', text: contact.name?.formatted_name ?? 'Contacto' }),
  ]));
}

/**
 * Builds a learner bubble, with a clock until its delivery state is known.
 * @param {{kind:string, text?:string, location?:Object, quote?:string}} message what the learner sent
 * @param {Date} sentAt when it was sent
 * @returns {HTMLElement} the row element; its .bubble child carries the ticks
 */
export function learnerBubble(message, sentAt) {
  const bubble = el('div', { className: 'bubble out' });
  bubble.dataset.type = message.kind;
  if (message.quote) bubble.append(quote(message.quote));
  bubble.append(message.kind === 'location' ? locationCard(message.location) : textBlock(message.text));
  bubble.append(meta(sentAt, 'pending'));
  return wrap(bubble, 'out');
}

/** Updates the ticks of a learner bubble; "read" only ever moves forward. */
export function setDeliveryState(bubble, state) {
  const holder = bubble.querySelector('.ticks');
  if (!holder || holder.dataset.state === 'read') return;
  holder.dataset.state = state;
  holder.title = STATE_LABELS[state];
  holder.setAttribute('aria-label', STATE_LABELS[state]);
  holder.replaceChildren(ticks(state));
  bubble.classList.toggle('failed', state === 'failed');
}

/** Shows (or removes, with an empty emoji) the reaction badge on a bubble. */
export function setReaction(bubble, emoji) {
  bubble.querySelector('.reaction')?.remove();
  if (emoji) bubble.append(el('span', { className: 'reaction', attrs: { title: 'Reacción del bot' }, text: emoji }));
}

/** A short, single-line description of a bubble, used when a later message quotes it. */
export function summaryOf(bubble) {
  const text = bubble.querySelector('.text, .media-title, .template-name')?.textContent ?? '';
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

function quote(text) {
  return el('div', { className: 'quote', text });
}

function meta(date, state) {
  const nodes = [el('time', { className: 'time', attrs: { datetime: date.toISOString() }, text: clock(date) })];
  if (state) {
    const holder = el('span', { className: 'ticks', attrs: { 'data-state': state, title: STATE_LABELS[state], 'aria-label': STATE_LABELS[state] } });
    holder.append(ticks(state));
    nodes.push(holder);
  }
  return el('div', { className: 'meta' }, nodes);
}

function wrap(bubble, side) {
  return el('div', { className: `msg ${side}` }, [bubble]);
}
