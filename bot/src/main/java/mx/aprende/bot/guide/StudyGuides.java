package mx.aprende.bot.guide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BiFunction;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;

/**
 * The study guides, rendered once per unit version and kept in memory: the cache key is the unit id
 * with a SHA-256 of everything the guide shows (module title, unit title, lessons, exercises), so a
 * changed unit is rendered again and an unchanged one never is. The cache is bounded by the total
 * size of the PDFs it holds. Thread-safe: concurrent requests for the same guide render it once.
 */
public final class StudyGuides {
  /** The default bound: about a hundred guides of a few tens of kilobytes. */
  public static final long DEFAULT_MAXIMUM_BYTES = 8L * 1024 * 1024;

  private final BiFunction<Module, Unit, byte[]> renderer;
  private final Cache<Key, byte[]> cache;

  /** Guides rendered by {@code guide}, holding at most {@code maximumBytes} of PDFs. */
  public StudyGuides(StudyGuide guide, long maximumBytes) {
    this(guide::render, maximumBytes);
  }

  StudyGuides(BiFunction<Module, Unit, byte[]> renderer, long maximumBytes) {
    this.renderer = renderer;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(maximumBytes)
            .weigher((Key key, byte[] pdf) -> pdf.length)
            // evicting on the caller's thread keeps the bound exact; the work is tiny
            .executor(Runnable::run)
            .build();
  }

  /** The PDF of the guide of {@code unit} in {@code module}: a copy the caller may keep. */
  public byte[] guide(Module module, Unit unit) {
    Key key = new Key(unit.id(), version(module, unit));
    return cache.get(key, k -> renderer.apply(module, unit)).clone();
  }

  /** A digest of what the guide of {@code unit} shows: equal digests give the same guide. */
  public static String version(Module module, Unit unit) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // records print every component, so any change to a lesson or exercise changes the text
      String shown =
          String.join(
              "\u0000",
              module.id(),
              module.title(),
              unit.id(),
              unit.title(),
              unit.lessons().toString(),
              unit.exercises().toString());
      return HexFormat.of().formatHex(sha.digest(shown.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private record Key(String unitId, String version) {}
}
