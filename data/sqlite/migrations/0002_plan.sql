-- Schema 2: planning. Rotating schedules, absences and the rate table of
-- schablonbelopp per year (conventions as in 0001_init.sql).

-- One row per shift of a schedule; the rows of one customer and from_date are
-- one rotation of `weeks` weeks (the same on each row: checked by the store).
CREATE TABLE schedules (
	customer  TEXT NOT NULL REFERENCES customers (pnr),
	from_date TEXT NOT NULL,
	week      INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),
	weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
	start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
	end_min   INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1439),
	kind      TEXT NOT NULL,
	assistant TEXT NOT NULL REFERENCES assistants (pnr),
	weeks     INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 12),
	PRIMARY KEY (customer, from_date, week, weekday, start_min)
) STRICT;
CREATE INDEX schedules_by_assistant ON schedules (assistant);

CREATE TABLE absences (
	assistant   TEXT NOT NULL REFERENCES assistants (pnr),
	date        TEXT NOT NULL,
	reason      TEXT NOT NULL,
	replacement TEXT REFERENCES assistants (pnr),
	PRIMARY KEY (assistant, date)
) STRICT;
CREATE INDEX absences_by_date ON absences (date);
CREATE INDEX absences_by_replacement ON absences (replacement);

-- The schablonbelopp per calendar year (DOMAIN.md "Amounts"): the default
-- hourly amount of a new decision and HOURLY_AMOUNT's measure. A new year is a
-- new row. Seeded with rules.DefaultSchablon (a test keeps the two equal).
CREATE TABLE rates (
	year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
	amount_ore INTEGER NOT NULL CHECK (amount_ore > 0)
) STRICT;
INSERT INTO rates (year, amount_ore) VALUES
	(2015, 28400), (2016, 28800), (2017, 29100), (2018, 29540), (2019, 29980), (2020, 30430),
	(2021, 31500), (2022, 31970), (2023, 32450), (2024, 33260), (2025, 34260), (2026, 34770);

-- Until schema 2 the table was a map in the settings' JSON; what the user kept
-- there (a corrected or added year) wins over the seed.
INSERT OR REPLACE INTO rates (year, amount_ore)
	SELECT CAST(j.key AS INTEGER), j.value
	FROM settings, json_each(settings.value, '$.Schablon') AS j
	WHERE settings.key = 'rules' AND json_type(settings.value, '$.Schablon') = 'object'
		AND j.type = 'integer' AND j.value > 0 AND CAST(j.key AS INTEGER) BETWEEN 1900 AND 9999;
