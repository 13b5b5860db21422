package registers

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data/record"
	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
	"assistans/rules/say"
)

// A field added to a register's description is in the form at once: each
// screen names the fields it places itself, and the rest get a row of their
// own under the form, edited by their kind, with their description's caption.

// extraField edits one described field the screen does not place.
type extraField[T any] struct {
	f     record.Field[T]
	entry *widgets.Field      // Text, Date
	check *widget.Check       // Bool
	flag  *widgets.FlagChoice // Flag
}

// describedRows makes the rows of the description's fields that are not in
// placed; an empty box when the screen places them all.
func (r *register[T]) describedRows(g *widgets.FormGroup, placed ...string) fyne.CanvasObject {
	for _, name := range placed {
		if !slices.ContainsFunc(r.desc.Fields, func(f record.Field[T]) bool { return f.Name == name }) {
			panic("registers: the screen places " + name + ", which " + r.desc.Type + " does not describe")
		}
	}
	var rows []widgets.FormRow
	for _, f := range r.desc.Fields {
		if slices.Contains(placed, f.Name) {
			continue
		}
		x := &extraField[T]{f: f}
		var obj fyne.CanvasObject
		switch f.Kind {
		case record.Text:
			x.entry = r.field("", func(s string) error { return reasonErr(rules.TextProblem(s)) })
			obj = x.entry.Box(0)
		case record.Date:
			x.entry = r.field(lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), widgets.CheckOptionalDate)
			obj = x.entry.Box(150)
		case record.Bool:
			x.check = widget.NewCheck("", func(bool) { r.screen.validate() })
			obj = x.check
		case record.Flag:
			x.flag = widgets.NewFlagChoice(func() { r.screen.validate() })
			obj = x.flag.Radio
		default:
			panic("registers: a " + f.Name + " field of its kind must be placed by its screen")
		}
		r.extra = append(r.extra, x)
		rows = append(rows, widgets.Row(language.Text(f.Label), obj))
	}
	if len(rows) == 0 {
		return container.NewVBox()
	}
	return container.NewVBox(widget.NewSeparator(), g.Form(rows...))
}

// reasonErr is reason as an error in the window's language; nil for none.
func reasonErr(reason *rules.Reason) error {
	if reason == nil {
		return nil
	}
	return errors.New(say.Reason(language.Say(), reason))
}

func (x *extraField[T]) fill(rec *T) {
	switch {
	case x.entry != nil && x.f.Kind == record.Date:
		x.entry.Set(x.f.Ptr(rec).(*rules.Date).String())
	case x.entry != nil:
		x.entry.Set(x.f.Text(rec))
	case x.check != nil:
		x.check.SetChecked(*x.f.Ptr(rec).(*bool))
	case x.flag != nil:
		x.flag.Set(*x.f.Ptr(rec).(*rules.Flag))
	}
}

func (x *extraField[T]) read(rec *T) error {
	switch {
	case x.entry != nil && x.f.Kind == record.Date:
		d, err := widgets.ParseOptionalDate(x.entry.Entry.Text)
		if err != nil {
			return err
		}
		*x.f.Ptr(rec).(*rules.Date) = d
	case x.entry != nil:
		x.f.SetText(rec, x.entry.Text())
	case x.check != nil:
		*x.f.Ptr(rec).(*bool) = x.check.Checked
	case x.flag != nil:
		*x.f.Ptr(rec).(*rules.Flag) = x.flag.Get()
	}
	return nil
}

// readForm is the record in the form: the screen's fields and the described rest.
func (r *register[T]) readForm() (T, error) {
	x, err := r.screen.read()
	if err != nil {
		return x, err
	}
	for _, e := range r.extra {
		if err := e.read(&x); err != nil {
			return x, err
		}
	}
	return x, nil
}

// fillForm puts x in the form: the screen's fields and the described rest.
func (r *register[T]) fillForm(x T) {
	r.screen.fill(x)
	for _, e := range r.extra {
		e.fill(&x)
	}
}
