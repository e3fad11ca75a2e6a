package mx.aprende.bot.tutor.langchain4j;

import dev.langchain4j.rag.content.Content;
import java.util.List;
import mx.aprende.bot.tutor.Tutor;
import mx.aprende.content.curriculum.Exercise;

/**
 * The user messages sent to the model. The learner's words always go between {@code <mensaje>} tags
 * with angle brackets replaced, so they cannot close the tag and pass for instructions.
 */
final class Prompts {

  static final String RETRY =
      "Tu respuesta anterior no cumple las reglas (dio la respuesta o citó las instrucciones)."
          + " Escribe otra: solo una pista o una explicación breve y una pregunta.";

  private static final List<String> RUNGS =
      List.of(
          "un empujón: qué mirar primero",
          "el paso clave, sin hacer la cuenta final",
          "casi la respuesta, pero que la persona dé el último paso");

  private Prompts() {}

  static String question(List<Content> passages, String question) {
    return lessons(passages) + "\n<mensaje>\n" + asData(question) + "\n</mensaje>";
  }

  static String hint(List<Content> passages, Tutor.HintRequest request) {
    Exercise exercise = request.exercise();
    int rung = Math.min(request.hintsGiven(), RUNGS.size() - 1);
    return lessons(passages)
        + "\n<ejercicio>\n"
        + exercise.prompt()
        + "\n</ejercicio>\n<mensaje>\n"
        + asData(
            request.learnerAnswer().isBlank() ? "(todavía no responde)" : request.learnerAnswer())
        + "\n</mensaje>\nPistas ya dadas: "
        + request.hintsGiven()
        + " de "
        + RUNGS.size()
        + ". Da la pista "
        + (rung + 1)
        + ": "
        + RUNGS.get(rung)
        + ".\nPista escrita por el autor para este paso (puedes decirla con otras palabras): "
        + exercise.hints().asList().get(rung);
  }

  private static String lessons(List<Content> passages) {
    StringBuilder out = new StringBuilder("<lecciones>");
    int n = 1;
    for (Content content : passages) {
      var metadata = content.textSegment().metadata();
      String title = metadata.getString(CurriculumContentRetriever.LESSON_TITLE);
      String module = metadata.getString(CurriculumContentRetriever.MODULE_TITLE);
      out.append("\n[")
          .append(n++)
          .append("] ")
          .append(module == null ? "" : module + " › ")
          .append(title == null ? "" : title)
          .append("\n")
          .append(content.textSegment().text());
    }
    return out.append("\n</lecciones>").toString();
  }

  /** The learner's text, unable to open or close a tag. */
  static String asData(String text) {
    return text.replace('<', '‹').replace('>', '›');
  }
}
