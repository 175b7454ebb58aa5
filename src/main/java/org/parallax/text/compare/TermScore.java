package org.parallax.text.compare;

/**
 * The weighted log-odds ratio of one term, group versus rest; see {@link LogOddsRatio}.
 *
 * @param term         the term
 * @param delta        δ<sub>w</sub>, the log-odds ratio with prior (positive: more typical of the group)
 * @param variance     σ²(δ<sub>w</sub>) ≈ 1/(y<sup>i</sup><sub>w</sub> + α<sub>w</sub>) + 1/(y<sup>j</sup><sub>w</sub> + α<sub>w</sub>)
 * @param z            δ<sub>w</sub> / √σ²(δ<sub>w</sub>)
 * @param countInGroup y<sup>i</sup><sub>w</sub>, the count in the group
 * @param countInRest  y<sup>j</sup><sub>w</sub>, the count in the rest
 */
public record TermScore(String term, double delta, double variance, double z, int countInGroup, int countInRest) {}
