/**
 * Command-line tools over the curriculum ({@code ./tutor content lint|search|stats}) and the answer
 * checker ({@code ./tutor check-answers FILE}).
 */
package mx.aprende.content.cli;
