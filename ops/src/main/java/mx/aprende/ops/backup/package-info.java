/**
 * {@code ./tutor backup} and {@code ./tutor restore}: a copy of every collection as extended-JSON
 * lines through the MongoDB driver, for machines without {@code mongodump}, and for the embedded
 * database.
 */
package mx.aprende.ops.backup;
