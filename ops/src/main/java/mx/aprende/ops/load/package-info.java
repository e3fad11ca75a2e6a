/**
 * The load generator behind {@code ./tutor loadtest}: simulated learners following data-driven
 * journeys send signed webhooks to a bot at a fixed open-loop rate, a lean fake Graph API sink
 * receives the replies, and the run is reported as throughput, acknowledgement and end-to-end
 * latency percentiles (HdrHistogram), errors, lost and duplicated replies and the bot's peak heap.
 *
 * <p>The fault runs behind {@code ./tutor chaos} ({@link mx.aprende.ops.load.Chaos}) reuse it: bots
 * in child JVMs on a {@link mx.aprende.ops.mongo.StandaloneMongo} process, the sender retrying
 * non-200 answers as Meta does, the sink optionally sending delivery receipts back, and a fault on
 * schedule (MongoDB stopped, the bot killed, several instances), judged PASS or FAIL.
 */
package mx.aprende.ops.load;
