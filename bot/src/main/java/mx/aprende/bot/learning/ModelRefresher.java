package mx.aprende.bot.learning;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import mx.aprende.engine.mastery.BktModel;
import mx.aprende.engine.mastery.BktParameters;
import mx.aprende.engine.mastery.CombinedModel;
import mx.aprende.engine.mastery.FeatureSet;
import mx.aprende.engine.mastery.MasteryModel;
import mx.aprende.engine.store.ParameterStore;

/**
 * The mastery model the running bot uses, swapped without a restart when a refit ({@code ./tutor
 * refit}) saves new parameter versions: best-lr+ predicts success, BKT gives per-skill mastery.
 * Until a refit has run, BKT with default parameters does both.
 */
public final class ModelRefresher implements Supplier<MasteryModel>, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ModelRefresher.class.getName());
  static final String BKT = "bkt";
  static final String BEST_LR_PLUS = FeatureSet.BEST_LR_PLUS.modelName();

  private record Current(MasteryModel model, long bktVersion, long logisticVersion) {}

  private final ParameterStore store;
  private final AtomicReference<Current> current;
  private final Thread poller;

  private ModelRefresher(ParameterStore store, Duration every) {
    this.store = store;
    BktModel defaults = new BktModel(BKT, Map.of(), BktParameters.DEFAULT);
    this.current = new AtomicReference<>(new Current(defaults, 0, 0));
    refresh();
    this.poller =
        every.isZero() ? null : Thread.ofVirtual().name("model-refresher").start(() -> poll(every));
  }

  /**
   * Loads the newest saved models now and then every {@code every} (zero: only on {@link
   * #refresh}).
   */
  public static ModelRefresher start(ParameterStore store, Duration every) {
    return new ModelRefresher(store, every);
  }

  @Override
  public MasteryModel get() {
    return current.get().model();
  }

  /** Swaps in newer saved parameters, if any; returns whether the model changed. */
  public boolean refresh() {
    Current now = current.get();
    var bkt = store.loadBktIfNewer(BKT, now.bktVersion());
    var logistic = store.loadLogisticIfNewer(BEST_LR_PLUS, now.logisticVersion());
    if (bkt.isEmpty() && logistic.isEmpty()) {
      return false;
    }
    long bktVersion = bkt.map(ParameterStore.Versioned::version).orElse(now.bktVersion());
    long logisticVersion =
        logistic.map(ParameterStore.Versioned::version).orElse(now.logisticVersion());
    MasteryModel mastery =
        bkt.<MasteryModel>map(ParameterStore.Versioned::model)
            .or(() -> store.loadBkt(BKT).map(ParameterStore.Versioned::model))
            .orElseGet(() -> new BktModel(BKT, Map.of(), BktParameters.DEFAULT));
    MasteryModel predictor =
        logistic
            .<MasteryModel>map(ParameterStore.Versioned::model)
            .or(() -> store.loadLogistic(BEST_LR_PLUS).map(ParameterStore.Versioned::model))
            .orElse(mastery);
    current.set(new Current(new CombinedModel(predictor, mastery), bktVersion, logisticVersion));
    LOG.info("Mastery model updated: bkt v" + bktVersion + ", best-lr+ v" + logisticVersion);
    return true;
  }

  private void poll(Duration every) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(every);
        refresh();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // Storage hiccups must not stop the bot; the current model keeps working.
        LOG.warning("Could not check for new model parameters: " + e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.interrupt();
    }
  }
}
