-- Social-security accounts (tài khoản hưởng an sinh xã hội): what V9 left to the account module.

-- The date of the account's latest step: a new step may not be dated before it, so that the history
-- (ss_account_event) reads in date order and "the status at the end of a month" is well defined.
ALTER TABLE ss_account ADD COLUMN last_step_on DATE NULL AFTER fallback_on;

-- "Was this step already recorded?" (a re-imported file) and "the status at a month's end" (Project 06).
CREATE INDEX idx_account_event_status ON ss_account_event (person_id, to_status, happened_on);

-- Project 06 (Decision 06/QĐ-TTg) targets for 2025, from Seed 001 (DOMAIN.md §3 and §6): 95 % of
-- beneficiaries with an account, 50 % paid via an account. Settings, since the targets change each year.
INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('PROJECT06_ACCOUNT_TARGET_PERCENT', '95', UTC_TIMESTAMP(6), 'system'),
    ('PROJECT06_PAID_TARGET_PERCENT', '50', UTC_TIMESTAMP(6), 'system');
