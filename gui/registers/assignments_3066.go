package registers

// Form 3066 from the assignment screen: printing it (also for changed
// circumstances) and recording the day FK received it.

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/data/pdf"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Form 3066 from the assignment screen: printing it (also for changed
// circumstances) and recording the day FK received it.

// onMark3066 records that FK received the 3066 today, and saves a stored
// assignment at once; a new one is saved with Spara.
func (a *AssignmentScreen) onMark3066() {
	a.reported3066.Set(a.s.Today().String())
	a.reported3066.Touched = true
	a.validate()
	if a.Current != nil && !a.Frame.saveBtn.Disabled() {
		a.onSave()
	}
}

// change3066 is what a 3066 of changed circumstances ("ändrade förhållanden") reports.
type change3066 struct {
	from rules.Date
	text string
}

// askChange asks from which day the change applies and what changed, then prints.
func (a *AssignmentScreen) AskChange() {
	a.changeFrom = widgets.NewKeyEntry(nil) // passes Enter and Esc to the dialog
	a.changeFrom.SetPlaceHolder(lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"))
	a.changeFrom.SetText(a.s.Today().String())
	a.changeFrom.Validator = widgets.CheckRequiredDate
	a.ChangeText = widgets.NewKeyEntry(nil)
	a.ChangeText.SetPlaceHolder(lang.X("assignment.change_text_placeholder", "t.ex. Ny arbetsgivare från detta datum"))
	a.ChangeText.Validator = widgets.CheckRequiredText
	a.ChangeDlg = dialog.NewForm(lang.X("assignment.change_title", "3066, ändrade förhållanden"),
		lang.X("assignment.print_3066", "Skriv ut 3066"), lang.X("reg.cancel", "Avbryt"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.X("assignment.change_from", "Ändringen gäller från"), a.changeFrom),
			widget.NewFormItem(lang.X("assignment.change_text", "Vad har ändrats"), a.ChangeText),
		}, func(ok bool) {
			if !ok {
				return
			}
			from, err := widgets.ParseOptionalDate(a.changeFrom.Text)
			if err != nil {
				return // the form's validation keeps the button disabled while the date is wrong
			}
			a.OnPrint3066(&change3066{from: from, text: strings.TrimSpace(a.ChangeText.Text)})
		}, a.s.Win)
	a.ChangeDlg.Resize(fyne.NewSize(520, 0))
	widgets.ShowForm(a.ChangeDlg, a.s.Win)
}

// onPrint3066 writes the assignment's 3066 (ch: of changed circumstances) as
// a PDF in the print folder and opens it in the system's viewer. The store
// fills the form, so a new or edited assignment is saved first.
func (a *AssignmentScreen) OnPrint3066(ch *change3066) {
	x, err := a.read()
	if err != nil {
		a.Frame.setStatus(language.Error(err), true)
		return
	}
	if (a.Current == nil || x != *a.Current) && !a.saveForm() {
		return
	}
	x = *a.Current
	who, dir := a.who(x), a.s.BaseFolder()
	a.s.GoDo(func() func() {
		path, err := write3066(a.s.Ctx, a.s.Store, x, ch, dir)
		return func() { a.printed3066(x, ch, who, path, err) }
	})
}

// write3066 writes the 3066 of x into dir and returns the file's path.
func write3066(ctx context.Context, st session.AssignmentStore, x rules.Assignment, ch *change3066, dir string) (string, error) {
	rep, err := st.Form3066(ctx, x.Assistant, x.Customer)
	if err != nil {
		return "", err
	}
	if ch != nil {
		rep.Changed, rep.ChangedFrom, rep.ChangedText = true, ch.from, ch.text
	}
	var buf bytes.Buffer
	if err := pdf.Write3066(&buf, rep); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	name, err := st.Name3066(ctx, rep)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, name)
	return path, data.WriteFileAtomic(path, buf.Bytes())
}

// printed3066 says where the 3066 was written and opens it. After a first
// report it offers Registrera att FK tog emot 3066 i dag; a change is not offered it, because
// the date FK received the first 3066 is the day FK pays from.
func (a *AssignmentScreen) printed3066(x rules.Assignment, ch *change3066, who, path string, err error) {
	if err != nil {
		widgets.ShowError(errors.New(lang.X("assignment.print_3066_error", "Kunde inte skriva ut 3066 för {{.Who}}: {{.Err}}",
			map[string]any{"Who": who, "Err": language.Error(err)})), a.s.Win)
		return
	}
	text := lang.X("assignment.printed_3066", "Blankett 3066 för {{.Who}} skrevs till {{.Path}}.", map[string]any{"Who": who, "Path": path})
	if err := a.s.OpenFile(path); err != nil {
		text += "\n" + lang.X("assignment.open_3066_error", "Den kunde inte öppnas ({{.Err}}); öppna den från mappen.", map[string]any{"Err": widgets.OpenErrorText(path, err)})
	} else {
		text += "\n" + lang.X("assignment.send_3066", "Den öppnas i visaren: skriv ut den, skriv under och skicka den till Försäkringskassan.")
	}
	closeBtn := widget.NewButton(lang.X("assignment.close", "Stäng"), func() { a.PrintedDlg.Hide() })
	buttons := []fyne.CanvasObject{closeBtn}
	if ch == nil && x.Reported3066.IsZero() {
		mark := widget.NewButtonWithIcon(lang.X("assignment.mark_3066", "Registrera att FK tog emot 3066 i dag"), theme.MailSendIcon(), func() {
			a.PrintedDlg.Hide()
			a.mark3066For(x)
		})
		mark.Importance = widget.HighImportance
		buttons = append(buttons, mark)
	}
	a.printedText = text
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	a.PrintedDlg = dialog.NewCustomWithoutButtons(lang.X("assignment.printed_3066_title", "Blankett 3066"), l, a.s.Win)
	a.PrintedDlg.SetButtons(buttons)
	a.PrintedDlg.Resize(fyne.NewSize(560, 0))
	widgets.ShowDialog(a.s.Win, a.PrintedDlg, widgets.DialogKeys{Enter: widgets.Press(closeBtn)})
}

// mark3066For runs Registrera att FK tog emot 3066 i dag on x, putting x in the form first if
// the user has chosen another assignment while the 3066 was written.
func (a *AssignmentScreen) mark3066For(x rules.Assignment) {
	if a.Current == nil || !a.sameKey(*a.Current, x) {
		i := slices.IndexFunc(a.all, func(y rules.Assignment) bool { return a.sameKey(x, y) })
		if i < 0 {
			return // deleted meanwhile
		}
		a.edit(a.all[i])
		a.showList()
	}
	a.onMark3066()
}
