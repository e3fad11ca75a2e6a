/** Operations tooling: benchmarks ({@code bench}) and, later, the load generator. */
package mx.aprende.ops;
