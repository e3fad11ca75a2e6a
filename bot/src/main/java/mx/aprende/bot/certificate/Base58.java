package mx.aprende.bot.certificate;

import java.math.BigInteger;

/** Base58 (Bitcoin alphabet), the encoding of multibase {@code z...} proof values. */
final class Base58 {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58() {}

  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1');
    }
    return out.reverse().toString();
  }

  static byte[] decode(String text) {
    BigInteger n = BigInteger.ZERO;
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        throw new CertificateException("not base58");
      }
      n = n.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] raw = n.toByteArray();
    int leading = 0;
    while (leading < text.length() && text.charAt(leading) == '1') {
      leading++;
    }
    int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[leading + raw.length - strip];
    System.arraycopy(raw, strip, out, leading, raw.length - strip);
    return n.signum() == 0 ? new byte[leading] : out;
  }
}
