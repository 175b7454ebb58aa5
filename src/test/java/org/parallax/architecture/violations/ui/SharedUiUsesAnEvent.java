package org.parallax.architecture.violations.ui;

/** A deliberate violation for ArchitectureTest: the shared UI package using a feature's record. */
class SharedUiUsesAnEvent {
    org.parallax.event.EventSummary field;
}
