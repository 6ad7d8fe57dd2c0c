package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import vn.ansinh.devstack.generate.Rows.Chunk;
import vn.ansinh.devstack.generate.Rows.HouseholdRow;
import vn.ansinh.devstack.generate.Rows.MemberRow;
import vn.ansinh.devstack.generate.Rows.PersonRow;
import vn.ansinh.devstack.generate.Rows.ReviewRow;

/**
 * Writes chunks with JDBC batches; with {@code rewriteBatchedStatements=true} on the URL, Connector/J
 * sends each batch as multi-row INSERTs. One transaction per chunk.
 */
final class TableWriter implements AutoCloseable {

    static final String CREATED_BY = "generator";

    private final Connection connection;
    private final LocalDateTime now;
    private final PreparedStatement persons;
    private final PreparedStatement households;
    private final PreparedStatement members;
    private final PreparedStatement reviews;

    TableWriter(Connection connection, LocalDateTime now) throws SQLException {
        this.connection = connection;
        this.now = now;
        connection.setAutoCommit(false);
        persons = connection.prepareStatement("insert into person (id, full_name, name_folded, name_key, "
                + "given_name_folded, birth_year, birth_month, birth_day, sex, ethnicity, personal_id, old_id_number, "
                + "health_insurance_no, phone, residence_unit_id, commune_code, province_code, address, created_at, "
                + "created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        households = connection.prepareStatement("insert into household (id, code, head_person_id, residence_unit_id, "
                + "commune_code, province_code, area, address, created_at, created_by, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        members = connection.prepareStatement(
                "insert into household_member (person_id, household_id, relationship) values (?, ?, ?)");
        reviews = connection.prepareStatement("insert into poverty_review (id, household_id, review_year, "
                + "income_per_capita, deprivations, deprivation_count, classification, standard_id, reviewed_on, "
                + "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void write(Chunk chunk) throws SQLException {
        for (PersonRow p : chunk.persons) {
            addPerson(p);
        }
        persons.executeBatch();
        for (HouseholdRow h : chunk.households) {
            int i = 0;
            households.setLong(++i, h.id());
            households.setString(++i, h.code());
            households.setLong(++i, h.headPersonId());
            households.setLong(++i, h.residenceUnitId());
            households.setString(++i, h.communeCode());
            households.setString(++i, h.provinceCode());
            households.setString(++i, h.area());
            households.setString(++i, h.address());
            households.setObject(++i, now);
            households.setString(++i, CREATED_BY);
            households.setObject(++i, now);
            households.addBatch();
        }
        households.executeBatch();
        for (MemberRow m : chunk.members) {
            members.setLong(1, m.personId());
            members.setLong(2, m.householdId());
            members.setString(3, m.relationship());
            members.addBatch();
        }
        members.executeBatch();
        for (ReviewRow r : chunk.reviews) {
            int i = 0;
            reviews.setLong(++i, r.id());
            reviews.setLong(++i, r.householdId());
            reviews.setInt(++i, r.reviewYear());
            reviews.setLong(++i, r.incomePerCapita());
            reviews.setInt(++i, r.deprivations());
            reviews.setInt(++i, r.deprivationCount());
            reviews.setString(++i, r.classification());
            reviews.setLong(++i, r.standardId());
            reviews.setObject(++i, r.reviewedOn());
            reviews.setString(++i, CREATED_BY);
            reviews.setObject(++i, now);
            reviews.addBatch();
        }
        reviews.executeBatch();
        connection.commit();
    }

    /** Abandons a chunk that failed part-way. */
    void rollback() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {persons, households, members, reviews}) {
            statement.clearBatch();
        }
        connection.rollback();
    }

    private void addPerson(PersonRow p) throws SQLException {
        int i = 0;
        persons.setLong(++i, p.id());
        persons.setString(++i, p.fullName());
        persons.setString(++i, p.nameFolded());
        persons.setString(++i, p.nameKey());
        persons.setString(++i, p.givenNameFolded());
        persons.setInt(++i, p.birthYear());
        setInteger(++i, p.birthMonth());
        setInteger(++i, p.birthDay());
        persons.setString(++i, p.sex());
        persons.setString(++i, p.ethnicity());
        persons.setString(++i, p.personalId());
        persons.setString(++i, p.oldIdNumber());
        persons.setString(++i, p.healthInsuranceNo());
        persons.setString(++i, p.phone());
        persons.setLong(++i, p.residenceUnitId());
        persons.setString(++i, p.communeCode());
        persons.setString(++i, p.provinceCode());
        persons.setString(++i, p.address());
        persons.setObject(++i, now);
        persons.setString(++i, CREATED_BY);
        persons.setObject(++i, now);
        persons.addBatch();
    }

    private void setInteger(int index, Integer value) throws SQLException {
        if (value == null) {
            persons.setNull(index, Types.TINYINT);
        } else {
            persons.setInt(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close(); // closes the statements too
    }
}
