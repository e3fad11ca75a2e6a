package mx.aprende.engine.evaluation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.aprende.engine.mastery.LearnerHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QMatrixTest {

  @TempDir Path dir;

  private static byte[] npyInt32(int[] values) {
    String header = "{'descr': '<i4', 'fortran_order': False, 'shape': (" + values.length + ",), }";
    int total = 10 + header.length() + 1;
    int padding = (64 - total % 64) % 64;
    header = header + " ".repeat(padding) + "\n";
    ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 4 * values.length);
    b.order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
    b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  private Path npz() throws IOException {
    Path file = dir.resolve("q.npz");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      // Three items: item 0 -> skill 2; item 1 -> skills 0 and 1; item 2 -> no skill.
      zip.putNextEntry(new ZipEntry("indptr.npy"));
      zip.write(npyInt32(new int[] {0, 1, 3, 3}));
      zip.putNextEntry(new ZipEntry("indices.npy"));
      zip.write(npyInt32(new int[] {2, 0, 1}));
    }
    return file;
  }

  /** A SciPy CSR .npz gives each item (row) its skill columns. */
  @Test
  void readsCsrRows() throws IOException {
    QMatrix q = QMatrix.read(npz());
    assertThat(q.items(), is(3));
    assertThat(q.skills(0), is(List.of("2")));
    assertThat(q.skills(1), is(List.of("0", "1")));
    assertThat(q.skills(2), is(List.of()));
    assertThat(q.skills(9), is(List.of()));
  }

  /** With a Q-matrix, items take their skills from it, and from the file where the row is empty. */
  @Test
  void readerUsesQMatrixSkills() throws IOException {
    Path data =
        Files.writeString(
            dir.resolve("d.tsv"),
            "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n1\t1\t0\t1\t77\n1\t2\t0\t0\t78\n");
    List<LearnerHistory> learners =
        AttemptFiles.read(data, DatasetFormat.GERVET, QMatrix.read(npz()));
    assertThat(learners.get(0).attempts().get(0).item().skills(), is(List.of("0", "1")));
    assertThat(learners.get(0).attempts().get(1).item().skills(), is(List.of("78")));
  }
}
