package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.mastery.Attempt;
import mx.aprende.engine.mastery.Item;
import mx.aprende.engine.mastery.LearnerHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptFilesTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  /** The Gervet format groups rows by learner in file order and splits multi-skill cells. */
  @Test
  void readsGervetFormat() throws IOException {
    Path file =
        write(
            "g.tsv",
            "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n"
                + "7\t10\t0\t1\t3\n"
                + "7\t11\t5\t0\t3_4\n"
                + "2\t10\t0\t0\t3\n");
    List<LearnerHistory> learners = AttemptFiles.read(file, DatasetFormat.GERVET);
    assertThat(learners.size(), is(2));
    assertThat(learners.get(0).learnerId(), is("7"));
    assertThat(
        learners.get(0).attempts(),
        is(
            List.of(
                new Attempt(new Item("10", List.of("3")), true, 0),
                new Attempt(new Item("11", List.of("3", "4")), false, 5))));
    assertThat(learners.get(1).attempts().get(0).correct(), is(false));
  }

  /**
   * The three-line DKVMN format uses the exercise id as item and skill, tolerating trailing commas.
   */
  @Test
  void readsDkvmnFormat() throws IOException {
    Path file = write("d.csv", "3\n5,5,9,\n1,0,1,\n1\n2\n0\n");
    List<LearnerHistory> learners = AttemptFiles.read(file, DatasetFormat.DKVMN);
    assertThat(learners.size(), is(2));
    assertThat(learners.get(0).attempts().size(), is(3));
    assertThat(learners.get(0).attempts().get(2), is(Attempt.of(Item.of("9", "9"), true)));
    assertThat(learners.get(1).attempts(), is(List.of(Attempt.of(Item.of("2", "2"), false))));
  }

  /** A csv without item column (pyBKT style) uses the skill as the item. */
  @Test
  void readsCsvWithSkillOnly() throws IOException {
    Path file = write("c.csv", "user_id,skill_name,correct\n1,7,1\n1,7,0\n4,82,1\n");
    List<LearnerHistory> learners = AttemptFiles.read(file, DatasetFormat.CSV);
    assertThat(learners.size(), is(2));
    assertThat(learners.get(0).attempts().get(1), is(Attempt.of(Item.of("7", "7"), false)));
  }

  /** readFirst stops after the requested number of learners, in both layouts. */
  @Test
  void readsOnlyTheFirstLearners() throws IOException {
    Path table = write("t.csv", "user_id,skill_name,correct\n1,7,1\n1,7,0\n4,82,1\n5,82,1\n");
    Path threeLine = write("d.csv", "1\n5\n1\n1\n2\n0\n1\n3\n1\n");
    assertThat(AttemptFiles.readFirst(table, DatasetFormat.CSV, 2).size(), is(2));
    assertThat(AttemptFiles.readFirst(table, DatasetFormat.CSV, 1).get(0).attempts().size(), is(2));
    assertThat(AttemptFiles.readFirst(threeLine, DatasetFormat.DKVMN, 2).size(), is(2));
  }

  /** A malformed answer is reported with file and line. */
  @Test
  void reportsBadRows() throws IOException {
    Path file = write("bad.csv", "user_id,skill_name,correct\n1,7,yes\n");
    EngineException e =
        assertThrows(EngineException.class, () -> AttemptFiles.read(file, DatasetFormat.CSV));
    assertThat(e.getMessage().contains("bad.csv:2"), is(true));
  }
}
