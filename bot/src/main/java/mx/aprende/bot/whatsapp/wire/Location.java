package mx.aprende.bot.whatsapp.wire;

import java.util.Optional;

/**
 * A shared location (a pin, or a place with a name and address).
 *
 * <pre>{@code
 * "type": "location",
 * "location": { "latitude": 19.4326, "longitude": -99.1332, "name": "Plaza de la Constitución",
 *               "address": "Centro, CDMX", "url": "https://..." }
 * }</pre>
 *
 * @param latitude degrees
 * @param longitude degrees
 * @param name the place name
 * @param address the place address
 * @param url a link for the place
 */
public record Location(
    double latitude,
    double longitude,
    Optional<String> name,
    Optional<String> address,
    Optional<String> url)
    implements MessageContent {
  @Override
  public String type() {
    return "location";
  }
}
