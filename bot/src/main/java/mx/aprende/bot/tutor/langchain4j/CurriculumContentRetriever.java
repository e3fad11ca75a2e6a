package mx.aprende.bot.tutor.langchain4j;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Optional;
import mx.aprende.bot.tutor.Grounding;
import mx.aprende.content.search.Hit;

/**
 * The curriculum as LangChain4j content: the lessons {@link Grounding} finds for the query, biased
 * to the learner's module, each passage carrying its lesson id and citation in the metadata.
 */
public final class CurriculumContentRetriever implements ContentRetriever {

  static final String LESSON_ID = "lessonId";
  static final String MODULE_TITLE = "moduleTitle";
  static final String LESSON_TITLE = "lessonTitle";

  private final Grounding grounding;
  private final Optional<String> moduleId;
  private final int maxResults;

  public CurriculumContentRetriever(
      Grounding grounding, Optional<String> moduleId, int maxResults) {
    this.grounding = grounding;
    this.moduleId = moduleId;
    this.maxResults = maxResults;
  }

  @Override
  public List<Content> retrieve(Query query) {
    return grounding.find(query.text(), moduleId, maxResults).stream().map(this::content).toList();
  }

  private Content content(Hit hit) {
    Metadata metadata = new Metadata().put(LESSON_ID, hit.lessonId());
    grounding
        .source(hit.lessonId())
        .ifPresent(
            s -> metadata.put(MODULE_TITLE, s.moduleTitle()).put(LESSON_TITLE, s.lessonTitle()));
    // Lucene's match marks (*word*) are WhatsApp bold, not meaning: the model gets plain text.
    return Content.from(TextSegment.from(hit.snippet().replace("*", "").strip(), metadata));
  }
}
