package mx.aprende.engine.store;

import java.util.Optional;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.LogisticModel;

/**
 * Fitted model parameters, versioned per model name so a running process can pick up a refit
 * without a restart: it polls {@code load...IfNewer} and swaps the model when a newer version
 * appears.
 */
public interface ParameterStore {

  /** A stored model and its version (increasing with every save of that name). */
  record Versioned<M>(long version, M model) {}

  /** Stores {@code model} as the newest version of its name; returns that version. */
  long saveBkt(BktModel model);

  /** The newest stored BKT model called {@code name}, if any. */
  Optional<Versioned<BktModel>> loadBkt(String name);

  /** Stores {@code model} as the newest version of its name; returns that version. */
  long saveLogistic(LogisticModel model);

  /** The newest stored logistic model called {@code name}, if any. */
  Optional<Versioned<LogisticModel>> loadLogistic(String name);

  /** The newest BKT model {@code name} when newer than {@code version}. */
  default Optional<Versioned<BktModel>> loadBktIfNewer(String name, long version) {
    return loadBkt(name).filter(v -> v.version() > version);
  }

  /** The newest logistic model {@code name} when newer than {@code version}. */
  default Optional<Versioned<LogisticModel>> loadLogisticIfNewer(String name, long version) {
    return loadLogistic(name).filter(v -> v.version() > version);
  }
}
