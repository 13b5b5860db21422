package pdf

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// A field map says where on an official blank form each value is written. It is
// data, one JSON file per form version beside the blank PDF in assets/forms, so
// that a new FK form version is a new file pair, not new code.
//
// Format (assets/forms/<FORM>.json):
//
//	{
//	  "form": "3059",                      // FK's form number
//	  "version": "016 F 003",              // as printed in the form's margin
//	  "template": "FK3059_016_F_003.pdf",  // the blank form, in the same folder
//	  "units": "pt, origin top-left of the page",
//	  "fields": {
//	    "customer_name": {"page": 1, "x": 60.5, "y": 208, "w": 400, "h": 13},
//	    "collective_yes": {"page": 1, "x": 50, "y": 361, "w": 12, "h": 12, "cross": true},
//	    ...
//	  },
//	  "grids": {
//	    "shifts": {"pages": [2, 3], "y": 110.4, "h": 25.7, "pitch": 25.7, "count": 20,
//	               "columns": [{"day": {"x": 44, "w": 21}, "aktiv": {"x": 176, "w": 12, "cross": true}}, ...]}
//	  }
//	}
//
// All lengths are PDF points (1/72 inch) measured from the top-left corner of the
// page. A field's box (x, y, w, h) is the writable area of the box on the form:
// below the printed label, inside the lines. Text is centred vertically in it,
// horizontally by "align" (L, C or R; default L) in "size" points (default 10).
// A field with "cross": true is a check box, marked with an X when its value is true.
// "label" is the box's heading as the form prints it, named in a message about
// a value that does not fit (optional).
//
// A grid is a table of equal rows: row i (0-based) of a column cell is the box
// (cell.x, y + i*pitch, cell.w, h). "pages" lists the blank pages that carry the
// grid; a grid on one page may give "page" instead. "columns" lists the side-by-side
// column groups in filling order, each mapping cell names to their x and w (and
// optionally size, align, cross).
type FieldMap struct {
	Form     string          `json:"form"`
	Version  string          `json:"version"`
	Template string          `json:"template"`
	Units    string          `json:"units"`
	Fields   map[string]Box  `json:"fields"`
	Grids    map[string]Grid `json:"grids"`
}

// Box is one field: where, how large, how its text is set.
type Box struct {
	Page  int     `json:"page"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Size  float64 `json:"size,omitempty"`
	Align string  `json:"align,omitempty"`
	Cross bool    `json:"cross,omitempty"`
	// Label is the box's heading on the form, for a message about its value.
	Label string `json:"label,omitempty"`
}

// Grid is a table of equal rows; see FieldMap.
type Grid struct {
	Page    int               `json:"page,omitempty"`
	Pages   []int             `json:"pages,omitempty"`
	Y       float64           `json:"y"`
	H       float64           `json:"h"`
	Pitch   float64           `json:"pitch"`
	Count   int               `json:"count"`
	Columns []map[string]Cell `json:"columns"`
}

// Cell is one column of a grid.
type Cell struct {
	X     float64 `json:"x"`
	W     float64 `json:"w"`
	Size  float64 `json:"size,omitempty"`
	Align string  `json:"align,omitempty"`
	Cross bool    `json:"cross,omitempty"`
}

// OnPage says whether the grid is printed on blank page p.
func (g Grid) OnPage(p int) bool {
	if g.Page == p {
		return true
	}
	for _, q := range g.Pages {
		if q == p {
			return true
		}
	}
	return false
}

// Capacity is the number of rows one page of the grid holds.
func (g Grid) Capacity() int { return g.Count * len(g.Columns) }

// Cell returns the box of cell name in row i (0..Capacity-1, filling the first
// column group top to bottom, then the next) on blank page page.
func (g Grid) Cell(page, i int, name string) (Box, error) {
	if i < 0 || i >= g.Capacity() {
		return Box{}, fmt.Errorf("rad %d finns inte (tabellen har %d rader)", i+1, g.Capacity())
	}
	c, ok := g.Columns[i/g.Count][name]
	if !ok {
		return Box{}, fmt.Errorf("tabellen saknar kolumnen %q", name)
	}
	return Box{Page: page, X: c.X, Y: g.Y + float64(i%g.Count)*g.Pitch, W: c.W, H: g.H,
		Size: c.Size, Align: c.Align, Cross: c.Cross}, nil
}

// loadFieldMap reads and checks assets/forms/<name>.json.
func loadFieldMap(fsys fs.FS, name string) (FieldMap, error) {
	b, err := fs.ReadFile(fsys, "forms/"+name+".json")
	if err != nil {
		return FieldMap{}, fmt.Errorf("fältkarta för %s saknas: %w", name, err)
	}
	var m FieldMap
	if err := json.Unmarshal(b, &m); err != nil {
		return FieldMap{}, fmt.Errorf("fältkartan %s.json är felaktig: %w", name, err)
	}
	if m.Template == "" {
		return FieldMap{}, fmt.Errorf("fältkartan %s.json anger ingen blankett (template)", name)
	}
	return m, m.check()
}

// check rejects boxes that cannot be drawn, so a typo in a map fails at load, not on paper.
func (m FieldMap) check() error {
	var bad []string
	for name, b := range m.Fields {
		if b.Page < 1 || b.W <= 0 || b.H <= 0 || b.X < 0 || b.Y < 0 || !validAlign(b.Align) {
			bad = append(bad, name)
		}
	}
	for name, g := range m.Grids {
		ok := g.Count > 0 && g.H > 0 && g.Pitch > 0 && len(g.Columns) > 0 && (g.Page > 0 || len(g.Pages) > 0)
		for _, col := range g.Columns {
			for _, c := range col {
				ok = ok && c.W > 0 && validAlign(c.Align)
			}
		}
		if !ok {
			bad = append(bad, "grids."+name)
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("fältkartan för blankett %s har felaktiga rutor: %s", m.Form, strings.Join(bad, ", "))
	}
	return nil
}

func validAlign(a string) bool { return a == "" || a == "L" || a == "C" || a == "R" }
