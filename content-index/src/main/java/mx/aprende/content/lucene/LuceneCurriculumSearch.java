package mx.aprende.content.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import mx.aprende.content.ContentException;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Example;
import mx.aprende.content.curriculum.Exercise;
import mx.aprende.content.curriculum.ExerciseGenerators;
import mx.aprende.content.curriculum.GeneratorSpec;
import mx.aprende.content.curriculum.GlossaryTerm;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.content.search.CurriculumSearch;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * {@link CurriculumSearch} over an in-memory Lucene index of lessons, worked examples, exercises
 * (prompt and solution) and glossary terms, each document pointing to a lesson. Queries combine the
 * stemmed fields (with synonyms) and fuzzy matching on the folded field; hits are grouped by
 * lesson. One {@link SearcherManager}; every search acquires and releases in {@code finally}.
 */
public final class LuceneCurriculumSearch implements CurriculumSearch, Closeable {
  private static final float TITLE_BOOST = 2.0f;
  private static final float FOLDED_BOOST = 0.4f;
  private static final float TYPO_BOOST = 1.0f;
  private static final float LESSON_BONUS = 0.3f;
  private static final int CANDIDATES_PER_HIT = 6;
  // Offsets in the postings let the highlighter skip re-analysing each hit's text.
  private static final FieldType BODY_TYPE = bodyType();
  private static final Map<String, Float> KIND_WEIGHTS =
      Map.of("lesson", 1.0f, "example", 0.8f, "exercise", 0.7f, "glossary", 0.6f);

  private final Directory directory = new ByteBuffersDirectory();
  private final CurriculumAnalyzer stemmed = CurriculumAnalyzer.stemmed();
  private final CurriculumAnalyzer folded = CurriculumAnalyzer.folded();
  private final Analyzer indexAnalyzer =
      new PerFieldAnalyzerWrapper(stemmed, Map.of(Fields.FOLDED, folded));
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile CurriculumAnalyzer queryAnalyzer;
  private volatile Map<String, LessonInfo> lessons = Map.of();
  private final Set<String> indexedIds = new HashSet<>();

  private record LessonInfo(String title, String moduleId) {}

  private final Optional<ExerciseGenerators> generators;
  private final int itemsPerGenerator;
  private final long seed;

