package mx.aprende.bot.tutor;

import java.util.List;
import java.util.Optional;
import mx.aprende.content.curriculum.Hints;

/**
 * The authored hint ladder: nudge, key step, nearly the answer, then the worked solution. The
 * answer may appear only on the last rung.
 */
public final class HintLadder {

  private HintLadder() {}

  /** Whether the ladder allows showing the answer after {@code hintsGiven} hints. */
  public static boolean allowsAnswer(Hints hints, int hintsGiven) {
    return hintsGiven >= hints.asList().size();
  }

  /** The authored rung for {@code request}: the next hint, or the solution once all were given. */
  public static Tutor.Answer authored(Tutor.HintRequest request) {
    List<String> rungs = request.exercise().hints().asList();
    int given = Math.max(0, request.hintsGiven());
    if (given >= rungs.size()) {
      return new Tutor.Answer(
          "✅ Así se resuelve:\n" + request.exercise().solution(), Optional.empty());
    }
    return new Tutor.Answer("💡 " + rungs.get(given), Optional.empty());
  }
}
