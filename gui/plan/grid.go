package plan

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
	"assistans/rules/say"
)

// WeekGrid edits one of the customer's schedules: a row per weekday of each
// week of the rotation, each row a few shifts typed in the time report's
// short forms (8-16, 22-7 v) with the assistant picked beside each. Tab goes
// from a shift to its assistant to the next shift; Ctrl+S saves.
type WeekGrid struct {
	p       *Screen
	Content fyne.CanvasObject

	Pick          *widgets.Picker // which of the customer's schedules; the last option starts a new one
	From, Weeks   *widgets.Field
	Rows          []*DayRow
	rowsBox       *fyne.Container
	SaveBtn, more *widget.Button
	deleteBtn     *widget.Button
	Status        *widget.Label

	stored   []rules.ScheduleShift // the customer's rows, every schedule
	froms    []rules.Date          // the customer's schedules, by from
	editing  rules.Date            // the schedule shown; zero for a new one
	slots    int                   // shifts per day shown
	shownFor string                // the customer whose schedule the grid shows
	Dirty    bool                  // typed in since shown or saved
	who      map[string]string     // assistant option → identity number
}

// DayRow is one weekday of one week of the rotation.
type DayRow struct {
	Week, Weekday int
	Slots         []*Slot
}

// Slot is one shift of a day: the time, the assistant and the message about them.
type Slot struct {
	Text *widgets.KeyEntry
	Who  *widgets.Picker
	Msg  *widget.Label
}

const maxSlots = 4

func newWeekGrid(p *Screen) *WeekGrid {
	g := &WeekGrid{p: p, slots: 2}
	g.Pick = widgets.NewSelect(nil, func(string) { g.pickChanged() })
	g.From = widgets.NewField(p.shortcut, lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), checkFrom, g.validate)
	g.Weeks = widgets.NewField(p.shortcut, "1–12", checkWeeks, g.weeksChanged)
	g.SaveBtn = widget.NewButtonWithIcon(lang.X("plan.save", "Spara schemat"), theme.DocumentSaveIcon(), func() { g.Save() })
	g.SaveBtn.Importance = widget.HighImportance
	g.more = widget.NewButtonWithIcon(lang.X("plan.more_slots", "Fler pass per dag"), theme.ContentAddIcon(), g.addSlot)
	g.deleteBtn = widget.NewButtonWithIcon(lang.X("plan.delete", "Ta bort schemat…"), theme.DeleteIcon(), g.askDelete)
	g.Status = widget.NewLabel("")
	g.Status.Wrapping = fyne.TextWrapWord
	g.rowsBox = container.NewVBox()
	head := container.NewVBox(
		container.NewHBox(widget.NewLabel(lang.X("plan.schedule", "Schema")), container.NewGridWrap(fyne.NewSize(190, g.Pick.MinSize().Height), g.Pick),
			widget.NewLabel(lang.X("plan.from", "Från måndag")), g.From.Box(120),
			widget.NewLabel(lang.X("plan.weeks", "Veckor")), g.Weeks.Box(70)),
		widget.NewLabel(lang.X("plan.grid_hint", "Skriv passen som i tidrapporten (8-16, 22-7 v), Tab, och välj assistent med ← →. Två pass samma dag med olika starttid ger dubbelassistans.")),
	)
	foot := container.NewVBox(g.Status, container.NewHBox(g.SaveBtn, g.more, g.deleteBtn))
	g.Content = container.NewBorder(head, foot, nil, nil, container.NewVScroll(g.rowsBox))
	return g
}

// checkFrom takes a Monday; rules says why another day will not do.
func checkFrom(s string) error {
	d, err := widgets.ParseOptionalDate(s)
	if err != nil {
		return err
	}
	if d.IsZero() {
		return errors.New(lang.X("plan.err_from_missing", "Skriv schemats första dag, en måndag."))
	}
	probe := rules.ScheduleShift{From: d, Weeks: 1, Week: 1, Weekday: 1, Start: 0, End: 60, Kind: rules.Aktiv, Assistant: "x"}
	if probe.Fault().Field() == rules.SchedFrom {
		return errors.New(widgets.Sentence(say.ScheduleProblem(language.Say(), probe)))
	}
	return nil
}

func parseWeeks(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > rules.MaxScheduleWeeks {
		return 0, errors.New(lang.X("plan.err_weeks", "Skriv schemats längd i veckor, 1–{{.Max}}.", map[string]any{"Max": rules.MaxScheduleWeeks}))
	}
	return n, nil
}

