package mx.aprende.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Where sessions live between messages (MongoDB in the bot, a map in tests).
 *
 * <p>A turn's session is saved together with the replies it produced ({@link #save(Session,
 * AnsweredTurn)}): that single write is the turn's commit point. When a crash or a store outage
 * cuts the turn after it, the re-run of the same message finds the replies ({@link #load}) and
 * sends them, instead of running the turn again against a session that already moved on.
 */
public interface SessionStore {

  Optional<Session> find(String learnerKey);

  /** Saves the whole session (one document, replaced atomically). */
  void save(Session session);

  /** Saves the session {@code turn} produced and the turn's replies, in the same write. */
  void save(Session session, AnsweredTurn turn);

  /**
   * The learner's session and, when the last turn saved with it was {@code messageId}, that turn's
   * replies.
   */
  Loaded load(String learnerKey, String messageId);

  /** The replies a message got, kept with the session until the next turn replaces them. */
  record AnsweredTurn(String messageId, List<Reply> replies) {
    public AnsweredTurn {
      replies = List.copyOf(replies);
    }
  }

  /**
   * @param session the learner's session, if they have one
   * @param answered the replies already saved for the asked message, if its turn ran to its save
   */
  record Loaded(Optional<Session> session, Optional<List<Reply>> answered) {}
}
