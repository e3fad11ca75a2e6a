package mx.aprende.bot.exam;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import mx.aprende.bot.region.MexicanState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CenterFinderTest {

  private static final List<Center> SAMPLE = CenterFile.sample();

  /** Known great-circle distances between cities, within a kilometre or two. */
  static Stream<Arguments> distances() {
    return Stream.of(
        // Zócalo (CDMX) to Puebla's centre: about 107 km in a straight line.
        Arguments.of(new Coordinates(19.4326, -99.1332), new Coordinates(19.0414, -98.2063), 107.0),
        // Guadalajara to Monterrey: about 640 km in a straight line.
        Arguments.of(
            new Coordinates(20.6597, -103.3496), new Coordinates(25.6866, -100.3161), 640.0),
        // One point to itself.
        Arguments.of(new Coordinates(21.0, -89.6), new Coordinates(21.0, -89.6), 0.0));
  }

  /** The haversine distance agrees with known distances. */
  @ParameterizedTest
  @MethodSource("distances")
  void haversineDistance(Coordinates a, Coordinates b, double km) {
    assertThat(a.kilometresTo(b), is(closeTo(km, Math.max(2.0, km * 0.01))));
    assertThat(b.kilometresTo(a), is(closeTo(a.kilometresTo(b), 1e-9)));
  }

  /** A learner in Coyoacán gets the three CDMX centers first, nearest first, then none further. */
  @Test
  void nearestThreeFromCoyoacan() {
    Coordinates coyoacan = new Coordinates(19.3467, -99.1617);
    List<CenterFinder.Nearby> nearest = CenterFinder.nearest(coyoacan, SAMPLE, 3);
    assertThat(nearest, hasSize(3));
    assertThat(
        nearest.stream().map(n -> n.center().id()).toList(),
        contains("cdmx-02", "cdmx-01", "cdmx-03"));
    assertThat(nearest.get(0).kilometres() <= nearest.get(1).kilometres(), is(true));
    assertThat(nearest.get(1).kilometres() <= nearest.get(2).kilometres(), is(true));
  }

  /** A learner in Playa del Carmen is sent to Cancún, not to Chetumal. */
  @Test
  void nearestFromPlayaDelCarmen() {
    List<CenterFinder.Nearby> nearest =
        CenterFinder.nearest(new Coordinates(20.6296, -87.0739), SAMPLE, 1);
    assertThat(nearest.getFirst().center().id(), is("qroo-02"));
  }

  /** The sample data covers all 32 states, each center marked as sample data. */
  @Test
  void sampleCoversEveryState() {
    assertThat(EnumSet.copyOf(CenterFinder.states(SAMPLE)), is(EnumSet.allOf(MexicanState.class)));
    assertThat(SAMPLE.stream().allMatch(Center::sample), is(true));
    assertThat(SAMPLE.stream().allMatch(c -> c.name().contains("ejemplo")), is(true));
  }

  /** Every sample center lies inside Mexico's bounding box (no swapped latitude and longitude). */
  @Test
  void sampleCoordinatesAreInMexico() {
    for (Center c : SAMPLE) {
      assertThat(
          c.id(), c.location().latitude() > 14.5 && c.location().latitude() < 32.8, is(true));
      assertThat(
          c.id(), c.location().longitude() > -118.5 && c.location().longitude() < -86.7, is(true));
    }
  }

  /** State then municipality narrows to that municipality's centers. */
  @Test
  void stateThenMunicipality() {
    assertThat(
        CenterFinder.municipalities(SAMPLE, MexicanState.MEXICO),
        contains("Ecatepec de Morelos", "Nezahualcóyotl", "Toluca"));
    List<Center> ecatepec = CenterFinder.in(SAMPLE, MexicanState.MEXICO, "Ecatepec de Morelos");
    assertThat(ecatepec.stream().map(Center::id).toList(), contains("mex-02"));
  }

  /** The map link opens the center's coordinates. */
  @Test
  void mapLink() {
    assertThat(
        new Coordinates(19.4326, -99.1332).mapLink(),
        is("https://www.google.com/maps/search/?api=1&query=19.432600,-99.133200"));
    assertThat(SAMPLE.getFirst().location().mapLink(), containsString("query=21.88"));
  }
}
