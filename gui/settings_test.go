package gui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestSettingsShowsStored(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	sc := newSettings(s)
	for _, c := range []struct {
		name string
		f    *field
		want string
	}{
		{"husligt hours", sc.husligt.hours, "52"},
		{"husligt period", sc.husligt.length, "28"},
		{"ATL hours", sc.atl.hours, "48"},
		{"ATL period", sc.atl.length, "4"},
		{"daily rest", sc.dailyRest, "11"},
		{"weekly rest", sc.weeklyRest, "36"},
		{"väntetid", sc.vantetid, "1/4"},
		{"beredskap", sc.beredskap, "1/7"},
		{"deadline", sc.deadline, "7"},
	} {
		if c.f.entry.Text != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.f.entry.Text, c.want)
		}
	}
	if sc.husligt.unit.Selected != "dagar" || sc.atl.unit.Selected != "månader" {
		t.Errorf("units %q, %q", sc.husligt.unit.Selected, sc.atl.unit.Selected)
	}
	if len(sc.agreements) != 3 || sc.agreement.Selected != "Fremia/Kommunal" {
		t.Errorf("%d agreements, chosen %q", len(sc.agreements), sc.agreement.Selected)
	}
	// The defaults' schablon table, oldest year first: 2015 is 284,00 kr.
	if len(sc.schablon) != 12 || sc.schablon[0].year.entry.Text != "2015" || sc.schablon[0].amount.entry.Text != "284,00" {
		t.Errorf("schablon: %d rows, first %q %q", len(sc.schablon), sc.schablon[0].year.entry.Text, sc.schablon[0].amount.entry.Text)
	}
	if sc.save.Disabled() {
		t.Errorf("Spara is disabled on the stored settings")
	}
}

func TestSettingsValidation(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	sc := newSettings(s)

	test.Type(sc.husligt.hours.entry, "x") // "52x"
	if !sc.save.Disabled() {
		t.Fatal("Spara is enabled with 52x hours")
	}
	if !sc.husligt.hours.msg.Visible() || sc.husligt.hours.msg.Text != "Skriv timmar, t.ex. 40, 37,5 eller 37:30." {
		t.Errorf("message under the field: visible %v, %q", sc.husligt.hours.msg.Visible(), sc.husligt.hours.msg.Text)
	}
	sc.husligt.hours.entry.SetText("50:30")
	if sc.save.Disabled() || sc.husligt.hours.msg.Visible() {
		t.Fatalf("50:30 is refused: %q", sc.husligt.hours.msg.Text)
	}

	// 13 is too many months but a fine number of days.
	sc.atl.length.entry.SetText("13")
	if !sc.save.Disabled() || sc.atl.length.msg.Text != "Ange 1–12 månader." {
		t.Errorf("13 months: Spara disabled %v, message %q", sc.save.Disabled(), sc.atl.length.msg.Text)
	}
	sc.atl.unit.SetSelected("dagar")
	if sc.save.Disabled() {
		t.Errorf("13 days refused: %q", sc.atl.length.msg.Text)
	}
	sc.atl.unit.SetSelected("månader")
	sc.atl.length.entry.SetText("3")

	for _, bad := range []struct {
		f    *field
		text string
	}{
		{sc.dailyRest, "25"}, {sc.weeklyRest, "0"}, {sc.vantetid, "5/4"}, {sc.beredskap, "1/0"}, {sc.deadline, "-1"},
	} {
		old := bad.f.entry.Text
		bad.f.entry.SetText(bad.text)
		if !sc.save.Disabled() || !bad.f.msg.Visible() {
			t.Errorf("%q accepted", bad.text)
		}
		bad.f.entry.SetText(old)
		if sc.save.Disabled() {
			t.Fatalf("restoring %q left Spara disabled", old)
		}
	}

	// A new schablon row is empty, then a year that is already there, then right.
	test.Tap(widgetButton(t, sc, "Lägg till år"))
	row := sc.schablon[len(sc.schablon)-1]
	if !sc.save.Disabled() {
		t.Error("an empty schablon row is accepted")
	}
	row.year.entry.SetText("2024")
	row.amount.entry.SetText("342,40")
	if !sc.save.Disabled() || !row.msg.Visible() || row.msg.Text != "Året finns redan i tabellen." {
		t.Errorf("a second 2024: disabled %v, message %q", sc.save.Disabled(), row.msg.Text)
	}
	row.year.entry.SetText("2027")
	if sc.save.Disabled() {
		t.Fatalf("2027 refused: %q", row.msg.Text)
	}

	// Removing the chosen agreement asks for another; renaming one keeps the choice.
	sc.onRemoveAgreement(sc.agreements[0]) // Fremia/Kommunal
	if !sc.save.Disabled() || sc.agreementMsg.Text != "Välj ett av avtalen i listan." {
		t.Errorf("chosen agreement removed: disabled %v, %q", sc.save.Disabled(), sc.agreementMsg.Text)
	}
	sc.agreement.SetSelected("Vårdföretagarna/Kommunal")
	sc.agreements[0].name.entry.SetText("Vårdföretagarna 2026")
	if sc.agreement.Selected != "Vårdföretagarna 2026" || sc.save.Disabled() {
		t.Errorf("after a rename the choice is %q, Spara disabled %v", sc.agreement.Selected, sc.save.Disabled())
	}

	test.Tap(sc.save)
	if sc.status.Text != "Inställningarna är sparade." {
		t.Fatalf("status %q", sc.status.Text)
	}
	got, err := st.Settings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// 50:30 h = 50 × 60 + 30 = 3030 min; 342,40 kr = 34240 öre.
	if got.Husligt.LimitMinPerWeek != 3030 || got.Husligt.PeriodDays != 28 || got.Husligt.Name != "Husligt arbete" {
		t.Errorf("husligt saved as %+v", got.Husligt)
	}
	if got.ATL.PeriodMonths != 3 || got.ATL.PeriodDays != 0 {
		t.Errorf("ATL saved as %+v", got.ATL)
	}
	if got.Schablon[2027] != 34240 || got.Schablon[2015] != 28400 || len(got.Schablon) != 13 {
		t.Errorf("schablon saved as %v", got.Schablon)
	}
	if got.Agreement != "Vårdföretagarna 2026" || len(got.Agreements) != 2 || got.Agreements[0].Name != "Vårdföretagarna 2026" {
		t.Errorf("agreements saved as %q %+v", got.Agreement, got.Agreements)
	}
	if got.VantetidFactor != (rules.Fraction{Num: 1, Den: 4}) || got.DailyRestMin != 11*60 || got.DailyRestSeverity != rules.Warn {
		t.Errorf("untouched values changed: %+v", got)
	}
}

