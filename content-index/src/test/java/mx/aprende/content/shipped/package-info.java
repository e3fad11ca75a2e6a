/**
 * Tests of the curriculum that ships with the product (the top-level {@code curriculum/} folder).
 */
package mx.aprende.content.shipped;
