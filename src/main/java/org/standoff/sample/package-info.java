/**
 * Generated data: synthetic national-scale layers for benchmarks and tests, and (later) the
 * bundled sample project. Everything generated here is seeded and marked as not real.
 */
package org.standoff.sample;
