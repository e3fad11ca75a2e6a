package mx.aprende.bot.region;

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and
 * swaps of two neighbouring letters each cost one, the typos of people typing on a phone.
 */
final class Distance {
  private Distance() {}

  /** The edit distance between {@code a} and {@code b}. */
  static int between(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
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
}