func checkWeeks(s string) error { _, err := parseWeeks(s); return err }

// newLabel is the Pick option that starts a new schedule.
func newLabel() string { return lang.X("plan.new_schedule", "Nytt schema") }

func fromLabel(d rules.Date) string {
	return lang.X("plan.schedule_from", "från {{.Date}}", map[string]any{"Date": d.String()})
}

// edited notes typing that is not saved yet, and checks it.
func (g *WeekGrid) edited() {
	g.Dirty = true
	g.validate()
}

// load reads the chosen customer's schedules and shows the one in force
// today (or the latest), keeping the one being edited when it is still there.
// Typing not yet saved stays when other screens change data.
func (g *WeekGrid) load() {
	g.stored, g.froms = nil, nil
	if g.p.chosen != "" {
		rows, err := g.p.s.Store.Schedules(g.p.s.Ctx, g.p.chosen)
		if err != nil {
			g.status(language.Error(err), widget.DangerImportance)
			return
		}
		g.stored = rows
	}
	for _, r := range g.stored {
		if !slices.Contains(g.froms, r.From) {
			g.froms = append(g.froms, r.From)
		}
	}
	slices.SortFunc(g.froms, func(a, b rules.Date) int { return a.Compare(b) })
	if g.Dirty && g.shownFor == g.p.chosen {
		return // the calendar reads the stored rows; the grid keeps the typing
	}
	opts := []string{}
	for _, f := range g.froms {
		opts = append(opts, fromLabel(f))
	}
	g.Pick.Options = append(opts, newLabel())
	want := g.editing
	if !slices.Contains(g.froms, want) {
		want = rules.Date{}
		today := g.p.s.Today()
		for _, f := range g.froms {
			if want.IsZero() || !f.After(today) {
				want = f
			}
		}
	}
	g.Pick.OnChanged = nil
	if want.IsZero() {
		g.Pick.SetSelected(newLabel())
	} else {
		g.Pick.SetSelected(fromLabel(want))
	}
	g.Pick.OnChanged = func(string) { g.pickChanged() }
	g.show(want, nil)
}

// pickChanged shows the schedule picked; a new one starts as a copy of the
// one shown, from the next Monday after it, for the user to change.
func (g *WeekGrid) pickChanged() {
	for _, f := range g.froms {
		if g.Pick.Selected == fromLabel(f) {
			g.show(f, nil)
			return
		}
	}
	g.show(rules.Date{}, g.read(false))
}

// newFrom is a new schedule's first day: the Monday after today, or after the
// latest schedule's first day.
func (g *WeekGrid) newFrom() rules.Date {
	from := g.p.s.Today().AddDays(1)
	for from.Weekday() != time.Monday {
		from = from.AddDays(1)
	}
	if len(g.froms) > 0 && !from.After(g.froms[len(g.froms)-1]) {
		from = g.froms[len(g.froms)-1].AddDays(7)
	}
	return from
}

// show fills the grid with the schedule starting on from, or, for a new
// one, with rows (which may be nil).
func (g *WeekGrid) show(from rules.Date, rows []rules.ScheduleShift) {
	g.editing, g.shownFor = from, g.p.chosen
	weeks := 1
	if !from.IsZero() {
		rows = nil
		for _, r := range g.stored {
			if r.From == from {
				rows = append(rows, r)
			}
		}
		g.From.Set(from.String())
	} else {
		g.From.Set(g.newFrom().String())
	}
	for _, r := range rows {
		weeks = max(weeks, r.Weeks, r.Week)
	}
	g.From.Lock(!from.IsZero())
	g.Weeks.Set(strconv.Itoa(weeks))
	perDay := map[[2]int]int{}
	for _, r := range rows {
		perDay[[2]int{r.Week, r.Weekday}]++
	}
	g.slots = 2
	for _, n := range perDay {
		g.slots = max(g.slots, min(n, maxSlots))
	}
	g.Rows = nil // the rows are filled from the schedule, not kept
	g.build(weeks)
	for _, r := range rows {
		if r.Week > weeks {
			continue
		}
		row := g.Rows[(r.Week-1)*7+r.Weekday-1]
		for _, sl := range row.Slots {
			if sl.Text.Text == "" && sl.Who.Selected == "" {
				sl.Text.SetText(shortText(r.Start, r.End, r.Kind))
				sl.Who.SetSelected(g.optionOf(r.Assistant))
				break
			}
		}
	}
	g.status("", widget.MediumImportance)
	g.validate()
	g.Dirty = false
}

