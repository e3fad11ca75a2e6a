/**
 * What a passed exam earns, verifiable by anyone: an Open Badges 3.0 / W3C Verifiable Credential
 * per module, signed with Ed25519 ({@link mx.aprende.bot.certificate.SigningKeys}), and revocation.
 * Still to come (docs/exams.md): the level certificate PDF and the public {@code /verify/{id}}
 * page.
 */
package mx.aprende.bot.certificate;
