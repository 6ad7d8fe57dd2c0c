package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.channel.application.PaidViaAccountLines;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;

/**
 * "A payment reached the person's account" is one rule: the Java form and the SQL condition the Project 06
 * count embeds select the same lines, on the real database, for every channel and every payment status.
 */
class PaidViaAccountIT {

    @Test
    void javaAndSqlAgreeOnEveryChannelAndStatus() throws Exception {
        List<String> java = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        try (Connection connection = MigratedDatabase.get().jdbc().connect()) {
            try (Statement create = connection.createStatement()) {
                create.executeUpdate("CREATE TEMPORARY TABLE parity_line (channel VARCHAR(20) NOT NULL,"
                        + " payment_status VARCHAR(20) NOT NULL, PRIMARY KEY (channel, payment_status))");
            }
            for (PaymentChannel channel : PaymentChannel.values()) {
                for (PaymentStatus status : PaymentStatus.values()) {
                    try (PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO parity_line VALUES (?, ?)")) {
                        insert.setString(1, channel.name());
                        insert.setString(2, status.name());
                        insert.executeUpdate();
                    }
                    if (PaidViaAccountLines.paid(channel, status)) {
                        java.add(channel + " " + status);
                    }
                }
            }
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT l.channel, l.payment_status FROM parity_line l WHERE "
                                    + new PaidViaAccountLines().lineCondition("l")
                                    + " ORDER BY l.channel, l.payment_status");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sql.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }

        assertThat(sql).containsExactlyInAnyOrderElementsOf(java);
        assertThat(java)
                .as("paid by transfer and the money reached the payee; cash, failed or exported are not")
                .containsExactly("BANK_TRANSFER PAID");
        assertThat(StatusSetParity.sql(
                        PaymentStatus.class, "s.status IN (" + PaymentStatus.sqlSet(PaymentStatus::reachedPayee) + ")"))
                .isEqualTo(StatusSetParity.java(PaymentStatus.class, PaymentStatus::reachedPayee));
    }
}
