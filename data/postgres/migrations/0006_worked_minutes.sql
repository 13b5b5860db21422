-- Schema 6, in PostgreSQL as SQLite's 0006_worked_minutes.sql: each assistant's
-- working minutes per customer and calendar month (rules.Worked), kept by every
-- write of a shift in the same transaction.
CREATE TABLE worked_minutes (
	month     TEXT COLLATE "C" NOT NULL,
	assistant TEXT COLLATE "C" NOT NULL,
	customer  TEXT COLLATE "C" NOT NULL,
	minutes   BIGINT NOT NULL,
	PRIMARY KEY (month, assistant, customer)
);
