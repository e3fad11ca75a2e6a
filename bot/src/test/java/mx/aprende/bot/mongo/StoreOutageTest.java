package mx.aprende.bot.mongo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import mx.aprende.bot.inbox.InboxUnavailableException;
import org.bson.BsonDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures mean "wait for the store" and which are errors waiting would not mend. */
class StoreOutageTest {

  private static final ServerAddress SERVER = new ServerAddress("127.0.0.1", 27017);

  static Stream<Arguments> failures() {
    MongoSocketReadException socket =
        new MongoSocketReadException("Prematurely reached end of stream", SERVER);
    MongoWriteException duplicate =
        new MongoWriteException(
            new WriteError(11000, "E11000 duplicate key", new BsonDocument()),
            SERVER,
            java.util.Set.of());
    return Stream.of(
        Arguments.of("a dead connection", socket, true),
        Arguments.of("no server within the timeout", new MongoTimeoutException("timed out"), true),
        Arguments.of(
            "a dead connection wrapped by an adapter",
            new IllegalStateException("x", socket),
            true),
        Arguments.of(
            "the inbox unreachable",
            new InboxUnavailableException("inbox", new MongoTimeoutException("t")),
            true),
        Arguments.of("a duplicate key", duplicate, false),
        Arguments.of("a bug", new IllegalArgumentException("no such exercise"), false),
        Arguments.of(
            "an I/O error elsewhere", new UncheckedIOException(new IOException("disk")), false));
  }

  /** Each failure is told apart by its whole cause chain. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void toldApart(String what, RuntimeException failure, boolean outage) {
    assertThat(StoreOutage.causes(failure), is(outage));
  }
}
