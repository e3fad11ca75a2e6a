package mx.aprende.bot.exam.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.exam.Center;
import mx.aprende.bot.exam.Centers;
import mx.aprende.bot.exam.Coordinates;
import mx.aprende.bot.region.MexicanState;
import org.bson.Document;

/** Centers in the {@code exam_centers} collection, one document per center, keyed by its id. */
public final class MongoCenters implements Centers {

  static final String COLLECTION = "exam_centers";

  private final MongoCollection<Document> centers;

  public MongoCenters(MongoDatabase database) {
    this.centers = database.getCollection(COLLECTION);
  }

  @Override
  public List<Center> all() {
    List<Center> all = new ArrayList<>();
    centers.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(center(d)));
    return all;
  }

  @Override
  public Optional<Center> find(String id) {
    return Optional.ofNullable(centers.find(Filters.eq("_id", id)).first())
        .map(MongoCenters::center);
  }

  @Override
  public void save(Center c) {
    saveAll(List.of(c));
  }

  @Override
  public void saveAll(List<Center> list) {
    if (list.isEmpty()) {
      return;
    }
    centers.bulkWrite(
        list.stream()
            .map(
                c ->
                    new ReplaceOneModel<>(
                        Filters.eq("_id", c.id()), document(c), new ReplaceOptions().upsert(true)))
            .toList());
  }

  private static Document document(Center c) {
    return new Document("_id", c.id())
        .append("name", c.name())
        .append("state", c.state().code())
        .append("municipality", c.municipality())
        .append("address", c.address())
        .append("latitude", c.location().latitude())
        .append("longitude", c.location().longitude())
        .append("openingHours", c.openingHours())
        .append("contact", c.contact())
        .append("sample", c.sample());
  }

  private static Center center(Document d) {
    return new Center(
        d.getString("_id"),
        d.getString("name"),
        MexicanState.byCode(d.getString("state")).orElseThrow(),
        d.getString("municipality"),
        d.getString("address"),
        new Coordinates(d.getDouble("latitude"), d.getDouble("longitude")),
        d.getString("openingHours"),
        d.getString("contact"),
        Boolean.TRUE.equals(d.getBoolean("sample")));
  }
}
