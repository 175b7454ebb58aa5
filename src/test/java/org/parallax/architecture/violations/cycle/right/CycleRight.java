package org.parallax.architecture.violations.cycle.right;

/** A deliberate violation for ArchitectureTest: the other half of a package cycle. */
public class CycleRight {
    org.parallax.architecture.violations.cycle.left.CycleLeft other;
}
