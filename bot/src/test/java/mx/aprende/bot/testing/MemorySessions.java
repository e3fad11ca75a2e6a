package mx.aprende.bot.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.SessionStore;

/**
 * Sessions in a map, with the last turn's replies kept beside them as the MongoDB store keeps them.
 * {@link #sessions()} is the live map, so a test can look at or remove what was saved.
 */
public final class MemorySessions implements SessionStore {

  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, AnsweredTurn> lastTurns = new HashMap<>();

  /** The saved sessions by learner key (live: removing one removes the session). */
  public Map<String, Session> sessions() {
    return sessions;
  }

  @Override
  public Optional<Session> find(String learnerKey) {
    return Optional.ofNullable(sessions.get(learnerKey));
  }

  @Override
  public void save(Session session) {
    sessions.put(session.learnerKey(), session);
    lastTurns.remove(session.learnerKey());
  }

  @Override
  public void save(Session session, AnsweredTurn turn) {
    sessions.put(session.learnerKey(), session);
    lastTurns.put(session.learnerKey(), turn);
  }

  @Override
  public Loaded load(String learnerKey, String messageId) {
    Optional<Session> session = find(learnerKey);
    Optional<List<Reply>> answered =
        Optional.ofNullable(lastTurns.get(learnerKey))
            .filter(t -> session.isPresent() && t.messageId().equals(messageId))
            .map(AnsweredTurn::replies);
    return new Loaded(session, answered);
  }
}
