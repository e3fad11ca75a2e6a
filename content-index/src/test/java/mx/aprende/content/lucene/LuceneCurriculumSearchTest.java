package mx.aprende.content.lucene;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import mx.aprende.content.Fixtures;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.CurriculumLoader;
import mx.aprende.content.curriculum.Lesson;
import mx.aprende.content.curriculum.Level;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;
import mx.aprende.content.search.Hit;
import mx.aprende.content.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneCurriculumSearchTest {
  private static Curriculum curriculum;
  private static LuceneCurriculumSearch search;

  @BeforeAll
  static void index() {
    curriculum = CurriculumLoader.load(Fixtures.curriculum()).curriculum();
    search = LuceneCurriculumSearch.of(curriculum);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  private static List<String> lessonIds(List<Hit> hits) {
    return hits.stream().map(Hit::lessonId).toList();
  }

  /** Accents, case, typos and the synonym all find the fractions lessons first. */
  @ParameterizedTest
  @ValueSource(strings = {"fraccion", "Fracción", "fracsion", "quebrados", "FRACCIONES"})
  void findsFractionsHoweverWritten(String query) {
    List<Hit> hits = search.search(SearchRequest.of(query));
    assertThat(hits.getFirst().lessonId(), containsString("fracciones"));
  }

  /** Hits are distinct lessons with title, module and a short highlighted snippet. */
  @Test
  void hitsCarrySnippets() {
    List<Hit> hits = search.search(SearchRequest.of("denominador"));
    assertThat(lessonIds(hits).stream().distinct().count(), is((long) hits.size()));
    Hit first = hits.getFirst();
    assertThat(first.lessonId(), is("fracciones-partes"));
    assertThat(first.title(), is("Las partes de una fracción"));
    assertThat(first.moduleId(), is("fracciones-y-porcentajes"));
    assertThat(first.snippet(), containsString("*denominador*"));
    assertThat(
        hits.stream().map(h -> h.snippet().length()).toList(),
        everyItem(lessThanOrEqualTo(Hit.MAX_SNIPPET)));
  }

  /** Level, module and skill filters keep only matching lessons. */
  @Test
  void filters() {
    assertThat(
        lessonIds(search.search(SearchRequest.of("leer").withLevel(Level.INICIAL))),
        everyItem(not(containsString("fracciones"))));
    assertThat(search.search(SearchRequest.of("fraccion").withLevel(Level.INICIAL)), is(empty()));
    assertThat(
        lessonIds(search.search(SearchRequest.of("porcentaje fraccion").withModule("la-palabra"))),
        is(empty()));
    assertThat(
        lessonIds(search.search(SearchRequest.of("fraccion").withSkill("frac-equivalentes"))),
        is(List.of("fracciones-equivalentes")));
  }

  /** Related lessons exclude the lesson itself and favour its neighbours. */
  @Test
  void relatedLessons() {
    List<Hit> related = search.related("fracciones-sumar-igual", 3);
    assertThat(lessonIds(related), not(hasItem("fracciones-sumar-igual")));
    assertThat(related.size(), greaterThan(0));
    assertThat(lessonIds(related).getFirst(), containsString("fracciones"));
    assertThat(search.related("no-existe", 3), is(empty()));
  }

  /** Generated items are indexed as exercises of their unit's lessons, reproducibly by seed. */
  @Test
  void indexesGeneratedItems() {
    try (LuceneCurriculumSearch large =
        LuceneCurriculumSearch.withGenerated(
            curriculum, new mx.aprende.content.generate.GeneratorCatalogue(), 500, 1, p -> {})) {
      assertThat(large.documentCount(), greaterThan(search.documentCount() + 300));
      List<Hit> hits = large.search(SearchRequest.of("licuadora descuento"));
      assertThat(hits.getFirst().lessonId(), is("porcentaje-descuentos"));
      assertThat(hits.getFirst().matchedIn(), is("exercise"));
    }
  }

  /** An update replaces documents by id and drops vanished lessons. */
  @Test
  void updatesIncrementally() {
    int before = search.documentCount();
    List<Module> modules = new ArrayList<>();
    for (Module module : curriculum.modules()) {
      if (module.id().equals("la-palabra")) {
        Unit unit = module.units().getFirst();
        List<Lesson> lessons = new ArrayList<>(unit.lessons());
        Lesson old = lessons.removeFirst();
        lessons.addFirst(
            new Lesson(
                old.id(),
                "Leer letreros de la colonia",
                old.minutes(),
                old.skills(),
                old.image(),
                List.of("Los letreros de la colonia avisan del tandeo del agua."),
                List.of(),
                old.location()));
        lessons.removeLast();
        unit =
            new Unit(
                unit.id(),
                unit.moduleId(),
                unit.title(),
                unit.skills(),
                lessons,
                List.of(),
                List.of(),
                unit.location());
        module =
            new Module(
                module.id(),
                module.title(),
                module.level(),
                module.area(),
                module.order(),
                module.summary(),
                List.of(unit),
                module.location());
      }
      modules.add(module);
    }
    try (LuceneCurriculumSearch local = LuceneCurriculumSearch.of(curriculum)) {
      local.update(new Curriculum(modules, curriculum.glossary(), curriculum.synonyms()), p -> {});
      assertThat(
          lessonIds(local.search(SearchRequest.of("tandeo"))), is(List.of("avisos-publicos")));
      assertThat(
          lessonIds(local.search(SearchRequest.of("instrucciones paso a paso"))),
          not(hasItem("seguir-instrucciones")));
      assertThat(local.documentCount(), is(before - 4));
    }
  }
}
