package org.parallax.ui.chart;

import java.util.Locale;

/**
 * The charts' colours, and the WCAG 2.x contrast arithmetic that picks text colours.
 *
 * <p><b>Relative luminance</b> of an sRGB colour: each channel {@code c = C/255} is linearised as
 * {@code c/12.92} when {@code c ≤ 0.04045}, else {@code ((c + 0.055)/1.055)^2.4}; then
 * {@code L = 0.2126 R + 0.7152 G + 0.0722 B}. The <b>contrast ratio</b> of two colours is
 * {@code (L_lighter + 0.05) / (L_darker + 0.05)}, from 1 to 21; WCAG AA asks 4.5 for text.
 * (WCAG 2.x prints the threshold as 0.03928, a typo of the sRGB standard's 0.04045; no 8-bit
 * channel value lies between the two, so the results are identical.)
 *
 * <p>Black or white text: on a background of luminance {@code L}, black gives
 * {@code (L + 0.05)/0.05} and white {@code 1.05/(L + 0.05)}. The better of the two is worst where
 * they are equal, {@code (L + 0.05)² = 1.05 · 0.05}, a ratio of {@code √21 ≈ 4.58}; so
 * {@link #textOn(int)} always reaches AA.
 *
 * <p>The <b>sequential scale</b> is ColorBrewer's 9-class "Blues" (Brewer, colorbrewer2.org),
 * light to dark, interpolated linearly in sRGB between its stops. It is monotone in lightness, so
 * it stays ordered in greyscale print and for every kind of colour vision. The <b>diverging
 * pair</b> for bars is blue and orange-brown from ColorBrewer's "PuOr"/"RdBu" ends, told apart by
 * protanopes, deuteranopes and tritanopes, and always accompanied by the sign in text.
 */
public final class ChartColors {

    /** ColorBrewer Blues, 9 classes, lightest first. */
    private static final int[] BLUES = {
        0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b};

    /** Bars for positive values. */
    public static final int POSITIVE = 0x2166ac;
    /** Bars for negative values. */
    public static final int NEGATIVE = 0xb35806;
    /** Text on the white chart background. */
    public static final int TEXT = 0x1f1f1f;
    /** Secondary text (counts, notes) on white. */
    public static final int SECONDARY_TEXT = 0x545454;
    /** Cells with nothing to show (the diagonal, missing values). */
    public static final int MUTED_FILL = 0xeeeeee;
    /** Text on {@link #MUTED_FILL}. */
    public static final int MUTED_TEXT = 0x595959;
    /** Timeline markers, with white numbers on them. */
    public static final int MARKER = 0x1f5fa8;
    /** Grid lines and axes (non-text, decorative). */
    public static final int GRID = 0xb0b0b0;
    public static final int WHITE = 0xffffff;
    public static final int BLACK = 0x000000;

    private ChartColors() {}

    /** The scale colour for a value in [0, 1] (clamped; NaN counts as 0). */
    public static int sequential(double value) {
        double t = Double.isNaN(value) ? 0 : Math.clamp(value, 0.0, 1.0);
        double position = t * (BLUES.length - 1);
        int low = (int) Math.floor(position);
        if (low >= BLUES.length - 1) {
            return BLUES[BLUES.length - 1];
        }
        return mix(BLUES[low], BLUES[low + 1], position - low);
    }

    /** Black or white, whichever contrasts more with the background (always ≥ 4.58:1). */
    public static int textOn(int background) {
        return contrastRatio(background, BLACK) >= contrastRatio(background, WHITE) ? BLACK : WHITE;
    }

    /** WCAG 2.x relative luminance of an 0xRRGGBB colour, in [0, 1]. */
    public static double relativeLuminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    /** WCAG 2.x contrast ratio of two 0xRRGGBB colours, in [1, 21]. */
    public static double contrastRatio(int a, int b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code #rrggbb}. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int from, int to, double t) {
        int r = (int) Math.round(((from >> 16) & 0xff) * (1 - t) + ((to >> 16) & 0xff) * t);
        int g = (int) Math.round(((from >> 8) & 0xff) * (1 - t) + ((to >> 8) & 0xff) * t);
        int b = (int) Math.round((from & 0xff) * (1 - t) + (to & 0xff) * t);
        return (r << 16) | (g << 8) | b;
    }
}
