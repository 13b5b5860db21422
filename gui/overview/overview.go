// Package overview holds Översikt (the month's customers with their hours and
// status) and Kontroll (the findings of the month's check, each opening the
// screen where it is put right).
package overview

import (
	"cmp"
	"fmt"
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

// overview shows the chosen month's minutes per customer, by kind.
type Screen struct {
	s       *session.Session
	Content fyne.CanvasObject

	table   *widget.Table
	status  *widget.Label
	headers []string
	heads   []string       // the headers as drawn: a long one over two lines, the hours with their unit
	numeric []bool         // right-aligned columns
	rows    [][]string     // the cells as shown; the last row is the sum when there are customers
	sumRow  int            // index of the sum row, -1 if none
	pnrs    []string       // the customer of each row before the sum row
	widths  []float32      // the column widths set on the table
	states  *statusColumns // print.go: status, days to the deadline and expected payment, worked out in the background
}

func New(s *session.Session) *Screen {
	o := &Screen{s: s, sumRow: -1}
	o.states = newStatusColumns(s, o.statusesDone)
	o.buildUI()
	s.Load(func() { o.load(); o.states.reload() })
	return o
}

func (o *Screen) buildUI() {
	o.headers = []string{
		lang.X("overview.customer", "Kund"),
		lang.X("overview.pnr", "Personnummer"),
		lang.X("overview.aktiv", "Aktiv tid"),
		lang.X("overview.vantetid", "Väntetid"),
		lang.X("overview.beredskap", "Beredskap"),
		lang.X("overview.total", "Summa"),
		lang.X("overview.granted", "Beviljat"),
	}
	o.headers = append(o.headers, o.states.headers()...)
	o.numeric = append([]bool{false, false, true, true, true, true, true}, o.states.numeric()...)
	o.table = widget.NewTable(o.tableSize, o.createCell, o.updateCell)
	o.table.ShowHeaderRow = true
	o.table.StickyColumnCount = 1 // the name stays in view when a narrow window scrolls the hours
	o.table.CreateHeader = o.createHeader
	o.table.UpdateHeader = o.updateHeader
	o.status = widget.NewLabel("")
	o.Content = container.NewBorder(nil, o.status, nil, nil, o.table)
}

func (o *Screen) tableSize() (int, int) { return len(o.rows), len(o.headers) }

func (o *Screen) createCell() fyne.CanvasObject { return widget.NewLabel("") }

func (o *Screen) updateCell(id widget.TableCellID, obj fyne.CanvasObject) {
	l := obj.(*widget.Label)
	if id.Row >= len(o.rows) || id.Col >= len(o.headers) {
		l.SetText("")
		return
	}
	l.Alignment = fyne.TextAlignLeading
	if o.numeric[id.Col] {
		l.Alignment = fyne.TextAlignTrailing
	}
	l.TextStyle.Bold = id.Row == o.sumRow
	l.SetText(o.rows[id.Row][id.Col])
}

func (o *Screen) createHeader() fyne.CanvasObject {
	return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (o *Screen) updateHeader(id widget.TableCellID, obj fyne.CanvasObject) {
	l := obj.(*widget.Label)
	if id.Col < 0 || id.Col >= len(o.headers) {
		l.SetText("")
		return
	}
	l.Alignment = fyne.TextAlignLeading
	if o.numeric[id.Col] {
		l.Alignment = fyne.TextAlignTrailing
	}
	l.SetText(o.heads[id.Col])
}

// load reads the month's customers and totals and shows them.
func (o *Screen) load() {
	rows, err := o.readRows(o.s.Month())
	if err != nil {
		o.rows, o.sumRow = nil, -1
		o.status.Importance = widget.DangerImportance
		o.status.SetText(lang.X("overview.error", "Kunde inte läsa månadens tider: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		o.table.Refresh()
		return
	}
	o.rows, o.sumRow = rows, -1
	o.status.Importance = widget.MediumImportance
	if len(rows) == 0 {
		o.status.SetText(lang.X("overview.empty", "Det finns inga kunder. Lägg till kunder under Kunder eller importera dem."))
	} else {
		o.sumRow = len(rows) - 1
		o.status.SetText(lang.X("overview.count", "Antal kunder i {{.Month}}: {{.N}}.",
			map[string]any{"N": len(rows) - 1, "Month": widgets.MonthLabel(o.s.Month())}))
	}
	o.fitColumns()
	o.table.Refresh()
}

// overviewLine is one customer's month before formatting.
type overviewLine struct {
	c       rules.Customer
	t       rules.Totals
	granted int
	hasDec  bool
}

// statusesDone puts the status columns, worked out in the background, into
// the rows shown, without reading the month again (on a large provider the
// rows take 200 queries).
func (o *Screen) statusesDone() {
	if o.sumRow < 0 || len(o.pnrs) != o.sumRow {
		return
	}
	base := len(o.headers) - len(o.states.headers())
	for i, p := range o.pnrs {
		o.rows[i] = append(o.rows[i][:base:base], o.states.cells(p)...)
	}
	o.rows[o.sumRow] = append(o.rows[o.sumRow][:base:base], o.states.sumCells(o.pnrs)...)
	o.fitColumns()
	o.table.Refresh()
}

// readRows builds the table cells: every active customer, and every inactive
// one with minutes in the month, sorted by name; then the sum.
func (o *Screen) readRows(m rules.Month) ([][]string, error) {
	ctx := o.s.Ctx
	customers, err := o.s.Store.Customers(ctx)
	if err != nil {
		return nil, err
	}
	totals, err := o.s.Store.Totals(ctx, m)
	if err != nil {
		return nil, err
	}
	byPnr := map[string]rules.Totals{}
	for _, ct := range totals {
		byPnr[ct.Customer] = ct.Totals
	}
	var lines []overviewLine
	seen := map[string]bool{}
	for _, c := range customers {
		seen[c.Pnr] = true
		t := byPnr[c.Pnr]
		if !c.Listed(t) {
			continue
		}
		decs, err := o.s.Store.Decisions(ctx, c.Pnr)
		if err != nil {
			return nil, err
		}
		g, ok := rules.GrantedMinutes(decs, m)
		lines = append(lines, overviewLine{c: c, t: t, granted: g, hasDec: ok})
	}
	// Minutes for a customer the register does not know still count; show them under the number.
	for _, ct := range totals {
		if !seen[ct.Customer] {
			lines = append(lines, overviewLine{c: rules.Customer{Pnr: ct.Customer}, t: ct.Totals})
		}
	}
	if len(lines) == 0 {
		return nil, nil
	}
	slices.SortFunc(lines, func(a, b overviewLine) int {
		return cmp.Or(rules.CompareSwedish(a.c.Name, b.c.Name), cmp.Compare(a.c.Pnr, b.c.Pnr))
	})
	var sum rules.Totals
	sumGranted := 0
	var pnrs []string
	rows := make([][]string, 0, len(lines)+1)
	for _, l := range lines {
		sum = sum.Plus(l.t)
		granted := "–"
		if l.hasDec {
			granted = hoursMinutes(l.granted)
			sumGranted += l.granted
		}
		name := l.c.Name
		if name == "" {
			name = lang.X("overview.unknown_customer", "(okänd kund)")
		}
		rows = append(rows, append([]string{name, rules.FormatPnr(l.c.Pnr),
			hoursMinutes(l.t.Aktiv), hoursMinutes(l.t.Vantetid), hoursMinutes(l.t.Beredskap),
			hoursMinutes(l.t.Sum()), granted}, o.states.cells(l.c.Pnr)...))
		pnrs = append(pnrs, l.c.Pnr)
	}
	o.pnrs = pnrs
	rows = append(rows, append([]string{lang.X("overview.sum", "Alla kunder"), "",
		hoursMinutes(sum.Aktiv), hoursMinutes(sum.Vantetid), hoursMinutes(sum.Beredskap),
		hoursMinutes(sum.Sum()), hoursMinutes(sumGranted)}, o.states.sumCells(pnrs)...))
	return rows, nil
}

// fitColumns makes every column as wide as its widest cell, so nothing is cut
// off, and no wider: a header longer than its cells goes over two lines, so
// that the ten columns fit a window 1024 wide.
func (o *Screen) fitColumns() {
	pad := 4 * theme.Padding()
	o.widths = make([]float32, len(o.headers))
	o.heads = make([]string, len(o.headers))
	headLines := 1
	for c, h := range o.headers {
		w := float32(0)
		for _, r := range o.rows {
			w = max(w, boldWidth(r[c]))
		}
		unit := ""
		if c >= firstHoursCol && c <= lastHoursCol {
			unit = lang.X("overview.unit_hm", "tim:min")
			w = max(w, boldWidth(unit))
			unit = "\n" + unit
		}
		h = twoLines(h, w) + unit
		o.heads[c] = h
		lines := strings.Split(h, "\n")
		for _, line := range lines {
			w = max(w, boldWidth(line))
		}
		headLines = max(headLines, len(lines))
		o.widths[c] = w + pad
		o.table.SetColumnWidth(c, w+pad)
	}
	o.table.SetRowHeight(-1, widget.NewLabelWithStyle(strings.Repeat("\n", headLines-1), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}).MinSize().Height)
}

// The columns of hours, shown as 145:30 under a header that says so.
const firstHoursCol, lastHoursCol = 2, 6

func boldWidth(s string) float32 {
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
}

// twoLines breaks a header much wider than its cells (width) at the space
// that makes its longer line the shortest; a header only a little wider
// keeps its one line, which costs a few pixels and no line.
func twoLines(h string, width float32) string {
	if boldWidth(h) <= width*1.2 {
		return h
	}
	best, bestW := h, boldWidth(h)
	for i, r := range h {
		if r != ' ' {
			continue
		}
		if w := max(boldWidth(h[:i]), boldWidth(h[i+1:])); w < bestW {
			best, bestW = h[:i]+"\n"+h[i+1:], w
		}
	}
	return best
}

// hoursMinutes is minutes as 145:30, the short form the overview's columns have room for.
func hoursMinutes(min int) string {
	h, m := rules.HoursMinutes(min)
	return fmt.Sprintf("%d:%02d", h, m)
}
