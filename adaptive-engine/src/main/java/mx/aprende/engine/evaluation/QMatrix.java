package mx.aprende.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import mx.aprende.engine.EngineException;

/**
 * An item × skill incidence matrix (Q-matrix) read from a SciPy CSR {@code .npz} file (as shipped
 * with Gervet et al.'s data): a zip of NumPy arrays {@code indptr} and {@code indices}. Skills are
 * named by their column number.
 */
public final class QMatrix {

  private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([<>|=])([a-z])(\\d+)'");

  private final int[] indptr;
  private final int[] indices;
  // One shared string per skill: items ask for the same few hundred skill names again and again.
  private final String[] names;

  private QMatrix(int[] indptr, int[] indices) {
    this.indptr = indptr;
    this.indices = indices;
    int columns = 0;
    for (int column : indices) {
      columns = Math.max(columns, column + 1);
    }
    this.names = new String[columns];
    for (int c = 0; c < columns; c++) {
      names[c] = Integer.toString(c);
    }
  }

  /** Reads a CSR {@code .npz} file. */
  public static QMatrix read(Path npz) {
    try (ZipFile zip = new ZipFile(npz.toFile())) {
      return new QMatrix(intArray(zip, "indptr.npy"), intArray(zip, "indices.npy"));
    } catch (IOException e) {
      throw new EngineException("cannot read Q-matrix " + npz, e);
    }
  }

  /** Number of items (rows). */
  public int items() {
    return indptr.length - 1;
  }

  /** The skills of item {@code row}; empty when the row is out of range or has none. */
  public List<String> skills(int row) {
    if (row < 0 || row >= items()) {
      return List.of();
    }
    List<String> skills = new ArrayList<>(indptr[row + 1] - indptr[row]);
    for (int i = indptr[row]; i < indptr[row + 1]; i++) {
      skills.add(names[indices[i]]);
    }
    return List.copyOf(skills);
  }

  private static int[] intArray(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new EngineException("Q-matrix has no " + name + " (not a SciPy CSR .npz?)");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      ByteBuffer all = ByteBuffer.wrap(in.readAllBytes());
      byte major = all.get(6);
      all.position(8);
      all.order(ByteOrder.LITTLE_ENDIAN);
      int headerLength = major == 1 ? Short.toUnsignedInt(all.getShort()) : all.getInt();
      byte[] header = new byte[headerLength];
      all.get(header);
      Matcher m = DESCR.matcher(new String(header, StandardCharsets.ISO_8859_1));
      if (!m.find() || !m.group(2).equals("i")) {
        throw new EngineException(name + " is not an integer array");
      }
      ByteOrder order = m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      ByteBuffer data = all.slice().order(order);
      int width = Integer.parseInt(m.group(3));
      int[] values = new int[data.remaining() / width];
      for (int i = 0; i < values.length; i++) {
        values[i] = width == 8 ? Math.toIntExact(data.getLong()) : data.getInt();
      }
      return values;
    }
  }
}
