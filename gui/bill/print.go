package bill

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

var ShortcutPrint = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}

// maxOpenFiles is how many printed files are opened one by one; more open the folder instead.
const maxOpenFiles = 5

// printer runs "Skriv ut månaden": it checks the month, asks for a reason when
// a customer has blocking findings, writes each customer's bundle (3057 and
// 3059s) into a folder of the month and opens the files in the system's viewer.
// Fyne has no print API; the viewer prints.
type Printer struct {
	s *session.Session
	// prepare runs before a print starts (the Räkning tab saves edits); false stops the print.
	prepare func() bool
	busy    bool

	// The dialog shown now and its parts; the tests drive them.
	Dlg      *dialog.CustomDialog
	Reason   *widgets.KeyEntry
	OkBtn    *widget.Button
	folder   *widget.Label
	openAll  *widget.Check
	bar      *widget.ProgressBar
	barText  *widget.Label
	result   string // the text of the last result shown
	retryBtn *widget.Button
	retry    printJob // the customers a failed print left, with the reason given
}

// newPrinter makes the printer the Räkning tab and the menu share, and gives it Ctrl+P.
func NewPrinter(s *session.Session) *Printer {
	p := &Printer{s: s}
	s.Win.Canvas().AddShortcut(ShortcutPrint, func(fyne.Shortcut) { p.start("") })
	return p
}

// menuItem is Arkiv → Skriv ut månaden… (Ctrl+P).
func (p *Printer) MenuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.X("print.menu", "Skriv ut månaden…"), func() { p.start("") })
	it.Icon = theme.DocumentPrintIcon()
	it.Shortcut = ShortcutPrint
	return it
}

// printJob is one print: the plan (who is printed and what stands against
// them), the assistants' names for the findings, and the user's answers.
type printJob struct {
	rules.PrintPlan
	names  map[string]string // assistants' names, for the findings
	reason string
	dir    string
	open   bool
}

// newPrintJob plans the print of month md.Month for pnr ("" every customer).
func newPrintJob(md rules.MonthData, fs []rules.Finding, pnr string) printJob {
	job := printJob{PrintPlan: rules.PlanPrint(md, fs, pnr), names: map[string]string{}}
	for _, a := range md.Assistants {
		job.names[a.Pnr] = a.Name
	}
	return job
}

// start checks the month off the UI thread and then asks how to print.
func (p *Printer) start(pnr string) {
	if p.busy || p.prepare != nil && !p.prepare() {
		return
	}
	p.busy = true
	m, today := p.s.Month(), p.s.Today()
	p.showProgress(lang.X("print.checking", "Kontrollerar {{.Month}}…", map[string]any{"Month": widgets.MonthLabel(m)}), false)
	p.s.GoDo(func() func() {
		md, fs, err := p.s.Checked(m, today)
		return func() {
			p.hideProgress()
			if err != nil {
				p.busy = false
				p.showResult(lang.X("print.check_error", "Månaden kunde inte kontrolleras, så inget skrevs ut: {{.Err}}",
					map[string]any{"Err": language.Error(err)}), true, printJob{}, nil)
				return
			}
			job := newPrintJob(md, fs, pnr)
			if len(job.Items) == 0 {
				p.busy = false
				p.showResult(lang.X("print.nothing", "Det finns inga pass att skriva ut i {{.Month}}.",
					map[string]any{"Month": widgets.MonthLabel(m)}), false, printJob{}, nil)
				return
			}
			job.dir = filepath.Join(p.s.BaseFolder(), m.String())
			p.confirm(job)
		}
	})
}

