package org.parallax.architecture.violations.ingest;

/** A deliberate violation for ArchitectureTest: import using grouping directly (it announces stored articles instead). */
class IngestUsesAnEvent {
    org.parallax.event.EventSummary field;
}
