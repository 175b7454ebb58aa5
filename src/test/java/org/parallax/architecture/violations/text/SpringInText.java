package org.parallax.architecture.violations.text;

/** A deliberate violation for ArchitectureTest: Spring inside the pure text package. */
@org.springframework.stereotype.Component
class SpringInText {
}
