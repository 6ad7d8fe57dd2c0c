package vn.ansinh.report.application;

import java.io.Serializable;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** A unit a report can be asked for, as a picker shows it: its code (the value) and its name (the label). */
public record ReportUnit(AdminUnitCode code, String name) implements Serializable {

    public String value() {
        return code.value();
    }
}
