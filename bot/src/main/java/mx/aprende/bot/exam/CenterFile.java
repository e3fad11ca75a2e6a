package mx.aprende.bot.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.aprende.bot.region.MexicanState;

/**
 * Reads centers from a JSON file: {@code {"sample": bool, "centers": [{"id", "name", "state" (INEGI
 * code), "municipality", "address", "latitude", "longitude", "openingHours", "contact"}]}}. The
 * shipped {@code exam/sample-centers.json} has one or more centers per state, all marked as sample
 * data.
 */
public final class CenterFile {

  /** The classpath resource with the sample centers. */
  public static final String SAMPLE = "/exam/sample-centers.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CenterFile() {}

  /** The shipped sample centers (not real places: each is marked {@link Center#sample()}). */
  public static List<Center> sample() {
    try (InputStream in = CenterFile.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new ExamException("missing resource " + SAMPLE);
      }
      return read(in);
    } catch (IOException e) {
      throw new ExamException("cannot read " + SAMPLE, e);
    }
  }

  /**
   * Reads and checks a center file.
   *
   * @throws ExamException naming the first bad entry
   */
  public static List<Center> read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    boolean sample = root.path("sample").asBoolean(false);
    List<Center> centers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : root.path("centers")) {
      Center center = center(node, sample);
      if (!ids.add(center.id())) {
        throw new ExamException("center id " + center.id() + " appears twice");
      }
      centers.add(center);
    }
    if (centers.isEmpty()) {
      throw new ExamException("the file has no \"centers\"");
    }
    return List.copyOf(centers);
  }

  private static Center center(JsonNode node, boolean sample) {
    String id = node.path("id").asText("");
    MexicanState state =
        MexicanState.byCode(node.path("state").asText(""))
            .orElseThrow(() -> new ExamException("center " + id + ": unknown state code"));
    if (!node.path("latitude").isNumber() || !node.path("longitude").isNumber()) {
      throw new ExamException("center " + id + ": latitude and longitude must be numbers");
    }
    return new Center(
        id,
        node.path("name").asText(""),
        state,
        node.path("municipality").asText(""),
        node.path("address").asText(""),
        new Coordinates(node.path("latitude").asDouble(), node.path("longitude").asDouble()),
        node.path("openingHours").asText(""),
        node.path("contact").asText(""),
        sample || node.path("sample").asBoolean(false));
  }
}
