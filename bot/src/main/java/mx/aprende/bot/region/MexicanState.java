package mx.aprende.bot.region;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The 32 federal entities of Mexico, in INEGI order. Each has its official name, the short name
 * people use, its two-digit INEGI code, the abbreviations commonly typed, and the IANA time zone of
 * its capital.
 *
 * <p>Time zones follow the tz database after Mexico abolished daylight saving time in October 2022
 * (only areas near the US border still change clocks). Four offsets remain: the Southeast (Quintana
 * Roo, UTC−5), the Centre (UTC−6), the Pacific (Baja California Sur, Sonora, Sinaloa, Nayarit,
 * UTC−7) and the Northwest (Baja California, UTC−8 with US daylight saving time). Each state gets
 * the tz zone that holds its capital: Durango, Coahuila, Nuevo León and Tamaulipas are {@code
 * America/Monterrey}, Campeche and Yucatán {@code America/Merida}; both zones have had the same
 * rules as {@code America/Mexico_City} since 2022 (checked against the JDK's tz data in the tests).
 * Areas whose clock differs from their capital's, which a state-level setting cannot see: Bahía de
 * Banderas in Nayarit ({@code America/Bahia_Banderas}, UTC−6 like Puerto Vallarta); Ciudad Juárez
 * ({@code America/Ciudad_Juarez}, UTC−7 with US daylight saving time) and Ojinaga and the other
 * border towns of Chihuahua ({@code America/Ojinaga}, UTC−6 with US daylight saving time); the
 * border strip of Coahuila, Nuevo León and Tamaulipas ({@code America/Matamoros}, US daylight
 * saving time). Quiet hours therefore may be off by an hour there, never more.
 */
public enum MexicanState {
  AGUASCALIENTES("01", "Aguascalientes", "Aguascalientes", "America/Mexico_City", "Ags", "Ag"),
  BAJA_CALIFORNIA("02", "Baja California", "Baja California", "America/Tijuana", "BC"),
  BAJA_CALIFORNIA_SUR(
      "03", "Baja California Sur", "Baja California Sur", "America/Mazatlan", "BCS"),
  CAMPECHE("04", "Campeche", "Campeche", "America/Merida", "Camp"),
  COAHUILA("05", "Coahuila de Zaragoza", "Coahuila", "America/Monterrey", "Coah"),
  COLIMA("06", "Colima", "Colima", "America/Mexico_City", "Col"),
  CHIAPAS("07", "Chiapas", "Chiapas", "America/Mexico_City", "Chis"),
  CHIHUAHUA("08", "Chihuahua", "Chihuahua", "America/Chihuahua", "Chih"),
  CIUDAD_DE_MEXICO(
      "09", "Ciudad de México", "Ciudad de México", "America/Mexico_City", "CDMX", "DF", "D.F."),
  DURANGO("10", "Durango", "Durango", "America/Monterrey", "Dgo"),
  GUANAJUATO("11", "Guanajuato", "Guanajuato", "America/Mexico_City", "Gto"),
  GUERRERO("12", "Guerrero", "Guerrero", "America/Mexico_City", "Gro"),
  HIDALGO("13", "Hidalgo", "Hidalgo", "America/Mexico_City", "Hgo"),
  JALISCO("14", "Jalisco", "Jalisco", "America/Mexico_City", "Jal"),
  MEXICO("15", "México", "Estado de México", "America/Mexico_City", "Edomex", "Edo. Méx.", "Méx."),
  MICHOACAN("16", "Michoacán de Ocampo", "Michoacán", "America/Mexico_City", "Mich"),
  MORELOS("17", "Morelos", "Morelos", "America/Mexico_City", "Mor"),
  NAYARIT("18", "Nayarit", "Nayarit", "America/Mazatlan", "Nay"),
  NUEVO_LEON("19", "Nuevo León", "Nuevo León", "America/Monterrey", "NL", "N.L."),
  OAXACA("20", "Oaxaca", "Oaxaca", "America/Mexico_City", "Oax"),
  PUEBLA("21", "Puebla", "Puebla", "America/Mexico_City", "Pue"),
  QUERETARO("22", "Querétaro", "Querétaro", "America/Mexico_City", "Qro"),
  QUINTANA_ROO("23", "Quintana Roo", "Quintana Roo", "America/Cancun", "QRoo", "Q. Roo"),
  SAN_LUIS_POTOSI("24", "San Luis Potosí", "San Luis Potosí", "America/Mexico_City", "SLP"),
  SINALOA("25", "Sinaloa", "Sinaloa", "America/Mazatlan", "Sin"),
  SONORA("26", "Sonora", "Sonora", "America/Hermosillo", "Son"),
  TABASCO("27", "Tabasco", "Tabasco", "America/Mexico_City", "Tab"),
  TAMAULIPAS("28", "Tamaulipas", "Tamaulipas", "America/Monterrey", "Tamps", "Tam"),
  TLAXCALA("29", "Tlaxcala", "Tlaxcala", "America/Mexico_City", "Tlax"),
  VERACRUZ("30", "Veracruz de Ignacio de la Llave", "Veracruz", "America/Mexico_City", "Ver", "Vz"),
  YUCATAN("31", "Yucatán", "Yucatán", "America/Merida", "Yuc"),
  ZACATECAS("32", "Zacatecas", "Zacatecas", "America/Mexico_City", "Zac");

  private final String code;
  private final String officialName;
  private final String shortName;
  private final ZoneId zone;
  private final List<String> abbreviations;

  MexicanState(
      String code, String officialName, String shortName, String zone, String... abbreviations) {
    this.code = code;
    this.officialName = officialName;
    this.shortName = shortName;
    this.zone = ZoneId.of(zone);
    this.abbreviations = List.of(abbreviations);
  }

  /** The INEGI two-digit code, {@code "01"} to {@code "32"}. */
  public String code() {
    return code;
  }

  /** The official name, e.g. "Veracruz de Ignacio de la Llave" or "México". */
  public String officialName() {
    return officialName;
  }

  /** The name people use, e.g. "Veracruz" or "Estado de México"; what the bot shows. */
  public String shortName() {
    return shortName;
  }

  /** The time zone of the state's capital. */
  public ZoneId zone() {
    return zone;
  }

  /** The abbreviations people commonly type, as usually written (e.g. "CDMX", "Qro"). */
  public List<String> abbreviations() {
    return abbreviations;
  }

  /** The state with INEGI code {@code code} ("09" or "9"). */
  public static Optional<MexicanState> byCode(String code) {
    String padded = code.strip().length() == 1 ? "0" + code.strip() : code.strip();
    for (MexicanState state : values()) {
      if (state.code.equals(padded)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
