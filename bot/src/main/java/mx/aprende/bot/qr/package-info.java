/** QR code images (PNG), drawn with ZXing: booking codes and certificate verification links. */
package mx.aprende.bot.qr;
