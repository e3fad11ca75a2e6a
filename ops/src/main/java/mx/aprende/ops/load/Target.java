package mx.aprende.ops.load;

import java.net.URI;

/** What the load is aimed at: a bot (child JVM, in-process or external) or the bare endpoint. */
sealed interface Target extends AutoCloseable permits ChildJvm, InProcessBot, ExternalBot {

  /** For the report, e.g. "bot (child JVM, -Xmx512m)". */
  String label();

  /** Where webhooks are POSTed. */
  URI webhook();

  /** The App Secret the target checks signatures with. */
  String appSecret();

  /** Whether replies are expected at the sink (the bare endpoint sends none). */
  boolean replies();

  /** The heap so far; {@link HeapReading#NONE} when it cannot be observed. */
  HeapReading heap();

  /** CPU time the target's process used so far; empty when it is not a process of ours. */
  default java.util.Optional<java.time.Duration> cpuTime() {
    return java.util.Optional.empty();
  }

  @Override
  void close();
}