// build makes the rows of weeks weeks, keeping what is typed in rows that stay.
func (g *WeekGrid) build(weeks int) {
	old := g.Rows
	g.who = map[string]string{}
	var opts []string
	names := map[string]int{}
	for _, a := range g.p.helpers() {
		names[g.p.name(a)]++
	}
	for _, a := range g.p.helpers() {
		o := g.p.name(a)
		if names[o] > 1 {
			o = widgets.PersonLabel(o, a)
		}
		opts = append(opts, o)
		g.who[o] = a
	}
	g.Rows = nil
	g.rowsBox.Objects = nil
	dayWidth := fyne.MeasureText("V12 ons 00-00", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + theme.Padding()*2
	for w := 1; w <= weeks; w++ {
		g.rowsBox.Add(widgets.Heading(lang.X("plan.week", "Vecka {{.N}}", map[string]any{"N": w})))
		for wd := 1; wd <= 7; wd++ {
			row := &DayRow{Week: w, Weekday: wd}
			cells := []fyne.CanvasObject{container.NewGridWrap(fyne.NewSize(dayWidth, 36),
				widget.NewLabelWithStyle(weekdayShort(wd), fyne.TextAlignLeading, fyne.TextStyle{Bold: wd >= 6}))}
			for i := 0; i < g.slots; i++ {
				sl := &Slot{Text: widgets.NewKeyEntry(g.p.shortcut), Msg: widgets.NewMessageLabel(widget.DangerImportance)}
				sl.Text.SetPlaceHolder("8-16")
				sl.Who = widgets.NewPicker(opts, func(string) { g.edited() })
				sl.Who.PlaceHolder = lang.X("plan.assistant", "Assistent")
				if k := (w-1)*7 + wd - 1; k < len(old) && i < len(old[k].Slots) {
					sl.Text.SetText(old[k].Slots[i].Text.Text)
					if slices.Contains(opts, old[k].Slots[i].Who.Selected) {
						sl.Who.SetSelected(old[k].Slots[i].Who.Selected)
					}
				}
				sl.Text.OnChanged = func(string) { g.edited() }
				row.Slots = append(row.Slots, sl)
				pair := container.NewHBox(container.NewGridWrap(fyne.NewSize(115, 36), sl.Text),
					container.NewGridWrap(fyne.NewSize(175, 36), sl.Who))
				cells = append(cells, container.NewVBox(pair, container.NewGridWrap(fyne.NewSize(290, 0), sl.Msg)))
			}
			g.Rows = append(g.Rows, row)
			g.rowsBox.Add(container.NewHBox(cells...))
		}
	}
	g.rowsBox.Refresh()
	if g.slots >= maxSlots {
		g.more.Disable()
	} else {
		g.more.Enable()
	}
}

// weekdayShort is "mån" … "sön".
func weekdayShort(wd int) string {
	return []string{
		lang.X("plan.mon", "Måndag"), lang.X("plan.tue", "Tisdag"), lang.X("plan.wed", "Onsdag"),
		lang.X("plan.thu", "Torsdag"), lang.X("plan.fri", "Fredag"), lang.X("plan.sat", "Lördag"), lang.X("plan.sun", "Söndag"),
	}[wd-1]
}

func (g *WeekGrid) optionOf(pnr string) string {
	for o, a := range g.who {
		if a == pnr {
			return o
		}
	}
	return ""
}

func (g *WeekGrid) weeksChanged() {
	g.Dirty = true
	if n, err := parseWeeks(g.Weeks.Entry.Text); err == nil && n != len(g.Rows)/7 {
		g.build(n)
	}
	g.validate()
}

func (g *WeekGrid) addSlot() {
	if g.slots < maxSlots {
		g.slots++
		g.build(len(g.Rows) / 7)
		g.validate()
	}
}

// validate checks every field, shows the messages under them and enables Spara when all is well.
func (g *WeekGrid) validate() {
	ok := g.p.chosen != ""
	ok = g.From.Validate() && ok
	ok = g.Weeks.Validate() && ok
	for _, row := range g.Rows {
		starts := map[rules.Clock]bool{}
		for _, sl := range row.Slots {
			msg := g.slotProblem(sl, starts)
			widgets.ShowMessageLabel(sl.Msg, msg)
			ok = ok && msg == ""
		}
	}
	if ok {
		g.SaveBtn.Enable()
	} else {
		g.SaveBtn.Disable()
	}
	if g.editing.IsZero() {
		g.deleteBtn.Disable()
	} else {
		g.deleteBtn.Enable()
	}
}

// slotProblem is what is wrong with one shift of a day, "" when nothing is;
// starts holds the day's earlier starts, as one schedule has one shift per start.
func (g *WeekGrid) slotProblem(sl *Slot, starts map[rules.Clock]bool) string {
	text, who := strings.TrimSpace(sl.Text.Text), sl.Who.Selected
	if text == "" {
		if who != "" {
			return lang.X("plan.err_no_time", "Skriv passets tid, t.ex. 8-16.")
		}
		return ""
	}
	start, _, _, err := rules.ParseShiftShort(text)
	if err != nil {
		return widgets.Sentence(language.Error(err))
	}
	if who == "" {
		return lang.X("plan.err_no_assistant", "Välj vem som arbetar passet.")
	}
	if starts[start] {
		return lang.X("plan.err_same_start", "Dagen har redan ett pass som börjar {{.Start}}; låt dubbelassistansens andra pass börja en minut senare.",
			map[string]any{"Start": start.String()})
	}
	starts[start] = true
	return ""
}

// read is the grid as schedule rows; strict leaves out nothing but empty slots
// (rows with a problem are left out when not strict, for a copy).
func (g *WeekGrid) read(strict bool) []rules.ScheduleShift {
	from, _ := widgets.ParseOptionalDate(g.From.Entry.Text)
	weeks := len(g.Rows) / 7
	var out []rules.ScheduleShift
	for _, row := range g.Rows {
		for _, sl := range row.Slots {
			start, end, kind, err := rules.ParseShiftShort(sl.Text.Text)
			if err != nil || sl.Who.Selected == "" {
				continue
			}
			out = append(out, rules.ScheduleShift{Customer: g.p.chosen, From: from, Week: row.Week, Weekday: row.Weekday,
				Start: start, End: end, Kind: kind, Assistant: g.who[sl.Who.Selected], Weeks: weeks})
		}
	}
	return out
}

// Save stores the grid as the schedule, all of it in one transaction.
func (g *WeekGrid) Save() bool {
	g.validate()
	if g.SaveBtn.Disabled() {
		g.status(lang.X("plan.err_fix", "Rätta det som står i rött först."), widget.DangerImportance)
		return false
	}
	from, _ := widgets.ParseOptionalDate(g.From.Entry.Text)
	rows := g.read(true)
	if len(rows) == 0 {
		g.status(lang.X("plan.err_empty", "Schemat har inga pass; skriv minst ett."), widget.DangerImportance)
		return false
	}
	if err := g.p.s.Store.ReplaceSchedule(g.p.s.Ctx, g.p.chosen, from, rows); err != nil {
		g.status(language.Error(err), widget.DangerImportance)
		return false
	}
	g.editing, g.Dirty = from, false
	g.p.s.DataChanged() // reloads the grid and the calendar
	g.status(lang.X("plan.saved", "Schemat från {{.Date}} är sparat: {{.N}} pass på {{.Weeks}} veckor.",
		map[string]any{"Date": from.String(), "N": len(rows), "Weeks": rows[0].Weeks}), widget.SuccessImportance)
	return true
}

func (g *WeekGrid) askDelete() {
	from := g.editing
	if from.IsZero() {
		return
	}
	widgets.ShowConfirm(dialog.NewConfirm(lang.X("plan.delete_title", "Ta bort schemat"),
		lang.X("plan.delete_question", "Ta bort schemat från {{.Date}}? Pass som redan är lagda på månader finns kvar.", map[string]any{"Date": from.String()}),
		func(yes bool) {
			if !yes {
				return
			}
			if err := g.p.s.Store.DeleteSchedule(g.p.s.Ctx, g.p.chosen, from); err != nil {
				g.status(language.Error(err), widget.DangerImportance)
				return
			}
			g.editing, g.Dirty = rules.Date{}, false
			g.p.s.DataChanged()
		}, g.p.s.Win), g.p.s.Win)
}

func (g *WeekGrid) status(text string, imp widget.Importance) {
	g.Status.Importance = imp
	g.Status.SetText(text)
	if imp != widget.DangerImportance {
		widgets.ClearPassing(g.Status, text, false)
	}
}
