// Package timesheet is Tidrapport: one assistant's shifts for one customer in
// the month, typed from the keyboard row by row, each row stored when it is
// left, with undo, copying of last month or a week, and live marks for what
// FK will refuse.
package timesheet

import (
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// assignKey names the assistant and customer whose month is shown.
type assignKey struct{ assistant, customer string }

// timesheet is the month screen: one assistant's shifts for one customer in
// the chosen month, one row each, typed from the keyboard and stored row by
// row as soon as a row is complete and valid.
type Screen struct {
	s       *session.Session
	Content fyne.CanvasObject

	Assignment *widgets.Picker
	help       *widget.Button
	copyPrev   *widget.Button
	week       *widgets.Picker
	copyWeek   *widget.Button
	undoBtn    *widget.Button
	status     *widget.Label
	list       *fyne.Container // the rows' boxes
	scroll     *container.Scroll
	totals     [4]*widget.Label // aktiv, väntetid, beredskap, sum
	Ed         *tsEditor
	widths     []float32
	rowH       float32
	words      tsWords
	shownSum   rules.Totals
	sumShown   bool

	Month      rules.Month
	Chosen     assignKey
	options    map[string]assignKey // assignment option text → key
	weekStarts map[string]rules.Date
	customers  map[string]string  // pnr → name
	Rows       []*tsRow           // the last is the empty row new shifts are typed into
	live       *rules.LiveChecker // checks the rows as they are typed; made by loadRows
	locked     bool
	undoStack  [][]tsChange
	// pending holds the rows typed but not stored of the months and
	// assignments not shown now; they come back when those are shown.
	pending  map[pendingKey][]pendingRow
	findings map[int64][]rules.Finding // rules.Check's per-shift findings, by shift ID
	Marked   *tsRow                    // the row a finding opened, drawn highlighted

	setting   int  // > 0 while the screen itself sets fields: not typing
	notifying bool // true while the screen tells the others of its own change
	checkGen  int
	Checking  sync.WaitGroup // tests wait for the background check with it
	// spawn starts the check; tests run it at once, because the test driver's
	// fyne.Do runs on the calling goroutine instead of the UI thread.
	Spawn func(func())
}

func New(s *session.Session) *Screen {
	t := &Screen{s: s, Spawn: func(f func()) { go f() }, live: rules.NewLiveChecker(nil, nil)}
	t.buildUI()
	s.Load(t.onChange)
	s.OnClose(t.beforeClose)
	s.OnStoreReplaced(t.forgetTyping)
	return t
}

// forgetTyping drops the rows, the typing put aside and the undo steps of the
// database the window has left (a restore, another database chosen): the
// reload that follows must not store them in the new one.
func (t *Screen) forgetTyping() { t.Rows, t.pending, t.undoStack = nil, nil, nil }

func (t *Screen) buildUI() {
	t.Ed = newTSEditor(t)
	t.words = newTSWords()
	t.widths = columnWidths()
	t.Assignment = widgets.NewPicker(nil, t.onAssignmentChanged)
	t.Assignment.PlaceHolder = lang.X("timesheet.choose", "Välj assistent och kund")
	t.Assignment.SearchAlso = func(o string) string { k := t.options[o]; return k.assistant + " " + k.customer }
	t.help = widget.NewButtonWithIcon(lang.X("timesheet.help", "Så skriver du pass (F1)"), theme.HelpIcon(), t.showHelp)
	t.copyPrev = widget.NewButtonWithIcon(lang.X("timesheet.copy_prev", "Kopiera förra månaden"), theme.ContentCopyIcon(), t.onCopyPrevMonth)
	t.week = widgets.NewSelect(nil, nil)
	t.copyWeek = widget.NewButtonWithIcon(lang.X("timesheet.copy_week", "Kopiera veckan till övriga veckor"), theme.ContentCopyIcon(), t.onCopyWeek)
	t.undoBtn = widget.NewButtonWithIcon(lang.X("timesheet.undo", "Ångra (Ctrl+Z)"), theme.ContentUndoIcon(), func() { t.undo(nil) })
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord
	t.status.Hide()

	bold := func(s string, align fyne.TextAlign) *widget.Label {
		return widget.NewLabelWithStyle(s, align, fyne.TextStyle{Bold: true})
	}
	header := container.New(&tsColumns{widths: t.widths},
		bold(lang.X("timesheet.col_day", "Dag"), fyne.TextAlignLeading),
		bold("", fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_pass", "Pass"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_start", "Start"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_end", "Slut"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_kind", "Tidsslag"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_length", "Längd"), fyne.TextAlignTrailing),
	)
	t.list = container.NewVBox()
	t.scroll = container.NewVScroll(t.list)

	for i := range t.totals {
		t.totals[i] = widget.NewLabel("")
	}
	t.totals[3].TextStyle.Bold = true
	totals := container.NewHBox(bold(lang.X("timesheet.totals", "Summa i månaden:"), fyne.TextAlignLeading),
		t.totals[0], t.totals[1], t.totals[2], t.totals[3])

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("timesheet.assignment", "Assistent och kund:")), t.help, t.Assignment),
		container.NewHBox(t.copyPrev, widget.NewLabel(lang.X("timesheet.week", "Vecka:")), t.weekBox(), t.copyWeek, layout.NewSpacer(), t.undoBtn),
		t.status,
		widget.NewSeparator(),
		header,
	)
	t.Content = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), totals), nil, nil, t.scroll)
}

