package org.parallax.architecture.violations.analysis;

/** A deliberate violation for ArchitectureTest: the comparison using the import machinery. */
class AnalysisUsesImport {
    org.parallax.ingest.ImportReport field;
}
