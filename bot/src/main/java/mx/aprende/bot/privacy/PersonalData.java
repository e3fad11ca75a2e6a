package mx.aprende.bot.privacy;

/** One store holding data about learners, able to forget one of them entirely. */
public interface PersonalData {

  /** A short name for reports and logs, e.g. the collection name. */
  String name();

  /**
   * Deletes everything this store keeps about the learner.
   *
   * @return how many records were deleted
   */
  long erase(String learnerKey);
}
