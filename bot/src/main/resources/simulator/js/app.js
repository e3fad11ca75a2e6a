// The simulator page: a learner's WhatsApp chat with the bot. Learner messages go to api/messages (the server
// turns them into signed webhooks); the bot's Cloud API calls come back through api/outbox, polled incrementally.

import { ApiError, loadConfig, loadOutbox, resetConversation, sendMessage } from './api.js';
import { botBubble, learnerBubble, setDeliveryState, setReaction, summaryOf } from './bubbles.js';
import { el } from './dom.js';
import { forgetSent, rememberSent, sentMessages } from './history.js';
import { locationContent } from './location.js';
import { closeSheet, initSheet, listContent, openSheet } from './sheet.js';

const POLL_MS = 700;
const POLL_RETRY_MS = 2500;
// WhatsApp drops the typing indicator after 25 s or when the reply arrives.
const TYPING_MS = 25000;
const STORAGE = { waId: 'aprende.simulator.wa_id', name: 'aprende.simulator.name' };
const WA_ID = /^[0-9]{8,15}$/;

const $ = (id) => document.getElementById(id);

const state = {
  config: { business_name: 'Aprende', business_phone: '', default_wa_id: '5215512345678', default_name: 'Ana' },
  waId: '',
  name: '',
  lastSeq: 0,
  // False until the first poll of a conversation has replayed its history; an old typing indicator in that
  // history must not show "escribiendo…" again.
  caughtUp: false,
  // Bumped whenever the conversation changes, so answers to older requests are dropped.
  generation: 0,
  learner: new Map(), // message_id -> learner bubble
  bot: new Map(), // message_id -> bot bubble
  // A read receipt or reaction can arrive before the POST that created its target has answered.
  pendingReads: new Set(),
  pendingReactions: new Map(),
  typingTimer: 0,
  bannerKind: '',
};

async function start() {
  initSheet();
  wireComposer();
  wireSettings();
  wireAttachments();
  $('new-conversation').addEventListener('click', newConversation);
  $('error-close').addEventListener('click', () => hideBanner());

  try {
    state.config = { ...state.config, ...(await loadConfig()) };
  } catch (error) {
    showBanner(error.message, 'connection');
  }
  applyConfig();
  pollForever();
}

function applyConfig() {
  const { config } = state;
  $('business-name').textContent = config.business_name;
  $('business-avatar').textContent = (config.business_name || '?').trim().charAt(0).toUpperCase();
  $('presence').textContent = config.business_phone || 'Simulador de WhatsApp';
  state.waId = localStorage.getItem(STORAGE.waId) || config.default_wa_id;
  state.name = localStorage.getItem(STORAGE.name) ?? config.default_name;
  $('wa-id').value = state.waId;
  $('profile-name').value = state.name;
}

// ---- settings ---------------------------------------------------------------------------------------------

function wireSettings() {
  $('settings').addEventListener('submit', (event) => event.preventDefault());
  $('wa-id').addEventListener('change', () => {
    const value = $('wa-id').value.replace(/[\s+()-]/g, '');
    $('wa-id').value = value;
    if (!validWaId()) return;
    if (value === state.waId) return;
    localStorage.setItem(STORAGE.waId, value);
    state.waId = value;
    clearChat();
  });
  $('profile-name').addEventListener('input', () => {
    state.name = $('profile-name').value;
    localStorage.setItem(STORAGE.name, state.name);
  });
}

function validWaId() {
  const ok = WA_ID.test($('wa-id').value);
  $('wa-id').classList.toggle('invalid', !ok);
  if (!ok) showBanner('Escribe tu número solo con dígitos, con lada de país (de 8 a 15 dígitos).', 'settings');
  else hideBanner('settings');
  return ok;
}

// ---- sending ----------------------------------------------------------------------------------------------

function wireComposer() {
  const composer = $('composer');
  $('composer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sendText();
  });
  composer.addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter adds a line; never while an input method is composing a character.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      sendText();
    }
  });
  composer.addEventListener('input', () => growComposer());
}

/** The text box grows with its content up to a few lines, then scrolls, like WhatsApp's. */
function growComposer() {
  const composer = $('composer');
  composer.style.height = 'auto';
  composer.style.height = `${Math.min(composer.scrollHeight, 140)}px`;
}

