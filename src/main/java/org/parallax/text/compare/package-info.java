/**
 * Comparing the coverage of one news event across outlets: shared wire copy (word shingles and
 * sentence overlap), direct quotations and their attribution, competing names and hedges
 * (lexicons), distinctive vocabulary (weighted log-odds with an informative Dirichlet prior) and
 * indicative policy frames.
 *
 * <p>Conventions used throughout the package:
 * <ul>
 *   <li>Every character offset is a half-open {@code [begin, end)} interval of UTF-16 indexes into
 *       the <em>original</em> text that was passed in, so {@code text.substring(begin, end)} is the
 *       covered text. Normalisation never moves offsets: it only produces separate keys.</li>
 *   <li>Results are immutable records; lists in results are unmodifiable.</li>
 *   <li>Normalised forms follow {@link org.parallax.text.TextNormalizer#comparisonKey(String)}:
 *       NFKC, curly quotes and dashes folded, lower case in the root locale.</li>
 *   <li>Classes are pure functions of their inputs and thread-safe once constructed.</li>
 * </ul>
 *
 * <p>The package depends only on the JDK, {@code org.parallax.text} and Jackson (for the lexicon
 * resources).
 */
@NullMarked
package org.parallax.text.compare;

import org.jspecify.annotations.NullMarked;
