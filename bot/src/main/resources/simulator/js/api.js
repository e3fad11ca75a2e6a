// Client of the simulator's HTTP API. URLs are resolved against this module's own URL, so the page works
// whether it was opened as /simulator or /simulator/ and wherever the server mounts it.

const API_BASE = new URL('../api/', import.meta.url);

/** An error the page can show to a person as is (Spanish). */
export class ApiError extends Error {
  /**
   * @param {string} message Spanish sentence for the banner
   * @param {number} status HTTP status, or 0 when the server could not be reached
   */
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** GET api/config: business name and phone, and the default learner number and name. */
export function loadConfig() {
  return request('GET', 'config');
}

/** POST api/messages: one learner message; resolves to {message_id}. */
export function sendMessage(message) {
  return request('POST', 'messages', message);
}

/** GET api/outbox: what the bot sent to this number after the given sequence number. */
export function loadOutbox(waId, after) {
  const query = new URLSearchParams({ wa_id: waId });
  if (after > 0) query.set('after', String(after));
  return request('GET', `outbox?${query}`);
}

/** POST api/reset: forgets what the bot sent to this number. */
export function resetConversation(waId) {
  return request('POST', `reset?${new URLSearchParams({ wa_id: waId })}`);
}

async function request(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' }, cache: 'no-store' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(new URL(path, API_BASE), init);
  } catch {
    throw new ApiError('No se pudo conectar con el servidor. ¿Sigue corriendo ./tutor run?', 0);
  }
  const payload = await readJson(response);
  if (!response.ok) {
    const detail = typeof payload?.error === 'string' ? payload.error : `HTTP ${response.status}`;
    throw new ApiError(`El servidor respondió con un error: ${detail}`, response.status);
  }
  return payload;
}

/** 204 and empty bodies are fine; a body that is not JSON is treated as absent. */
async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
