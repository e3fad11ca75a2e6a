package mx.aprende.content.curriculum;

/** A worked example inside a lesson. */
public record Example(String problem, String solution) {}
