-- Issue 13 (load benchmark): the Project 06 beneficiaries of a list of communes are read from the index alone.
-- With (commune_code, status) only, each of a province's running cases was a row lookup in the clustered index:
-- 149,089 for Ho Chi Minh City on the 1,000,000-beneficiary benchmark database, 14 s with a 128 MB buffer pool;
-- with person_id in the index the same range is read in 1.9 s on the same (loaded) machine.
ALTER TABLE benefit_case
    DROP INDEX idx_case_commune_status,
    ADD INDEX idx_case_commune_status (commune_code, status, person_id);
