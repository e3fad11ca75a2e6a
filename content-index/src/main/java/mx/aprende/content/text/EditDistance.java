package mx.aprende.content.text;

/**
 * Typo distance (Damerau-Levenshtein, optimal string alignment: insert, delete, substitute, swap
 * two neighbours) and the tolerance allowed for a target of a given length.
 */
public final class EditDistance {
  private EditDistance() {}

  /** Edits allowed against {@code target}: none up to 3 letters, then 1, 2, 3 as words grow. */
  public static int tolerance(String target) {
    int letters = 0;
    for (int i = 0; i < target.length(); i++) {
      if (Character.isLetter(target.charAt(i))) {
        letters++;
      }
    }
    if (letters <= 3) {
      return 0;
    }
    if (letters <= 6) {
      return 1;
    }
    return letters <= 12 ? 2 : 3;
  }

  /** The distance, or {@code max + 1} as soon as it exceeds {@code max}. */
  public static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], max + 1);
  }

  /** The full distance between {@code a} and {@code b}. */
  public static int between(String a, String b) {
    return distance(a, b, Math.max(a.length(), b.length()));
  }
}
