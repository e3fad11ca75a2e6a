package mx.aprende.bot.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import mx.aprende.content.text.EditDistance;
import mx.aprende.content.text.TextFolding;

/**
 * Recognises the state in what an adult types when asked "¿En qué estado vives?": a state's names
 * and abbreviations, other spellings, and cities (every capital and the largest cities), inside a
 * sentence ("vivo en monterrey", "soy de tijuana"), whatever the accents, case and punctuation, and
 * with typos in proportion to the length of the name (Damerau–Levenshtein). It never guesses: when
 * a word names two states ("mexico", "baja"), or two states are about equally close to a typo, the
 * answer is {@link StateMatch.Ambiguous}. Thread-safe and immutable.
 */
public final class StateMatcher {
  private static final int MAX_WORDS = 40;
  private static final int NO_MATCH = Integer.MAX_VALUE;
  private static final int MAX_CANDIDATES = 3;

  /** Words around a state's name that say nothing about it. */
  private static final Set<String> FILLERS =
      Set.of(
          "vivo", "vivimos", "vive", "en", "soy", "somos", "de", "del", "desde", "el", "la", "los",
          "las", "estoy", "estamos", "radico", "aqui", "aca", "yo", "mi", "estado", "edo");

  /** Everyday words that must not be read as a misspelt place ("pueblo" is not "Puebla"). */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "pueblo",
          "rancho",
          "ciudad",
          "municipio",
          "colonia",
          "cerca",
          "por",
          "un",
          "una",
          "con",
          "pero",
          "que",
          "casa",
          "hola",
          "gracias",
          "si",
          "no",
          "bien",
          "norte",
          "sur",
          "centro",
          "estado",
          "vivo",
          "somos",
          "estoy",
          "radico",
          "aqui",
          "aca",
          "desde",
          "tengo",
          "nada",
          "otro",
          "otra",
          "mismo",
          "donde",
          "todo",
          "toda",
          "mucho",
          "poco",
          "ahora",
          "antes");

  private final Map<String, List<MexicanState>> phrases = new HashMap<>();
  private final Map<String, List<MexicanState>> squashed = new HashMap<>();
  private final Map<String, List<MexicanState>> names = new LinkedHashMap<>();
  private final Map<String, List<MexicanState>> squashedNames = new HashMap<>();
  private final NavigableMap<Integer, Map<String, List<MexicanState>>> namesByWords =
      new TreeMap<>();
  private final int longestPhrase;

  /** A matcher over the 32 states, their abbreviations and the cities in {@code Places}. */
  public StateMatcher() {
    for (MexicanState state : MexicanState.values()) {
      addName(TextFolding.words(state.officialName()), List.of(state));
      addName(TextFolding.words(state.shortName()), List.of(state));
      for (String abbreviation : state.abbreviations()) {
        String folded = TextFolding.words(abbreviation);
        add(squashed, squash(folded), List.of(state));
        if (!Places.WHOLE_ANSWER_ONLY.contains(folded)) {
          add(phrases, folded, List.of(state));
        }
      }
    }
    Places.OTHER_NAMES.forEach((name, state) -> addName(name, List.of(state)));
    Places.SHARED.forEach(this::addName);
    names.forEach((name, states) -> add(squashedNames, squash(name), states));
    names.forEach(
        (name, states) ->
            namesByWords
                .computeIfAbsent(name.split(" ").length, n -> new HashMap<>())
                .put(name, states));
    longestPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
  }

  /** The state named in {@code text}, the few it could be, or none. */
  public StateMatch match(String text) {
    List<String> words = wordList(text);
    if (words.isEmpty() || words.size() > MAX_WORDS) {
      return new StateMatch.NotFound();
    }
    Set<MexicanState> sure = EnumSet.noneOf(MexicanState.class);
    Set<MexicanState> shared = EnumSet.noneOf(MexicanState.class);
    List<List<MexicanState>> exact = new ArrayList<>(exactPhrases(words));
    List<MexicanState> whole = squashed.get(squash(String.join(" ", withoutFillers(words))));
    if (whole != null) {
      exact.add(whole);
    }
    for (List<MexicanState> states : exact) {
      (states.size() == 1 ? sure : shared).addAll(states);
    }
    if (!sure.isEmpty()) {
      return of(sure);
    }
    if (!shared.isEmpty()) {
      // "cuidad de mexico": the shared word matched exactly, a longer name nearly
      StateMatch longer = closest(words, 2);
      if (longer instanceof StateMatch.Found(MexicanState state) && shared.contains(state)) {
        return longer;
      }
      return of(shared);
    }
    return closest(words, 1);
  }

  /**
   * Exact names inside the text, longest first, each word used by one name at most. A name followed
   * or preceded by a word that makes it a misspelt longer name counts as that longer name ("baja
   * california sru" is Baja California Sur, not Baja California).
   */
  private List<List<MexicanState>> exactPhrases(List<String> words) {
    boolean[] used = new boolean[words.size()];
    List<List<MexicanState>> found = new ArrayList<>();
    for (int length = Math.min(longestPhrase, words.size()); length >= 1; length--) {
      for (int start = 0; start + length <= words.size(); start++) {
        List<MexicanState> states =
            phrases.get(String.join(" ", words.subList(start, start + length)));
        if (states != null && isFree(used, start, length)) {
          found.add(longerName(words, used, start, length).orElse(states));
          Arrays.fill(used, start, start + length, true);
        }
      }
    }
    return found;
  }

  private Optional<List<MexicanState>> longerName(
      List<String> words, boolean[] used, int start, int length) {
    for (int from = Math.max(0, start - 1); from <= start; from++) {
      int to = from == start ? start + length + 1 : start + length;
      if (to > words.size() || !isFree(used, from, to - from)) {
        continue;
      }
      String extra = from < start ? words.get(from) : words.get(to - 1);
      if (FILLERS.contains(extra) || NOT_PLACES.contains(extra)) {
        continue;
      }
      Map<MexicanState, Integer> distances = new EnumMap<>(MexicanState.class);
      compare(String.join(" ", words.subList(from, to)), namesLongerThan(length), distances);
      if (!distances.isEmpty()) {
        return Optional.of(List.copyOf(closestOf(distances)));
      }
    }
    return Optional.empty();
  }

  /**
   * The states whose names are within the typo tolerance of the whole answer squashed, or else of
   * runs of at least {@code minWords} words (longer runs first, each word in one run at most); the
   * closest, or all of them when several states are equally close.
   */
  private StateMatch closest(List<String> words, int minWords) {
    Map<MexicanState, Integer> distances = new EnumMap<>(MexicanState.class);
    if (words.size() >= minWords) {
      compare(squash(String.join(" ", words)), squashedNames, distances);
    }
    List<String> content = withoutFillers(words);
    if (distances.isEmpty() && content.size() >= minWords && content.size() < words.size()) {
      compare(squash(String.join(" ", content)), squashedNames, distances);
    }
    boolean[] used = new boolean[words.size()];
    for (int length = Math.min(longestPhrase, words.size());
        length >= minWords && distances.isEmpty();
        length--) {
      for (int start = 0; start + length <= words.size(); start++) {
        List<String> run = words.subList(start, start + length);
        boolean notAPlace =
            length == 1
                && (NOT_PLACES.contains(run.getFirst()) || FILLERS.contains(run.getFirst()));
        if (notAPlace || !isFree(used, start, length)) {
          continue;
        }
        Map<MexicanState, Integer> here = new EnumMap<>(MexicanState.class);
        compare(String.join(" ", run), names, here);
        if (!here.isEmpty()) {
          here.forEach((state, distance) -> distances.merge(state, distance, Math::min));
          Arrays.fill(used, start, start + length, true);
        }
      }
    }
    Set<MexicanState> candidates = closestOf(distances);
    return candidates.isEmpty() ? new StateMatch.NotFound() : of(candidates);
  }

  private static Set<MexicanState> closestOf(Map<MexicanState, Integer> distances) {
    int best = distances.values().stream().mapToInt(Integer::intValue).min().orElse(NO_MATCH);
    Set<MexicanState> candidates = EnumSet.noneOf(MexicanState.class);
    distances.forEach(
        (state, distance) -> {
          if (distance == best) {
            candidates.add(state);
          }
        });
    return candidates;
  }

  private Map<String, List<MexicanState>> namesLongerThan(int words) {
    return namesByWords.subMap(words + 1, Integer.MAX_VALUE).values().stream()
        .flatMap(m -> m.entrySet().stream())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * How many typos a name of {@code length} letters tolerates: none up to 3 letters (abbreviations
   * are too short to guess), one up to 5, two up to 10, three beyond.
   */
  static int tolerated(int length) {
    if (length <= 3) {
      return 0;
    }
    if (length <= 5) {
      return 1;
    }
    return length <= 10 ? 2 : 3;
  }

  /** The folded words of {@code text}: "¡Yucatán!" → [yucatan], "Edo. Méx." → [edo, mex]. */
  static List<String> wordList(String text) {
    String words = TextFolding.words(text);
    return words.isEmpty() ? List.of() : List.of(words.split(" "));
  }

  private static void compare(
      String typed, Map<String, List<MexicanState>> targets, Map<MexicanState, Integer> distances) {
    targets.forEach(
        (name, states) -> {
          int tolerated = StateMatcher.tolerated(name.length());
          if (Math.abs(name.length() - typed.length()) > tolerated) {
            return;
          }
          int distance = EditDistance.distance(typed, name, tolerated);
          if (distance <= tolerated) {
            states.forEach(state -> distances.merge(state, distance, Math::min));
          }
        });
  }

  private static StateMatch of(Set<MexicanState> states) {
    if (states.size() == 1) {
      return new StateMatch.Found(states.iterator().next());
    }
    if (states.size() <= MAX_CANDIDATES) {
      return new StateMatch.Ambiguous(List.copyOf(states));
    }
    return new StateMatch.NotFound();
  }

  private void addName(String name, List<MexicanState> states) {
    add(phrases, name, states);
    add(squashed, squash(name), states);
    if (name.length() >= 4) {
      add(names, name, states);
    }
  }

  private static void add(
      Map<String, List<MexicanState>> map, String key, List<MexicanState> states) {
    map.merge(
        key,
        List.copyOf(states),
        (old, more) -> {
          Set<MexicanState> union = EnumSet.copyOf(old);
          union.addAll(more);
          return List.copyOf(union);
        });
  }

  private static List<String> withoutFillers(List<String> words) {
    int start = 0;
    while (start < words.size() && FILLERS.contains(words.get(start))) {
      start++;
    }
    return words.subList(start, words.size());
  }

  private static boolean isFree(boolean[] used, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static String squash(String folded) {
    return folded.replace(" ", "");
  }
}
