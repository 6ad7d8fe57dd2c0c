package vn.ansinh.portal.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The portal's procedure codes AnSinh knows: each {@link PortalProcedure}'s own code, or the configured one. */
public final class ProcedureCatalog {

    private final Map<String, PortalProcedure> byCode = new HashMap<>();
    private final Map<PortalProcedure, String> codes = new EnumMap<>(PortalProcedure.class);

    /** The codes of the procedures, a configured code replacing the procedure's own (blank ones ignored). */
    public ProcedureCatalog(Map<PortalProcedure, String> configured) {
        for (PortalProcedure procedure : PortalProcedure.values()) {
            String code = Optional.ofNullable(configured.get(procedure))
                    .map(String::strip)
                    .filter(c -> !c.isEmpty())
                    .or(procedure::defaultCode)
                    .orElse(null);
            if (code != null) {
                PortalProcedure other = byCode.put(code, procedure);
                if (other != null) {
                    throw new IllegalArgumentException(
                            "procedure code " + code + " given to " + other + " and " + procedure);
                }
                codes.put(procedure, code);
            }
        }
    }

    /** The procedures' own codes only. */
    public static ProcedureCatalog defaults() {
        return new ProcedureCatalog(Map.of());
    }

    public Optional<PortalProcedure> procedure(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    public Optional<String> codeOf(PortalProcedure procedure) {
        return Optional.ofNullable(codes.get(procedure));
    }
}
