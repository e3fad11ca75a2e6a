package mx.aprende.content.answer;

import java.util.List;
import java.util.Optional;
import mx.aprende.content.math.Rational;

/**
 * What a typed number can mean. {@code values} has one entry, or two when the only separator is
 * followed by exactly three digits ({@code "1,500"}): first the thousands reading, then the decimal
 * one. {@code writtenDenominator} is the denominator as typed ({@code 6/8} → 8), or 0.
 */
record NumberReading(
    List<Rational> values, boolean percent, Optional<Unit> unit, int writtenDenominator) {
  boolean ambiguous() {
    return values.size() > 1;
  }
}
