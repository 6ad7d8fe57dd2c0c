package vn.ansinh.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void aChangedCaseShowsEachFieldOnceWithTheChangedOnesMarked() {
        String before =
                "{\"status\":\"SUBMITTED\",\"category\":\"NCT_80\",\"decision\":{\"amount\":500000,\"number\":null}}";
        String after =
                "{\"status\":\"APPROVED\",\"category\":\"NCT_80\",\"decision\":{\"amount\":750000,\"number\":\"12/QĐ-UBND\"}}";

        List<AuditDiff.Row> rows = AuditDiff.of(before, after);

        assertThat(rows)
                .containsExactly(
                        new AuditDiff.Row("status", "SUBMITTED", "APPROVED", true),
                        new AuditDiff.Row("category", "NCT_80", "NCT_80", false),
                        new AuditDiff.Row("decision.amount", "500000", "750000", true),
                        new AuditDiff.Row("decision.number", "", "12/QĐ-UBND", true));
    }

    @Test
    void aCreationHasOnlyAfterValuesAndAFieldThatDisappearedOnlyBefore() {
        assertThat(AuditDiff.of(null, "{\"name\":\"Lò Văn Hùng\"}"))
                .containsExactly(new AuditDiff.Row("name", "", "Lò Văn Hùng", true));
        assertThat(AuditDiff.of("{\"a\":1,\"b\":2}", "{\"a\":1}"))
                .containsExactly(new AuditDiff.Row("a", "1", "1", false), new AuditDiff.Row("b", "2", "", true));
    }

    @Test
    void arraysOfValuesAreJoinedAndArraysOfObjectsIndexed() {
        List<AuditDiff.Row> rows = AuditDiff.of(
                "{\"roles\":[\"approver\",\"auditor\"],\"members\":[{\"name\":\"A\"}]}",
                "{\"roles\":[\"approver\"],\"members\":[{\"name\":\"A\"},{\"name\":\"B\"}]}");

        assertThat(rows)
                .containsExactly(
                        new AuditDiff.Row("roles", "approver, auditor", "approver", true),
                        new AuditDiff.Row("members[0].name", "A", "A", false),
                        new AuditDiff.Row("members[1].name", "", "B", true));
    }

    @Test
    void aPlainNoteOrBrokenJsonIsOneRowShownWhole() {
        String longNote = "Đã kiểm tra hồ sơ tại nhà. ".repeat(40);

        assertThat(AuditDiff.of("cũ", longNote)).containsExactly(new AuditDiff.Row("", "cũ", longNote, true));
        assertThat(AuditDiff.of("{\"a\":", null)).containsExactly(new AuditDiff.Row("", "{\"a\":", "", true));
        assertThat(AuditDiff.of(null, null)).isEmpty();
    }

    @Test
    void aLongValueIsNeverCut() {
        String reason = "x".repeat(5000);

        assertThat(AuditDiff.of(null, "{\"reason\":\"" + reason + "\"}").get(0).after())
                .hasSize(5000);
    }
}