  private LuceneCurriculumSearch(
      Optional<ExerciseGenerators> generators, int itemsPerGenerator, long seed) {
    this.generators = generators;
    this.itemsPerGenerator = itemsPerGenerator;
    this.seed = seed;
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new ContentException("Cannot open the search index", e);
    }
  }

  /** An index of {@code curriculum}; {@code progress} receives the percentage done. */
  public static LuceneCurriculumSearch of(Curriculum curriculum, IntConsumer progress) {
    LuceneCurriculumSearch search = new LuceneCurriculumSearch(Optional.empty(), 0, 0);
    search.update(curriculum, progress);
    return search;
  }

  /**
   * An index of {@code curriculum} plus {@code itemsPerGenerator} items drawn from each declared
   * generator with a random seeded from {@code seed} (the same seed indexes the same items),
   * indexed like authored exercises. Used to measure search on large indexes.
   */
  public static LuceneCurriculumSearch withGenerated(
      Curriculum curriculum,
      ExerciseGenerators generators,
      int itemsPerGenerator,
      long seed,
      IntConsumer progress) {
    LuceneCurriculumSearch search =
        new LuceneCurriculumSearch(Optional.of(generators), itemsPerGenerator, seed);
    search.update(curriculum, progress);
    return search;
  }

  /** An index of {@code curriculum}. */
  public static LuceneCurriculumSearch of(Curriculum curriculum) {
    return of(curriculum, percent -> {});
  }

  /**
   * Brings the index in line with {@code curriculum}: changed documents are replaced by id ({@code
   * updateDocument}), vanished ones deleted, then the searcher is refreshed. Used at start-up and
   * when curriculum files change during development.
   */
  public synchronized void update(Curriculum curriculum, IntConsumer progress) {
    List<Document> documents = documents(curriculum);
    Set<String> ids = new HashSet<>();
    try {
      for (int i = 0; i < documents.size(); i++) {
        Document document = documents.get(i);
        String id = document.get(Fields.ID);
        ids.add(id);
        writer.updateDocument(new Term(Fields.ID, id), document);
        if (i % 200 == 0) {
          progress.accept(100 * i / Math.max(1, documents.size()));
        }
      }
      for (String stale : indexedIds) {
        if (!ids.contains(stale)) {
          writer.deleteDocuments(new Term(Fields.ID, stale));
        }
      }
      indexedIds.clear();
      indexedIds.addAll(ids);
      queryAnalyzer = CurriculumAnalyzer.withSynonyms(curriculum.synonyms());
      searchers.maybeRefreshBlocking();
      progress.accept(100);
    } catch (IOException e) {
      throw new ContentException("Cannot index the curriculum", e);
    }
  }

  /** How many documents the index holds. */
  public int documentCount() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public List<Hit> search(SearchRequest request) {
    Optional<Query> text;
    IndexSearcher searcher = acquire();
    try {
      text = textQuery(request.text(), searcher);
    } catch (IOException e) {
      throw new ContentException("Search failed", e);
    } finally {
      release(searcher);
    }
    if (text.isEmpty() || request.limit() <= 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text.get(), Occur.MUST);
    query.add(
        new BoostQuery(new TermQuery(new Term(Fields.KIND, "lesson")), LESSON_BONUS), Occur.SHOULD);
    request
        .level()
        .ifPresent(l -> query.add(new TermQuery(new Term(Fields.LEVEL, l.id())), Occur.FILTER));
    request
        .module()
        .ifPresent(m -> query.add(new TermQuery(new Term(Fields.MODULE, m)), Occur.FILTER));
    request
        .skill()
        .ifPresent(s -> query.add(new TermQuery(new Term(Fields.SKILL, s)), Occur.FILTER));
    return run(query.build(), stemmedOnly(request.text()), request.limit(), Optional.empty());
  }

  @Override
  public List<Hit> related(String lessonId, int k) {
    if (!lessons.containsKey(lessonId) || k <= 0) {
      return List.of();
    }
    IndexSearcher searcher = acquire();
    try {
      TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, "lesson:" + lessonId)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      int doc = self.scoreDocs[0].doc;
      MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
      like.setAnalyzer(stemmed);
      like.setFieldNames(new String[] {Fields.TITLE, Fields.BODY});
      like.setMinTermFreq(1);
      like.setMinDocFreq(1);
      BooleanQuery.Builder query = new BooleanQuery.Builder().add(like.like(doc), Occur.SHOULD);
      for (String skill : searcher.storedFields().document(doc).getValues(Fields.SKILL)) {
        query.add(new BoostQuery(new TermQuery(new Term(Fields.SKILL, skill)), 2f), Occur.SHOULD);
      }
      query.setMinimumNumberShouldMatch(1);
      query.add(new TermQuery(new Term(Fields.KIND, "lesson")), Occur.FILTER);
      return run(query.build(), Optional.empty(), k, Optional.of(lessonId));
    } catch (IOException e) {
      throw new ContentException("Search failed", e);
    } finally {
      release(searcher);
    }
  }

  private List<Hit> run(
      Query query, Optional<Query> highlightQuery, int limit, Optional<String> exclude) {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(query, limit * CANDIDATES_PER_HIT);
      // Short glossary entries and exercises win on BM25 length normalisation alone; weighting by
      // kind keeps the lesson text first when it matches as well.
      List<ScoreDoc> weighted = new ArrayList<>();
      for (ScoreDoc scoreDoc : top.scoreDocs) {
        String kind = docValue(searcher, scoreDoc.doc, Fields.KIND);
        weighted.add(
            new ScoreDoc(scoreDoc.doc, scoreDoc.score * KIND_WEIGHTS.getOrDefault(kind, 1f)));
      }
      weighted.sort((a, b) -> Float.compare(b.score, a.score));
      Map<String, ScoreDoc> bestPerLesson = new LinkedHashMap<>();
      for (ScoreDoc scoreDoc : weighted) {
        String lesson = docValue(searcher, scoreDoc.doc, Fields.LESSON);
        if (exclude.map(lesson::equals).orElse(false)) {
          continue;
        }
        bestPerLesson.putIfAbsent(lesson, scoreDoc);
        if (bestPerLesson.size() == limit) {
          break;
        }
      }
      ScoreDoc[] chosen = bestPerLesson.values().toArray(ScoreDoc[]::new);
      String[] snippets = snippets(searcher, highlightQuery, chosen);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < chosen.length; i++) {
        Document document = searcher.storedFields().document(chosen[i].doc);
        String lessonId = document.get(Fields.LESSON);
        LessonInfo info = lessons.get(lessonId);
        hits.add(
            new Hit(
                lessonId,
                info.title(),
                info.moduleId(),
                snippets[i],
                document.get(Fields.KIND),
                chosen[i].score));
      }
      return hits;
    } catch (IOException e) {
      throw new ContentException("Search failed", e);
    } finally {
      release(searcher);
    }
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** A keyword read from doc values: no stored-field block to decompress per candidate. */
  private static String docValue(IndexSearcher searcher, int doc, String field) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = leaf.reader().getSortedDocValues(field);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return "";
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  private String[] snippets(IndexSearcher searcher, Optional<Query> query, ScoreDoc[] docs)
      throws IOException {
    String[] out = new String[docs.length];
    String[] highlighted = null;
    if (query.isPresent() && docs.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, stemmed)
              .withFormatter(new DefaultPassageFormatter("*", "*", "… ", false))
              .withMaxLength(10_000)
              .build();
      TopDocs topDocs =
          new TopDocs(
              new org.apache.lucene.search.TotalHits(
                  docs.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
              docs);
      highlighted = highlighter.highlight(Fields.BODY, query.get(), topDocs, 2);
    }
    for (int i = 0; i < docs.length; i++) {
      String text =
          highlighted != null && highlighted[i] != null
              ? highlighted[i]
              : searcher.storedFields().document(docs[i].doc).get(Fields.BODY);
      out[i] = shorten(text);
    }
    return out;
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    if (flat.length() <= Hit.MAX_SNIPPET) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', Hit.MAX_SNIPPET - 1);
    String head = flat.substring(0, cut > 0 ? cut : Hit.MAX_SNIPPET - 1);
    // An odd number of '*' would leave WhatsApp bold open.
    if (head.chars().filter(c -> c == '*').count() % 2 == 1) {
      head = head.substring(0, head.lastIndexOf('*'));
    }
    return head + "…";
  }

  /**
   * The stemmed query plus the folded words: exact when the index knows the word, fuzzy (typo
   * tolerant) when it does not; a known word needs no correction, which keeps large indexes fast.
   */
  private Optional<Query> textQuery(String text, IndexSearcher searcher) throws IOException {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean any = false;
    Optional<Query> stemmedQuery = stemmedOnly(text);
    if (stemmedQuery.isPresent()) {
      builder.add(stemmedQuery.get(), Occur.SHOULD);
      any = true;
    }
    for (String term : folded.terms(text)) {
      if (term.length() < 4 || term.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      Term folded = new Term(Fields.FOLDED, term);
      // A word the index knows is matched as written; only unknown words pay for fuzzy expansion.
      // A corrected typo stands for a word the learner meant, so it weighs like a stemmed match.
      Query match =
          searcher.getIndexReader().docFreq(folded) > 0
              ? new BoostQuery(new TermQuery(folded), FOLDED_BOOST)
              : new BoostQuery(
                  new FuzzyQuery(folded, term.length() <= 5 ? 1 : 2, 0, 20, true), TYPO_BOOST);
      builder.add(match, Occur.SHOULD);
      any = true;
    }
    return any ? Optional.of(builder.build()) : Optional.empty();
  }

  private Optional<Query> stemmedOnly(String text) {
    QueryBuilder builder = new QueryBuilder(queryAnalyzer);
    Query title = builder.createBooleanQuery(Fields.TITLE, text, Occur.SHOULD);
    Query body = builder.createBooleanQuery(Fields.BODY, text, Occur.SHOULD);
    if (title == null && body == null) {
      return Optional.empty();
    }
    BooleanQuery.Builder both = new BooleanQuery.Builder();
    if (title != null) {
      both.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
    }
    if (body != null) {
      both.add(body, Occur.SHOULD);
    }
    return Optional.of(both.build());
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new ContentException("Cannot open a searcher", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new ContentException("Cannot release a searcher", e);
    }
  }

  private List<Document> documents(Curriculum curriculum) {
    Map<String, LessonInfo> infos = new LinkedHashMap<>();
    List<Document> out = new ArrayList<>();
    for (Module module : curriculum.modules()) {
      for (Unit unit : module.units()) {
        for (Lesson lesson : unit.lessons()) {
          infos.put(lesson.id(), new LessonInfo(lesson.title(), module.id()));
          out.add(
              document(
                  "lesson:" + lesson.id(),
                  "lesson",
                  lesson,
                  module,
                  lesson.title(),
                  String.join("\n\n", lesson.chunks()),
                  lesson.skills()));
          List<Example> examples = lesson.examples();
          for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            out.add(
                document(
                    "example:" + lesson.id() + ":" + i,
                    "example",
                    lesson,
                    module,
                    lesson.title(),
                    example.problem() + "\n" + example.solution(),
                    lesson.skills()));
          }
        }
        List<Exercise> exercises = new ArrayList<>(unit.exercises());
        exercises.addAll(generated(unit));
        for (Exercise exercise : exercises) {
          lessonFor(unit, exercise.skills())
              .ifPresent(
                  lesson ->
                      out.add(
                          document(
                              "exercise:" + exercise.id(),
                              "exercise",
                              lesson,
                              module,
                              lesson.title(),
                              exercise.prompt() + "\n" + exercise.solution(),
                              exercise.skills())));
        }
      }
    }
    for (GlossaryTerm term : curriculum.glossary()) {
      for (String lessonId : term.lessons().stream().limit(1).toList()) {
        curriculum
            .lesson(lessonId)
            .ifPresent(
                lesson -> {
                  Module module =
                      curriculum
                          .unitOfLesson(lessonId)
                          .flatMap(u -> curriculum.module(u.moduleId()))
                          .orElseThrow();
                  String body =
                      term.term()
                          + ": "
                          + term.definition()
                          + (term.synonyms().isEmpty()
                              ? ""
                              : " (" + String.join(", ", term.synonyms()) + ")");
                  out.add(
                      document(
                          "glossary:" + term.term(),
                          "glossary",
                          lesson,
                          module,
                          term.term(),
                          body,
                          lesson.skills()));
                });
      }
    }
    lessons = Map.copyOf(infos);
    return out;
  }

  private List<Exercise> generated(Unit unit) {
    List<Exercise> items = new ArrayList<>();
    if (generators.isEmpty()) {
      return items;
    }
    for (GeneratorSpec spec : unit.generators()) {
      if (!generators.get().names().contains(spec.generator())) {
        continue;
      }
      SplittableRandom random = new SplittableRandom(seed ^ spec.id().hashCode());
      for (int i = 0; i < itemsPerGenerator; i++) {
        items.add(generators.get().generate(spec, random, i));
      }
    }
    return items;
  }

  /** The lesson an exercise leads to: the first of its unit sharing a skill, else the first. */
  private static Optional<Lesson> lessonFor(Unit unit, List<String> skills) {
    return unit.lessons().stream()
        .filter(l -> l.skills().stream().anyMatch(skills::contains))
        .findFirst()
        .or(() -> unit.lessons().stream().findFirst());
  }

  private static Document document(
      String id,
      String kind,
      Lesson lesson,
      Module module,
      String title,
      String body,
      List<String> skills) {
    Document document = new Document();
    document.add(new StringField(Fields.ID, id, Field.Store.YES));
    document.add(new StringField(Fields.KIND, kind, Field.Store.YES));
    document.add(new SortedDocValuesField(Fields.KIND, new BytesRef(kind)));
    document.add(new StringField(Fields.LESSON, lesson.id(), Field.Store.YES));
    document.add(new SortedDocValuesField(Fields.LESSON, new BytesRef(lesson.id())));
    document.add(new StringField(Fields.MODULE, module.id(), Field.Store.NO));
    document.add(new StringField(Fields.LEVEL, module.level().id(), Field.Store.NO));
    for (String skill : skills) {
      document.add(new StringField(Fields.SKILL, skill, Field.Store.YES));
    }
    document.add(new TextField(Fields.TITLE, title, Field.Store.YES));
    document.add(new Field(Fields.BODY, body, BODY_TYPE));
    document.add(new TextField(Fields.FOLDED, title + "\n" + body, Field.Store.NO));
    return document;
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new ContentException("Cannot close the index", e);
    }
  }
}
