package mx.aprende.bot.observe;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.util.function.BooleanSupplier;

/** Ready only while MongoDB answers a ping: without it no webhook can be acknowledged safely. */
public final class MongoHealthCheck implements HealthCheck {

  private final BooleanSupplier ping;
  private final String kind;

  public MongoHealthCheck(BooleanSupplier ping, String kind) {
    this.ping = ping;
    this.kind = kind;
  }

  @Override
  public String name() {
    return "mongodb";
  }

  @Override
  public HealthCheckType type() {
    return HealthCheckType.READINESS;
  }

  @Override
  public HealthCheckResponse call() {
    boolean up = ping.getAsBoolean();
    return HealthCheckResponse.builder().status(up).detail("storage", kind).build();
  }
}
