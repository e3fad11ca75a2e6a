package mx.aprende.bot.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.region.MexicanState;

/**
 * State → municipality → center, as WhatsApp lists of at most ten rows: the states come in pages of
 * nine with a "more" row; a step with a single choice is skipped.
 */
final class CenterPicker {

  static final int PAGE = 9;

  private final Centers centers;

  CenterPicker(Centers centers) {
    this.centers = centers;
  }

  Reply states(int page) {
    List<MexicanState> states = CenterFinder.states(centers.all());
    if (states.isEmpty()) {
      return new Reply.Text(ExamTexts.NO_CENTERS);
    }
    int from = Math.min(page * PAGE, Math.max(0, states.size() - 1));
    List<Reply.Option> rows = new ArrayList<>();
    for (MexicanState s : states.subList(from, Math.min(states.size(), from + PAGE))) {
      rows.add(Reply.Option.of(ExamDesk.PREFIX + "state:" + s.code(), s.shortName()));
    }
    if (from + PAGE < states.size()) {
      rows.add(
          Reply.Option.of(
              ExamDesk.PREFIX + "states:" + (page + 1), "Más estados", "Ver los siguientes"));
    } else if (page > 0) {
      rows.add(
          Reply.Option.of(ExamDesk.PREFIX + "states:0", "Volver al inicio", "Aguascalientes…"));
    }
    return new Reply.Menu(ExamTexts.CHOOSE_STATE, "Ver estados", rows);
  }

  List<Reply> state(String code, Function<Center, List<Reply>> single) {
    MexicanState state = MexicanState.byCode(code).orElse(null);
    if (state == null) {
      return List.of(states(0));
    }
    List<Center> all = centers.all();
    List<String> municipalities = CenterFinder.municipalities(all, state);
    if (municipalities.size() == 1) {
      return listCenters(CenterFinder.in(all, state, municipalities.getFirst()), single);
    }
    List<Reply.Option> rows = new ArrayList<>();
    for (int i = 0; i < municipalities.size() && i < 10; i++) {
      rows.add(
          Reply.Option.of(
              ExamDesk.PREFIX + "muni:" + state.code() + ":" + i, municipalities.get(i)));
    }
    if (rows.isEmpty()) {
      return List.of(states(0));
    }
    return List.of(new Reply.Menu(ExamTexts.CHOOSE_MUNICIPALITY, "Ver municipios", rows));
  }

  List<Reply> municipality(String code, String index, Function<Center, List<Reply>> single) {
    MexicanState state = MexicanState.byCode(code).orElse(null);
    List<Center> all = centers.all();
    if (state == null) {
      return List.of(states(0));
    }
    List<String> municipalities = CenterFinder.municipalities(all, state);
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return state(code, single);
    }
    if (i < 0 || i >= municipalities.size()) {
      return state(code, single);
    }
    return listCenters(CenterFinder.in(all, state, municipalities.get(i)), single);
  }

  private static List<Reply> listCenters(List<Center> found, Function<Center, List<Reply>> single) {
    if (found.size() == 1) {
      return single.apply(found.getFirst());
    }
    List<Reply.Option> rows =
        found.stream()
            .limit(10)
            .map(c -> Reply.Option.of(ExamDesk.PREFIX + "center:" + c.id(), c.name(), c.address()))
            .toList();
    return List.of(new Reply.Menu(ExamTexts.CHOOSE_CENTER, "Ver centros", rows));
  }
}
