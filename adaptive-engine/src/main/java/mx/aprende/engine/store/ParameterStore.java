package mx.aprende.engine.store;

import java.util.Optional;
import mx.aprende.engine.mastery.BktModel;

/**
 * Fitted model parameters, versioned so a running process can pick up a refit without a restart: it
 * polls {@link #loadIfNewer} and swaps the model when a newer version appears.
 */
public interface ParameterStore {

  /** A stored model and its version (increasing with every save). */
  record Versioned(long version, BktModel model) {}

  /** Stores {@code model} as the newest version of its name; returns that version. */
  long save(BktModel model);

  /** The newest stored version of {@code name}, if any. */
  Optional<Versioned> load(String name);

  /** The newest version of {@code name} when it is newer than {@code version}. */
  default Optional<Versioned> loadIfNewer(String name, long version) {
    return load(name).filter(v -> v.version() > version);
  }
}
