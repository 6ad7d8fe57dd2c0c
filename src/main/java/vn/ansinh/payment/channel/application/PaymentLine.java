package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.time.YearMonth;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.Category;

/**
 * A payroll line as the payment files show it: the line, its beneficiary as the registry knows them
 * now (name, birth year, personal ID, address) and where the money goes.
 */
public record PaymentLine(
        long lineId,
        long personId,
        String fullName,
        int birthYear,
        String personalId,
        String address,
        String communeCode,
        Category category,
        YearMonth forMonth,
        LineKind kind,
        long amount,
        String bankCode,
        String accountNo,
        PaymentStatus status)
        implements Serializable {}
