/**
 * Exact arithmetic shared by validation, generators and answer checking: rationals over {@code
 * BigInteger} and the {@code compute} expression language of the authoring format.
 */
package mx.aprende.content.math;
