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
import mx.aprende.engine.store.ParameterStore;
import org.bson.Document;

/**
 * Fitted BKT parameters in the {@code model_parameters} collection: one document per saved version,
 * unique on (name, version), so two concurrent refits cannot claim the same version.
 */
public final class MongoParameterStore implements ParameterStore {

  private final MongoCollection<Document> parameters;

  /** Opens the store in {@code database}, creating its unique index if missing. */
  public MongoParameterStore(MongoDatabase database) {
    this.parameters = database.getCollection("model_parameters");
    parameters.createIndex(Indexes.descending("name", "version"), new IndexOptions().unique(true));
  }

  @Override
  public long save(BktModel model) {
    List<Document> skills = new ArrayList<>();
    model.fitted().forEach((skill, p) -> skills.add(encode(p).append("skill", skill)));
    for (int attempt = 0; attempt < 20; attempt++) {
      long version = load(model.name()).map(Versioned::version).orElse(0L) + 1;
      try {
        parameters.insertOne(
            new Document("name", model.name())
                .append("version", version)
                .append("fallback", encode(model.parameters("\u0000unseen")))
                .append("skills", skills));
        return version;
      } catch (MongoWriteException e) {
        if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw new EngineException("cannot save parameters of " + model.name(), e);
        }
      }
    }
    throw new EngineException("could not claim a version for " + model.name());
  }

  @Override
  public Optional<Versioned> load(String name) {
    Document d =
        parameters.find(Filters.eq("name", name)).sort(Sorts.descending("version")).first();
    if (d == null) {
      return Optional.empty();
    }
    Map<String, BktParameters> fitted = new HashMap<>();
    for (Document s : d.getList("skills", Document.class)) {
      fitted.put(s.getString("skill"), decode(s));
    }
    return Optional.of(
        new Versioned(
            d.getLong("version"),
            new BktModel(name, fitted, decode(d.get("fallback", Document.class)))));
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
