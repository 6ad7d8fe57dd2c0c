package vn.ansinh.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How alike two personal names are, to find possible duplicates (trùng lặp) among people.
 *
 * <p>Both names are folded ({@link VietnameseNames#tokens}: case and diacritics ignored) and split
 * into words. Every word of one name is compared with every word of the other by Jaro-Winkler
 * similarity {@code jw} (prefix scale 0.1, up to 4 characters); a pair below {@value #WORD_FLOOR}
 * counts as 0. Pairs are then taken greedily, most similar first, each word used at most once.
 * With {@code m} and {@code n} the number of words of the two names:
 *
 * <pre>score = 2 × Σ jw(matched pairs) / (m + n)</pre>
 *
 * <p>So word order does not matter, a missing middle name costs a share of the score
 * ("Nguyễn An" against "Nguyễn Văn An" gives 0.8), and a blank name scores 0. Names that share only
 * the common family and middle names ("Nguyễn Thị Lan", "Nguyễn Thị Hoa") still score about 0.67:
 * the score is one piece of evidence, to be combined with the date of birth and the personal ID.
 */
public final class NameSimilarity {

    /** Word pairs less alike than this count as not matching. */
    public static final double WORD_FLOOR = 0.7;

    private NameSimilarity() {}

    /** A similarity from 0 (nothing in common) to 1 (the same words). */
    public static double score(String a, String b) {
        List<String> left = VietnameseNames.tokens(a);
        List<String> right = VietnameseNames.tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                pairs.add(new double[] {JaroWinkler.similarity(left.get(i), right.get(j)), i, j});
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] pair) -> pair[0]).reversed());
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        double sum = 0;
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (!leftUsed[i] && !rightUsed[j]) {
                leftUsed[i] = true;
                rightUsed[j] = true;
                sum += pair[0] >= WORD_FLOOR ? pair[0] : 0;
            }
        }
        return 2 * sum / (left.size() + right.size());
    }
}
