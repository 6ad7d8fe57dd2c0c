package vn.ansinh.report.application;

import java.util.List;
import vn.ansinh.registry.application.UnitScope;

/** A scope's SQL condition with its {@code ?} numbered from a given index, for a native query with ?n. */
record ScopeSql(String sql, List<Object> parameters) {

    static ScopeSql of(UnitScope.Condition condition, int firstIndex) {
        String plain = condition.sql();
        StringBuilder numbered = new StringBuilder();
        int index = firstIndex;
        for (char ch : plain.toCharArray()) {
            if (ch == '?') {
                numbered.append('?').append(index++);
            } else {
                numbered.append(ch);
            }
        }
        return new ScopeSql(numbered.toString(), condition.parameters());
    }

    void bind(jakarta.persistence.Query query, int firstIndex) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(firstIndex + i, parameters.get(i));
        }
    }
}
