package mx.aprende.bot.console.learners;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored conversation of a learner and the facts a reply needs. */
public interface Transcripts {

  /** The latest {@code limit} lines, oldest first. */
  List<TranscriptEntry> of(String learnerKey, int limit);

  /** When the learner last wrote: WhatsApp allows free-form replies for 24 hours after it. */
  Optional<Instant> lastLearnerMessage(String learnerKey);

  /** The channel address to reply to (phone number or user id) from the learner's messages. */
  Optional<String> address(String learnerKey);

  /** Records a message a tutor sent, so the transcript shows it as the tutor's. */
  void recordTutorMessage(
      String learnerKey, String messageId, String author, String text, Instant at);
}
