package org.parallax.architecture.violations.platform;

/** A deliberate violation for ArchitectureTest: platform plumbing using a feature. */
class PlatformUsesAnOutlet {
    org.parallax.outlet.Outlet field;
}
