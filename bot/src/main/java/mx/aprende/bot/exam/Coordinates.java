package mx.aprende.bot.exam;

import java.util.Locale;

/**
 * A point on Earth in decimal degrees (WGS 84, what phones share).
 *
 * @param latitude −90 to 90
 * @param longitude −180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  /** The mean Earth radius (IUGG), in kilometres. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new ExamException("not a place on Earth: " + latitude + ", " + longitude);
    }
  }

  /**
   * The great-circle distance to {@code other} by the haversine formula: within 0.5 % of the
   * ellipsoidal distance, far better than what "nearest center" needs.
   */
  public double kilometresTo(Coordinates other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** A link that opens this point in the phone's map app (Google Maps URLs, no API key). */
  public String mapLink() {
    return String.format(
        Locale.ROOT,
        "https://www.google.com/maps/search/?api=1&query=%.6f,%.6f",
        latitude,
        longitude);
  }
}
