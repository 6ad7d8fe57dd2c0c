-- Issue 13 (the payroll benchmark): the payroll's finish step catches up the ended benefits of its scope
-- (PaymentStops.stopEnded: lines of months after a case's entitled_until). Without an index it read every pending
-- line of the scope and joined its case (1.8 s at 1,000,000 beneficiaries); with it the database starts from the
-- ended cases and reads their lines by the unique key.
CREATE INDEX idx_case_entitled_until ON benefit_case (entitled_until);
