-- Name search for a single word ("hoa", "Minh") matches a prefix of the folded full name OR the given
-- name. PersonSearch runs the two alternatives as separate ordered queries; the given-name one needs
-- an index that yields the matches of one given name in name order within the jurisdiction,
-- otherwise MariaDB/MySQL read and sort every person with that given name (tens of thousands of rows
-- in a province or the country, seconds on a million people).
-- idx_person_given (given name, birth year) served only that search; the national index below
-- replaces it.
ALTER TABLE person
    DROP INDEX idx_person_given,
    ADD INDEX idx_person_given_name (given_name_folded, name_folded),
    ADD INDEX idx_person_province_given (province_code, given_name_folded, name_folded),
    ADD INDEX idx_person_commune_given (commune_code, given_name_folded, name_folded);
