package vn.ansinh.seal.domain;

import java.nio.charset.StandardCharsets;

/**
 * The hash chain of one table. Before the first seal stands the table's genesis hash, SHA-256 of
 * {@code "AnSinh-chain/1 genesis <table>"}; each seal's chain hash is SHA-256 of {@code "AnSinh-chain/1"},
 * the previous chain hash (32 bytes) and the row's content hash (32 bytes). So a seal's chain hash
 * depends on every row sealed before it, and the head hash with the count stands for the whole table.
 */
public final class Chain {

    private static final byte[] TAG = "AnSinh-chain/1".getBytes(StandardCharsets.UTF_8);

    private Chain() {}

    public static String genesis(SealedTable table) {
        return Sha256.hex(
                Sha256.digest(("AnSinh-chain/1 genesis " + table.tableName()).getBytes(StandardCharsets.UTF_8)));
    }

    public static String next(String previousChainHash, String contentHash) {
        return Sha256.hex(Sha256.digest(TAG, Sha256.bytes(previousChainHash), Sha256.bytes(contentHash)));
    }
}
