package vn.ansinh.registry.domain;

/**
 * Jaro-Winkler similarity of two words (0 to 1): the Jaro similarity of the characters that match
 * within half the longer length, raised for a common prefix of up to 4 characters (scale 0.1).
 */
final class JaroWinkler {

    private JaroWinkler() {}

    static double similarity(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(t.length() - 1, i + window); j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j++)) {
                    halfTranspositions++;
                }
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - halfTranspositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
