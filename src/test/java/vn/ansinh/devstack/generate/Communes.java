package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.ansinh.registry.domain.Area;

/**
 * The 3,321 communes of the two-tier list (admin_unit, unit_list TWO_TIER_2025), each drawn in
 * proportion to an assumed population: its province's population shared among the province's
 * communes, varied at random, wards a little denser.
 */
final class Communes {

    private final List<Commune> all;
    private final Weighted<Commune> byPopulation;

    private Communes(List<Commune> all, Weighted<Commune> byPopulation) {
        this.all = all;
        this.byPopulation = byPopulation;
    }

    static Communes load(Connection connection, RandomGenerator random) throws SQLException {
        List<Commune> all = new ArrayList<>();
        String sql = "select c.id, c.code, c.kind, p.code from admin_unit c join admin_unit p on p.id = c.parent_id "
                + "where c.unit_list = 'TWO_TIER_2025' and c.level = 'COMMUNE' order by c.code";
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String kind = rs.getString(3);
                String province = rs.getString(4);
                all.add(new Commune(
                        rs.getLong(1),
                        rs.getString(2),
                        kind,
                        province,
                        Area.ofUnitKind(kind),
                        ProvinceProfile.of(province)));
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("No communes of the 2025 list in admin_unit: is the schema migrated?");
        }
        Map<String, Integer> perProvince = new HashMap<>();
        all.forEach(c -> perProvince.merge(c.provinceCode(), 1, Integer::sum));
        Weighted<Commune> weighted = Weighted.of();
        for (Commune c : all) {
            double share = c.profile().populationMillions() / perProvince.get(c.provinceCode());
            double variation = Math.exp(random.nextGaussian() * 0.5);
            weighted.add(c, share * variation * (c.area() == Area.URBAN ? 1.4 : 1.0));
        }
        return new Communes(List.copyOf(all), weighted);
    }

    /** These communes only, each drawn with the same weight (all of them when {@code codes} is empty). */
    Communes only(List<String> codes) {
        if (codes.isEmpty()) {
            return this;
        }
        Weighted<Commune> weighted = Weighted.of();
        List<Commune> chosen = new ArrayList<>();
        for (String code : codes) {
            Commune commune = all.stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No commune " + code + " in the 2025 list"));
            chosen.add(commune);
            weighted.add(commune, 1.0);
        }
        return new Communes(List.copyOf(chosen), weighted);
    }

    Commune pick(RandomGenerator random) {
        return byPopulation.pick(random);
    }

    List<Commune> all() {
        return all;
    }
}
