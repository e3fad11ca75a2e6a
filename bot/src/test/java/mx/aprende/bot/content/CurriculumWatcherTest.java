package mx.aprende.bot.content;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mx.aprende.bot.testing.Eventually;
import mx.aprende.bot.testing.TestBots;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.lucene.LuceneCurriculumSearch;
import mx.aprende.content.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a curriculum file while the bot runs (development) updates what the bot answers. */
class CurriculumWatcherTest {

  /** A saved change reaches the search index; a broken save is not applied. */
  @Test
  void savedChangesReachTheIndexAndBrokenOnesDoNot(@TempDir Path dir) throws IOException {
    copy(TestBots.curriculumDir(), dir);
    Path unit = dir.resolve("modules/fracciones-y-porcentajes/porcentajes.yaml");
    List<Curriculum> applied = new CopyOnWriteArrayList<>();
    try (LuceneCurriculumSearch search = LuceneCurriculumSearch.of(TestBots.curriculum());
        CurriculumWatcher watcher =
            CurriculumWatcher.start(
                dir,
                c -> {
                  applied.add(c);
                  search.update(c, p -> {});
                },
                Duration.ofMillis(100))) {
      assertThat(search.search(SearchRequest.of("wompalitox")).isEmpty(), is(true));

      String yaml = Files.readString(unit);
      Files.writeString(
          unit,
          yaml.replaceFirst("chunks:\\n(\\s+)- ", "chunks:\n$1- Como en el mercado wompalitox. "));
      Eventually.await(
          Duration.ofSeconds(20),
          () -> search.search(SearchRequest.of("wompalitox")),
          hits -> !hits.isEmpty());

      Files.writeString(unit, yaml.replace("hints:", "hint:"));
      pause(Duration.ofMillis(1500));
      Files.writeString(
          unit,
          yaml.replaceFirst("chunks:\\n(\\s+)- ", "chunks:\n$1- Como en el mercado trufalindo. "));
      Eventually.await(
          Duration.ofSeconds(20),
          () -> search.search(SearchRequest.of("trufalindo")),
          hits -> !hits.isEmpty());

      // The broken save in between was never applied: every applied version has all its hints.
      for (Curriculum c : applied) {
        c.units().stream()
            .filter(u -> u.id().equals("porcentajes"))
            .flatMap(u -> u.exercises().stream())
            .forEach(e -> assertThat(e.id(), e.hints().nudge().isBlank(), is(false)));
      }
      assertThat(applied.size() >= 2, is(true));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
