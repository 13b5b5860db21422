-- Schema 5: shifts_by_date holds every column a month's load reads (version was
-- missing), so reading the months around a month walks the index alone instead
-- of looking up each of ~100,000 rows in the table.
DROP INDEX shifts_by_date;
CREATE INDEX shifts_by_date ON shifts (date, start_min, assistant, customer, end_min, kind, version);
