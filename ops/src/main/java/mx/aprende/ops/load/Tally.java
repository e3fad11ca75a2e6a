package mx.aprende.ops.load;

/**
 * The accounting of the measured turns at the end of a run.
 *
 * @param sent inbound messages sent during the measured window
 * @param acknowledged answered 200
 * @param errors not answered 200 (other status, I/O failure, or not sent because the generator was
 *     saturated)
 * @param answered acknowledged turns that got at least one reply
 * @param lost acknowledged turns that got no reply at all
 * @param replies messages the sink received for measured turns (read marks not counted)
 * @param duplicateReplies a message repeated word for word within one turn
 * @param reprocessed turns the bot marked read more than once (processed twice)
 * @param stray messages the sink could not attribute to any turn
 */
record Tally(
    long sent,
    long acknowledged,
    long errors,
    long answered,
    long lost,
    long replies,
    long duplicateReplies,
    long reprocessed,
    long stray) {}
