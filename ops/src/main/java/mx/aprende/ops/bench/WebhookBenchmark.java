package mx.aprende.ops.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mx.aprende.bot.whatsapp.wire.WebhookBatch;
import mx.aprende.bot.whatsapp.wire.WebhookParser;
import mx.aprende.bot.whatsapp.wire.WebhookPayloads;
import mx.aprende.bot.whatsapp.wire.WebhookSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU work of acknowledging a webhook before storage: checking the signature over the raw bytes
 * and parsing the body into typed events. Storage and network are measured by the load generator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class WebhookBenchmark {

  private static final String SECRET = "benchmark-app-secret";

  private final WebhookParser parser = new WebhookParser();
  private final WebhookSignature signature = WebhookSignature.create(SECRET);
  private byte[] text;
  private Optional<String> textSignature;
  private byte[] batch;
  private Optional<String> batchSignature;

  @Setup
  public void payloads() {
    WebhookPayloads payloads =
        WebhookPayloads.forBusiness("100000000000000", "100000000000001", "525500000000");
    Instant at = Instant.parse("2026-11-28T15:00:00Z");
    text =
        payloads.text(
            "5215512345678", "Ana López", "wamid.bench.1", at, "¿cómo se suman las fracciones?");
    textSignature = Optional.of(signature.sign(text));
    batch = batchOf(payloads, at, 50);
    batchSignature = Optional.of(signature.sign(batch));
  }

  /** One text message: the common case. */
  @Benchmark
  public WebhookBatch verifyAndParseText() {
    if (!signature.matches(text, textSignature)) {
      throw new IllegalStateException("signature");
    }
    return parser.parse(text);
  }

  /** Fifty messages in one POST, as Meta batches under load. */
  @Benchmark
  public WebhookBatch verifyAndParseBatchOf50() {
    if (!signature.matches(batch, batchSignature)) {
      throw new IllegalStateException("signature");
    }
    return parser.parse(batch);
  }

  /** Builds one envelope whose entries each hold one message, from the single-message payloads. */
  private static byte[] batchOf(WebhookPayloads payloads, Instant at, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "{\"object\":\"whatsapp_business_account\",\"entry\":[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < size; i++) {
      String one =
          new String(
              payloads.text(
                  "52155" + (10_000_000 + i),
                  "Learner " + i,
                  "wamid.bench.b" + i,
                  at,
                  "respuesta " + i),
              StandardCharsets.UTF_8);
      // Each single payload is {"object":...,"entry":[ENTRY]}: take ENTRY.
      String entry = one.substring(one.indexOf("\"entry\":[") + 9, one.lastIndexOf(']'));
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(entry.getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
