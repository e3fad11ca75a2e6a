package mx.aprende.content.curriculum;

/**
 * A known wrong answer and the feedback that names the mistake behind it. For choice exercises the
 * {@code answer} is the wrong option's text.
 */
public record Misconception(String answer, String feedback) {}
