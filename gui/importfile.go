package gui

// Arkiv → Importera…: one CSV file of INTERFACE.md and its kind, imported by
// csvimport.Stream, the import the command line runs: all rows or none, and on
// refusal the same list of bad rows (file, line, column, message), here in a
// text the user can select and copy.

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data/csvfile"
	"assistans/data/csvimport"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
)

// importDialog is the dialog of Arkiv → Importera… and, after a run, what it
// showed (for tests).
type importDialog struct {
	s      *session.Session
	Kind   *widget.Select
	Path   *widgets.KeyEntry
	Choose *widget.Button
	form   *dialog.FormDialog

	Bar     *widget.ProgressBar // the run's progress while the file is read
	Outcome string              // the text of the success or the list of refused rows
	Done    dialog.Dialog       // the dialog that says how it went
}

// kindName is a file kind in the window's language, with the kind's own word
// (the command line's) after it: "Kunder (customers)".
func kindName(kind string) string {
	names := map[string]string{
		"providers":   lang.X("import.kind.providers", "Anordnare"),
		"customers":   lang.X("import.kind.customers", "Kunder"),
		"decisions":   lang.X("import.kind.decisions", "Beslut"),
		"assistants":  lang.X("import.kind.assistants", "Assistenter"),
		"assignments": lang.X("import.kind.assignments", "Uppdrag"),
		"shifts":      lang.X("import.kind.shifts", "Arbetspass"),
		"months":      lang.X("import.kind.months", "Månadsuppgifter"),
		"hospital":    lang.X("import.kind.hospital", "Sjukhusvistelser"),
		"costs":       lang.X("import.kind.costs", "Kostnader"),
		"schedules":   lang.X("import.kind.schedules", "Scheman"),
		"absences":    lang.X("import.kind.absences", "Frånvaro"),
	}
	return names[kind] + " (" + kind + ")"
}

// importMenuItem is Arkiv → Importera….
func (w *window) importMenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.X("import.menu", "Importera…"), func() { w.openImport() })
	it.Icon = theme.UploadIcon()
	return it
}

// openImport shows the dialog; Enter imports, Esc closes.
func (w *window) openImport() *importDialog {
	s := w.Session
	d := &importDialog{s: s}
	var labels []string
	for _, k := range csvfile.Kinds {
		labels = append(labels, kindName(k))
	}
	d.Kind = widget.NewSelect(labels, nil)
	d.Kind.PlaceHolder = lang.X("import.kind_pick", "Välj vad filen innehåller")
	d.Path = widgets.NewKeyEntry(nil)
	d.Path.SetPlaceHolder(lang.X("import.path_hint", "Sökväg till en CSV-fil"))
	d.Path.OnChanged = d.guessKind
	d.Choose = widget.NewButtonWithIcon(lang.X("import.choose", "Välj fil…"), theme.FolderOpenIcon(), d.chooseFile)
	help := widget.NewLabel(lang.X("import.help", "Allt eller inget: innehåller filen en felaktig rad importeras ingenting, och varje felaktig rad visas. En rad med samma nyckel som en sparad post uppdaterar posten."))
	help.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("import.file", "Fil"), container.NewBorder(nil, nil, nil, d.Choose, d.Path)),
		widget.NewFormItem(lang.X("import.kind", "Innehåll"), d.Kind),
		widget.NewFormItem("", help),
	}
	d.form = dialog.NewForm(lang.X("import.title", "Importera"), lang.X("import.run", "Importera"),
		lang.X("reg.cancel", "Avbryt"), items, func(ok bool) {
			if ok {
				d.start()
			}
		}, s.Win)
	d.form.Resize(fyne.NewSize(640, 0))
	widgets.ShowForm(d.form, s.Win)
	s.Win.Canvas().Focus(d.Path)
	return d
}

// guessKind picks the kind a file is named after ("customers.csv", "kunder.csv").
func (d *importDialog) guessKind(path string) {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	for i, k := range csvfile.Kinds {
		own := strings.ToLower(strings.SplitN(kindName(k), " (", 2)[0])
		if base == k || base == own {
			d.Kind.SetSelectedIndex(i)
		}
	}
}

// chooseFile lets the user pick the file in Fyne's file dialog, showing CSV files.
func (d *importDialog) chooseFile() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		d.Path.SetText(r.URI().Path())
	}, d.s.Win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".CSV", ".txt"}))
	if l, err := storage.ListerForURI(storage.NewFileURI(d.s.BaseFolder())); err == nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(800, 560))
	widgets.ShowDialog(d.s.Win, fd, widgets.DialogKeys{})
}

