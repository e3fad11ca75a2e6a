package mx.aprende.engine.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.aprende.engine.EngineException;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.LogisticModel;
import mx.aprende.engine.mastery.LogisticParameters;
import mx.aprende.engine.store.ParameterStore;
import org.bson.Document;

/**
 * Fitted parameters in the {@code model_parameters} collection: one document per saved version,
 * unique on (name, version), so two concurrent refits cannot claim the same version. A Best-LR+
 * model of assist09's size (17k items) is about 0.5 MB, far below MongoDB's 16 MB document limit.
 */
public final class MongoParameterStore implements ParameterStore {

  private static final String BKT = "bkt";
  private static final String LOGISTIC = "logistic";

  private final MongoCollection<Document> parameters;

  /** Opens the store in {@code database}, creating its unique index if missing. */
  public MongoParameterStore(MongoDatabase database) {
    this.parameters = database.getCollection("model_parameters");
    parameters.createIndex(Indexes.descending("name", "version"), new IndexOptions().unique(true));
  }

  @Override
  public long saveBkt(BktModel model) {
    List<Document> skills = new ArrayList<>();
    model.fitted().forEach((skill, p) -> skills.add(encode(p).append("skill", skill)));
    return insertNextVersion(
        model.name(),
        new Document("kind", BKT)
            .append("fallback", encode(model.parameters("\u0000unseen")))
            .append("skills", skills));
  }

  @Override
  public Optional<Versioned<BktModel>> loadBkt(String name) {
    return latest(name, BKT)
        .map(
            d -> {
              Map<String, BktParameters> fitted = new HashMap<>();
              for (Document s : d.getList("skills", Document.class)) {
                fitted.put(s.getString("skill"), decode(s));
              }
              return new Versioned<>(
                  d.getLong("version"),
                  new BktModel(name, fitted, decode(d.get("fallback", Document.class))));
            });
  }

  @Override
  public long saveLogistic(LogisticModel model) {
    LogisticParameters p = model.parameters();
    List<Double> weights = new ArrayList<>(p.weights().length);
    for (double w : p.weights()) {
      weights.add(w);
    }
    return insertNextVersion(
        model.name(),
        new Document("kind", LOGISTIC)
            .append("features", p.features().name())
            .append("items", p.items())
            .append("skills", p.skills())
            .append("weights", weights));
  }

  @Override
  public Optional<Versioned<LogisticModel>> loadLogistic(String name) {
    return latest(name, LOGISTIC)
        .map(
            d -> {
              List<Double> list = d.getList("weights", Double.class);
              double[] weights = new double[list.size()];
              for (int i = 0; i < weights.length; i++) {
                weights[i] = list.get(i);
              }
              LogisticParameters p =
                  new LogisticParameters(
                      FeatureSet.valueOf(d.getString("features")),
                      d.getList("items", String.class),
                      d.getList("skills", String.class),
                      weights);
              return new Versioned<>(d.getLong("version"), LogisticModel.of(p));
            });
  }

  private long insertNextVersion(String name, Document body) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Document newest =
          parameters.find(Filters.eq("name", name)).sort(Sorts.descending("version")).first();
      long version = newest == null ? 1 : newest.getLong("version") + 1;
      try {
        parameters.insertOne(new Document(body).append("name", name).append("version", version));
        return version;
      } catch (MongoWriteException e) {
        if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw new EngineException("cannot save parameters of " + name, e);
        }
      }
    }
    throw new EngineException("could not claim a version for " + name);
  }

  private Optional<Document> latest(String name, String kind) {
    Document d =
        parameters.find(Filters.eq("name", name)).sort(Sorts.descending("version")).first();
    if (d == null) {
      return Optional.empty();
    }
    if (!kind.equals(d.getString("kind"))) {
      throw new EngineException("model " + name + " is stored as " + d.getString("kind"));
    }
    return Optional.of(d);
  }

  private static Document encode(BktParameters p) {
    return new Document("prior", p.prior())
        .append("learn", p.learn())
        .append("forget", p.forget())
        .append("guess", p.guess())
        .append("slip", p.slip());
  }

  private static BktParameters decode(Document d) {
    return new BktParameters(
        d.getDouble("prior"),
        d.getDouble("learn"),
        d.getDouble("forget"),
        d.getDouble("guess"),
        d.getDouble("slip"));
  }
}
