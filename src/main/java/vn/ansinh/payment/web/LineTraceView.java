package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.payment.application.LineTrace;
import vn.ansinh.payment.application.LineTraceRecords.Trace;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.RecordParam;

/**
 * The trace of one payroll line ({@code ?id=}): the run, the rate rows, the decision, the case, the
 * application, the account and the bank's result, the correction chain. Read only, for anyone who may
 * open payroll runs, within their jurisdiction.
 */
@Named
@ViewScoped
public class LineTraceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LineTrace traces;

    @Inject
    private AccessLog accessLog;

    private String id;
    private Trace trace;

    public void load() {
        RecordParam.find(id, lineId -> trace = traces.of(lineId), accessLog, AccessKind.PAYMENT_LINE)
                .ifPresent(t -> accessLog.read(
                        AccessKind.PAYMENT_LINE,
                        AdminUnitCode.of(t.line().communeCode()),
                        t.line().personId(),
                        "#" + t.line().id()));
    }

    /**
     * The legal component in words: the annex row's own description for a meritorious person's amount, else the
     * allowance (a level × coefficient line); the code itself ({@code ALLOWANCE}, {@code WAR_INVALID}) is not shown.
     */
    public String getComponentText() {
        return trace == null
                ? ""
                : trace.rates().stream()
                        .filter(rate -> rate.kind() == RateKind.ANNEX)
                        .map(rate -> rate.description())
                        .findFirst()
                        .orElseGet(() -> Messages.text("rate.annex.kind.ALLOWANCE"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Trace getTrace() {
        return trace;
    }
}
