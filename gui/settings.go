package gui

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// settingsScreen edits the thresholds RULES.md marks as settings. Every field
// is checked as it is typed; its message stands under it, and Spara stays
// disabled while any field is wrong.
type settingsScreen struct {
	s       *session.Session
	content fyne.CanvasObject

	loaded rules.Settings // names of the two laws' limits are kept from here

	database *databaseSection // settings_database.go: where the database is

	husligt, atl          *limitFields
	agreements            []*agreementRow
	agreementBox          *fyne.Container
	agreement             *widgets.Picker
	agreementMsg          *widget.Label
	dailyRest, weeklyRest *field
	dailySev, weeklySev   *widgets.Picker
	vantetid, beredskap   *field
	deadline              *field
	schablon              []*schablonRow
	schablonBox           *fyne.Container
	schablonMsg           *widget.Label
	language              *widgets.Picker
	save, defaults        *widget.Button
	status                *widget.Label
	loadFailed            bool
}

func newSettings(s *session.Session) *settingsScreen {
	st := &settingsScreen{s: s}
	st.buildUI()
	st.load()
	s.OnStoreReplaced(st.load)
	return st
}

const (
	wShort = 110
	wMid   = 140
	wName  = 260
)

func (st *settingsScreen) buildUI() {
	st.husligt = st.newLimit()
	st.atl = st.newLimit()
	st.agreementBox = container.NewVBox()
	st.agreement = widgets.NewSelect(nil, func(string) { st.onFieldChanged() })
	st.agreementMsg = errorLabel()
	st.dailyRest = st.newField(checkRestHours(24))
	st.weeklyRest = st.newField(checkRestHours(7 * 24))
	st.dailySev = st.newSeveritySelect()
	st.weeklySev = st.newSeveritySelect()
	st.vantetid = st.newField(checkFraction)
	st.beredskap = st.newField(checkFraction)
	st.deadline = st.newField(checkDeadlineDays)
	st.schablonBox = container.NewVBox()
	st.schablonMsg = errorLabel()
	st.language = widgets.NewSelect([]string{"Svenska", "English"}, nil)
	if language.Chosen(st.s.App.Preferences()) == "en" {
		st.language.SetSelectedIndex(1)
	} else {
		st.language.SetSelectedIndex(0)
	}
	st.language.OnChanged = st.onLanguageChanged

	st.save = widget.NewButtonWithIcon(lang.X("settings.save", "Spara"), theme.DocumentSaveIcon(), st.onSave)
	st.save.Importance = widget.HighImportance
	st.defaults = widget.NewButton(lang.X("settings.defaults", "Återställ standardvärden"), st.onDefaults)
	st.status = widget.NewLabel("")

	hoursUnit := lang.X("settings.hours_per_week", "timmar per vecka i snitt")
	item := widget.NewFormItem
	work := widget.NewCard(lang.X("settings.worktime", "Arbetstid"),
		lang.X("settings.worktime_sub", "Högsta genomsnittliga arbetstid per vecka under en beräkningsperiod."),
		container.NewVBox(
			form(
				item(lang.X("settings.husligt", "Husligt arbete"), st.husligt.hours.withMsg(st.husligt.hours.sized(wShort), widget.NewLabel(hoursUnit))),
				item(lang.X("settings.period", "Beräkningsperiod"), st.husligt.length.withMsg(st.husligt.length.sized(wShort), st.husligt.unit)),
				item(lang.X("settings.atl", "Arbetstidslagen"), st.atl.hours.withMsg(st.atl.hours.sized(wShort), widget.NewLabel(hoursUnit))),
				item(lang.X("settings.period", "Beräkningsperiod"), st.atl.length.withMsg(st.atl.length.sized(wShort), st.atl.unit)),
			),
			widget.NewLabelWithStyle(lang.X("settings.agreements", "Kollektivavtal"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(
				fixedLabel(lang.X("settings.agreement_name", "Namn"), wName),
				fixedLabel(lang.X("settings.agreement_hours", "Tim/vecka"), wShort),
				fixedLabel(lang.X("settings.period", "Beräkningsperiod"), 2*wShort),
			),
			st.agreementBox,
			container.NewHBox(widget.NewButtonWithIcon(lang.X("settings.add_agreement", "Lägg till avtal"), theme.ContentAddIcon(), st.onAddAgreement)),
			form(item(lang.X("settings.agreement_used", "Avtal för assistenter med avtal"), container.NewVBox(
				container.NewHBox(container.NewGridWrap(fyne.NewSize(wName+wShort, st.agreement.MinSize().Height), st.agreement)),
				st.agreementMsg))),
		))

	rest := widget.NewCard(lang.X("settings.rest", "Vila"), lang.X("settings.rest_sub", "Dygnsvila och veckovila."),
		form(
			item(lang.X("settings.daily_rest", "Dygnsvila minst"), st.dailyRest.withMsg(st.dailyRest.sized(wShort),
				widget.NewLabel(lang.X("settings.hours", "timmar")), st.dailySev)),
			item(lang.X("settings.weekly_rest", "Veckovila minst"), st.weeklyRest.withMsg(st.weeklyRest.sized(wShort),
				widget.NewLabel(lang.X("settings.hours", "timmar")), st.weeklySev)),
		))

	hint := lang.X("settings.factor_hint", "t.ex. 1/4")
	hoursCard := widget.NewCard(lang.X("settings.decision", "Beviljade timmar och inlämning"),
		lang.X("settings.decision_sub", "Väntetid och beredskap räknas med en faktor mot beslutets timmar."),
		form(
			item(lang.X("settings.vantetid_factor", "Faktor för väntetid"), st.vantetid.withMsg(st.vantetid.sized(wShort), widget.NewLabel(hint))),
			item(lang.X("settings.beredskap_factor", "Faktor för beredskap"), st.beredskap.withMsg(st.beredskap.sized(wShort), widget.NewLabel(hint))),
			item(lang.X("settings.deadline_days", "Påminn om sista inlämningsdag"), st.deadline.withMsg(st.deadline.sized(wShort),
				widget.NewLabel(lang.X("settings.days_before", "dagar före")))),
		))

	schablon := widget.NewCard(lang.X("settings.schablon", "Schablonbelopp"),
		lang.X("settings.schablon_sub", "Timbelopp per år; förslag för nya beslut."),
		container.NewVBox(
			container.NewHBox(
				fixedLabel(lang.X("settings.year", "År"), wShort),
				fixedLabel(lang.X("settings.amount", "Kronor per timme"), wMid),
			),
			st.schablonBox, st.schablonMsg,
			container.NewHBox(widget.NewButtonWithIcon(lang.X("settings.add_year", "Lägg till år"), theme.ContentAddIcon(), st.onAddSchablon)),
		))

	st.database = newDatabaseSection(st.s)
	language := widget.NewCard(lang.X("settings.language", "Språk"), "",
		form(item(lang.X("settings.language_label", "Språk / Language"), container.NewHBox(st.language,
			widget.NewLabel(lang.X("settings.language_hint", "Gäller när programmet startas om."))))))
	buttons := container.NewBorder(nil, nil, nil, container.NewHBox(st.defaults, st.save), st.status)
	st.content = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil,
		container.NewVScroll(container.NewVBox(work, rest, hoursCard, schablon, language, st.database.content)))
}

// load reads the stored settings into the fields.
func (st *settingsScreen) load() {
	set, err := st.s.Store.Settings(st.s.Ctx)
	st.loadFailed = err != nil
	if err != nil {
		st.fill(rules.DefaultSettings())
		st.status.Importance = widget.DangerImportance
		st.status.SetText(lang.X("settings.load_error", "Kunde inte läsa inställningarna: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		st.validate()
		return
	}
	if set.Husligt == (rules.WorkLimit{}) && set.ATL == (rules.WorkLimit{}) && len(set.Agreements) == 0 {
		set = rules.DefaultSettings() // nothing stored yet
	}
	st.fill(set)
	st.validate()
}

// fill puts set into the fields.
func (st *settingsScreen) fill(set rules.Settings) {
	st.loaded = set
	fillLimit(st.husligt, set.Husligt)
	fillLimit(st.atl, set.ATL)
	st.agreements = nil
	for _, w := range set.Agreements {
		st.agreements = append(st.agreements, st.newAgreementRow(w))
	}
	st.layoutAgreements()
	st.agreement.SetSelected(set.Agreement)
	st.dailyRest.entry.SetText(formatHoursEntry(set.DailyRestMin))
	st.weeklyRest.entry.SetText(formatHoursEntry(set.WeeklyRestMin))
	st.dailySev.SetSelected(widgets.SeverityText(orWarn(set.DailyRestSeverity)))
	st.weeklySev.SetSelected(widgets.SeverityText(orWarn(set.WeeklyRestSeverity)))
	st.vantetid.entry.SetText(formatFraction(set.VantetidFactor))
	st.beredskap.entry.SetText(formatFraction(set.BeredskapFactor))
	st.deadline.entry.SetText(strconv.Itoa(set.DeadlineNearDays))
	years := make([]int, 0, len(set.Schablon))
	for y := range set.Schablon {
		years = append(years, y)
	}
	slices.Sort(years)
	st.schablon = nil
	for _, y := range years {
		st.schablon = append(st.schablon, st.newSchablonRow(y, set.Schablon[y]))
	}
	st.layoutSchablon()
}

func orWarn(s rules.Severity) rules.Severity {
	if s == rules.Block {
		return rules.Block
	}
	return rules.Warn
}

func fillLimit(l *limitFields, w rules.WorkLimit) {
	l.hours.entry.SetText(formatHoursEntry(w.LimitMinPerWeek))
	if w.PeriodDays > 0 || w.PeriodMonths == 0 {
		l.unit.SetSelected(unitDays())
		l.length.entry.SetText(strconv.Itoa(w.PeriodDays))
	} else {
		l.unit.SetSelected(unitMonths())
		l.length.entry.SetText(strconv.Itoa(w.PeriodMonths))
	}
}

func (st *settingsScreen) layoutAgreements() {
	objs := make([]fyne.CanvasObject, len(st.agreements))
	names := make([]string, 0, len(st.agreements))
	for i, r := range st.agreements {
		objs[i] = r.box
		names = append(names, r.name.entry.Text)
	}
	st.agreementBox.Objects = objs
	st.agreementBox.Refresh()
	st.agreement.SetOptions(names)
}

func (st *settingsScreen) layoutSchablon() {
	objs := make([]fyne.CanvasObject, len(st.schablon))
	for i, r := range st.schablon {
		objs[i] = r.box
	}
	st.schablonBox.Objects = objs
	st.schablonBox.Refresh()
}

func (st *settingsScreen) onFieldChanged() {
	if st.save != nil { // fields fire while the screen is being built
		st.validate()
	}
}

// onAgreementRenamed keeps the chosen agreement when its row is renamed.
func (st *settingsScreen) onAgreementRenamed(r *agreementRow) {
	name := r.name.entry.Text
	if st.agreement.Selected == r.shown && r.shown != "" {
		st.agreement.Selected = name
	}
	r.shown = name
	names := make([]string, 0, len(st.agreements))
	for _, a := range st.agreements {
		names = append(names, a.name.entry.Text)
	}
	st.agreement.Options = names
	st.agreement.Refresh()
	st.onFieldChanged()
}

func (st *settingsScreen) onAddAgreement() {
	st.agreements = append(st.agreements, st.newAgreementRow(rules.WorkLimit{LimitMinPerWeek: 40 * 60, PeriodMonths: 4}))
	st.layoutAgreements()
	st.validate()
}

func (st *settingsScreen) onRemoveAgreement(r *agreementRow) {
	st.agreements = slices.DeleteFunc(st.agreements, func(x *agreementRow) bool { return x == r })
	if st.agreement.Selected == r.name.entry.Text {
		st.agreement.ClearSelected()
	}
	st.layoutAgreements()
	st.validate()
}

func (st *settingsScreen) onAddSchablon() {
	st.schablon = append(st.schablon, st.newSchablonRow(0, 0))
	st.layoutSchablon()
	st.validate()
}

func (st *settingsScreen) onRemoveSchablon(r *schablonRow) {
	st.schablon = slices.DeleteFunc(st.schablon, func(x *schablonRow) bool { return x == r })
	st.layoutSchablon()
	st.validate()
}

func (st *settingsScreen) onDefaults() {
	st.fill(rules.DefaultSettings())
	st.validate()
	st.status.Importance = widget.MediumImportance
	st.status.SetText(lang.X("settings.defaults_done", "Standardvärdena är ifyllda. Tryck Spara för att använda dem."))
}

func (st *settingsScreen) onLanguageChanged(choice string) {
	code := "sv"
	if choice == "English" {
		code = "en"
	}
	st.s.App.Preferences().SetString(language.Pref, code)
	st.status.Importance = widget.MediumImportance
	st.status.SetText(lang.X("settings.language_saved", "Språket byts när programmet startas om."))
}

func (st *settingsScreen) onSave() {
	set, ok := st.validate()
	if !ok {
		return
	}
	if err := st.s.Store.SaveSettings(st.s.Ctx, set); err != nil {
		st.status.Importance = widget.DangerImportance
		st.status.SetText(lang.X("settings.save_error", "Inställningarna kunde inte sparas: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		return
	}
	st.loaded = set
	st.status.Importance = widget.SuccessImportance
	st.status.SetText(lang.X("settings.saved", "Inställningarna är sparade."))
	st.s.DataChanged() // the checks depend on the settings
}

// validate checks every field, shows the messages, enables Spara only when
// all are valid, and returns the settings the fields describe.
func (st *settingsScreen) validate() (rules.Settings, bool) {
	ok := true
	check := func(f *field) {
		if !f.validate() {
			ok = false
		}
	}
	set := rules.Settings{Schablon: map[int]rules.Ore{}}

	readLimit := func(l *limitFields, name string) rules.WorkLimit {
		check(l.hours)
		check(l.length)
		w := rules.WorkLimit{Name: name}
		w.LimitMinPerWeek, _ = parseHours(l.hours.entry.Text)
		n, _ := strconv.Atoi(strings.TrimSpace(l.length.entry.Text))
		if l.unit.Selected == unitMonths() {
			w.PeriodMonths = n
		} else {
			w.PeriodDays = n
		}
		return w
	}
	set.Husligt = readLimit(st.husligt, st.loaded.Husligt.Name)
	set.ATL = readLimit(st.atl, st.loaded.ATL.Name)

	seen := map[string]bool{}
	for _, r := range st.agreements {
		name := strings.TrimSpace(r.name.entry.Text)
		set.Agreements = append(set.Agreements, readLimit(r.limit, name))
		check(r.name)
		errs := []error{r.name.err, r.limit.hours.err, r.limit.length.err}
		if name != "" && seen[name] {
			errs = append(errs, errors.New(lang.X("settings.err_duplicate_name", "Två avtal har samma namn.")))
			ok = false
		}
		seen[name] = true
		showError(r.msg, errs)
	}
	set.Agreement = st.agreement.Selected
	switch {
	case len(st.agreements) > 0 && !seen[strings.TrimSpace(set.Agreement)]:
		showError(st.agreementMsg, []error{errors.New(lang.X("settings.err_agreement", "Välj ett av avtalen i listan."))})
		ok = false
	default:
		set.Agreement = strings.TrimSpace(set.Agreement)
		showError(st.agreementMsg, nil)
	}

	check(st.dailyRest)
	check(st.weeklyRest)
	set.DailyRestMin, _ = parseHours(st.dailyRest.entry.Text)
	set.WeeklyRestMin, _ = parseHours(st.weeklyRest.entry.Text)
	set.DailyRestSeverity = severityOf(st.dailySev.Selected)
	set.WeeklyRestSeverity = severityOf(st.weeklySev.Selected)

	check(st.vantetid)
	check(st.beredskap)
	check(st.deadline)
	set.VantetidFactor, _ = parseFraction(st.vantetid.entry.Text)
	set.BeredskapFactor, _ = parseFraction(st.beredskap.entry.Text)
	set.DeadlineNearDays, _ = strconv.Atoi(strings.TrimSpace(st.deadline.entry.Text))

	years := map[int]bool{}
	for _, r := range st.schablon {
		check(r.year)
		check(r.amount)
		errs := []error{r.year.err, r.amount.err}
		y, _ := strconv.Atoi(strings.TrimSpace(r.year.entry.Text))
		if r.year.err == nil && years[y] {
			errs = append(errs, errors.New(lang.X("settings.err_duplicate_year", "Året finns redan i tabellen.")))
			ok = false
		}
		years[y] = true
		amount, _ := rules.ParseKr(r.amount.entry.Text)
		set.Schablon[y] = amount
		showError(r.msg, errs)
	}

	if ok && !st.loadFailed {
		st.save.Enable()
	} else {
		st.save.Disable()
	}
	return set, ok
}
