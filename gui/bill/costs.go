package bill

import (
	"errors"
	"slices"
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

// costEditor is the 3057's page 2, part of the Räkning tab: the month's costs
// in FK's six categories for a customer with a higher hourly amount, the hours
// they are computed on, and kronor per hour worked out as the form prints it
// (rules.CostPerHour).
type costEditor struct {
	s   *session.Session
	box fyne.CanvasObject

	heading    *widget.Label
	notNeeded  *widget.Label
	table      *fyne.Container
	amounts    [len(rules.CostCategories)]*widgets.Field
	perHour    [len(rules.CostCategories)]*widget.Label
	sumAmount  *widget.Label
	sumPerHour *widget.Label
	hours      *widgets.Field
	useMonth   *widget.Button
	hoursNote  *widget.Label
	missing    *widget.Label // says that every amount must be filled in, while some is empty
	lockNote   *widget.Label
	SaveBtn    *widget.Button
	status     *widget.Label

	key        MonthKey
	needed     bool  // a decision with a higher hourly amount covers the month
	monthCenti int64 // the month's reported hours, every kind in full, ×100
	stored     []rules.Cost
	readOnly   bool // the month is sent and its report stored: it cannot change
	dirty      bool
	filling    int
}

// Column widths of the cost table.
const (
	costAmountW  = 150
	costPerHourW = 130
)

func newCostEditor(s *session.Session, short func(fyne.Shortcut) bool) *costEditor {
	c := &costEditor{s: s}
	c.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	c.notNeeded = hint("")
	kr := lang.X("bill.kr_placeholder", "t.ex. 1 250,50")
	rows := []fyne.CanvasObject{costRow(
		widget.NewLabelWithStyle(lang.X("costs.col_category", "Kostnadsslag"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.X("costs.col_period", "Kronor för månaden"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.X("costs.col_per_hour", "Kronor per timme"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))}
	for i, name := range rules.CostCategories {
		c.amounts[i] = widgets.NewField(short, kr, checkCostAmount, c.edited)
		c.perHour[i] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		cat := widget.NewLabel(name)
		cat.Wrapping = fyne.TextWrapWord
		rows = append(rows, costRow(cat, fieldOnly(c.amounts[i]), c.perHour[i]), c.amounts[i].Msg)
	}
	c.sumAmount = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	c.sumPerHour = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	rows = append(rows, widget.NewSeparator(),
		costRow(widget.NewLabelWithStyle(lang.X("costs.sum", "Summa"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), c.sumAmount, c.sumPerHour))

	c.hours = widgets.NewField(short, lang.X("costs.hours_placeholder", "t.ex. 162,50"), checkCostHours, c.edited)
	c.useMonth = widget.NewButton(lang.X("costs.use_month", "Använd månadens timmar"), c.onUseMonth)
	hoursCaption := widget.NewLabel(lang.X("costs.hours", "Timmar som kostnaderna beräknas på"))
	hoursCaption.Wrapping = fyne.TextWrapWord
	rows = append(rows, widget.NewSeparator(),
		costRow(hoursCaption, fieldOnly(c.hours), widget.NewLabel("")), c.hours.Msg)
	c.hoursNote = hint("")
	c.missing = widgets.NewMessageLabel(widget.MediumImportance)
	c.lockNote = widgets.NewMessageLabel(widget.WarningImportance)
	c.SaveBtn = widget.NewButtonWithIcon(lang.X("costs.save", "Spara kostnaderna"), theme.DocumentSaveIcon(), c.onSave)
	c.SaveBtn.Importance = widget.HighImportance
	c.status = widget.NewLabel("")
	c.status.Wrapping = fyne.TextWrapWord
	rows = append(rows, c.hoursNote, container.NewHBox(c.useMonth),
		hint(lang.X("costs.rounding", "Kronor per timme = kronor för månaden ÷ timmarna, avrundat till hela ören (hälften uppåt); summans kronor per timme räknas på summan.")),
		c.lockNote, c.missing, container.NewHBox(c.SaveBtn), c.status)
	c.table = container.NewVBox(rows...)
	c.box = container.NewVBox(c.heading, c.notNeeded, c.table)
	return c
}

// costRow lays out a category, its amount and its kronor per hour in the cost table's columns.
func costRow(category, amount, perHour fyne.CanvasObject) fyne.CanvasObject {
	h := max(amount.MinSize().Height, perHour.MinSize().Height)
	cols := container.NewHBox(
		container.NewGridWrap(fyne.NewSize(costAmountW, h), amount),
		container.NewGridWrap(fyne.NewSize(costPerHourW, h), perHour))
	return container.NewBorder(nil, nil, nil, cols, category)
}

// fieldOnly is a field's entry without its message, which the table shows on a line of its own.
func fieldOnly(f *widgets.Field) fyne.CanvasObject { return container.NewStack(f.Entry, f.Fixed) }

// fieldOnlyW is fieldOnly at a fixed width.
func fieldOnlyW(f *widgets.Field, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, f.Entry.MinSize().Height), fieldOnly(f))
}

func checkCostAmount(s string) error {
	return checkKronor(s, lang.X("costs.err_missing", "Fyll i beloppet (0 om kunden inte hade sådana kostnader)."))
}

// checkKronor checks a required amount in kronor that cannot be negative;
// missing is the message for an empty field.
func checkKronor(s, missing string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(missing)
	}
	o, err := rules.ParseKr(s)
	if err != nil {
		return errors.New(lang.X("bill.err_kr", "Skriv ett belopp i kronor, t.ex. 1 250,50 (högst två decimaler)."))
	}
	if o < 0 {
		return errors.New(lang.X("bill.err_negative", "Beloppet kan inte vara negativt."))
	}
	return nil
}

// parseCostHours reads hours with at most two decimals, "162,5" or "162,50", into hundredths.
func parseCostHours(s string) (int64, error) {
	o, err := rules.ParseKr(strings.TrimSuffix(strings.TrimSpace(s), "h"))
	if err != nil || o <= 0 || strings.Contains(s, "kr") {
		return 0, errors.New(lang.X("costs.err_hours", "Skriv antalet timmar, större än 0 och med högst två decimaler, t.ex. 162,50."))
	}
	return int64(o), nil
}

func checkCostHours(s string) error { _, err := parseCostHours(s); return err }

// formatCentiHours prints hundredths of an hour as "162,50".
func formatCentiHours(c int64) string { return rules.FormatKr(rules.Ore(c)) }

// show loads the report of key's customer and month. fresh is false when the
// same customer and month is shown again; edits are then kept.
func (c *costEditor) show(key MonthKey, needed bool, minutes int, rows []rules.Cost, locked, fresh bool) {
	if fresh {
		c.status.SetText("")
	}
	c.key, c.needed = key, needed
	if fresh || !c.dirty {
		// Typing keeps the versions it started from, so that saving it over
		// someone else's change since is refused.
		c.stored = rows
	}
	c.monthCenti = rules.CostHoursCenti(minutes)
	c.readOnly = locked && len(rows) > 0
	c.heading.SetText(lang.X("costs.heading", "Kostnadsredovisning (3057 sida 2) för {{.Month}}", map[string]any{"Month": widgets.MonthLabel(key.month)}))
	if !needed && len(rows) == 0 {
		c.notNeeded.SetText(lang.X("costs.not_needed", "Kunden har inget förhöjt timbelopp i {{.Month}}, så ingen kostnadsredovisning behövs.",
			map[string]any{"Month": widgets.MonthLabel(key.month)}))
		c.notNeeded.Show()
		c.table.Hide()
		c.dirty = false
		return
	}
	c.notNeeded.Hide()
	c.table.Show()
	if fresh || !c.dirty {
		c.fill(rows)
	}
	for _, f := range append(c.amounts[:], c.hours) {
		f.Lock(c.readOnly)
	}
	switch {
	case c.readOnly:
		widgets.ShowMessageLabel(c.lockNote, lang.X("costs.locked", "Månaden är skickad och låst; kostnaderna kan inte ändras förrän den låses upp."))
	case locked:
		widgets.ShowMessageLabel(c.lockNote, lang.X("costs.locked_new", "Månaden är skickad. Kostnaderna kan ändå lämnas i efterhand, men inte ändras när de är sparade."))
	default:
		widgets.ShowMessageLabel(c.lockNote, "")
	}
	c.validate()
}

// fill shows stored rows; without any, the amounts are empty and the hours are the month's.
func (c *costEditor) fill(rows []rules.Cost) {
	c.filling++
	defer func() { c.filling-- }()
	for i := range c.amounts {
		c.amounts[i].Set("")
	}
	centi := c.monthCenti
	for _, r := range rows {
		if r.Category >= 1 && r.Category <= len(c.amounts) {
			c.amounts[r.Category-1].Set(rules.FormatKr(r.Amount))
			centi = r.HoursCenti
		}
	}
	c.hours.Set(formatCentiHours(centi))
	c.dirty = false
}

func (c *costEditor) edited() {
	if c.filling > 0 {
		return
	}
	c.dirty = true
	c.status.SetText("")
	c.validate()
}

func (c *costEditor) onUseMonth() {
	c.hours.Entry.SetText(formatCentiHours(c.monthCenti))
}

// validate shows the messages, works out kronor per hour from what is typed,
// and enables Spara when every field is right.
func (c *costEditor) validate() bool {
	ok := true
	hours, herr := parseCostHours(c.hours.Entry.Text)
	ok = c.hours.Validate() && ok
	var sum rules.Ore
	allAmounts, empty := true, false
	for i, f := range c.amounts {
		empty = empty || strings.TrimSpace(f.Entry.Text) == ""
		valid := f.Validate()
		ok = ok && valid
		a, err := rules.ParseKr(f.Entry.Text)
		if !valid || err != nil {
			allAmounts = false
			c.perHour[i].SetText("")
			continue
		}
		sum += a
		c.perHour[i].SetText(perHourText(a, hours, herr == nil))
	}
	if allAmounts {
		c.sumAmount.SetText(rules.FormatKr(sum))
		c.sumPerHour.SetText(perHourText(sum, hours, herr == nil))
	} else {
		c.sumAmount.SetText("")
		c.sumPerHour.SetText("")
	}
	note := lang.X("costs.month_hours", "Månadens redovisade tid, alla tidsslag fullt: {{.H}} timmar.", map[string]any{"H": formatCentiHours(c.monthCenti)})
	c.hoursNote.Importance = widget.LowImportance
	if herr == nil && hours != c.monthCenti {
		c.hoursNote.Importance = widget.WarningImportance
		note += " " + lang.X("costs.hours_differ", "De angivna timmarna skiljer sig från månadens; Försäkringskassan kan fråga varför.")
	}
	c.hoursNote.SetText(note)
	if herr == nil && hours == c.monthCenti || c.readOnly {
		c.useMonth.Disable()
	} else {
		c.useMonth.Enable()
	}
	missing := ""
	if empty && !c.readOnly {
		missing = lang.X("costs.fill_all", "Fyll i alla sex belopp; skriv 0 för kostnadsslag utan kostnader.")
	}
	widgets.ShowMessageLabel(c.missing, missing)
	if ok && !c.readOnly && c.key.Customer != "" {
		c.SaveBtn.Enable()
	} else {
		c.SaveBtn.Disable()
	}
	return ok
}

func perHourText(amount rules.Ore, hoursCenti int64, hoursOK bool) string {
	if !hoursOK {
		return ""
	}
	if ph, ok := rules.CostPerHour(amount, hoursCenti); ok {
		return rules.FormatKr(ph)
	}
	return ""
}

// save writes all six categories with the same hours.
func (c *costEditor) save() error {
	if c.readOnly {
		return lockedError(c.key.month)
	}
	if !c.validate() {
		return errors.New(lang.X("costs.err_invalid", "Rätta de markerade fälten i kostnadsredovisningen först."))
	}
	hours, _ := parseCostHours(c.hours.Entry.Text)
	for i, f := range c.amounts {
		a, _ := rules.ParseKr(f.Entry.Text)
		row := rules.Cost{Customer: c.key.Customer, Month: c.key.month, Category: i + 1, Amount: a, HoursCenti: hours}
		if j := slices.IndexFunc(c.stored, func(x rules.Cost) bool { return x.Category == row.Category }); j >= 0 {
			row.Version = c.stored[j].Version
		}
		if err := c.s.Store.SaveCost(c.s.Ctx, row); err != nil {
			return err
		}
	}
	// The rows as stored now, with their new versions, for the next save.
	all, err := c.s.Store.Costs(c.s.Ctx, c.key.month)
	if err != nil {
		return err
	}
	c.stored = slices.DeleteFunc(all, func(x rules.Cost) bool { return x.Customer != c.key.Customer })
	c.dirty = false
	return nil
}

func (c *costEditor) onSave() {
	if err := c.save(); err != nil {
		if c.s.ShowConflict(err, true, c.reload) {
			return
		}
		c.status.Importance = widget.DangerImportance
		c.status.SetText(language.Error(err))
		return
	}
	c.status.Importance = widget.SuccessImportance
	c.status.SetText(lang.X("costs.saved", "Kostnadsredovisningen för {{.Month}} är sparad.", map[string]any{"Month": widgets.MonthLabel(c.key.month)}))
	c.s.DataChanged()
}

// leave saves edits before another customer or month is shown; edits that
// cannot be saved are reported.
func (c *costEditor) leave() {
	if !c.dirty {
		return
	}
	if err := c.save(); err != nil {
		widgets.ShowError(errors.New(lang.X("costs.leave_error", "Kostnaderna för {{.Month}} kunde inte sparas: {{.Err}}",
			map[string]any{"Month": widgets.MonthLabel(c.key.month), "Err": language.Error(err)})), c.s.Win)
	}
	c.dirty = false
}
