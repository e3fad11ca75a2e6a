package mx.aprende.bot.region;

import static mx.aprende.bot.region.MexicanState.BAJA_CALIFORNIA;
import static mx.aprende.bot.region.MexicanState.BAJA_CALIFORNIA_SUR;
import static mx.aprende.bot.region.MexicanState.CAMPECHE;
import static mx.aprende.bot.region.MexicanState.CHIAPAS;
import static mx.aprende.bot.region.MexicanState.CHIHUAHUA;
import static mx.aprende.bot.region.MexicanState.CIUDAD_DE_MEXICO;
import static mx.aprende.bot.region.MexicanState.COAHUILA;
import static mx.aprende.bot.region.MexicanState.COLIMA;
import static mx.aprende.bot.region.MexicanState.DURANGO;
import static mx.aprende.bot.region.MexicanState.GUANAJUATO;
import static mx.aprende.bot.region.MexicanState.GUERRERO;
import static mx.aprende.bot.region.MexicanState.HIDALGO;
import static mx.aprende.bot.region.MexicanState.JALISCO;
import static mx.aprende.bot.region.MexicanState.MEXICO;
import static mx.aprende.bot.region.MexicanState.MICHOACAN;
import static mx.aprende.bot.region.MexicanState.MORELOS;
import static mx.aprende.bot.region.MexicanState.NAYARIT;
import static mx.aprende.bot.region.MexicanState.NUEVO_LEON;
import static mx.aprende.bot.region.MexicanState.OAXACA;
import static mx.aprende.bot.region.MexicanState.PUEBLA;
import static mx.aprende.bot.region.MexicanState.QUERETARO;
import static mx.aprende.bot.region.MexicanState.QUINTANA_ROO;
import static mx.aprende.bot.region.MexicanState.SAN_LUIS_POTOSI;
import static mx.aprende.bot.region.MexicanState.SINALOA;
import static mx.aprende.bot.region.MexicanState.SONORA;
import static mx.aprende.bot.region.MexicanState.TABASCO;
import static mx.aprende.bot.region.MexicanState.TAMAULIPAS;
import static mx.aprende.bot.region.MexicanState.TLAXCALA;
import static mx.aprende.bot.region.MexicanState.VERACRUZ;
import static mx.aprende.bot.region.MexicanState.YUCATAN;
import static mx.aprende.bot.region.MexicanState.ZACATECAS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that name a state besides its own names: other spellings, every capital and the largest
 * cities and metropolitan municipalities (people answer "¿En qué estado vives?" with their city),
 * and the few words that name more than one state.
 */
final class Places {
  /**
   * Abbreviations that are also everyday Spanish words ("son", "sin", "ver"...): they count only
   * when they are the whole answer, never inside a sentence.
   */
  static final Set<String> WHOLE_ANSWER_ONLY =
      Set.of("son", "sin", "col", "ver", "tab", "mor", "mex", "camp", "tam", "pue", "gro", "nay");

  /** Words that name more than one state, so the learner must choose. */
  static final Map<String, List<MexicanState>> SHARED =
      Map.of(
          "mexico", List.of(MEXICO, CIUDAD_DE_MEXICO),
          "baja", List.of(BAJA_CALIFORNIA, BAJA_CALIFORNIA_SUR),
          "california", List.of(BAJA_CALIFORNIA, BAJA_CALIFORNIA_SUR),
          "la laguna", List.of(COAHUILA, DURANGO),
          "comarca lagunera", List.of(COAHUILA, DURANGO));

  /** Other ways to write a state's name, and cities, each naming one state. */
  static final Map<String, MexicanState> OTHER_NAMES = otherNames();

  private Places() {}

