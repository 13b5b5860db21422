package plan

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Calendar is the chosen month of the customer as a grid of days, Monday
// first: the shifts laid, the shifts the schedule would still lay (in
// italics), the scheduled shifts nobody works (red), two assistants at once
// (blue), absences and the findings of the checks on their day. A day opens
// with a click or Enter; the arrow keys move between days.
type Calendar struct {
	p       *Screen
	Content fyne.CanvasObject

	LayBtn, checkBtn *widget.Button
	Result           *widget.Label // what laying did
	Summary          *widget.Label // the month's findings for the customer
	grid             *fyne.Container
	Days             []*DayCell // the month's days, the 1st first
	Day              *DayDialog // the day dialog open, for tests

	month    rules.Month
	shownFor string        // the customer shown
	Shifts   []rules.Shift // the customer's shifts starting in the month
	Planned  []rules.Shift // what laying the schedule would create now
	Unfilled []rules.Unfilled
	Absences []rules.Absence // every assistant's, in the month
	Findings []rules.Finding // the customer's and its assistants' findings in the month
	gen      int
}

func newCalendar(p *Screen) *Calendar {
	c := &Calendar{p: p}
	c.LayBtn = widget.NewButtonWithIcon(lang.X("plan.lay", "Lägg schemat på månaden"), theme.ContentPasteIcon(), c.Lay)
	c.LayBtn.Importance = widget.HighImportance
	c.checkBtn = widget.NewButtonWithIcon(lang.X("plan.show_findings", "Visa i Kontroll"), theme.WarningIcon(), func() {
		if p.ShowFindings != nil {
			p.ShowFindings()
		}
	})
	c.Result = widget.NewLabel("")
	c.Result.Wrapping = fyne.TextWrapWord
	c.Result.Hide()
	c.Summary = widget.NewLabel("")
	c.grid = container.NewGridWithColumns(7)
	head := container.NewGridWithColumns(7)
	for wd := 1; wd <= 7; wd++ {
		head.Add(widget.NewLabelWithStyle(weekdayShort(wd), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	top := container.NewVBox(container.NewHBox(c.LayBtn, c.checkBtn, c.Summary), c.Result)
	c.Content = container.NewBorder(top, legend(), nil, nil, container.NewBorder(head, nil, nil, nil, c.grid))
	return c
}

// legend explains the colours and marks.
func legend() fyne.CanvasObject {
	swatch := func(col fyne.ThemeColorName, text string) fyne.CanvasObject {
		r := canvas.NewRectangle(tint(col, 0x60))
		r.SetMinSize(fyne.NewSize(16, 16))
		return container.NewHBox(container.NewCenter(r), widget.NewLabel(text))
	}
	italic := widget.NewLabelWithStyle(lang.X("plan.legend_planned", "kursivt: planerat, inte lagt"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	return container.NewHBox(
		swatch(theme.ColorNameError, lang.X("plan.legend_gap", "lucka: ingen arbetar passet")),
		swatch(theme.ColorNamePrimary, lang.X("plan.legend_double", "två assistenter samtidigt")),
		swatch(theme.ColorNameWarning, lang.X("plan.legend_absence", "frånvaro")),
		italic, layout.NewSpacer(),
		widget.NewLabel(lang.X("plan.legend_keys", "Enter öppnar dagen")))
}

// load reads the month of the chosen customer and starts the checks.
func (c *Calendar) load() {
	if c.p.s.Month() != c.month || c.p.chosen != c.shownFor {
		c.Result.Hide() // what laying did belongs to the month and customer it was done for
	}
	c.month, c.shownFor = c.p.s.Month(), c.p.chosen
	c.Shifts, c.Planned, c.Unfilled, c.Absences, c.Findings = nil, nil, nil, nil, nil
	cust := c.p.chosen
	if cust != "" {
		if err := c.read(cust); err != nil {
			c.showResult(language.Error(err), widget.DangerImportance)
		}
	}
	c.draw()
	c.check()
}

func (c *Calendar) read(cust string) error {
	ctx, st, m := c.p.s.Ctx, c.p.s.Store, c.month
	all, err := st.Shifts(ctx, m.First(), m.Last())
	if err != nil {
		return err
	}
	// A copy: the month's other customers' shifts (2 MB on a large provider)
	// are not kept behind the customer's.
	c.Shifts = slices.Clone(slices.DeleteFunc(all, func(s rules.Shift) bool { return s.Customer != cust }))
	if c.Absences, err = st.Absences(ctx, m.First(), m.Last()); err != nil {
		return err
	}
	lay := rules.LaySchedules(m, c.p.Grid.stored, c.Absences, c.Shifts)
	c.Planned, c.Unfilled = lay.Create, lay.Unfilled
	return nil
}

// check runs the rule engine of Kontroll off the UI thread on the month as it
// will be with the schedule laid, so that the plan's findings show before the
// month starts; Kontroll itself shows the month as it is.
func (c *Calendar) check() {
	c.gen++
	gen, m, cust, helpers := c.gen, c.month, c.p.chosen, c.p.helpers()
	c.Summary.SetText(lang.X("plan.checking", "Kontrollerar…"))
	c.p.s.GoDo(func() func() {
		fs, err := session.CheckPlan(c.p.s.Ctx, c.p.s.Store, m, c.p.s.Today())
		return func() {
			if gen != c.gen {
				return
			}
			if err != nil {
				c.Summary.SetText(lang.X("findings.error", "Kontrollen kunde inte köras: {{.Err}}", map[string]any{"Err": language.Error(err)}))
				return
			}
			c.Findings = slices.DeleteFunc(fs, func(x rules.Finding) bool {
				return !(x.Customer == cust || x.Customer == "" && slices.Contains(helpers, x.Assistant)) || !m.Contains(x.Date)
			})
			c.Summary.SetText(lang.X("plan.findings", "Med schemat lagt: {{.N}} fynd för kunden i {{.Month}}.",
				map[string]any{"N": len(c.Findings), "Month": widgets.MonthLabel(m)}))
			c.draw()
		}
	})
}

// draw lays the days out, Monday first, empty cells before the 1st.
func (c *Calendar) draw() {
	m := c.month
	focused := -1
	for i, d := range c.Days {
		if d.focused {
			focused = i
		}
	}
	c.grid.Objects = nil
	c.Days = nil
	first := m.First()
	for i := 1; i < int((first.Weekday()+6)%7)+1; i++ {
		c.grid.Add(layout.NewSpacer())
	}
	for d := first; !d.After(m.Last()); d = d.AddDays(1) {
		cell := newDayCell(c, d, len(c.Days))
		c.fill(cell)
		c.Days = append(c.Days, cell)
		c.grid.Add(cell)
	}
	c.grid.Refresh()
	if focused >= 0 && focused < len(c.Days) {
		c.p.s.Win.Canvas().Focus(c.Days[focused])
	}
}

// fill gives a day its lines and colour.
func (c *Calendar) fill(cell *DayCell) {
	d := cell.Date
	var day []rules.Shift
	for _, s := range c.Shifts {
		if s.Date == d {
			day = append(day, s)
			cell.lines = append(cell.lines, line{text: c.shiftLine(s)})
		}
	}
	for _, s := range c.Planned {
		if s.Date == d {
			day = append(day, s)
			cell.lines = append(cell.lines, line{text: c.shiftLine(s), italic: true})
		}
	}
	for _, u := range c.Unfilled {
		if u.Shift.Date == d {
			cell.gap = true
			cell.lines = append(cell.lines, line{text: shortClock(u.Shift) + " " + lang.X("plan.unfilled_short", "obemannat")})
		}
	}
	helpers := c.p.helpers()
	for _, a := range c.Absences {
		if a.Date == d && (slices.Contains(helpers, a.Assistant) || slices.ContainsFunc(day, a.Covers)) {
			cell.lines = append(cell.lines, line{text: c.absenceLine(a), color: theme.ColorNameWarning})
		}
	}
	cell.double = rules.DoubleCover(day)
	for _, x := range c.Findings {
		if x.Date == d {
			cell.findings = append(cell.findings, x)
		}
	}
	cell.Refresh()
}

// shiftLine is "09–15 b Maja": the time, the kind when not aktiv, the first name.
func (c *Calendar) shiftLine(s rules.Shift) string {
	t := shortClock(s)
	switch s.Kind {
	case rules.Vantetid:
		t += " v"
	case rules.Beredskap:
		t += " b"
	}
	name, _, _ := strings.Cut(c.p.name(s.Assistant), " ")
	return t + " " + name
}

// shortClock is "09–15", or "09:30–15" when a time has minutes.
func shortClock(s rules.Shift) string {
	f := func(k rules.Clock) string {
		t := k.String()
		return strings.TrimSuffix(t, ":00")
	}
	return f(s.Start) + "–" + f(s.End)
}

func (c *Calendar) absenceLine(a rules.Absence) string {
	name, _, _ := strings.Cut(c.p.name(a.Assistant), " ")
	t := name + " " + reasonText(a.Reason)
	if a.Replacement != "" {
		repl, _, _ := strings.Cut(c.p.name(a.Replacement), " ")
		t += " → " + repl
	}
	return t
}

func reasonText(r rules.AbsenceReason) string {
	switch r {
	case rules.Sjuk:
		return lang.X("plan.reason_sjuk", "sjuk")
	case rules.Semester:
		return lang.X("plan.reason_semester", "semester")
	case rules.VAB:
		return lang.X("plan.reason_vab", "vab")
	case rules.Ledig:
		return lang.X("plan.reason_ledig", "ledig")
	}
	return string(r)
}

// Lay lays the customer's schedule on the month through the store's
// LaySchedule, the service `assistans schedule` calls.
func (c *Calendar) Lay() {
	cust, m := c.p.chosen, c.p.s.Month()
	if cust == "" {
		return
	}
	res, err := c.p.s.Store.LaySchedule(c.p.s.Ctx, m, cust)
	if err != nil {
		imp := widget.DangerImportance
		if errors.Is(err, data.ErrLocked) {
			imp = widget.WarningImportance
		}
		c.showResult(language.Error(err), imp)
		return
	}
	text := lang.X("plan.laid", "Skapade {{.N}} pass i {{.Month}}.", map[string]any{"N": res.Created, "Month": widgets.MonthLabel(m)})
	if len(res.Unfilled) > 0 {
		text += " " + lang.X("plan.laid_unfilled", "Ingen arbetar dessa pass:")
		for _, u := range res.Unfilled {
			text += "\n  " + lang.X("plan.unfilled_line", "{{.Date}} {{.Time}} – {{.Who}} {{.Reason}}, ingen ersättare",
				map[string]any{"Date": u.Shift.Date.String(), "Time": shortText(u.Shift.Start, u.Shift.End, u.Shift.Kind),
					"Who": c.p.name(u.Shift.Assistant), "Reason": reasonText(u.Absence.Reason)})
		}
	}
	c.p.s.DataChanged()
	c.showResult(text, widget.MediumImportance)
}

func (c *Calendar) showResult(text string, imp widget.Importance) {
	c.Result.Importance = imp
	c.Result.SetText(text)
	c.Result.Show()
}
