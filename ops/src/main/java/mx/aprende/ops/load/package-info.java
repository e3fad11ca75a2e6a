/**
 * The load generator behind {@code ./tutor loadtest}: simulated learners following data-driven
 * journeys send signed webhooks to a bot at a fixed open-loop rate, a lean fake Graph API sink
 * receives the replies, and the run is reported as throughput, acknowledgement and end-to-end
 * latency percentiles (HdrHistogram), errors, lost and duplicated replies and the bot's peak heap.
 */
package mx.aprende.ops.load;