// widgetButton finds the button with text on the settings screen.
func widgetButton(t *testing.T, sc *settingsScreen, text string) *widget.Button {
	t.Helper()
	for _, b := range guitest.ObjectsIn[*widget.Button](sc.content) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func TestSettingsLoadError(t *testing.T) {
	s := guitest.NewSession(t, guitest.FailingStore{Store: guitest.OpenStore(t, rules.Batch{})})
	sc := newSettings(s)
	// Saving the defaults over settings that could not be read would lose them.
	if !sc.save.Disabled() || sc.status.Text != "Kunde inte läsa inställningarna: disken är borta" {
		t.Errorf("Spara disabled %v, status %q", sc.save.Disabled(), sc.status.Text)
	}
}

func TestParseHours(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"52", 3120, true}, {" 37,5 ", 2250, true}, {"37.25", 2235, true}, {"37:30", 2250, true},
		{"0,1", 6, true}, // 0,1 h = 6 min exactly
		{"0", 0, true},
		{"0,01", 0, false}, // 0,6 min is not whole
		{"", 0, false}, {"x", 0, false}, {"-1", 0, false}, {"1:60", 0, false}, {"1:5", 0, false},
		{"1,2,3", 0, false}, {"1,-5", 0, false}, {"١٢", 0, false},
	} {
		got, err := parseHours(c.in)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("parseHours(%q) = %d, %v; want %d, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
	for _, m := range []int{0, 60, 3030, 2250, 11 * 60} {
		if got, err := parseHours(formatHoursEntry(m)); got != m || err != nil {
			t.Errorf("round trip of %d min: %q → %d, %v", m, formatHoursEntry(m), got, err)
		}
	}
}

func TestParseFraction(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rules.Fraction
		ok   bool
	}{
		{"1/4", rules.Fraction{Num: 1, Den: 4}, true}, {" 1 / 7 ", rules.Fraction{Num: 1, Den: 7}, true},
		{"0", rules.Fraction{Num: 0, Den: 1}, true}, {"1", rules.Fraction{Num: 1, Den: 1}, true},
		{"5/4", rules.Fraction{}, false}, {"1/0", rules.Fraction{}, false}, {"-1/4", rules.Fraction{}, false},
		{"a/b", rules.Fraction{}, false}, {"", rules.Fraction{}, false}, {"0,25", rules.Fraction{}, false},
	} {
		got, err := parseFraction(c.in)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("parseFraction(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

func FuzzParseHours(f *testing.F) {
	for _, s := range []string{"52", "37,5", "37:30", "0,01", "9999999999999999999", "1:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := parseHours(s)
		if err != nil {
			return
		}
		if m < 0 {
			t.Fatalf("parseHours(%q) = %d", s, m)
		}
	})
}

// After a restore the database is another one: the settings screen shows its
// settings, so that Spara cannot write the old ones back over them.
func TestSettingsReloadAfterStoreReplaced(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	sc := newSettings(s)
	other := rules.DefaultSettings()
	other.DailyRestMin = 12 * 60
	if err := st.SaveSettings(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	s.DataChanged()
	if sc.dailyRest.entry.Text != "11" {
		t.Fatalf("an ordinary change reloaded the form being edited: %q", sc.dailyRest.entry.Text)
	}
	s.StoreReplaced()
	if sc.dailyRest.entry.Text != "12" {
		t.Errorf("daily rest %q after the restore, want 12", sc.dailyRest.entry.Text)
	}
}
