-- Schema 2, in PostgreSQL as SQLite's 0002_plan.sql: planning. Rotating schedules,
-- absences and the rate table of schablonbelopp per year.

-- One row per shift of a schedule; the rows of one customer and from_date are
-- one rotation of `weeks` weeks (the same on each row: checked by the store).
CREATE TABLE schedules (
	customer  TEXT COLLATE "C" NOT NULL REFERENCES customers (pnr),
	from_date TEXT COLLATE "C" NOT NULL,
	week      BIGINT NOT NULL CHECK (week BETWEEN 1 AND 12),
	weekday   BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
	start_min BIGINT NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
	end_min   BIGINT NOT NULL CHECK (end_min BETWEEN 0 AND 1439),
	kind      TEXT COLLATE "C" NOT NULL,
	assistant TEXT COLLATE "C" NOT NULL REFERENCES assistants (pnr),
	weeks     BIGINT NOT NULL CHECK (weeks BETWEEN 1 AND 12),
	PRIMARY KEY (customer, from_date, week, weekday, start_min)
);
CREATE INDEX schedules_by_assistant ON schedules (assistant);

CREATE TABLE absences (
	assistant   TEXT COLLATE "C" NOT NULL REFERENCES assistants (pnr),
	date        TEXT COLLATE "C" NOT NULL,
	reason      TEXT COLLATE "C" NOT NULL,
	replacement TEXT COLLATE "C" REFERENCES assistants (pnr),
	PRIMARY KEY (assistant, date)
);
CREATE INDEX absences_by_date ON absences (date);
CREATE INDEX absences_by_replacement ON absences (replacement);

-- The schablonbelopp per calendar year (DOMAIN.md "Amounts"): the default
-- hourly amount of a new decision and HOURLY_AMOUNT's measure. A new year is a
-- new row. Seeded with rules.DefaultSchablon (a test keeps the two equal).
CREATE TABLE rates (
	year       BIGINT PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
	amount_ore BIGINT NOT NULL CHECK (amount_ore > 0)
);
INSERT INTO rates (year, amount_ore) VALUES
	(2015, 28400), (2016, 28800), (2017, 29100), (2018, 29540), (2019, 29980), (2020, 30430),
	(2021, 31500), (2022, 31970), (2023, 32450), (2024, 33260), (2025, 34260), (2026, 34770);

-- Until schema 2 the table was a map in the settings' JSON; what the user kept
-- there (a corrected or added year) wins over the seed.
INSERT INTO rates (year, amount_ore)
	SELECT j.key::bigint, (j.value #>> '{}')::bigint
	FROM settings, jsonb_each(settings.value::jsonb -> 'Schablon') AS j
	WHERE settings.key = 'rules' AND jsonb_typeof(settings.value::jsonb -> 'Schablon') = 'object'
		AND j.key ~ '^[0-9]{4}$' AND jsonb_typeof(j.value) = 'number' AND (j.value #>> '{}') ~ '^[1-9][0-9]*$'
ON CONFLICT (year) DO UPDATE SET amount_ore = EXCLUDED.amount_ore;
