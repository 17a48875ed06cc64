package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: two speakers in view never share a colour, on screen too. Distinct classes are not
 * enough: the first palettes had pairs 4 CIELAB units apart (#ffe3c2 and #f8e6c8), which nobody
 * tells apart. Every pair of the twelve tints must differ by at least 15 (ΔE76), in both themes.
 */
class SpeakerPaletteTest {
    private static final Pattern TINT = Pattern.compile("-qb-speaker-(\\d+): #([0-9a-fA-F]{6});");

    @Test
    void everyTwoSpeakerTintsAreEasyToTellApartInBothThemes() throws IOException {
        String css;
        try (InputStream in = QuotebenchWindow.class.getResourceAsStream("quotebench.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int dark = css.indexOf(".root.dark");
        for (String theme : List.of(css.substring(0, dark), css.substring(dark))) {
            List<double[]> tints = new ArrayList<>();
            Matcher m = TINT.matcher(theme.substring(0, theme.indexOf("-qb-speaker-none")));
            while (m.find()) {
                tints.add(lab(Integer.parseInt(m.group(2), 16)));
            }
            assertThat(tints).hasSize(12);
            for (int i = 0; i < tints.size(); i++) {
                for (int j = i + 1; j < tints.size(); j++) {
                    assertThat(distance(tints.get(i), tints.get(j))).as("speaker-%d and speaker-%d", i, j).isGreaterThanOrEqualTo(15);
                }
            }
        }
    }

    /** sRGB to CIELAB (D65). */
    private static double[] lab(int rgb) {
        double r = linear(rgb >> 16 & 0xff);
        double g = linear(rgb >> 8 & 0xff);
        double b = linear(rgb & 0xff);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