function sendText() {
  const composer = $('composer');
  const text = composer.value.trim();
  if (!text || !validWaId()) return;
  composer.value = '';
  growComposer();
  deliver({ type: 'text', text }, { kind: 'text', text }, () => {
    // Nothing typed may be lost: put the text back unless the person already typed something new.
    if (!composer.value) {
      composer.value = text;
      growComposer();
    }
  });
  composer.focus();
}

function sendButtonReply(contextId, reply, quotedText) {
  if (!validWaId()) return;
  deliver(
    { type: 'button_reply', id: reply.id, title: reply.title, context_message_id: contextId },
    { kind: 'button_reply', text: reply.title, quote: quotedText },
  );
}

function sendListReply(contextId, row, quotedText) {
  if (!validWaId()) return;
  closeSheet();
  deliver(
    { type: 'list_reply', id: row.id, title: row.title, context_message_id: contextId },
    { kind: 'list_reply', text: row.description ? `${row.title}\n${row.description}` : row.title, quote: quotedText },
  );
}

function sendLocation(place) {
  if (!validWaId()) return;
  closeSheet();
  const message = { type: 'location', latitude: place.latitude, longitude: place.longitude };
  if (place.name) message.location_name = place.name;
  deliver(message, { kind: 'location', location: { ...place } });
}

/**
 * Shows the learner's bubble at once (with a clock), posts the message, then shows the outcome on the bubble.
 * @param {Object} fields type-specific fields of the api/messages request
 * @param {Object} shown what the learner's bubble shows
 * @param {Function} [onFailure] extra recovery, e.g. giving the typed text back
 */
async function deliver(fields, shown, onFailure) {
  const generation = state.generation;
  const { waId, lastSeq } = state;
  const sentAt = new Date();
  const row = learnerBubble(shown, sentAt);
  const bubble = row.querySelector('.bubble');
  appendToChat(row, true);
  try {
    const answer = await sendMessage({ wa_id: waId, name: state.name, ...fields });
    hideBanner('send');
    if (generation !== state.generation) return;
    const id = answer?.message_id ?? '';
    bubble.dataset.messageId = id;
    state.learner.set(id, bubble);
    rememberSent(waId, { afterSeq: lastSeq, id, at: sentAt.toISOString(), shown });
    // The webhook reached the bot: two grey ticks until the bot marks the message read.
    setDeliveryState(bubble, 'delivered');
    applyPending(id);
  } catch (error) {
    setDeliveryState(bubble, 'failed');
    showBanner(error instanceof ApiError ? error.message : `No se pudo enviar: ${error}`, 'send');
    onFailure?.();
  }
}

function applyPending(id) {
  if (state.pendingReads.delete(id)) markRead(id);
  if (state.pendingReactions.has(id)) {
    setReaction(state.learner.get(id), state.pendingReactions.get(id));
    state.pendingReactions.delete(id);
  }
}

// ---- attachments ------------------------------------------------------------------------------------------

function wireAttachments() {
  const button = $('attach');
  const menu = $('attach-menu');
  const toggle = (open) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => toggle(menu.hidden));
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !event.target.closest('.attach-wrap')) toggle(false);
  });
  $('share-location').addEventListener('click', () => {
    toggle(false);
    openSheet('Enviar ubicación', locationContent(sendLocation), 'location');
  });
}

// ---- receiving --------------------------------------------------------------------------------------------

/** One poll at a time: the next starts only after the previous answered, so slow servers are not flooded. */
async function pollForever() {
  let delay = POLL_MS;
  try {
    await pollOnce();
    hideBanner('connection');
  } catch (error) {
    showBanner(error.message, 'connection');
    delay = POLL_RETRY_MS;
  }
  setTimeout(pollForever, delay);
}

async function pollOnce() {
  if (!WA_ID.test(state.waId)) return;
  const generation = state.generation;
  const answer = await loadOutbox(state.waId, state.lastSeq);
  if (generation !== state.generation) return;
  const entries = [...(answer?.messages ?? [])].sort((a, b) => a.seq - b.seq);
  // The first poll replays the conversation: put the learner's remembered messages back between the bot's.
  const backlog = state.caughtUp ? [] : sentMessages(state.waId).filter((message) => !state.learner.has(message.id));
  for (const entry of entries) {
    if (entry.seq <= state.lastSeq) continue;
    while (backlog.length && backlog[0].afterSeq < entry.seq) restoreSent(backlog.shift());
    state.lastSeq = entry.seq;
    receive(entry);
  }
  backlog.forEach(restoreSent);
  state.caughtUp = true;
}

