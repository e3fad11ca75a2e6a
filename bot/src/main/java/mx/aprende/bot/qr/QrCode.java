package mx.aprende.bot.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a PNG: black modules on white with the standard quiet zone, medium error correction
 * (survives a cracked phone screen or a smudged print).
 */
public final class QrCode {

  private QrCode() {}

  /**
   * Encodes {@code text} as a square PNG of about {@code size} pixels.
   *
   * @throws IllegalArgumentException when the text does not fit in a QR code
   */
  public static byte[] png(String text, int size) {
    BitMatrix matrix = matrix(text, size);
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The modules of the code for {@code text}; true is black. */
  public static BitMatrix matrix(String text, int size) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              size,
              size,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8",
                  EncodeHintType.MARGIN,
                  4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as QR: " + e.getMessage(), e);
    }
  }
}
