/**
 * Server-side SVG charts for the comparison view: no front-end build, no paid component.
 *
 * <p>Three pure builders turn Java records into SVG markup: {@link org.parallax.ui.chart.HeatmapChart}
 * (a matrix of values in [0, 1]), {@link org.parallax.ui.chart.BarChart} (horizontal diverging
 * bars, e.g. z-scores) and {@link org.parallax.ui.chart.TimelineChart} (articles per outlet along
 * a time axis). Each returns an {@link org.parallax.ui.chart.SvgMarkup}, which
 * {@link org.parallax.ui.chart.SvgChart} puts into a Vaadin view.
 *
 * <p>Conventions shared by every chart:
 * <ul>
 *   <li>Every text and attribute value is XML-escaped by {@link org.parallax.ui.chart.Svg}: labels
 *       are imported text (headlines, outlet names) and are data, never markup.</li>
 *   <li>The root {@code <svg>} has a {@code viewBox} and no fixed size, so it scales to its
 *       container; it carries {@code <title>} and {@code <desc>} and {@code role="group"}
 *       ({@code role="img"} for an empty chart, which has nothing to focus).</li>
 *   <li>Every element that stands for counted evidence is an SVG {@code <a>} with
 *       {@code href="?evidence=KEY"} (a real link in print and without script),
 *       {@code data-evidence="KEY"}, {@code tabindex="0"} and an {@code aria-label}. The evidence
 *       key is opaque to the charts: the caller decides what it names.</li>
 *   <li>Values are printed as text, never shown by colour alone; text colours meet WCAG AA
 *       (4.5:1) on the colour they sit on ({@link org.parallax.ui.chart.ChartColors}).</li>
 *   <li>Empty input draws an explanatory empty chart instead of failing.</li>
 * </ul>
 * Styling lives in the {@code charts} section of {@code frontend/public/styles/parallax.css}
 * (classes {@code px-chart*}).
 */
@NullMarked
package org.parallax.ui.chart;

import org.jspecify.annotations.NullMarked;
