/**
 * What a passed exam earns, verifiable by anyone: an Open Badges 3.0 / W3C Verifiable Credential
 * per module and per completed level, signed with Ed25519 ({@link
 * mx.aprende.bot.certificate.SigningKeys}); the level certificate's PDF; the public {@code
 * /verify/{id}} page; and revocation by an admin.
 */
package mx.aprende.bot.certificate;
