package org.parallax.architecture.violations.cycle.left;

/** A deliberate violation for ArchitectureTest: one half of a package cycle. */
public class CycleLeft {
    org.parallax.architecture.violations.cycle.right.CycleRight other;
}
