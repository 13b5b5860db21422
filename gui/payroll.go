package gui

// Arkiv → Lönefil (PAXml)…: the month's löneunderlag for the payroll program,
// written by data's PayrollExport, the function the payroll command calls.

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// payrollExport writes the chosen month's PAXml and CSV files into the
// month's folder of the print folder, beside the printed forms.
type payrollExport struct {
	s    *session.Session
	busy bool

	// The dialog shown now and the last result's text; the tests read them.
	dlg    *dialog.CustomDialog
	result string
	failed bool
}

func newPayrollExport(s *session.Session) *payrollExport { return &payrollExport{s: s} }

// menuItem is Arkiv → Lönefil (PAXml)….
func (p *payrollExport) menuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.X("payroll.menu", "Lönefil (PAXml)…"), p.start)
	it.Icon = theme.DocumentSaveIcon()
	return it
}

// start exports the chosen month into the folder the month is printed in.
func (p *payrollExport) start() {
	m := p.s.Month()
	p.write(m, filepath.Join(p.s.BaseFolder(), m.String()))
}

// payrollFileName is "2026-10 lön", the name of both files without the extension.
func payrollFileName(m rules.Month) string { return m.String() + " lön" }

// write makes dir and writes the files off the UI thread, with a progress bar.
func (p *payrollExport) write(m rules.Month, dir string) {
	if p.busy {
		return
	}
	p.busy = true
	text := widget.NewLabel(lang.X("payroll.writing", "Skriver lönefilen för {{.Month}}…", map[string]any{"Month": widgets.MonthLabel(m)}))
	p.dlg = dialog.NewCustomWithoutButtons(lang.X("payroll.title", "Lönefil"),
		container.NewVBox(text, widget.NewProgressBarInfinite()), p.s.Win)
	p.dlg.Resize(fyne.NewSize(480, 0))
	widgets.ShowDialog(p.s.Win, p.dlg, widgets.DialogKeys{Enter: func() {}, Escape: func() {}}) // the export runs on
	p.s.GoDo(func() func() {
		var res data.PayrollResult
		err := os.MkdirAll(dir, 0o700)
		dirErr := err != nil
		if err == nil {
			res, err = p.s.Store.PayrollExport(p.s.Ctx, m, filepath.Join(dir, payrollFileName(m)+".xml"), true, "")
		}
		return func() {
			p.dlg.Hide()
			p.busy = false
			p.finish(m, dir, res, err, dirErr)
		}
	})
}

// finish shows what was written, what was left out and where the pay codes
// are kept, or why nothing was written.
func (p *payrollExport) finish(m rules.Month, dir string, res data.PayrollResult, err error, dirErr bool) {
	var msg []string
	switch {
	case dirErr:
		msg = append(msg, lang.X("payroll.dir_error", "Mappen {{.Dir}} går inte att skapa ({{.Err}}). Ingen lönefil skrevs; välj en annan mapp under Skriv ut månaden.",
			map[string]any{"Dir": dir, "Err": language.Error(err)}))
	case err != nil:
		msg = append(msg, lang.X("payroll.error", "Lönefilen kunde inte skrivas: {{.Err}}", map[string]any{"Err": language.Error(err)}))
	default:
		msg = append(msg, lang.X("payroll.written", "Lönefilerna för {{.Month}} skrevs i {{.Dir}}:", map[string]any{"Month": widgets.MonthLabel(m), "Dir": dir}),
			lang.X("payroll.xml_file", "• {{.File}} (PAXml, för löneprogrammet)", map[string]any{"File": filepath.Base(res.XML)}),
			lang.X("payroll.csv_file", "• {{.File}} (för Excel)", map[string]any{"File": filepath.Base(res.CSV)}))
	}
	if res.Other > 0 {
		msg = append(msg, lang.X("payroll.other", "{{.N}} pass är inte med: uppdraget har en annan arbetsgivare än anordnaren, så lönen betalas någon annanstans.",
			map[string]any{"N": res.Other}))
	}
	switch {
	case res.MappingCreated:
		msg = append(msg, lang.X("payroll.mapping_created", "Lönekopplingen skapades med standardkoder i {{.Path}}. OB-tiderna i den är exempel: anpassa dem till ert kollektivavtal, och byt assistenternas personnummer mot deras anställningsnummer i löneprogrammet.",
			map[string]any{"Path": res.Mapping}))
	case res.Mapping != "":
		msg = append(msg, lang.X("payroll.mapping", "Lönekoderna, OB-tiderna och anställningsnumren hämtas från {{.Path}}; ändra där för att anpassa dem till ert löneprogram och kollektivavtal.",
			map[string]any{"Path": res.Mapping}))
	}
	p.result, p.failed = strings.Join(msg, "\n"), err != nil
	l := widget.NewLabel(p.result)
	l.Wrapping = fyne.TextWrapWord
	title := lang.X("payroll.title", "Lönefil")
	if p.failed {
		l.Importance = widget.DangerImportance
		title = lang.X("payroll.failed_title", "Lönefilen skrevs inte")
	}
	closeBtn := widget.NewButton(lang.X("print.close", "Stäng"), func() { p.dlg.Hide() })
	buttons := []fyne.CanvasObject{closeBtn}
	if !p.failed {
		buttons = append(buttons, widget.NewButtonWithIcon(lang.X("print.open_folder", "Öppna mappen"), theme.FolderOpenIcon(), func() {
			p.s.OpenFolder(dir)
		}))
	}
	p.dlg = dialog.NewCustomWithoutButtons(title, container.NewVScroll(l), p.s.Win)
	p.dlg.SetButtons(buttons)
	p.dlg.Resize(fyne.NewSize(640, min(float32(180+22*strings.Count(p.result, "\n")), 520)))
	widgets.ShowDialog(p.s.Win, p.dlg, widgets.DialogKeys{Enter: widgets.Press(closeBtn)})
}
