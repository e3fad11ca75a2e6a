package mx.aprende.bot.exam.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import mx.aprende.bot.contacts.Contacts;
import mx.aprende.bot.exam.LearnerMessages;
import mx.aprende.bot.whatsapp.client.CloudApiClient;
import mx.aprende.bot.whatsapp.client.Media;
import mx.aprende.bot.whatsapp.client.MediaSource;
import mx.aprende.bot.whatsapp.client.Template;
import mx.aprende.bot.whatsapp.client.TemplateComponent;
import mx.aprende.bot.whatsapp.client.WhatsAppException;

/**
 * {@link LearnerMessages} over the Cloud API: images and documents are uploaded first (media ids
 * keep the file off any public URL) and then sent; templates go in Mexican Spanish. The recipient
 * is the learner's contact (a BSUID or a phone number, both accepted by the API). Failures, a
 * missing contact included, are logged without personal data and never thrown: a missing QR must
 * not undo a booking.
 */
public final class WhatsAppLearnerMessages implements LearnerMessages {

  static final String LANGUAGE = "es_MX";
  private static final Logger LOG = Logger.getLogger(WhatsAppLearnerMessages.class.getName());

  private final CloudApiClient client;
  private final Contacts contacts;

  public WhatsAppLearnerMessages(CloudApiClient client, Contacts contacts) {
    this.client = client;
    this.contacts = contacts;
  }

  /** The learner's address; empty (and logged) when there is nobody to send to. */
  private Optional<String> address(String learnerKey, String what) {
    Optional<String> address = contacts.address(learnerKey);
    if (address.isEmpty()) {
      LOG.warning(what + " not sent: the learner has no contact");
    }
    return address;
  }

  @Override
  public void image(String learnerKey, byte[] png, String fileName, String caption) {
    Optional<String> to = address(learnerKey, "Exam image");
    if (to.isEmpty()) {
      return;
    }
    try {
      String id = client.uploadMedia(png, "image/png", fileName);
      client.send(to.get(), Media.image(MediaSource.uploaded(id), caption));
    } catch (WhatsAppException e) {
      LOG.warning("Exam image not sent: " + e.getMessage());
    }
  }

  @Override
  public void document(String learnerKey, byte[] pdf, String fileName, String caption) {
    Optional<String> to = address(learnerKey, "Exam document");
    if (to.isEmpty()) {
      return;
    }
    try {
      String id = client.uploadMedia(pdf, "application/pdf", fileName);
      client.send(to.get(), Media.document(MediaSource.uploaded(id), fileName, caption));
    } catch (WhatsAppException e) {
      LOG.warning("Exam document not sent: " + e.getMessage());
    }
  }

  @Override
  public void template(
      String learnerKey, String name, List<String> bodyParameters, Optional<String> buttonPayload) {
    List<TemplateComponent> components = new ArrayList<>();
    components.add(TemplateComponent.bodyTexts(bodyParameters.toArray(String[]::new)));
    buttonPayload.ifPresent(p -> components.add(TemplateComponent.quickReply(0, p)));
    Optional<String> to = address(learnerKey, "Exam template " + name);
    if (to.isEmpty()) {
      return;
    }
    try {
      client.send(to.get(), new Template(name, LANGUAGE, components));
    } catch (WhatsAppException e) {
      LOG.warning("Exam template " + name + " not sent: " + e.getMessage());
    }
  }
}
