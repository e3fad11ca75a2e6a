/**
 * JMH micro-benchmarks of the hot paths, run with {@code ./tutor bench [regex]}; results are
 * recorded in {@code docs/benchmarks.md} with the command that produced them.
 */
package mx.aprende.ops.bench;
