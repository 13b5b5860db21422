-- Schema 5: shifts_by_date holds every column a month's load reads (version and
-- id were missing), so that a month's load can be an index-only scan.
DROP INDEX shifts_by_date;
CREATE INDEX shifts_by_date ON shifts (date, start_min NULLS FIRST, assistant, customer, end_min, kind, version) INCLUDE (id);
