package mx.aprende.bot.console.web;

import java.util.List;

/**
 * CSV as spreadsheets read it: comma separated, every field quoted, and fields that a spreadsheet
 * would run as a formula ({@code = + - @}) prefixed with an apostrophe.
 */
final class Csv {

  private final StringBuilder out = new StringBuilder();

  Csv row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(String.valueOf(fields.get(i))));
    }
    out.append("\r\n");
    return this;
  }

  Csv row(Object... fields) {
    return row(List.of(fields));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String field(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
            ? "'" + value
            : value;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  private static boolean isNumber(String value) {
    try {
      Double.parseDouble(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
