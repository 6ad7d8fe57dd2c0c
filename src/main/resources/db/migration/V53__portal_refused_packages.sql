-- Issue 15 item 4: a package the officer's import refused is reported to the portal as REFUSED with its reason.
-- Such a dossier has no application (and may lack what the package could not give: its procedure, its received
-- time, its applicant); a later, corrected package of the same dossier number opens the application on that row,
-- so the dossier's history reads REFUSED, RECEIVED, PROCESSING …
ALTER TABLE portal_dossier
    MODIFY application_id BIGINT        NULL,
    MODIFY procedure_code VARCHAR(20)   NULL,
    MODIFY received_at    DATETIME(6)   NULL,
    MODIFY applicant_json VARCHAR(2000) NULL;
