package vn.ansinh.devstack.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows the generator writes, column for column, and a chunk of them written in one transaction. */
final class Rows {

    private Rows() {}

    record PersonRow(
            long id,
            String fullName,
            String nameFolded,
            String nameKey,
            String givenNameFolded,
            int birthYear,
            Integer birthMonth,
            Integer birthDay,
            String sex,
            String ethnicity,
            String personalId,
            String oldIdNumber,
            String healthInsuranceNo,
            String phone,
            long residenceUnitId,
            String communeCode,
            String provinceCode,
            String address) {}

    record HouseholdRow(
            long id,
            String code,
            long headPersonId,
            long residenceUnitId,
            String communeCode,
            String provinceCode,
            String area,
            String address) {}

    record MemberRow(long personId, long householdId, String relationship) {}

    record ReviewRow(
            long id,
            long householdId,
            int reviewYear,
            long incomePerCapita,
            int deprivations,
            int deprivationCount,
            String classification,
            long standardId,
            LocalDate reviewedOn) {}

    /** Rows written together; a household's people are always in the same chunk as the household. */
    static final class Chunk {
        final List<PersonRow> persons = new ArrayList<>();
        final List<HouseholdRow> households = new ArrayList<>();
        final List<MemberRow> members = new ArrayList<>();
        final List<ReviewRow> reviews = new ArrayList<>();
    }
}
