package mx.aprende.ops.backup;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Copies a database to a folder and back. Each collection becomes {@code <name>.jsonl} (one
 * document per line in canonical extended JSON, so dates, longs, decimals and binary ids come back
 * with their types) and {@code <name>.indexes.jsonl}; {@code manifest.json} records the database,
 * the time and every collection's document count, which a restore checks.
 *
 * <p>A copy is consistent per document, not across collections: take it from a secondary or in a
 * quiet hour, or use {@code mongodump --oplog} on the whole replica set for a point-in-time copy.
 */
public final class DatabaseBackup {

  static final String MANIFEST = "manifest.json";
  private static final JsonWriterSettings CANONICAL =
      JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
  private static final int BATCH = 1_000;

  private DatabaseBackup() {}

  /**
   * What was copied.
   *
   * @param database the database name
   * @param documents document count per collection, by name
   */
  public record Summary(String database, Map<String, Long> documents) {

    public Summary {
      documents = Map.copyOf(documents);
    }

    /** All documents over all collections. */
    public long total() {
      return documents.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Writes every collection of {@code database} into {@code folder} (created; must be empty). */
  public static Summary backup(MongoDatabase database, Path folder, InstantSource clock) {
    try {
      Files.createDirectories(folder);
      try (var existing = Files.list(folder)) {
        if (existing.findAny().isPresent()) {
          throw new BackupException(folder + " is not empty; give a new folder for the backup.");
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String name : new TreeSet<>(database.listCollectionNames().into(new ArrayList<>()))) {
        MongoCollection<Document> collection = database.getCollection(name);
        long count = 0;
        try (BufferedWriter out = writer(folder.resolve(name + ".jsonl"));
            MongoCursor<Document> cursor = collection.find().iterator()) {
          while (cursor.hasNext()) {
            out.write(cursor.next().toJson(CANONICAL));
            out.newLine();
            count++;
          }
        }
        try (BufferedWriter out = writer(folder.resolve(name + ".indexes.jsonl"))) {
          for (Document index : collection.listIndexes()) {
            out.write(index.toJson(CANONICAL));
            out.newLine();
          }
        }
        counts.put(name, count);
      }
      Document manifest =
          new Document("database", database.getName())
              .append("takenAt", clock.instant().toString())
              .append("format", "aprende-backup/1 (extended JSON lines)")
              .append("collections", new Document(new LinkedHashMap<String, Object>(counts)));
      Files.writeString(
          folder.resolve(MANIFEST), manifest.toJson(CANONICAL), StandardCharsets.UTF_8);
      return new Summary(database.getName(), counts);
    } catch (IOException e) {
      throw new BackupException("Cannot write the backup in " + folder + ": " + e.getMessage(), e);
    } catch (MongoException e) {
      throw new BackupException("MongoDB failed during the backup: " + e.getMessage(), e);
    }
  }

  /**
   * Restores the backup in {@code folder} into {@code database}. Refuses collections that already
   * hold documents unless {@code replace}, which drops them first. Recreates the indexes, then
   * checks each collection's count against the manifest.
   */
  public static Summary restore(MongoDatabase database, Path folder, boolean replace) {
    Document manifest = manifest(folder);
    Document collections = manifest.get("collections", Document.class);
    try {
      if (!replace) {
        List<String> occupied = new ArrayList<>();
        for (String name : collections.keySet()) {
          if (database.getCollection(name).estimatedDocumentCount() > 0) {
            occupied.add(name);
          }
        }
        if (!occupied.isEmpty()) {
          throw new BackupException(
              "These collections already hold documents: "
                  + String.join(", ", occupied)
                  + ". Restore into an empty database, or pass --replace to drop them first.");
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String name : collections.keySet()) {
        MongoCollection<Document> collection = database.getCollection(name);
        if (replace) {
          collection.drop();
        }
        long count = insertAll(collection, folder.resolve(name + ".jsonl"));
        createIndexes(collection, folder.resolve(name + ".indexes.jsonl"));
        long expected = ((Number) collections.get(name)).longValue();
        if (count != expected || collection.countDocuments() != expected) {
          throw new BackupException(
              name + ": the manifest says " + expected + " documents, restored " + count + ".");
        }
        counts.put(name, count);
      }
      return new Summary(database.getName(), counts);
    } catch (MongoException e) {
      throw new BackupException("MongoDB failed during the restore: " + e.getMessage(), e);
    }
  }

  /** The manifest of a backup folder. */
  static Document manifest(Path folder) {
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new BackupException(folder + " has no " + MANIFEST + "; is it an Aprende backup?");
    }
    try {
      return Document.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long insertAll(MongoCollection<Document> collection, Path file) {
    long count = 0;
    List<Document> batch = new ArrayList<>(BATCH);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        batch.add(Document.parse(line));
        if (batch.size() == BATCH) {
          collection.insertMany(batch);
          count += batch.size();
          batch.clear();
        }
      }
    } catch (IOException e) {
      throw new BackupException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!batch.isEmpty()) {
      collection.insertMany(batch);
      count += batch.size();
    }
    return count;
  }

  private static void createIndexes(MongoCollection<Document> collection, Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Document index = Document.parse(line);
        if ("_id_".equals(index.getString("name"))) {
          continue;
        }
        IndexOptions options = new IndexOptions().name(index.getString("name"));
        options.unique(Boolean.TRUE.equals(index.getBoolean("unique")));
        options.sparse(Boolean.TRUE.equals(index.getBoolean("sparse")));
        if (index.containsKey("expireAfterSeconds")) {
          options.expireAfter(
              ((Number) index.get("expireAfterSeconds")).longValue(),
              java.util.concurrent.TimeUnit.SECONDS);
        }
        if (index.containsKey("partialFilterExpression")) {
          options.partialFilterExpression(index.get("partialFilterExpression", Document.class));
        }
        collection.createIndex(index.get("key", Document.class), options);
      }
    } catch (IOException e) {
      throw new BackupException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static BufferedWriter writer(Path file) throws IOException {
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
