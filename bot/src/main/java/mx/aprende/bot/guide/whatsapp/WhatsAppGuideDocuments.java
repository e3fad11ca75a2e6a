package mx.aprende.bot.guide.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.aprende.bot.conversation.Reply;
import mx.aprende.bot.guide.GuideException;
import mx.aprende.bot.guide.StudyGuide;
import mx.aprende.bot.guide.StudyGuides;
import mx.aprende.bot.whatsapp.WhatsAppDocuments;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.Media;
import mx.aprende.bot.whatsapp.client.MediaSource;
import mx.aprende.content.curriculum.Curriculum;
import mx.aprende.content.curriculum.Module;
import mx.aprende.content.curriculum.Unit;

/**
 * Study guides as WhatsApp documents. The PDF comes from {@link StudyGuides} (rendered once per
 * unit version); it is uploaded once per unit version and the media id reused while it lives: Meta
 * keeps uploaded media 30 days, so an id older than {@link #REUSE_FOR} is replaced by a fresh
 * upload. Thread-safe; two learners asking at once may upload the same guide twice, which is
 * harmless.
 */
public final class WhatsAppGuideDocuments implements WhatsAppDocuments {

  /** How long an uploaded media id is reused: a day less than Meta keeps it. */
  static final Duration REUSE_FOR = Duration.ofDays(29);

  private record Upload(String mediaId, Instant at) {}

  private record Key(String unitId, String version) {}

  private final Curriculum curriculum;
  private final StudyGuides guides;
  private final CloudApiClient client;
  private final InstantSource clock;
  private final Map<Key, Upload> uploads = new ConcurrentHashMap<>();

  public WhatsAppGuideDocuments(
      Curriculum curriculum, StudyGuides guides, CloudApiClient client, InstantSource clock) {
    this.curriculum = curriculum;
    this.guides = guides;
    this.client = client;
    this.clock = clock;
  }

  @Override
  public Media message(Reply.Document document) {
    Unit unit =
        curriculum
            .unit(document.unitId())
            .orElseThrow(() -> new GuideException("No unit " + document.unitId()));
    Module module =
        curriculum
            .module(unit.moduleId())
            .orElseThrow(() -> new GuideException("No module for unit " + unit.id()));
    String filename = StudyGuide.fileName(unit);
    Key key = new Key(unit.id(), StudyGuides.version(module, unit));
    Instant now = clock.instant();
    Upload upload = uploads.get(key);
    if (upload == null || !now.isBefore(upload.at().plus(REUSE_FOR))) {
      byte[] pdf = guides.guide(module, unit);
      upload = new Upload(client.uploadMedia(pdf, "application/pdf", filename), now);
      uploads.put(key, upload);
    }
    return Media.document(MediaSource.uploaded(upload.mediaId()), filename, document.caption());
  }
}
