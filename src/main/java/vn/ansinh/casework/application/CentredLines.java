package vn.ansinh.casework.application;

import com.lowagie.text.Font;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.shared.print.DecisionFonts;

/**
 * Breaks a centred heading into lines of even length, as a typist would: "ỦY BAN NHÂN DÂN / XÃ TUẦN
 * GIÁO" rather than "ỦY BAN NHÂN DÂN XÃ TUẦN / GIÁO". Uses as few lines as filling each line would,
 * and the narrowest width that still needs no more.
 */
final class CentredLines {

    /** Slack so that a line OpenPDF measures slightly wider than this class does is not wrapped again. */
    private static final float SLACK = 1f;

    private CentredLines() {}

    /** The lines of {@code text} in {@code font}, each at most {@code width} wide where a word allows. */
    static List<String> of(String text, Font font, float width) {
        String[] words = text.strip().split("\\s+");
        float limit = width - SLACK;
        List<String> filled = fill(words, font, limit);
        if (filled.size() <= 1) {
            return filled;
        }
        // narrow the lines while their number stays the same
        float low = DecisionFonts.width(text, font) / filled.size();
        float high = limit;
        while (high - low > 0.5f) {
            float middle = (low + high) / 2;
            if (fill(words, font, middle).size() <= filled.size()) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return fill(words, font, high);
    }

    /** The width of the widest line. */
    static float widest(List<String> lines, Font font) {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, DecisionFonts.width(line, font));
        }
        return widest;
    }

    /** Each line filled with as many words as fit (a word longer than the width gets a line of its own). */
    private static List<String> fill(String[] words, Font font, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && DecisionFonts.width(longer, font) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
