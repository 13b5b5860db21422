-- Schema 3: every record is part of what the audit chain proves (verify compares
-- each record with the newest audit row for its key), and the chain's head is
-- anchored outside the database. The Go step sealRecords records, once, any
-- record that differs from its audit trail; no table changes.
SELECT 1;
