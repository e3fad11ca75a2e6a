package mx.aprende.bot.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonValue;

/**
 * Counts the commands this process sends to MongoDB, by command and collection ({@code update
 * outbox}, {@code find sessions}...). The count per inbound message is the figure the message path
 * is tuned against (docs/benchmarks.md); {@code Main} prints it on stop.
 */
public final class CommandTally implements CommandListener {

  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void commandStarted(CommandStartedEvent event) {
    String name = event.getCommandName();
    BsonValue target = event.getCommand().get(name);
    String key =
        target != null && target.isString() ? name + " " + target.asString().getValue() : name;
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** Commands sent so far, by "command collection", sorted by key. */
  public Map<String, Long> counts() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((key, count) -> sorted.put(key, count.sum()));
    return sorted;
  }

  /** All commands sent so far. */
  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
