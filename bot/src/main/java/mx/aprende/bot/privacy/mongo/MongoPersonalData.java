package mx.aprende.bot.privacy.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.aprende.bot.privacy.PersonalData;
import org.bson.Document;

/**
 * The documents of one collection that belong to a learner: those whose {@code field} equals the
 * learner key ({@code _id} for one-document-per-learner collections, e.g. {@code learner} for
 * transcripts).
 */
public final class MongoPersonalData implements PersonalData {

  private final MongoCollection<Document> collection;
  private final String field;

  public MongoPersonalData(MongoDatabase database, String collection, String field) {
    this.collection = database.getCollection(collection);
    this.field = field;
  }

  @Override
  public String name() {
    return collection.getNamespace().getCollectionName();
  }

  @Override
  public long erase(String learnerKey) {
    return collection.deleteMany(Filters.eq(field, learnerKey)).getDeletedCount();
  }
}
