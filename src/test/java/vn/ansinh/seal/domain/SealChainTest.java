package vn.ansinh.seal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical form and the chain, against values computed outside Java ({@code printf … | sha256sum},
 * see the comments), so a change of either breaks here before it breaks every seal already written.
 */
class SealChainTest {

    /** A case event as the sealer reads it: every column as text, NULL as null. */
    private static List<String> submitted() {
        return Arrays.asList(
                "7",
                "3",
                "2026-12-02 07:15:00.000000",
                "officer.tuangiao",
                "Lò Văn Thành",
                "SUBMIT",
                null,
                "SUBMITTED",
                "a=b\nc",
                null);
    }

    @Test
    void theCanonicalFormIsTheDocumentedTextWithByteLengthsAndATildeForNull() {
        String expected = "AnSinh-seal/1\ncase_event\nid=1:7\ncase_id=1:3\noccurred_at=26:2026-12-02 07:15:00.000000\n"
                + "actor=16:officer.tuangiao\nactor_name=15:Lò Văn Thành\ntransition=6:SUBMIT\nfrom_status=~\n"
                + "to_status=9:SUBMITTED\nnote=5:a=b\nc\ndecision_id=~\n";

        assertThat(new String(CanonicalForm.of(SealedTable.CASE_EVENT, submitted()), StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void theContentHashIsTheSha256OfTheCanonicalForm() {
        // printf '<the text above>' | sha256sum
        assertThat(CanonicalForm.contentHash(SealedTable.CASE_EVENT, submitted()))
                .isEqualTo("5059f970acc4eef4d6b788d343e83ef6320451f337a4e0f7cf4749834905b235");
    }

    @Test
    void theChainStartsFromTheTablesGenesisAndHashesThePreviousLinkWithTheContent() {
        // printf 'AnSinh-chain/1 genesis case_event' | sha256sum
        String genesis = Chain.genesis(SealedTable.CASE_EVENT);
        assertThat(genesis).isEqualTo("7213ebd3eabd50bfaf7ba997172068fa8925c0dffc0d567b488ade5cf1ffc40c");
        // (printf 'AnSinh-chain/1'; <genesis bytes>; <content hash bytes>) | sha256sum
        assertThat(Chain.next(genesis, CanonicalForm.contentHash(SealedTable.CASE_EVENT, submitted())))
                .isEqualTo("022c183bf6658443541e2794c00586adc38ebd60d1ea598f316b0dad6957a092");
    }

    @Test
    void aNullAndAnEmptyValueAndAValueMovedAcrossColumnsAllHashDifferently() {
        String original = CanonicalForm.contentHash(SealedTable.CASE_EVENT, submitted());
        List<String> empty = new ArrayList<>(submitted());
        empty.set(6, "");
        List<String> moved = new ArrayList<>(submitted());
        moved.set(8, "a");
        moved.set(9, "b\nc");
        List<String> oneSecondLater = new ArrayList<>(submitted());
        oneSecondLater.set(2, "2026-12-02 07:15:01.000000");

        assertThat(List.of(
                        CanonicalForm.contentHash(SealedTable.CASE_EVENT, empty),
                        CanonicalForm.contentHash(SealedTable.CASE_EVENT, moved),
                        CanonicalForm.contentHash(SealedTable.CASE_EVENT, oneSecondLater)))
                .doesNotHaveDuplicates()
                .doesNotContain(original);
    }

    @Test
    void theSameRowInAnotherTableOrWithAColumnMissingIsNotTheSameContent() {
        assertThatThrownBy(() ->
                        CanonicalForm.of(SealedTable.CASE_EVENT, submitted().subList(0, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 columns");
        assertThat(Chain.genesis(SealedTable.AUDIT_RECORD)).isNotEqualTo(Chain.genesis(SealedTable.CASE_EVENT));
    }

    @Test
    void theHeadDependsOnEveryLinkAndOnTheirOrder() {
        String a = "11".repeat(32);
        String b = "22".repeat(32);
        String genesis = Chain.genesis(SealedTable.DECISION);

        String ab = Chain.next(Chain.next(genesis, a), b);
        String ba = Chain.next(Chain.next(genesis, b), a);
        String bOnly = Chain.next(genesis, b);

        assertThat(List.of(ab, ba, bOnly)).doesNotHaveDuplicates();
    }

    @Test
    void aCheckpointReadsBackAsWritten() {
        Checkpoint checkpoint = new Checkpoint(
                LocalDate.of(2026, 12, 2),
                Instant.parse("2026-12-02T17:10:00Z"),
                List.of(
                        new TableHead("audit_record", 12, 14, "ab".repeat(32)),
                        new TableHead("decision", 0, 0, "cd".repeat(32))));

        assertThat(checkpoint.text())
                .startsWith("AnSinh seal checkpoint 1\nday=2026-12-02\n")
                .contains("audit_record count=12 head_row=14 head=abab");
        assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
        assertThat(checkpoint.fileName()).isEqualTo("ansinh-seal-2026-12-02.txt");
    }

    @Test
    void anEd25519SignatureVerifiesForTheFileAndFailsForAnAlteredFileOrAnotherKey() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] file = "AnSinh seal checkpoint 1\nday=2026-12-02\n".getBytes(StandardCharsets.UTF_8);
        byte[] altered = "AnSinh seal checkpoint 1\nday=2026-12-03\n".getBytes(StandardCharsets.UTF_8);

        String signature = CheckpointSignature.sign(
                file, pem("PRIVATE KEY", key.getPrivate().getEncoded()));

        assertThat(CheckpointSignature.verifies(
                        file, signature, pem("PUBLIC KEY", key.getPublic().getEncoded())))
                .isTrue();
        assertThat(CheckpointSignature.verifies(
                        altered, signature, pem("PUBLIC KEY", key.getPublic().getEncoded())))
                .isFalse();
        assertThat(CheckpointSignature.verifies(
                        file, signature, pem("PUBLIC KEY", other.getPublic().getEncoded())))
                .isFalse();
        assertThat(CheckpointSignature.verifies(
                        file, "not base64!", pem("PUBLIC KEY", key.getPublic().getEncoded())))
                .isFalse();
    }

    static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + kind
                + "-----\n";
    }
}
