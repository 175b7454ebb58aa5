package org.parallax.ingest;

/**
 * A parser's claim about which outlet published an article, and the evidence behind it.
 *
 * @param name     the outlet's name as the text gives it (e.g. "Tehran Times")
 * @param evidence which kind of evidence named it
 * @param snippet  the text that carried the evidence, for the user to check (e.g. "First published in Tehran Times")
 */
public record OutletClaim(String name, OutletEvidence evidence, String snippet) {}