function restoreSent(message) {
  const row = learnerBubble(message.shown, new Date(message.at));
  const bubble = row.querySelector('.bubble');
  bubble.dataset.messageId = message.id;
  state.learner.set(message.id, bubble);
  setDeliveryState(bubble, 'delivered');
  appendToChat(row, true);
}

/** Applies one captured outbound request: a new bubble, a read receipt or a reaction. */
function receive(entry) {
  const body = entry.body ?? {};
  if (body.status === 'read') {
    markRead(body.message_id);
    if (body.typing_indicator && state.caughtUp) showTyping();
    return;
  }
  if (body.type === 'reaction') {
    react(body.reaction ?? {});
    return;
  }
  const row = botBubble(entry, {
    onButton: sendButtonReply,
    onList: openList,
    quoteOf: (id) => {
      const target = state.learner.get(id) ?? state.bot.get(id);
      return target ? summaryOf(target) : null;
    },
  });
  hideTyping();
  appendToChat(row, false);
  if (entry.message_id) state.bot.set(entry.message_id, row.querySelector('.bubble'));
}

/** Reading one message marks every earlier learner message read too, as WhatsApp does. */
function markRead(messageId) {
  const target = state.learner.get(messageId);
  if (!target) {
    state.pendingReads.add(messageId);
    return;
  }
  for (const bubble of $('chat').querySelectorAll('.bubble.out')) {
    if (!bubble.classList.contains('failed')) setDeliveryState(bubble, 'read');
    if (bubble === target) break;
  }
}

function react(reaction) {
  const target = state.learner.get(reaction.message_id) ?? state.bot.get(reaction.message_id);
  if (target) setReaction(target, reaction.emoji);
  else state.pendingReactions.set(reaction.message_id, reaction.emoji);
}

function openList(contextId, action, quotedText) {
  openSheet(action.button || 'Opciones', listContent(action, (row) => sendListReply(contextId, row, quotedText)), 'list');
}

function showTyping() {
  $('presence').textContent = 'escribiendo…';
  $('presence').classList.add('typing');
  if (!$('typing')) {
    const dots = el('div', { className: 'msg in', attrs: { id: 'typing' } }, [
      el('div', { className: 'bubble-typing', attrs: { 'aria-label': 'escribiendo' } }, [el('i'), el('i'), el('i')]),
    ]);
    appendToChat(dots, false);
  }
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(hideTyping, TYPING_MS);
}

function hideTyping() {
  clearTimeout(state.typingTimer);
  $('typing')?.remove();
  $('presence').classList.remove('typing');
  $('presence').textContent = state.config.business_phone || 'Simulador de WhatsApp';
}

// ---- chat area --------------------------------------------------------------------------------------------

/**
 * Adds a row without touching the others. The view follows new messages only when the person was already
 * at the bottom (or sent the message), so reading older messages is not interrupted.
 */
function appendToChat(row, own) {
  const chat = $('chat');
  const atBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
  const typing = $('typing');
  if (typing && row !== typing) chat.insertBefore(row, typing);
  else chat.append(row);
  if (atBottom || own) {
    chat.scrollTop = chat.scrollHeight;
    // Images change the height once loaded; follow them if we were following.
    row.querySelectorAll('img').forEach((image) => image.addEventListener('load', () => {
      chat.scrollTop = chat.scrollHeight;
    }));
  }
}

function clearChat() {
  state.generation += 1;
  state.lastSeq = 0;
  state.caughtUp = false;
  state.learner.clear();
  state.bot.clear();
  state.pendingReads.clear();
  state.pendingReactions.clear();
  hideTyping();
  closeSheet();
  $('chat').querySelectorAll('.msg').forEach((row) => row.remove());
}

async function newConversation() {
  if (!validWaId()) return;
  try {
    await resetConversation(state.waId);
    forgetSent(state.waId);
    hideBanner('send');
    clearChat();
  } catch (error) {
    showBanner(error.message, 'send');
  }
}

// ---- error banner -----------------------------------------------------------------------------------------

/** Shows a message; kind lets a later success clear only the problem it fixed. */
function showBanner(message, kind) {
  state.bannerKind = kind;
  $('error-text').textContent = message;
  $('error-banner').hidden = false;
  $('error-banner').dataset.kind = kind;
}

function hideBanner(kind) {
  if (kind && state.bannerKind !== kind) return;
  state.bannerKind = '';
  $('error-banner').hidden = true;
}

start();
