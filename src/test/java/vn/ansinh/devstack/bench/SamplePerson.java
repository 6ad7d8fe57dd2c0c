package vn.ansinh.devstack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A person drawn at random from the database, whose numbers and name the benchmark searches for. */
public record SamplePerson(
        long id, String fullName, String personalId, String oldIdNumber, String communeCode, String provinceCode) {

    /** {@code count} people at random (with repetition) among those matching {@code condition}. */
    public static List<SamplePerson> draw(Connection connection, int count, String condition, RandomGenerator random)
            throws SQLException {
        long min;
        long max;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select min(id), max(id) from person")) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        List<SamplePerson> people = new ArrayList<>(count);
        try (PreparedStatement s = connection.prepareStatement("select id, full_name, personal_id, old_id_number, "
                + "commune_code, province_code from person where id >= ? and " + condition + " order by id limit 1")) {
            while (people.size() < count) {
                s.setLong(1, min + (long) (random.nextDouble() * (max - min + 1)));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        people.add(new SamplePerson(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)));
                    }
                }
            }
        }
        return people;
    }

    /** The last word of the name, as written. */
    public String givenName() {
        return fullName.substring(fullName.lastIndexOf(' ') + 1);
    }

    /** The first two words: family and middle name ("Trần Thị"). */
    public String familyAndMiddle() {
        String[] words = fullName.split(" ");
        return words.length < 3 ? words[0] : words[0] + " " + words[1];
    }
}
