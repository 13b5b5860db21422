-- Schema 4: every register record and shift carries a version, raised by each
-- change, so that saving over someone else's change since it was read is refused.
ALTER TABLE providers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assistants ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assignments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE shifts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE month_info ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE hospital_stays ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE costs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
