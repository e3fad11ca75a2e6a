package mx.aprende.bot.conversation.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.aprende.bot.conversation.Profile;
import mx.aprende.bot.conversation.Session;
import mx.aprende.bot.conversation.Step;
import mx.aprende.bot.conversation.Streak;
import mx.aprende.bot.conversation.Study;
import mx.aprende.bot.privacy.crypto.FieldCipher;
import mx.aprende.engine.policy.Placement;
import org.bson.Document;

/**
 * A {@link Session} as a BSON document and back. Absent fields read as their empty value, so
 * documents written before a field existed still load (an old session without consent starts
 * onboarding again, as it must).
 *
 * <p>Sample: {@code {_id: "5215512345678", firstSeen, lastSeen, turns: 12, optedOut: false, step:
 * "EXERCISE", profile: {consent: "GIVEN", consentAt, name: "Ana", state: "19", goal: "PRIMARIA"},
 * study: {module: "matematicas-para-empezar", exercise: "mpe-contar-01", shown: [], hints: 1,
 * misses: 0, recorded: false, askedAt}, streak: {days: 3, lastDay: "2026-11-28"}}}, where {@code
 * _id} is the pseudonymous learner key and {@code profile.name} is sealed by a {@link FieldCipher}
 * ({@code "key-1:base64…"}).
 */
final class SessionDocuments {

  private SessionDocuments() {}

  static Document document(Session s, FieldCipher cipher) {
    Document doc =
        new Document("_id", s.learnerKey())
            .append("firstSeen", Date.from(s.firstSeen()))
            .append("lastSeen", Date.from(s.lastSeen()))
            .append("turns", s.turns())
            .append("optedOut", s.optedOut())
            .append("step", s.step().name());
    s.pending().ifPresent(p -> doc.append("pending", p));
    doc.append("profile", profile(s.profile(), cipher));
    doc.append("study", study(s.study()));
    Document streak = new Document("days", s.streak().days());
    s.streak().lastDay().ifPresent(d -> streak.append("lastDay", d.toString()));
    doc.append("streak", streak);
    return doc;
  }

  static Session session(String learnerKey, Document doc, FieldCipher cipher) {
    Document streak = sub(doc, "streak");
    return new Session(
        learnerKey,
        doc.getDate("firstSeen").toInstant(),
        doc.getDate("lastSeen").toInstant(),
        doc.get("turns", Number.class).longValue(),
        Boolean.TRUE.equals(doc.getBoolean("optedOut")),
        Optional.ofNullable(doc.getString("step")).map(Step::valueOf).orElse(Step.NEW),
        Optional.ofNullable(doc.getString("pending")),
        profile(sub(doc, "profile"), cipher),
        study(sub(doc, "study")),
        new Streak(
            number(streak, "days"),
            Optional.ofNullable(streak.getString("lastDay")).map(LocalDate::parse)));
  }

  private static Document profile(Profile p, FieldCipher cipher) {
    Document doc = new Document("consent", p.consent().name());
    p.consentAt().ifPresent(t -> doc.append("consentAt", Date.from(t)));
    p.name().ifPresent(n -> doc.append("name", cipher.encrypt(n)));
    p.state().ifPresent(c -> doc.append("state", c));
    p.goal().ifPresent(g -> doc.append("goal", g.name()));
    p.location()
        .ifPresent(
            l ->
                doc.append(
                    "location", new Document("lat", l.latitude()).append("lon", l.longitude())));
    p.helpRequestedAt().ifPresent(t -> doc.append("helpRequestedAt", Date.from(t)));
    return doc;
  }

  private static Profile profile(Document doc, FieldCipher cipher) {
    Document location = doc.get("location", Document.class);
    return new Profile(
        Optional.ofNullable(doc.getString("consent"))
            .map(Profile.Consent::valueOf)
            .orElse(Profile.Consent.UNASKED),
        instant(doc, "consentAt"),
        Optional.ofNullable(doc.getString("name")).map(cipher::decrypt),
        Optional.ofNullable(doc.getString("state")),
        Optional.ofNullable(doc.getString("goal")).map(Profile.Goal::valueOf),
        Optional.ofNullable(location)
            .map(
                l ->
                    new Profile.Coordinates(
                        l.get("lat", Number.class).doubleValue(),
                        l.get("lon", Number.class).doubleValue())),
        instant(doc, "helpRequestedAt"));
  }

  private static Document study(Study s) {
    Document doc = new Document();
    s.module().ifPresent(m -> doc.append("module", m));
    s.lesson().ifPresent(l -> doc.append("lesson", l));
    doc.append("chunk", s.chunk());
    s.exercise().ifPresent(e -> doc.append("exercise", e));
    doc.append("shown", s.shown())
        .append("hints", s.hints())
        .append("misses", s.misses())
        .append("recorded", s.recorded());
    s.askedAt().ifPresent(t -> doc.append("askedAt", Date.from(t)));
    s.placement()
        .ifPresent(
            p ->
                doc.append(
                    "placement",
                    new Document("scores", new Document(new HashMap<>(p.scores())))
                        .append("asked", p.asked())
                        .append("used", new ArrayList<>(p.usedItems()))));
    return doc;
  }

  private static Study study(Document doc) {
    List<Integer> shown = new ArrayList<>();
    for (Object o : doc.getList("shown", Object.class, List.of())) {
      shown.add(((Number) o).intValue());
    }
    Document placement = doc.get("placement", Document.class);
    return new Study(
        Optional.ofNullable(doc.getString("module")),
        Optional.ofNullable(doc.getString("lesson")),
        number(doc, "chunk"),
        Optional.ofNullable(doc.getString("exercise")),
        shown,
        number(doc, "hints"),
        number(doc, "misses"),
        Boolean.TRUE.equals(doc.getBoolean("recorded")),
        instant(doc, "askedAt"),
        Optional.ofNullable(placement).map(SessionDocuments::placement));
  }

  private static Placement.State placement(Document doc) {
    Map<String, Integer> scores = new HashMap<>();
    Document stored = sub(doc, "scores");
    stored.keySet().forEach(k -> scores.put(k, number(stored, k)));
    Set<String> used = new HashSet<>(doc.getList("used", String.class, List.of()));
    return new Placement.State(scores, number(doc, "asked"), used);
  }

  private static Document sub(Document doc, String key) {
    Document value = doc.get(key, Document.class);
    return value == null ? new Document() : value;
  }

  private static int number(Document doc, String key) {
    Number n = doc.get(key, Number.class);
    return n == null ? 0 : n.intValue();
  }

  private static Optional<Instant> instant(Document doc, String key) {
    return Optional.ofNullable(doc.getDate(key)).map(Date::toInstant);
  }
}
