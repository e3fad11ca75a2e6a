/** Operations tooling: micro-benchmarks ({@code bench}) and the load generator ({@code load}). */
package mx.aprende.ops;