// confirm shows what will be printed and where, lists the blocking findings
// and asks for the reason to print despite them.
func (p *Printer) confirm(job printJob) {
	intro := lang.X("print.intro_many", "Räkningen (3057) och tidsredovisningarna (3059) för {{.N}} kunder i {{.Month}} skrivs som en PDF-fil per kund.",
		map[string]any{"N": len(job.Items), "Month": widgets.MonthLabel(job.Month)})
	if len(job.Items) == 1 {
		c := job.Items[0].Customer
		intro = lang.X("print.intro_one", "Räkningen (3057) och tidsredovisningarna (3059) för {{.Who}} i {{.Month}} skrivs som en PDF-fil.",
			map[string]any{"Who": widgets.PersonLabel(c.Name, c.Pnr), "Month": widgets.MonthLabel(job.Month)})
	}
	introL := widget.NewLabel(intro)
	introL.Wrapping = fyne.TextWrapWord
	p.folder = widget.NewLabel(job.dir)
	p.folder.Wrapping = fyne.TextWrapBreak
	change := widget.NewButtonWithIcon(lang.X("print.change_folder", "Byt mapp…"), theme.FolderOpenIcon(), func() {
		p.chooseFolder(job.Month, func(dir string) {
			job.dir = dir
			p.folder.SetText(dir)
		})
	})
	p.openAll = widget.NewCheck(lang.X("print.open", "Öppna filerna när de är skrivna"), nil)
	p.openAll.SetChecked(true)
	body := container.NewVBox(introL,
		container.NewBorder(nil, nil, widget.NewLabelWithStyle(lang.X("print.folder", "Mapp:"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			change, p.folder))

	p.Reason = widgets.NewReasonEntry()
	p.Reason.Wrapping = fyne.TextWrapWord
	p.Reason.SetMinRowsVisible(2)
	p.Reason.SetPlaceHolder(lang.X("print.reason_placeholder", "t.ex. Beslutet är förlängt men ännu inte inlagt; FK är informerad"))
	p.OkBtn = widget.NewButtonWithIcon(lang.X("print.ok", "Skriv ut"), theme.DocumentPrintIcon(), func() {
		job.reason = strings.TrimSpace(p.Reason.Text)
		job.open = p.openAll.Checked
		p.Dlg.Hide()
		p.write(job)
	})
	p.OkBtn.Importance = widget.HighImportance
	if job.Blocked() {
		warn := widget.NewLabel(lang.X("print.blocked", "Kontrollen hittade fel som gör att Försäkringskassan kan neka ersättning. Skriv ut ändå bara om du vet varför, och ange skälet: det sparas med utskriften."))
		warn.Wrapping = fyne.TextWrapWord
		warn.Importance = widget.DangerImportance
		body.Add(widget.NewSeparator())
		body.Add(warn)
		body.Add(widgets.MinHeight(container.NewVScroll(blockList(job)), 180))
		body.Add(widget.NewLabelWithStyle(lang.X("print.reason", "Skäl att skriva ut trots felen:"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		body.Add(p.Reason)
		p.OkBtn.SetText(lang.X("print.ok_anyway", "Skriv ut ändå"))
		p.OkBtn.Importance = widget.DangerImportance
		p.OkBtn.Disable()
		p.Reason.OnChanged = func(s string) {
			if strings.TrimSpace(s) == "" {
				p.OkBtn.Disable()
			} else {
				p.OkBtn.Enable()
			}
		}
	}
	body.Add(p.openAll)
	cancel := widget.NewButton(lang.X("reg.cancel", "Avbryt"), func() {
		p.Dlg.Hide()
		p.busy = false
	})
	p.Dlg = dialog.NewCustomWithoutButtons(lang.X("print.title", "Skriv ut {{.Month}}", map[string]any{"Month": widgets.MonthLabel(job.Month)}), body, p.s.Win)
	p.Dlg.SetButtons([]fyne.CanvasObject{cancel, p.OkBtn})
	p.Dlg.Resize(fyne.NewSize(640, 0))
	widgets.ShowDialog(p.s.Win, p.Dlg, widgets.DialogKeys{Enter: widgets.Press(p.OkBtn), Escape: widgets.Press(cancel)})
	if job.Blocked() {
		p.s.Win.Canvas().Focus(p.Reason)
	}
}

// blockList lists the blocking findings by customer.
func blockList(job printJob) fyne.CanvasObject {
	box := container.NewVBox()
	line := func(f rules.Finding) {
		text := "• " + widgets.CodeLabel(f.Code)
		if !f.Date.IsZero() {
			text += " " + f.Date.String()
		}
		if f.Assistant != "" {
			text += " · " + widgets.PersonLabel(job.names[f.Assistant], f.Assistant)
		}
		l := widget.NewLabel(text + ": " + language.Finding(f))
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	for _, it := range job.Items {
		if len(it.Blocks) == 0 {
			continue
		}
		box.Add(widgets.Heading(widgets.PersonLabel(it.Customer.Name, it.Customer.Pnr)))
		for _, f := range it.Blocks {
			line(f)
		}
	}
	if len(job.General) > 0 {
		box.Add(widgets.Heading(lang.X("print.general", "Gäller flera kunder")))
		for _, f := range job.General {
			line(f)
		}
	}
	return box
}

// chooseFolder asks for the folder to make the month folders in; done gets the month's folder.
func (p *Printer) chooseFolder(m rules.Month, done func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		base := u.Path()
		if filepath.Base(base) == m.String() {
			base = filepath.Dir(base) // the month's folder itself was chosen
		}
		p.s.App.Preferences().SetString(session.PrefPrintFolder, base)
		done(filepath.Join(base, m.String()))
	}, p.s.Win)
	// Start where the folders are, or at the nearest folder above that exists.
	for dir := p.s.BaseFolder(); ; dir = filepath.Dir(dir) {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
			break
		}
		if dir == filepath.Dir(dir) {
			break
		}
	}
	d.Resize(fyne.NewSize(800, 560))
	widgets.ShowDialog(p.s.Win, d, widgets.DialogKeys{})
}

// printOutcome is what a print run did.
type printOutcome struct {
	files  []string
	failed []rules.PrintItem
	errs   []error
	dirErr error // the folder could not be made: nothing was written
}

// write writes the bundles off the UI thread with a progress bar: the month is
// read once and the bundles are made on every core (data's PrintCustomers). A
// customer printed despite blocking findings is recorded with the reason given.
func (p *Printer) write(job printJob) {
	p.busy = true
	p.showProgress(lang.X("print.writing", "Skriver ut…"), true)
	p.s.GoDo(func() func() {
		var out printOutcome
		if err := os.MkdirAll(job.dir, 0o700); err != nil {
			out.dirErr = err
			return func() { p.finish(job, out) }
		}
		pnrs := make([]string, len(job.Items))
		reasons := map[string]string{}
		for i, it := range job.Items {
			pnrs[i] = it.Customer.Pnr
			if job.Overridden(it) {
				reasons[it.Customer.Pnr] = job.reason
			}
		}
		res, err := p.s.Store.PrintCustomers(p.s.Ctx, job.Month, pnrs, job.dir, reasons, p.throttledProgress(len(job.Items)))
		for i, it := range job.Items {
			switch {
			case i >= len(res): // the month could not be read
				out.failed, out.errs = append(out.failed, it), append(out.errs, err)
			case res[i].Err != nil:
				out.failed, out.errs = append(out.failed, it), append(out.errs, res[i].Err)
			default:
				out.files = append(out.files, res[i].Path)
				if err != nil { // written, but not recorded as printed
					out.failed, out.errs = append(out.failed, it), append(out.errs, err)
				}
			}
		}
		return func() { p.finish(job, out) }
	})
}

// finish reports a print run, opens what was written and offers another
// folder for what was not. A failed customer is not recorded as printed and
// keeps the reason given, so that nothing is lost by trying again.
func (p *Printer) finish(job printJob, out printOutcome) {
	p.hideProgress()
	p.busy = false
	if len(out.files) > 0 {
		p.s.DataChanged() // the print records changed
	}
	var msg []string
	if out.dirErr != nil {
		msg = append(msg, lang.X("print.dir_error", "Mappen {{.Dir}} går inte att skapa eller skriva i ({{.Err}}). Inget skrevs ut och inget ändrades; välj en annan mapp.",
			map[string]any{"Dir": job.dir, "Err": language.Error(out.dirErr)}))
		out.failed = job.Items
	}
	if len(out.files) > 0 {
		written := lang.X("print.written", "{{.N}} filer skrevs i {{.Dir}}:", map[string]any{"N": len(out.files), "Dir": job.dir})
		if len(out.files) == 1 {
			written = lang.X("print.written_one", "1 fil skrevs i {{.Dir}}:", map[string]any{"Dir": job.dir})
		}
		msg = append(msg, written)
		for _, f := range out.files {
			msg = append(msg, fileBullet+filepath.Base(f))
		}
	}
	for i, it := range out.failed {
		if i < len(out.errs) {
			msg = append(msg, lang.X("print.failed_one", "Kunde inte skriva ut {{.Who}}: {{.Err}}",
				map[string]any{"Who": widgets.PersonLabel(it.Customer.Name, it.Customer.Pnr), "Err": language.Error(out.errs[i])}))
		}
	}
	if len(out.failed) > 0 && out.dirErr == nil {
		msg = append(msg, lang.X("print.failed_hint", "De kunder som inte skrevs ut har inte markerats som utskrivna; försök igen, gärna i en annan mapp."))
	}
	var openErr error
	openFailed := ""
	if job.open && len(out.files) > 0 {
		targets := out.files
		if len(out.files) > maxOpenFiles {
			targets = []string{job.dir}
			msg = append(msg, lang.X("print.opened_folder", "Mappen öppnas, eftersom filerna är många."))
		}
		for _, f := range targets {
			if err := p.s.OpenFile(f); err != nil && openErr == nil {
				openErr, openFailed = err, f
			}
		}
	}
	switch {
	case errors.Is(openErr, exec.ErrNotFound):
		msg = append(msg, lang.X("print.no_viewer", "Det finns inget program som kan visa filerna; de finns i mappen ovan."))
	case openErr != nil:
		msg = append(msg, lang.X("print.open_error", "Filerna kunde inte öppnas ({{.Err}}); de finns i mappen ovan.",
			map[string]any{"Err": widgets.OpenErrorText(openFailed, openErr)}))
	}
	retry := job
	retry.Items = out.failed
	p.showResult(strings.Join(msg, "\n"), len(out.failed) > 0, retry, out.files)
}

// fileBullet begins each line of the result that names a file written.
const fileBullet = "• "

// resultParts splits a result's lines into runs of file lines and runs of
// other lines, each run one text.
func resultParts(text string) []string {
	var parts []string
	var run []string
	files := false
	for _, line := range strings.Split(text, "\n") {
		if isFile := strings.HasPrefix(line, fileBullet); isFile != files && len(run) > 0 {
			parts = append(parts, strings.Join(run, "\n"))
			run = nil
		}
		files = strings.HasPrefix(line, fileBullet)
		run = append(run, line)
	}
	return append(parts, strings.Join(run, "\n"))
}

// showResult shows how a print went. When some customers failed, the dialog
// offers to print them again in another folder, with the reason already given.
func (p *Printer) showResult(text string, failed bool, retry printJob, files []string) {
	p.result = text
	body := container.NewVBox()
	parts := resultParts(text)
	for _, part := range parts {
		l := widget.NewLabel(part)
		if !strings.HasPrefix(part, fileBullet) {
			// A list of file names is left unwrapped: wrapping 200 of them took
			// 90 ms of the UI thread each time the dialog was laid out.
			l.Wrapping = fyne.TextWrapWord
		}
		if failed {
			l.Importance = widget.DangerImportance
		}
		body.Add(l)
	}
	title := lang.X("print.done_title", "Utskrift")
	if failed {
		title = lang.X("print.failed_title", "Utskriften misslyckades")
	}
	closeBtn := widget.NewButton(lang.X("print.close", "Stäng"), func() { p.Dlg.Hide() })
	buttons := []fyne.CanvasObject{closeBtn}
	p.retryBtn, p.retry = nil, retry
	if failed && len(retry.Items) > 0 {
		p.retryBtn = widget.NewButtonWithIcon(lang.X("print.retry", "Välj annan mapp och försök igen…"), theme.FolderOpenIcon(), func() {
			p.chooseFolder(retry.Month, p.retryIn)
		})
		p.retryBtn.Importance = widget.HighImportance
		buttons = append(buttons, p.retryBtn)
	} else if len(files) > 0 {
		dir := filepath.Dir(files[0])
		buttons = append(buttons, widget.NewButtonWithIcon(lang.X("print.open_folder", "Öppna mappen"), theme.FolderOpenIcon(), func() {
			p.s.OpenFolder(dir)
		}))
	}
	p.Dlg = dialog.NewCustomWithoutButtons(title, container.NewVScroll(body), p.s.Win)
	p.Dlg.SetButtons(buttons)
	// A line of text is 22 units high, and each label of the body has its padding.
	p.Dlg.Resize(fyne.NewSize(640, min(float32(160+22*strings.Count(text, "\n")+16*(len(parts)-1)), 520)))
	widgets.ShowDialog(p.s.Win, p.Dlg, widgets.DialogKeys{Enter: widgets.Press(closeBtn)})
}

// retryIn prints the customers the last print failed on again, into dir.
func (p *Printer) retryIn(dir string) {
	if p.busy || len(p.retry.Items) == 0 {
		return
	}
	p.Dlg.Hide()
	job := p.retry
	job.dir = dir
	p.write(job)
}

// progressEvery is how often at most the print's progress bar moves: each
// update relays out the dialog, and one per customer kept the UI thread busy
// long after the files were written.
const progressEvery = 100 * time.Millisecond

// throttledProgress is PrintCustomers' progress callback: it moves the bar on
// the UI thread at most every progressEvery, and always at the end.
func (p *Printer) throttledProgress(total int) func(done, total int) {
	var last time.Time
	return func(done, _ int) {
		if now := time.Now(); done == total || now.Sub(last) >= progressEvery {
			last = now
			p.s.Do(func() {
				p.bar.SetValue(float64(done) / float64(total))
				p.barText.SetText(lang.X("print.written_n", "{{.I}} av {{.N}} kunder klara…", map[string]any{"I": done, "N": total}))
			})
		}
	}
}

// showProgress shows a dialog with a progress bar; determinate is false while the length is not known.
func (p *Printer) showProgress(text string, determinate bool) {
	p.barText = widget.NewLabel(text)
	var bar fyne.CanvasObject
	if determinate {
		p.bar = widget.NewProgressBar()
		bar = p.bar
	} else {
		p.bar = nil
		bar = widget.NewProgressBarInfinite()
	}
	p.Dlg = dialog.NewCustomWithoutButtons(lang.X("print.progress_title", "Skriv ut"), container.NewVBox(p.barText, bar), p.s.Win)
	p.Dlg.Resize(fyne.NewSize(480, 0))
	widgets.ShowDialog(p.s.Win, p.Dlg, widgets.DialogKeys{Enter: func() {}, Escape: func() {}}) // the print runs on; nothing to answer
}

func (p *Printer) hideProgress() {
	if p.Dlg != nil {
		p.Dlg.Hide()
	}
}
