package mx.aprende.bot.conversation.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.conversation.Reply;
import org.bson.Document;

/**
 * A turn's {@link Reply replies} as JSON and back, for the copy kept with the session. The text may
 * name the learner, so the caller seals the whole JSON.
 *
 * <p>Sample: {@code {r: [{t: "text", body: "¡Muy bien, Ana!"}, {t: "buttons", body: "¿Seguimos?",
 * options: [{id: "next", title: "Sí"}]}]}}.
 */
final class ReplyDocuments {

  private ReplyDocuments() {}

  static String json(List<Reply> replies) {
    List<Document> docs = new ArrayList<>();
    for (Reply reply : replies) {
      docs.add(
          switch (reply) {
            case Reply.Text t -> new Document("t", "text").append("body", t.body());
            case Reply.Buttons b ->
                new Document("t", "buttons")
                    .append("body", b.body())
                    .append("options", options(b.options()));
            case Reply.Menu m ->
                new Document("t", "menu")
                    .append("body", m.body())
                    .append("button", m.buttonLabel())
                    .append("options", options(m.options()));
            case Reply.Document d ->
                new Document("t", "document")
                    .append("unit", d.unitId())
                    .append("caption", d.caption());
          });
    }
    return new Document("r", docs).toJson();
  }

  static List<Reply> replies(String json) {
    List<Reply> replies = new ArrayList<>();
    for (Document doc : Document.parse(json).getList("r", Document.class)) {
      String body = doc.getString("body");
      replies.add(
          switch (doc.getString("t")) {
            case "text" -> new Reply.Text(body);
            case "buttons" -> new Reply.Buttons(body, options(doc));
            case "menu" -> new Reply.Menu(body, doc.getString("button"), options(doc));
            case "document" -> new Reply.Document(doc.getString("unit"), doc.getString("caption"));
            default -> throw new IllegalStateException("unknown reply type " + doc.getString("t"));
          });
    }
    return replies;
  }

  private static List<Document> options(List<Reply.Option> options) {
    List<Document> docs = new ArrayList<>();
    for (Reply.Option o : options) {
      Document doc = new Document("id", o.id()).append("title", o.title());
      o.description().ifPresent(d -> doc.append("description", d));
      docs.add(doc);
    }
    return docs;
  }

  private static List<Reply.Option> options(Document doc) {
    List<Reply.Option> options = new ArrayList<>();
    for (Document o : doc.getList("options", Document.class)) {
      options.add(
          new Reply.Option(
              o.getString("id"),
              o.getString("title"),
              Optional.ofNullable(o.getString("description"))));
    }
    return options;
  }
}
