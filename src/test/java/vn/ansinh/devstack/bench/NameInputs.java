package vn.ansinh.devstack.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What officers type into the name search: common names and prefixes ("nguyen van an", "Trần Thị",
 * "hoa"), full names and given names of real people of the register, each with and without diacritics.
 */
public final class NameInputs {

    /** The kinds of input, measured separately so that a slow kind stands out. */
    public enum Kind {
        COMMON("common name or prefix"),
        FULL_NAME("full name, with diacritics"),
        FULL_NAME_PLAIN("full name, without diacritics"),
        GIVEN_NAME("given name alone, with diacritics"),
        GIVEN_NAME_PLAIN("given name alone, without diacritics"),
        FAMILY_MIDDLE("family + middle name");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One input and the person it was taken from (whose commune and province bound the scoped searches). */
    public record NameInput(Kind kind, String text, SamplePerson person) {}

    private static final String[] COMMON = {
        "nguyen van an",
        "Nguyễn Văn An",
        "Trần Thị",
        "tran thi",
        "hoa",
        "Hoa",
        "lan",
        "Lê Thị Hồng",
        "pham minh",
        "Hoàng",
        "nguyen",
        "Nguyễn Thị Thu",
        "le van",
        "Vũ Đức",
        "huong",
        "Minh"
    };

    private NameInputs() {}

    /** One input per person, the kinds in turn. */
    public static List<NameInput> of(List<SamplePerson> people, RandomGenerator random) {
        List<NameInput> inputs = new ArrayList<>(people.size());
        Kind[] kinds = Kind.values();
        for (int i = 0; i < people.size(); i++) {
            SamplePerson p = people.get(i);
            Kind kind = kinds[i % kinds.length];
            String text = switch (kind) {
                case COMMON -> COMMON[random.nextInt(COMMON.length)];
                case FULL_NAME -> p.fullName();
                case FULL_NAME_PLAIN -> withoutDiacritics(p.fullName());
                case GIVEN_NAME -> p.givenName();
                case GIVEN_NAME_PLAIN -> withoutDiacritics(p.givenName()).toLowerCase(java.util.Locale.ROOT);
                case FAMILY_MIDDLE ->
                    random.nextBoolean() ? p.familyAndMiddle() : withoutDiacritics(p.familyAndMiddle());
            };
            inputs.add(new NameInput(kind, text, p));
        }
        return inputs;
    }

    /** As typed on a keyboard without Vietnamese input: "Nguyễn Thị Ánh" becomes "Nguyen Thi Anh". */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }
}
