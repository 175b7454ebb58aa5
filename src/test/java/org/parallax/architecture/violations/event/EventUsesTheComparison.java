package org.parallax.architecture.violations.event;

/** A deliberate violation for ArchitectureTest: grouping using the comparison built on top of it. */
class EventUsesTheComparison {
    org.parallax.analysis.Comparison field;
}
