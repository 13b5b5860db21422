-- Schema 1. Dates are TEXT 'YYYY-MM-DD' (months 'YYYY-MM'), clock times INTEGER
-- minutes after midnight, money INTEGER öre, hours INTEGER hundredths.
-- Yes/no answers that may be unrecorded are NULL/0/1; plain booleans are 0/1.
-- Identity numbers are stored as the callers give them (already normalised).
-- STRICT makes SQLite refuse a value of the wrong type instead of storing it.

CREATE TABLE providers (
	orgnr               TEXT PRIMARY KEY,
	name                TEXT NOT NULL DEFAULT '',
	kind                TEXT NOT NULL DEFAULT '',
	contact             TEXT NOT NULL DEFAULT '',
	phone               TEXT NOT NULL DEFAULT '',
	ivo_from            TEXT,
	ivo_to              TEXT,
	fskatt              INTEGER CHECK (fskatt IN (0, 1)),
	employer_registered INTEGER CHECK (employer_registered IN (0, 1)),
	permit_group1       INTEGER CHECK (permit_group1 IN (0, 1)),
	permit_group2       INTEGER CHECK (permit_group2 IN (0, 1)),
	permit_group3       INTEGER CHECK (permit_group3 IN (0, 1)),
	permit_children     INTEGER CHECK (permit_children IN (0, 1)),
	permit_adults       INTEGER CHECK (permit_adults IN (0, 1))
) STRICT;

CREATE TABLE customers (
	pnr                 TEXT PRIMARY KEY,
	name                TEXT NOT NULL DEFAULT '',
	representative_name TEXT NOT NULL DEFAULT '',
	representative_pnr  TEXT NOT NULL DEFAULT '',
	representative_role TEXT NOT NULL DEFAULT '',
	personkrets         INTEGER CHECK (personkrets BETWEEN 1 AND 3),
	inactive            INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1))
) STRICT;

CREATE TABLE decisions (
	customer             TEXT NOT NULL REFERENCES customers (pnr),
	from_date            TEXT NOT NULL,
	to_date              TEXT,
	hours_per_week_centi INTEGER NOT NULL,
	hourly_amount_ore    INTEGER NOT NULL,
	higher_amount        INTEGER NOT NULL CHECK (higher_amount IN (0, 1)),
	double_assistance    INTEGER NOT NULL CHECK (double_assistance IN (0, 1)),
	PRIMARY KEY (customer, from_date)
) STRICT;

CREATE TABLE assistants (
	pnr                  TEXT PRIMARY KEY,
	name                 TEXT NOT NULL DEFAULT '',
	address              TEXT NOT NULL DEFAULT '',
	outside_ees          INTEGER NOT NULL CHECK (outside_ees IN (0, 1)),
	unfit                INTEGER NOT NULL CHECK (unfit IN (0, 1)),
	regime               TEXT NOT NULL DEFAULT '',
	period_start         TEXT,
	collective_agreement INTEGER NOT NULL CHECK (collective_agreement IN (0, 1)),
	inactive             INTEGER NOT NULL DEFAULT 0 CHECK (inactive IN (0, 1))
) STRICT;

CREATE TABLE assignments (
	assistant      TEXT NOT NULL REFERENCES assistants (pnr),
	customer       TEXT NOT NULL REFERENCES customers (pnr),
	provider_orgnr TEXT REFERENCES providers (orgnr),
	employer       TEXT NOT NULL DEFAULT '',
	employer_name  TEXT NOT NULL DEFAULT '',
	employer_orgnr TEXT NOT NULL DEFAULT '',
	employed_from  TEXT,
	reported_3066  TEXT,
	related        INTEGER NOT NULL CHECK (related IN (0, 1)),
	PRIMARY KEY (assistant, customer)
) STRICT;
CREATE INDEX assignments_by_customer ON assignments (customer);
CREATE INDEX assignments_by_provider ON assignments (provider_orgnr);

-- A missing start or end is NULL and the kind is stored as written, so that
-- the SHIFT_INVALID check can report such shifts instead of the import losing them.
CREATE TABLE shifts (
	id        INTEGER PRIMARY KEY,
	assistant TEXT NOT NULL REFERENCES assistants (pnr),
	customer  TEXT NOT NULL REFERENCES customers (pnr),
	date      TEXT NOT NULL,
	start_min INTEGER CHECK (start_min BETWEEN 0 AND 1439),
	end_min   INTEGER CHECK (end_min BETWEEN 0 AND 1439),
	kind      TEXT NOT NULL DEFAULT '',
	UNIQUE (assistant, customer, date, start_min)
) STRICT;
-- Covers every column, so loading months of shifts reads only this index, in order.
CREATE INDEX shifts_by_date ON shifts (date, start_min, assistant, customer, end_min, kind);
CREATE INDEX shifts_by_customer ON shifts (customer, date);

CREATE TABLE month_info (
	customer          TEXT NOT NULL REFERENCES customers (pnr),
	month             TEXT NOT NULL,
	childcare_school  INTEGER NOT NULL CHECK (childcare_school IN (0, 1)),
	abroad            INTEGER NOT NULL CHECK (abroad IN (0, 1)),
	prev_payment_used INTEGER CHECK (prev_payment_used IN (0, 1)),
	prev_payment_left INTEGER NOT NULL DEFAULT 0,
	sent              TEXT,
	PRIMARY KEY (customer, month)
) STRICT;

CREATE TABLE hospital_stays (
	id        INTEGER PRIMARY KEY,
	customer  TEXT NOT NULL REFERENCES customers (pnr),
	from_date TEXT NOT NULL,
	from_time INTEGER CHECK (from_time BETWEEN 0 AND 1439),
	to_date   TEXT,
	to_time   INTEGER CHECK (to_time BETWEEN 0 AND 1439),
	UNIQUE (customer, from_date, from_time)
) STRICT;

CREATE TABLE costs (
	customer    TEXT NOT NULL REFERENCES customers (pnr),
	month       TEXT NOT NULL,
	category    INTEGER NOT NULL CHECK (category BETWEEN 1 AND 6),
	amount_ore  INTEGER NOT NULL,
	hours_centi INTEGER NOT NULL,
	PRIMARY KEY (customer, month, category)
) STRICT;

-- What a month's 3057 carried when it was last printed or locked (TOTALS_MISMATCH).
CREATE TABLE printed (
	customer        TEXT NOT NULL REFERENCES customers (pnr),
	month           TEXT NOT NULL,
	aktiv_min       INTEGER NOT NULL,
	vantetid_min    INTEGER NOT NULL,
	beredskap_min   INTEGER NOT NULL,
	printed_at      TEXT NOT NULL,
	override_reason TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (customer, month)
) STRICT;

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

-- Every change, in the transaction that made it. hash = SHA-256 over the row's
-- fields and prev_hash (the previous row's hash), so an edited or removed row
-- breaks the chain from that point on.
CREATE TABLE audit (
	id        INTEGER PRIMARY KEY,
	at        TEXT NOT NULL,
	os_user   TEXT NOT NULL,
	tbl       TEXT NOT NULL,
	key       TEXT NOT NULL,
	old       TEXT,
	new       TEXT,
	note      TEXT NOT NULL DEFAULT '',
	prev_hash TEXT NOT NULL,
	hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_key ON audit (tbl, key);