  private static Map<String, MexicanState> otherNames() {
    Map<String, MexicanState> names = new LinkedHashMap<>();
    put(
        names,
        BAJA_CALIFORNIA,
        "baja norte",
        "tj",
        "mexicali",
        "tijuana",
        "ensenada",
        "tecate",
        "rosarito");
    put(
        names,
        BAJA_CALIFORNIA_SUR,
        "baja sur",
        "la paz",
        "los cabos",
        "cabo san lucas",
        "san jose del cabo");
    put(names, CAMPECHE, "ciudad del carmen", "cd del carmen", "san francisco de campeche");
    put(names, COAHUILA, "saltillo", "torreon", "monclova", "piedras negras");
    put(names, COLIMA, "manzanillo");
    put(names, CHIAPAS, "tuxtla", "tuxtla gutierrez", "tapachula", "san cristobal de las casas");
    put(names, CHIHUAHUA, "ciudad juarez", "cd juarez", "delicias", "parral");
    put(
        names,
        CIUDAD_DE_MEXICO,
        "cd de mexico",
        "cd mexico",
        "ciudad mexico",
        "distrito federal",
        "mexico df",
        "mexico city",
        "la capital",
        "iztapalapa",
        "gustavo a madero",
        "coyoacan",
        "tlalpan",
        "xochimilco",
        "azcapotzalco");
    put(names, DURANGO, "gomez palacio", "victoria de durango");
    put(names, GUANAJUATO, "leon", "celaya", "irapuato", "salamanca");
    put(names, GUERRERO, "acapulco", "chilpancingo", "iguala", "zihuatanejo");
    put(names, HIDALGO, "pachuca", "tulancingo");
    put(
        names,
        JALISCO,
        "guadalajara",
        "gdl",
        "zapopan",
        "tlaquepaque",
        "tonala",
        "puerto vallarta");
    put(
        names,
        MEXICO,
        "edo mex",
        "edo de mexico",
        "edo de mex",
        "estado de mexico",
        "estado mexico",
        "estado de mex",
        "toluca",
        "ecatepec",
        "nezahualcoyotl",
        "neza",
        "naucalpan",
        "tlalnepantla",
        "chimalhuacan",
        "ixtapaluca",
        "texcoco",
        "cuautitlan izcalli",
        "chalco");
    put(names, MICHOACAN, "michoacan", "morelia", "uruapan", "zamora", "lazaro cardenas");
    put(names, MORELOS, "cuernavaca", "cuautla");
    put(names, NAYARIT, "tepic");
    put(
        names,
        NUEVO_LEON,
        "monterrey",
        "mty",
        "san nicolas de los garza",
        "apodaca",
        "san pedro garza garcia",
        "santa catarina");
    put(names, OAXACA, "oaxaca de juarez", "juchitan", "salina cruz");
    put(names, PUEBLA, "tehuacan", "heroica puebla de zaragoza");
    put(names, QUERETARO, "santiago de queretaro", "queretaro arteaga", "san juan del rio");
    put(names, QUINTANA_ROO, "quintanaroo", "cancun", "chetumal", "playa del carmen", "cozumel");
    put(names, SAN_LUIS_POTOSI, "san luis", "ciudad valles");
    put(names, SINALOA, "culiacan", "mazatlan", "los mochis");
    put(names, SONORA, "hermosillo", "ciudad obregon", "cd obregon", "nogales", "navojoa");
    put(names, TABASCO, "villahermosa", "comalcalco");
    put(
        names,
        TAMAULIPAS,
        "ciudad victoria",
        "cd victoria",
        "tampico",
        "reynosa",
        "matamoros",
        "nuevo laredo",
        "ciudad madero");
    put(names, TLAXCALA, "apizaco");
    put(
        names,
        VERACRUZ,
        "veracruz llave",
        "xalapa",
        "jalapa",
        "coatzacoalcos",
        "poza rica",
        "orizaba",
        "cordoba",
        "minatitlan",
        "boca del rio");
    put(names, YUCATAN, "merida");
    put(names, ZACATECAS, "fresnillo");
    return Map.copyOf(names);
  }

  private static void put(Map<String, MexicanState> names, MexicanState state, String... more) {
    for (String name : more) {
      MexicanState previous = names.put(name, state);
      if (previous != null) {
        throw new IllegalStateException(name + " names both " + previous + " and " + state);
      }
    }
  }
}
