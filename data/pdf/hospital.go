package pdf

import (
	"cmp"
	"fmt"
	"slices"

	"assistans/rules"
)

// ongoingText is what an ongoing stay's end reads: the customer is still in hospital.
const ongoingText = "pågående"

// stayCells are a stay's four cells as printed: from date and time, to date and time.
func stayCells(h rules.HospitalStay) [4]string {
	if h.Ongoing() {
		return [4]string{h.FromDate.String(), h.FromTime.String(), ongoingText, ""}
	}
	return [4]string{h.FromDate.String(), h.FromTime.String(), h.ToDate.String(), h.ToTime.String()}
}

var stayColumns = [4]string{"from_date", "from_time", "to_date", "to_time"}

func sortedStays(stays []rules.HospitalStay) []rules.HospitalStay {
	out := slices.Clone(stays)
	slices.SortStableFunc(out, func(a, b rules.HospitalStay) int {
		return cmp.Or(a.FromDate.Compare(b.FromDate), cmp.Compare(a.FromTime, b.FromTime))
	})
	return out
}

// writeStays fills section 4 of the 3057: Nej, or Ja and the stays in its
// rows. Beyond the rows, a line under them says the attachment lists them all.
func writeStays(p *page, stays []rules.HospitalStay) {
	p.cross("hospital_no", len(stays) == 0)
	p.cross("hospital_yes", len(stays) > 0)
	g, ok := p.grid("hospital")
	if !ok {
		return
	}
	for i, h := range stays[:min(len(stays), g.Capacity())] {
		for k, v := range stayCells(h) {
			p.cell("hospital", i, stayColumns[k], v)
		}
	}
	if len(stays) > g.Capacity() {
		p.text("hospital_more", fmt.Sprintf("Fler vistelser än raderna rymmer: alla %d står på bilagan efter blanketten.", len(stays)))
	}
}

// The attachment page's layout, in points from the top-left corner of an A4 page.
const (
	attLeft     = 42.2
	attRight    = 552.5
	attTableTop = 170.0
	attRowH     = 20.0
	attBottom   = 800.0
)

// attColumns are the attachment table's columns: number, then as section 4.
var attColumns = []struct {
	head string
	w    float64
}{
	{"Nr", 34}, {"Från och med (år, månad, dag)", 130}, {"Klockslag", 88}, {"Till och med (år, månad, dag)", 130}, {"Klockslag", 128.3},
}

// attRowsPerPage is how many stays one attachment page lists: the rows under
// the heading row down to attBottom.
const attRowsPerPage = 30

// writeStayAttachment adds, when the stays outnumber section 4's rows, plain
// pages listing every stay, headed with the customer and the month.
func writeStayAttachment(d *document, r Report3057, stays []rules.HospitalStay) {
	fm, err := loadForm(Form3057)
	if err != nil {
		d.err = cmp.Or(d.err, err)
		return
	}
	if g := fm.Map.Grids["hospital"]; len(stays) <= g.Capacity() {
		return
	}
	pages := (len(stays) + attRowsPerPage - 1) / attRowsPerPage
	for pg := range pages {
		p := d.addPlainPage()
		text := func(x, y, w, h, size float64, align, s string) {
			p.textIn("bilaga", Box{X: x, Y: y, W: w, H: h, Size: size, Align: align}, s)
		}
		text(attLeft, 40, 400, 18, 14, "L", "Bilaga till Räkning, assistansersättning (FK 3057)")
		text(attRight-100, 40, 100, 18, 10, "R", fmt.Sprintf("Sida %d (%d)", pg+1, pages))
		text(attLeft, 60, 500, 16, 11, "L", "4. Har du vårdats på sjukhus den här månaden? Ja – alla vistelser:")
		text(attLeft, 88, 380, 10, 8, "L", "Förnamn och efternamn")
		text(attLeft, 98, 380, 16, 10, "L", r.Customer.Name)
		text(425, 88, 127.5, 10, 8, "L", "Personnummer (12 siffror)")
		text(425, 98, 127.5, 16, 10, "L", formatPnr(r.Customer.Pnr))
		text(attLeft, 122, 380, 10, 8, "L", "År och månad")
		text(attLeft, 132, 380, 16, 10, "L", r.Month.String())
		f := d.f
		f.SetLineWidth(0.5)
		x := attLeft
		for _, c := range attColumns {
			f.Rect(x, attTableTop, c.w, attRowH, "D")
			text(x, attTableTop, c.w, attRowH, 8, "L", c.head)
			x += c.w
		}
		from := pg * attRowsPerPage
		for i, h := range stays[from:min(len(stays), from+attRowsPerPage)] {
			y := attTableTop + attRowH*float64(i+1)
			sc := stayCells(h)
			cells := append([]string{fmt.Sprint(from + i + 1)}, sc[:]...)
			x := attLeft
			for k, c := range attColumns {
				f.Rect(x, y, c.w, attRowH, "D")
				text(x, y, c.w, attRowH, 10, "L", cells[k])
				x += c.w
			}
		}
	}
}
