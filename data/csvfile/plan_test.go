package csvfile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
)

func TestReadSchedulesAndAbsences(t *testing.T) {
	sched := "customer_pnr;from;week;weekday;start;end;kind;assistant_pnr;weeks\n" +
		"451212-1239;2026-09-28;1;1;08:00;16:00;aktiv;199001011239;2\n" +
		"194512121239;2026-09-28;2;6;22:00;07:00;v;19880576-2484;2\n"
	got, err := Read("schedules", "schema.csv", strings.NewReader(sched), today)
	if err != nil {
		t.Fatal(err)
	}
	want := []rules.ScheduleShift{
		{Customer: custA, From: rules.D(2026, 9, 28), Week: 1, Weekday: 1, Start: 8 * 60, End: 16 * 60, Kind: rules.Aktiv, Assistant: asstA, Weeks: 2},
		{Customer: custA, From: rules.D(2026, 9, 28), Week: 2, Weekday: 6, Start: 22 * 60, End: 7 * 60, Kind: rules.Vantetid, Assistant: asstS, Weeks: 2},
	}
	if !reflect.DeepEqual(got.Schedules, want) {
		t.Errorf("got %+v", got.Schedules)
	}
	abs := "reason,assistant_pnr,date,replacement_pnr\nSjuk,199001011239,2026-10-14,198805762484\nvab,198805762484,2026-10-21,\n"
	got, err = Read("absences", "franvaro.csv", strings.NewReader(abs), today)
	if err != nil {
		t.Fatal(err)
	}
	wantA := []rules.Absence{
		{Assistant: asstA, Date: rules.D(2026, 10, 14), Reason: rules.Sjuk, Replacement: asstS},
		{Assistant: asstS, Date: rules.D(2026, 10, 21), Reason: rules.VAB},
	}
	if !reflect.DeepEqual(got.Absences, wantA) {
		t.Errorf("got %+v", got.Absences)
	}
}

// Every bad row is named with its file, line and column, in Swedish.
func TestReadSchedulesRefused(t *testing.T) {
	file := "customer_pnr;from;week;weekday;start;end;kind;assistant_pnr;weeks\n" +
		"194512121239;2026-09-28;1;1;08:00;16:00;aktiv;199001011239;2\n" + // 2: fine, weeks 2
		"194512121239;2026-09-28;2;2;08:00;16:00;aktiv;199001011239;3\n" + // 3: weeks differ from line 2
		"194512121239;2026-09-29;1;1;08:00;16:00;aktiv;199001011239;1\n" + // 4: a Tuesday
		"194512121239;2026-10-05;3;1;08:00;16:00;aktiv;199001011239;2\n" + // 5: week 3 of 2
		"194512121239;2026-10-05;1;8;08:00;16:00;aktiv;199001011239;2\n" + // 6: weekday 8
		"194512121239;2026-10-05;1;1;08:00;16:00;aktiv;199001011239;13\n" + // 7: 13 weeks
		"194512121239;2026-10-12;1;1;08:00;;aktiv;199001011239;1\n" + // 8: no end
		"194512121239;2026-10-12;1;2;08:00;16:00;sovande;199001011239;1\n" + // 9: unknown kind
		"194512121239;2026-10-12;1;3;08:00;16:00;aktiv;199001011239;x\n" // 10: weeks not a number
	_, err := Read("schedules", "schema.csv", strings.NewReader(file), today)
	want := []string{
		`schema.csv:3: kolumn weeks: "3": schemat har 2 veckor på rad 2; weeks ska vara samma på alla rader i ett schema (samma kund och from)`,
		`schema.csv:4: kolumn from: "2026-09-29": ett schema börjar på en måndag; 2026-09-29 är en tisdag`,
		`schema.csv:5: kolumn week: "3": veckan ska vara 1–2 (schemat är 2 veckor långt)`,
		`schema.csv:6: kolumn weekday: "8": veckodagen ska vara 1 (måndag) till 7 (söndag)`,
		`schema.csv:7: kolumn weeks: "13": schemats längd ska vara 1–12 veckor`,
		`schema.csv:8: kolumn end: "": sluttid saknas`,
		`schema.csv:9: kolumn kind: "sovande": okänt tidsslag (skriv aktiv, vantetid eller beredskap)`,
		`schema.csv:10: kolumn weeks: "x": skriv ett heltal, t.ex. 1`,
	}
	if got := errorsOf(t, err).Error(); got != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}

	abs := "assistant_pnr;date;reason;replacement_pnr\n" +
		"199001011239;2026-10-14;borta;\n" +
		"199001011239;2026-10-15;sjuk;199001011239\n"
	_, err = Read("absences", "franvaro.csv", strings.NewReader(abs), today)
	wantA := `franvaro.csv:2: kolumn reason: "borta": okänt värde (tillåtna: sjuk, semester, vab, ledig)` + "\n" +
		`franvaro.csv:3: kolumn replacement_pnr: "199001011239": ersättaren kan inte vara den frånvarande assistenten själv`
	if got := errorsOf(t, err).Error(); got != wantA {
		t.Errorf("got\n%s\nwant\n%s", got, wantA)
	}
}

// Export, import, export: the same bytes.
func TestPlanKindsByteRoundTrip(t *testing.T) {
	for _, kind := range []string{"schedules", "absences"} {
		var a, b bytes.Buffer
		if err := Write(kind, &a, fullBatch()); err != nil {
			t.Fatal(err)
		}
		got, err := Read(kind, kind+".csv", bytes.NewReader(a.Bytes()), today)
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(kind, &b, got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s:\n%s\n%s", kind, a.String(), b.String())
		}
	}
	var a bytes.Buffer
	Write("schedules", &a, fullBatch())
	if want := bom + "customer_pnr;from;week;weekday;start;end;kind;assistant_pnr;weeks\r\n" +
		"194512121239;2026-09-28;1;1;08:00;16:00;aktiv;199001011239;2\r\n" +
		"194512121239;2026-09-28;2;6;22:00;07:00;vantetid;198805762484;2\r\n"; a.String() != want {
		t.Errorf("schedules file:\n%s", a.String())
	}
}