// weekBox gives the week chooser room for its longest option.
func (t *Screen) weekBox() fyne.CanvasObject {
	w := float32(0)
	for _, o := range []string{
		lang.X("timesheet.week_auto", "Första hela veckan med pass"),
		lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": 53, "From": 28, "To": 31, "Month": widgets.MonthName(time.September)}),
	} {
		w = max(w, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	w += 4*theme.InnerPadding() + theme.IconInlineSize()
	return container.NewGridWrap(fyne.NewSize(w, t.week.MinSize().Height), t.week)
}

// columnWidths fit the widest text each column can hold, header included.
func columnWidths() []float32 {
	fit := func(samples ...string) float32 {
		w := float32(0)
		for _, s := range samples {
			w = max(w, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		}
		return w + 2*theme.InnerPadding() + 2*theme.InputBorderSize() + theme.Padding()
	}
	return []float32{
		fit("30/12", lang.X("timesheet.col_day", "Dag")),
		fit("mån", "tor", "lör", "sön"),
		fit("00:00-00:00 v", lang.X("timesheet.col_pass", "Pass")),
		fit("00:00", lang.X("timesheet.col_start", "Start")),
		fit("00:00", lang.X("timesheet.col_end", "Slut")),
		fit(widgets.KindName(rules.Aktiv), widgets.KindName(rules.Vantetid), widgets.KindName(rules.Beredskap), lang.X("timesheet.col_kind", "Tidsslag")),
		fit(widgets.FormatMinutes(25*60), lang.X("timesheet.col_length", "Längd")),
	}
}

// onChange follows the month chooser and changes made in other screens.
func (t *Screen) onChange() {
	if t.notifying {
		return
	}
	t.load()
}

// tellOthers reloads the other screens after a change here, without
// reloading this one (which would take the focus from the row being typed).
func (t *Screen) tellOthers() {
	t.notifying = true
	defer func() { t.notifying = false }()
	t.s.DataChanged()
}

// placeEditor puts the editor in the first field that can be typed in, or
// takes it off the screen when there are no rows.
func (t *Screen) placeEditor() {
	if t.locked {
		t.Ed.Disable()
	} else {
		t.Ed.Enable()
	}
	i := slices.IndexFunc(t.Rows, func(r *tsRow) bool { return !r.fixed })
	if i < 0 && len(t.Rows) > 0 {
		i = 0
	}
	if i < 0 {
		if c := t.s.Win.Canvas(); c.Focused() == t.Ed {
			c.Unfocus()
		}
		return
	}
	f := t.Rows[i].Day
	t.Ed.Cell = f
	t.setting++
	t.Ed.SetText(f.text)
	t.setting--
	f.Refresh()
}

// rowHeight is an Entry's height, which every row has.
func (t *Screen) rowHeight() float32 {
	if t.rowH == 0 {
		t.rowH = widget.NewEntry().MinSize().Height
	}
	return t.rowH
}

func (t *Screen) lockedText() string {
	return lang.X("timesheet.locked", "Månaden {{.Month}} är markerad som skickad till Försäkringskassan och är låst. Passen kan inte ändras förrän månaden låses upp.",
		map[string]any{"Month": widgets.MonthLabel(t.Month)})
}

func (t *Screen) showRows() {
	objs := make([]fyne.CanvasObject, len(t.Rows))
	for i, r := range t.Rows {
		objs[i] = r.box
	}
	t.list.Objects = objs
	t.list.Refresh()
}

// setPassing shows a confirmation that clears itself (widgets.ClearPassing).
func (t *Screen) setPassing(msg string, imp widget.Importance) {
	t.setStatus(msg, imp)
	widgets.ClearPassing(t.status, msg, true)
}

func (t *Screen) setStatus(msg string, imp widget.Importance) {
	t.status.Importance = imp
	t.status.SetText(msg)
	if msg == "" {
		t.status.Hide()
	} else {
		t.status.Show()
	}
}

func (t *Screen) updateButtons() {
	can := !t.locked && t.Chosen != (assignKey{})
	for _, w := range []fyne.Disableable{t.copyPrev, t.copyWeek, t.week} {
		if can {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if can && len(t.undoStack) > 0 {
		t.undoBtn.Enable()
	} else {
		t.undoBtn.Disable()
	}
}

// lock refuses every edit on the screen.
func (t *Screen) lock() {
	t.locked = true
	for _, r := range t.Rows {
		r.Day.Disable()
		r.Pass.Disable()
	}
	t.Ed.Disable()
	t.setStatus(t.lockedText(), widget.DangerImportance)
	t.updateButtons()
}

// focusField moves the editor with the keyboard focus to a field of row r.
func (t *Screen) FocusField(r *tsRow, field int) {
	if f := r.field(field); !f.disabled {
		t.editCell(f, true)
	}
}

// typingIn is the field that has the keyboard focus, nil if none has.
func (t *Screen) typingIn() *tsField {
	if t.s.Win.Canvas().Focused() == t.Ed {
		return t.Ed.Cell
	}
	return nil
}

// scrollTo brings the row into view when its field takes the focus.
func (t *Screen) scrollTo(r *tsRow) {
	if r.removed() {
		return
	}
	y, h := r.box.Position().Y, r.box.Size().Height
	off, view := t.scroll.Offset, t.scroll.Size().Height
	switch {
	case y < off.Y:
		off.Y = y
	case y+h > off.Y+view:
		off.Y = y + h - view
	}
	t.scroll.ScrollToOffset(off)
}

// shortFormHelp says how to type a shift: every form rules.ParseShiftShort reads.
func shortFormHelp() string {
	return lang.X("timesheet.shortform_help", "Skriv passet som start-slut och eventuellt tidsslaget, t.ex. 8-16.\n\nTider:\n  8 eller 08          hel timme (08:00)\n  8:30 eller 8.30     timmar och minuter (08:30)\n  730 eller 0730      tre eller fyra siffror, TTMM (07:30)\n  16,5 eller 16.5     halv timme (16:30); andra minuter skrivs med kolon eller punkt\n  24                  som sluttid: midnatt (00:00)\n\nMellan start och slut: bindestreck (-) eller tankstreck (–).\nSlutar passet samma tid som det börjar eller tidigare, slutar det nästa dag:\n22-7 är en natt, 8-8 ett helt dygn.\n\nTidsslag sist, annars blir det aktiv tid:\n  a eller aktiv       aktiv tid\n  v eller väntetid    väntetid\n  b eller beredskap   beredskap\n\nExempel: 8-16   08:00-16:30   8.30-16   8-16,5   0730-1600   22-7 v   22-7 b   7-22 a   18-24")
}

func (t *Screen) showHelp() {
	help := widget.NewLabelWithStyle(shortFormHelp(), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	keys := widget.NewLabel(lang.X("timesheet.keys", "Tangenter:\nTab eller Enter – nästa fält; efter sista raden kommer en ny rad\nSkift+Tab – föregående fält; Upp och Ned – samma fält på raden ovanför eller under\nCtrl+Delete, eller Delete i ett tomt fält – ta bort raden\nEsc – ta tillbaka det du skrivit på raden sedan den sparades\nCtrl+Z – ångra den senaste ändringen; F1 – den här hjälpen\nEn rad sparas när du lämnar den, om den är hel och utan fel."))
	body := container.NewVBox(help, widget.NewSeparator(), keys)
	scroll := container.NewVScroll(body)
	// As tall as the text, but no taller than most of the window.
	scroll.SetMinSize(fyne.NewSize(body.MinSize().Width, min(body.MinSize().Height, t.s.Win.Canvas().Size().Height*0.75)))
	widgets.ShowClosable(lang.X("timesheet.help_title", "Så skriver du pass"), scroll, t.s.Win, fyne.Size{})
}

// runCheck runs rules.Check on the month off the UI thread and marks each
// row with the per-shift findings about its stored shift.
func (t *Screen) runCheck() {
	t.checkGen++
	gen, m, today, k := t.checkGen, t.Month, t.s.Today(), t.Chosen
	if k == (assignKey{}) {
		return
	}
	t.Checking.Add(1)
	t.Spawn(func() {
		defer t.Checking.Done()
		_, fs, err := session.CheckMonth(t.s.Ctx, t.s.Store, m, today)
		byID := map[int64][]rules.Finding{}
		for _, f := range fs {
			if f.ShiftID != 0 && f.Assistant == k.assistant && f.Customer == k.customer && !rules.CheckedLive(f.Code) {
				byID[f.ShiftID] = append(byID[f.ShiftID], f)
			}
		}
		fyne.Do(func() {
			if gen != t.checkGen {
				return
			}
			t.findings = byID
			if err != nil && !t.locked {
				t.setStatus(lang.X("timesheet.check_error", "Kontrollen av månaden kunde inte köras: {{.Err}}", map[string]any{"Err": language.Error(err)}), widget.DangerImportance)
			}
			t.revalidate()
		})
	})
}
