package mx.aprende.bot.conversation;

import java.util.Optional;

/** Where sessions live between messages (MongoDB in the bot, a map in tests). */
public interface SessionStore {

  Optional<Session> find(String learnerKey);

  /** Saves the whole session (one document, replaced atomically). */
  void save(Session session);
}
