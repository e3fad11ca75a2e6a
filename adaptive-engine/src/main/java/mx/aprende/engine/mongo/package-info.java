/**
 * MongoDB adapters of the {@link mx.aprende.engine.store} ports (MongoDB Java sync driver). Uses
 * only what both real MongoDB and the embedded mongo-java-server support: single-document atomic
 * writes (optimistic versioning instead of transactions), plain indexes created at start-up, no
 * change streams, {@code $text} or TTL indexes.
 */
package mx.aprende.engine.mongo;
