// Package plan is the Planering tab: a customer's rotating schedule edited in
// a week grid (grid.go), the chosen month as a calendar with the laid and the
// planned shifts, absences and findings (calendar.go, daycell.go), a day's
// shifts and absences (day.go), and laying the schedule on the month. It goes
// through the same store services as the command line (`assistans schedule`)
// and the same rule engine as Kontroll.
package plan

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Screen is the Planering tab.
type Screen struct {
	s       *session.Session
	Content fyne.CanvasObject

	// Set by the shell: open a shift in the time report, show the Kontroll tab.
	OpenShift    func(rules.Shift) bool
	ShowFindings func()

	Customer *widgets.Picker
	Tabs     *container.AppTabs
	Grid     *WeekGrid
	Calendar *Calendar
	message  *widget.Label

	customers  []rules.Customer // active ones, by name
	assistants map[string]rules.Assistant
	assigned   map[string][]string // customer → assistants with an assignment, by name
	chosen     string              // the customer shown
	reverting  bool                // the list is being set back to the customer shown
}

// New builds the tab; it loads the customers when shown (session.Load).
func New(s *session.Session) *Screen {
	p := &Screen{s: s}
	p.Customer = widgets.NewPicker(nil, func(string) { p.picked() })
	p.Customer.PlaceHolder = lang.X("plan.pick_customer", "Välj kund")
	p.message = widgets.NewMessageLabel(widget.DangerImportance)
	p.Grid = newWeekGrid(p)
	p.Calendar = newCalendar(p)
	p.Tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("plan.tab_calendar", "Månadskalender"), p.Calendar.Content),
		container.NewTabItem(lang.X("plan.tab_schedule", "Veckoschema"), p.Grid.Content),
	)
	top := container.NewVBox(container.NewBorder(nil, nil,
		widget.NewLabelWithStyle(lang.X("plan.customer", "Kund"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil,
		p.Customer), p.message)
	p.Content = widgets.NewShortcutScope(s.Win, container.NewBorder(top, nil, nil, nil, p.Tabs), p.shortcut)
	// Loaded when its tab is first shown: at start it read three registers and
	// checked the whole month before the window's first frame.
	s.Load(p.load)
	return p
}

// shortcut saves the week grid on Ctrl+S while it shows.
func (p *Screen) shortcut(k fyne.Shortcut) bool {
	if k == widgets.ShortcutSave && p.Tabs.Selected() != nil && p.Tabs.Selected().Content == p.Grid.Content {
		p.Grid.Save()
		return true
	}
	return false
}

// load reads the register and shows the chosen customer again.
func (p *Screen) load() {
	ctx := p.s.Ctx
	all, err := p.s.Store.Customers(ctx)
	var asst []rules.Assistant
	var asg []rules.Assignment
	if err == nil {
		asst, err = p.s.Store.Assistants(ctx)
	}
	if err == nil {
		asg, err = p.s.Store.Assignments(ctx)
	}
	if err != nil {
		widgets.ShowMessageLabel(p.message, lang.X("plan.load_failed", "Planeringen kunde inte läsas: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		return
	}
	widgets.ShowMessageLabel(p.message, "")
	p.customers = slices.DeleteFunc(all, func(c rules.Customer) bool { return c.Inactive })
	slices.SortFunc(p.customers, func(a, b rules.Customer) int {
		return cmp.Or(rules.CompareSwedish(a.Name, b.Name), cmp.Compare(a.Pnr, b.Pnr)) // as the registers list them
	})
	p.assistants = map[string]rules.Assistant{}
	for _, a := range asst {
		p.assistants[a.Pnr] = a
	}
	p.assigned = map[string][]string{}
	for _, a := range asg {
		if x, ok := p.assistants[a.Assistant]; ok && !x.Inactive {
			p.assigned[a.Customer] = append(p.assigned[a.Customer], a.Assistant)
		}
	}
	for _, list := range p.assigned {
		slices.SortFunc(list, func(a, b string) int { return cmp.Or(rules.CompareSwedish(p.name(a), p.name(b)), cmp.Compare(a, b)) })
	}
	opts := make([]string, len(p.customers))
	selected := ""
	for i, c := range p.customers {
		opts[i] = widgets.PersonLabel(c.Name, c.Pnr)
		if c.Pnr == p.chosen {
			selected = opts[i]
		}
	}
	p.Customer.Options = opts
	if selected == "" && len(opts) > 0 {
		selected = opts[p.firstPlanned()]
	}
	if selected != "" && selected != p.Customer.Selected {
		p.Customer.SetSelected(selected) // runs choose
		return
	}
	p.Customer.Refresh()
	p.choose()
}

// firstPlanned is the index of the first customer with a schedule, else 0:
// the tab opens on a plan when there is one.
func (p *Screen) firstPlanned() int {
	rows, err := p.s.Store.Schedules(p.s.Ctx, "")
	if err != nil {
		return 0
	}
	return max(0, slices.IndexFunc(p.customers, func(c rules.Customer) bool {
		return slices.ContainsFunc(rows, func(r rules.ScheduleShift) bool { return r.Customer == c.Pnr })
	}))
}

// picked shows the customer picked in the list, asking first about a week
// grid typed in and not saved, as the registers do: Spara saves it (and
// switches only if that worked), Släng drops it, Avbryt stays.
func (p *Screen) picked() {
	if p.reverting || !p.Grid.Dirty || p.Grid.shownFor != p.chosen || p.chosen == "" {
		p.choose()
		return
	}
	next := p.Customer.Selected
	p.reverting = true
	p.Customer.SetSelected(widgets.PersonLabel(p.customerName(p.chosen), p.chosen)) // stay until answered
	p.reverting = false
	if next == p.Customer.Selected {
		return
	}
	p.s.AskSave(lang.X("plan.unsaved_title", "Spara schemat?"),
		lang.X("plan.unsaved", "Veckoschemat för {{.Who}} har ändringar som inte är sparade.", map[string]any{"Who": p.Customer.Selected}),
		func() {
			if p.Grid.Save() {
				p.Customer.SetSelected(next)
			} else {
				p.Tabs.Select(p.Tabs.Items[1]) // show what to correct
			}
		},
		func() {
			p.Grid.Dirty = false
			p.Customer.SetSelected(next)
		})
}

// customerName is a customer's name from the register, for the pick list's label.
func (p *Screen) customerName(pnr string) string {
	for _, c := range p.customers {
		if c.Pnr == pnr {
			return c.Name
		}
	}
	return ""
}

// choose shows the customer picked in the list.
func (p *Screen) choose() {
	p.chosen = ""
	for _, c := range p.customers {
		if widgets.PersonLabel(c.Name, c.Pnr) == p.Customer.Selected {
			p.chosen = c.Pnr
		}
	}
	p.Grid.load()
	p.Calendar.load()
}

// SelectCustomer shows the customer with identity number pnr; false if it is not offered.
func (p *Screen) SelectCustomer(pnr string) bool {
	for _, c := range p.customers {
		if c.Pnr == pnr {
			p.Customer.SetSelected(widgets.PersonLabel(c.Name, c.Pnr))
			return true
		}
	}
	return false
}

// name is an assistant's name, or the identity number when the register lacks it.
func (p *Screen) name(pnr string) string {
	if a, ok := p.assistants[pnr]; ok && a.Name != "" {
		return a.Name
	}
	return rules.FormatPnr(pnr)
}

// helpers is the chosen customer's assistants (those with an assignment), by name.
func (p *Screen) helpers() []string { return p.assigned[p.chosen] }

// shortText is a shift's time as the short forms write it: "09:00-15:00 b".
func shortText(start, end rules.Clock, k rules.Kind) string {
	t := start.String() + "-" + end.String()
	switch k {
	case rules.Vantetid:
		t += " v"
	case rules.Beredskap:
		t += " b"
	}
	return t
}
