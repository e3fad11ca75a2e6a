// The learner's side of each conversation, remembered in this browser. The server only keeps what the bot sent,
// so without this a reload would show the bot's answers with nothing they answer to.

const PREFIX = 'aprende.simulator.sent.';
// Enough for any development session; older messages are dropped first.
const LIMIT = 300;

/**
 * A learner message as remembered.
 * @typedef {{afterSeq:number, id:string, at:string, shown:Object}} SentMessage
 * afterSeq is the last bot message the page had seen when this was sent, which places it on replay.
 */

/** @returns {SentMessage[]} what this number sent, oldest first */
export function sentMessages(waId) {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFIX + waId) ?? '[]');
    return Array.isArray(stored) ? stored : [];
  } catch {
    return [];
  }
}

/** Remembers one message the server accepted. */
export function rememberSent(waId, message) {
  const messages = [...sentMessages(waId), message].slice(-LIMIT);
  try {
    localStorage.setItem(PREFIX + waId, JSON.stringify(messages));
  } catch {
    // Storage full or disabled (private mode): the chat still works, it is just not restored after a reload.
  }
}

/** Forgets this number's messages ("Nueva conversación"). */
export function forgetSent(waId) {
  localStorage.removeItem(PREFIX + waId);
}
