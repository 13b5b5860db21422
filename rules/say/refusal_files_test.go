package say

import (
	"errors"
	"testing"
	"time"

	"assistans/rules"
)

// A refusal carrying its cause words the cause in the same language, and the
// Swedish is the text the command line printed before the codes, word for word.
func TestRefusalWithCause(t *testing.T) {
	inner := &rules.Refusal{Code: rules.FileNotExists, Args: []any{"/usb/x.db: ", errors.New("no such file or directory")}}
	r := &rules.Refusal{Code: rules.BackupCannotMake, Args: []any{inner}}
	if got, want := Refusal(Swedish, r), "kan inte skapa säkerhetskopian: /usb/x.db: filen eller mappen finns inte (no such file or directory)"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := Refusal(English, r), "cannot make the backup: /usb/x.db: the file or folder does not exist (no such file or directory)"; got != want {
		t.Errorf("English %q, want %q", got, want)
	}

	missing := &rules.Refusal{Code: rules.CustomerMissing, Args: []any{"194512121239"}}
	rows := &rules.Refusal{Code: rules.MissingRows, Args: []any{missing, 3}}
	if got, want := Refusal(Swedish, rows), "Kunden 194512121239 finns inte i registret (3 rader)"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := Refusal(English, rows), "The customer 194512121239 is not in the register (3 rows)"; got != want {
		t.Errorf("English %q, want %q", got, want)
	}

	tue := rules.ScheduleShift{Customer: "194512121239", From: rules.D(2026, 9, 29), Week: 1, Weekday: 2, Start: 480}
	bad := &rules.Refusal{Code: rules.ScheduleRowRefused, Args: []any{tue.Customer, tue.From, tue.Week, tue.Weekday, tue.Start, tue}}
	if got, want := Refusal(Swedish, bad), "Schemat för kunden 194512121239 från 2026-09-29, vecka 1 dag 2 kl. 08:00: ett schema börjar på en måndag; 2026-09-29 är en tisdag."; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := Refusal(English, bad), "The schedule of the customer 194512121239 from 2026-09-29, week 1 day 2 at 08:00: a schedule starts on a Monday; 2026-09-29 is a Tuesday."; got != want {
		t.Errorf("English %q, want %q", got, want)
	}
}

// A save refused for a record someone else changed names the record, who and when.
func TestRecordChanged(t *testing.T) {
	at := time.Date(2026, 10, 20, 12, 5, 0, 0, time.UTC) // 14:05 in Stockholm
	r := &rules.Refusal{Code: rules.RecordChanged, Args: []any{rules.Record{Table: "customers", Key: "194512121239"}, rules.ChangedBy{By: "eva", At: at}}}
	if got, want := Refusal(Swedish, r), "Kunden 194512121239 har ändrats av eva 2026-10-20 14:05 sedan du öppnade den; läs in den igen och gör din ändring på nytt."; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := Refusal(English, r), "The customer 194512121239 has been changed by eva 2026-10-20 14:05 since you opened it; read it in again and make your change anew."; got != want {
		t.Errorf("English %q, want %q", got, want)
	}
}