// start checks the choice and runs the import off the UI thread, with a
// progress bar while the file is read; the store's one transaction follows.
func (d *importDialog) start() {
	s := d.s
	path, i := strings.TrimSpace(d.Path.Text), d.Kind.SelectedIndex()
	if path == "" || i < 0 {
		widgets.ShowForm(d.form, s.Win) // open again with what was chosen, under the message
		widgets.ShowErrorText(lang.X("import.incomplete", "Välj en fil och vad den innehåller."), s.Win)
		return
	}
	kind := csvfile.Kinds[i]
	title := lang.X("import.title", "Importera")
	step := widget.NewLabel(lang.X("import.reading", "Läser {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	d.Bar = widget.NewProgressBar()
	wait := dialog.NewCustomWithoutButtons(title, container.NewVBox(step, d.Bar), s.Win)
	wait.Resize(fyne.NewSize(480, 0))
	widgets.ShowDialog(s.Win, wait, widgets.DialogKeys{Enter: func() {}, Escape: func() {}}) // the import runs on
	var shown atomic.Int64
	shown.Store(-1)
	progress := func(read, total int64) {
		if total <= 0 {
			return
		}
		pct := min(read*100/total, 100)
		if shown.Swap(pct) == pct {
			return
		}
		s.Do(func() {
			d.Bar.SetValue(float64(pct) / 100)
			if pct == 100 {
				step.SetText(lang.X("import.saving", "Sparar…"))
			}
		})
	}
	st, today := s.Store, s.Today()
	s.GoDo(func() func() {
		counts, err := csvimport.Stream(s.Ctx, st, kind, path, today, progress)
		return func() {
			wait.Hide()
			if err != nil {
				d.showRefused(path, err)
				return
			}
			d.showLanded(counts)
			s.DataChanged()
		}
	})
}

// showLanded says how many records of each kind were imported.
func (d *importDialog) showLanded(counts []csvimport.Count) {
	var lines []string
	for _, c := range counts {
		lines = append(lines, fmt.Sprintf("%s: %d", kindName(c.Kind), c.N))
	}
	if len(lines) == 0 {
		lines = append(lines, lang.X("import.empty", "Filen innehöll inga rader."))
	}
	d.Outcome = lang.X("import.landed", "Importen är klar:") + "\n" + strings.Join(lines, "\n")
	info := dialog.NewInformation(lang.X("import.title", "Importera"), d.Outcome, d.s.Win)
	d.Done = info
	widgets.ShowDialog(d.s.Win, info, widgets.DialogKeys{})
}

// showRefused lists why nothing was imported, one bad row a line, in a text
// that can be selected, with a button that copies it all.
func (d *importDialog) showRefused(path string, err error) {
	s := d.s
	var rows []string
	var r *csvimport.Refused
	if errors.As(err, &r) {
		for _, e := range r.Rows {
			rows = append(rows, rowText(e))
		}
		if r.More > 0 {
			rows = append(rows, lang.X("import.more", "och {{.N}} fel till", map[string]any{"N": r.More}))
		}
	} else {
		rows = []string{language.Error(err)}
	}
	d.Outcome = strings.Join(rows, "\n")
	head := widget.NewLabel(lang.X("import.refused", "Inget importerades från {{.File}}. Rätta raderna nedan och importera filen igen.",
		map[string]any{"File": filepath.Base(path)}))
	head.Wrapping = fyne.TextWrapWord
	head.Importance = widget.DangerImportance
	list := widget.NewLabel(d.Outcome)
	list.Selectable = true
	list.Wrapping = fyne.TextWrapWord
	copyAll := widget.NewButtonWithIcon(lang.X("import.copy", "Kopiera listan"), theme.ContentCopyIcon(), func() {
		s.App.Clipboard().SetContent(d.Outcome)
	})
	content := container.NewBorder(head, container.NewHBox(copyAll), nil, nil, container.NewVScroll(list))
	size := fyne.NewSize(min(900, s.Win.Canvas().Size().Width-40), min(520, s.Win.Canvas().Size().Height-40))
	d.Done = widgets.ShowClosable(lang.X("import.refused_title", "Filen importerades inte"), content, s.Win, size)
}

// rowText is one refused row in the window's language: a row's place and
// reason, or an error of the store.
func rowText(err error) string {
	if e, ok := errors.AsType[csvfile.RowError](err); ok {
		return e.Text(language.Say())
	}
	return language.Error(err)
}
