package mx.aprende.bot.qr;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class QrCodeTest {

  /** The PNG decodes back to the text it encodes. */
  @Test
  void pngDecodesBack() throws Exception {
    String text = "https://aprende.example/verify/CERT-7K2M9Q";
    assertThat(QrImages.decode(QrCode.png(text, 300)), is(text));
  }
}
