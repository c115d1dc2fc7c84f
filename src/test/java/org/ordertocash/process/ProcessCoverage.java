package org.ordertocash.process;

/**
 * Minimum flow-node/sequence-flow coverage each process test class must reach (checked by
 * process-test-coverage after the class; report under target/process-test-coverage).
 *
 * <p>The check is per class, so running a single test method fails it; run the whole class, or
 * lower the minimum for the run: {@code -Dorder-to-cash.process-coverage-minimum=0}.
 */
final class ProcessCoverage {

  static final double MINIMUM =
      Double.parseDouble(System.getProperty("order-to-cash.process-coverage-minimum", "0.9"));

  private ProcessCoverage() {}
}
