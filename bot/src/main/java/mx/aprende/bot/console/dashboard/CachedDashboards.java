package mx.aprende.bot.console.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Dashboards cached for a minute per query: coordinators reload often, the figures change slowly,
 * and the aggregations scan the message collections. The query's {@code now} is truncated to the
 * minute by the caller so repeated loads share an entry.
 */
public final class CachedDashboards implements DashboardSource {

  private final DashboardSource source;
  private final Cache<DashboardQuery, Dashboard> cache;

  public CachedDashboards(DashboardSource source, Duration ttl) {
    this.source = source;
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(500).build();
  }

  @Override
  public Dashboard compute(DashboardQuery query) {
    return cache.get(query, source::compute);
  }
}
