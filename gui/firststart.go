package gui

// The first start: above the tabs, while the registers lack what a month's
// time report needs, a row of steps in the order they depend on each other —
// the provider, the customers, the assistants, their assignments — each a
// button to its register, ticked once done, and the import of CSV files.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/session"
)

// firstStart is the guide; it hides itself when every step is done and then
// reads nothing more, until another database is opened.
type firstStart struct {
	s        *session.Session
	box      fyne.CanvasObject
	bg       *canvas.Rectangle
	Steps    [4]*widget.Button
	Import   *widget.Button
	done     [4]bool
	finished bool
}

// newFirstStart builds the guide; goTo are the four registers' tab contents,
// in the steps' order.
func (w *window) newFirstStart(goTo [4]fyne.CanvasObject) *firstStart {
	s := w.Session
	f := &firstStart{s: s}
	names := [4]string{
		lang.X("start.provider", "1. Anordnaren"),
		lang.X("start.customers", "2. Kunderna"),
		lang.X("start.assistants", "3. Assistenterna"),
		lang.X("start.assignments", "4. Uppdragen"),
	}
	row := container.NewHBox()
	for i := range f.Steps {
		f.Steps[i] = widget.NewButtonWithIcon(names[i], theme.NavigateNextIcon(), func() { s.Show(goTo[i]) })
		row.Add(f.Steps[i])
	}
	f.Import = widget.NewButtonWithIcon(lang.X("import.menu", "Importera…"), theme.UploadIcon(), func() { w.openImport() })
	row.Add(widget.NewSeparator())
	row.Add(f.Import)
	text := widget.NewLabel(lang.X("start.text", "Kom igång: lägg in anordnaren, sedan kunderna med sina beslut, assistenterna och till sist uppdragen (vilken assistent som arbetar hos vilken kund). Eller importera dem från CSV-filer, i samma ordning."))
	text.Wrapping = fyne.TextWrapWord
	f.bg = canvas.NewRectangle(color.Transparent)
	f.bg.CornerRadius = theme.InputRadiusSize()
	f.box = container.NewStack(f.bg, container.NewPadded(container.NewVBox(text, row)))
	f.box.Hide()
	s.OnChange(f.check)
	s.OnStoreReplaced(func() { f.finished = false; f.check() })
	f.check()
	return f
}

// check reads which registers hold records, off the UI thread, and shows the
// guide with the done steps ticked, or hides it for good when all are done.
func (f *firstStart) check() {
	if f.finished {
		return
	}
	s, st := f.s, f.s.Store
	s.GoDo(func() func() {
		var done [4]bool
		ps, err1 := st.Providers(s.Ctx)
		cs, err2 := st.Customers(s.Ctx)
		as, err3 := st.Assistants(s.Ctx)
		us, err4 := st.Assignments(s.Ctx)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return func() {} // the screens show the store's errors; the guide keeps what it showed
		}
		done = [4]bool{len(ps) > 0, len(cs) > 0, len(as) > 0, len(us) > 0}
		return func() { f.show(done) }
	})
}

func (f *firstStart) show(done [4]bool) {
	f.done = done
	f.finished = done == [4]bool{true, true, true, true}
	if f.finished {
		f.box.Hide()
		return
	}
	n := color.NRGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.NRGBA)
	n.A = 0x28 // a tint of the theme in use: the text stays readable in both themes
	f.bg.FillColor = n
	f.bg.Refresh()
	next := true // the first step not done is the one to take now
	for i, b := range f.Steps {
		switch {
		case done[i]:
			b.SetIcon(theme.ConfirmIcon())
			b.Importance = widget.LowImportance
		case next:
			b.SetIcon(theme.NavigateNextIcon())
			b.Importance = widget.HighImportance
			next = false
		default:
			b.SetIcon(theme.NavigateNextIcon())
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	f.box.Show()
}
