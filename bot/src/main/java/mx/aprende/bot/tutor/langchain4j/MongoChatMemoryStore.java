package mx.aprende.bot.tutor.langchain4j;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.InstantSource;
import java.util.Date;
import java.util.List;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import org.bson.Document;

/**
 * Each learner's recent turns with the tutor in {@code tutor_memory}, one document per learner
 * ({@code _id} = learner key) holding LangChain4j's own JSON of the messages. The window (how many
 * messages are kept) is the chat memory's job; this store keeps what it is given. The messages are
 * sealed as one value (a learner may well type their name in a question). Each write stamps {@code
 * updatedAt}, by which the retention job forgets memories nobody used for a while.
 */
public final class MongoChatMemoryStore implements ChatMemoryStore {

  static final String COLLECTION = "tutor_memory";

  private final MongoCollection<Document> memory;
  private final FieldCipher cipher;
  private final InstantSource clock;

  public MongoChatMemoryStore(MongoDatabase database, FieldCipher cipher, InstantSource clock) {
    this.memory = database.getCollection(COLLECTION);
    this.cipher = cipher;
    this.clock = clock;
  }

  @Override
  public List<ChatMessage> getMessages(Object memoryId) {
    Document doc = memory.find(Filters.eq("_id", memoryId.toString())).first();
    return doc == null
        ? List.of()
        : ChatMessageDeserializer.messagesFromJson(cipher.decrypt(doc.getString("messages")));
  }

  @Override
  public void updateMessages(Object memoryId, List<ChatMessage> messages) {
    memory.replaceOne(
        Filters.eq("_id", memoryId.toString()),
        new Document("_id", memoryId.toString())
            .append("messages", cipher.encrypt(ChatMessageSerializer.messagesToJson(messages)))
            .append("count", messages.size())
            .append("updatedAt", Date.from(clock.instant())),
        new ReplaceOptions().upsert(true));
  }

  @Override
  public void deleteMessages(Object memoryId) {
    memory.deleteOne(Filters.eq("_id", memoryId.toString()));
  }
}
