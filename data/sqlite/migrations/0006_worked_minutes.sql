-- Schema 6: each assistant's working minutes per customer and calendar month
-- (rules.Worked), kept by every write of a shift in the same transaction, so
-- that a month's check reads the months of its calculation periods that lie
-- away from the month as sums instead of shift by shift (rules.ReadsFor). The
-- migration's Go step fills it from the shifts; verify recounts it. No foreign
-- keys: the rows follow the shifts, which have them.
CREATE TABLE worked_minutes (
	month     TEXT NOT NULL,
	assistant TEXT NOT NULL,
	customer  TEXT NOT NULL,
	minutes   INTEGER NOT NULL,
	PRIMARY KEY (month, assistant, customer)
) STRICT, WITHOUT ROWID;
