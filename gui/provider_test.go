package gui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

func TestProviderAddEditDelete(t *testing.T) {
	st := openStore(t, rules.Batch{})
	s := newTestSession(t, st)
	p := newProviders(s)
	showScreen(s, p.content)
	ctx := context.Background()

	if !p.frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled on an empty form")
	}
	typeText(p.name, "Omsorg i Norr AB")
	typeText(p.orgnr, "556677-8890") // the check digit should be 9
	if !p.frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled with a wrong organisationsnummer")
	}
	if !p.orgnr.msg.Visible() || p.orgnr.msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("message under organisationsnummer: visible %v, %q", p.orgnr.msg.Visible(), p.orgnr.msg.Text)
	}
	typeText(p.orgnr, "556677-8899")
	if p.orgnr.msg.Visible() {
		t.Fatalf("message still shown for a valid number: %q", p.orgnr.msg.Text)
	}
	typeText(p.ivoFrom, "2024-01-01")
	typeText(p.ivoTo, "2023-12-31")
	if !p.frame.saveBtn.Disabled() || !p.ivoTo.msg.Visible() {
		t.Fatal("a permit ending before it starts can be saved")
	}
	typeText(p.ivoTo, "")
	p.fskatt.radio.SetSelected("Ja")
	p.group[0].radio.SetSelected("Nej")
	if p.frame.saveBtn.Disabled() {
		t.Fatal("Spara is disabled on a valid form")
	}
	test.Tap(p.frame.saveBtn)

	got, err := st.Providers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := rules.Provider{Orgnr: orgOmsorg, Name: "Omsorg i Norr AB", Kind: rules.Privat, IVOFrom: rules.D(2024, 1, 1),
		FSkatt: rules.Yes, PermitGroup: [3]rules.Flag{rules.No, rules.Unset, rules.Unset}, Version: 1}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v\nwant %+v", got, want)
	}
	if len(p.frame.rows) != 1 || p.frame.rows[0].Title != "Omsorg i Norr AB" {
		t.Fatalf("list rows %+v", p.frame.rows)
	}
	// Employer registration is not recorded: a private provider is warned about.
	if w := p.frame.rows[0].Warning; w != "Saknar i dag: arbetsgivarregistrering" {
		t.Fatalf("warning %q", w)
	}
	if !p.orgnr.entry.Disabled() {
		t.Fatal("the key of a stored provider can be edited")
	}

	// Edit: the form holds the stored provider; change the contact and save.
	typeText(p.contact, "Stina Ek")
	p.employerReg.radio.SetSelected("Ja")
	test.Tap(p.frame.saveBtn)
	got, _ = st.Providers(ctx)
	want.Contact, want.EmployerRegistered, want.Version = "Stina Ek", rules.Yes, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit stored %+v\nwant %+v", got, want)
	}
	if w := p.frame.rows[0].Warning; w != "" {
		t.Fatalf("warning after registration %q", w)
	}

	// Delete asks first; Avbryt keeps the provider.
	test.Tap(p.frame.delBtn)
	tapDialogButton(t, s.win, "Avbryt")
	if got, _ = st.Providers(ctx); len(got) != 1 {
		t.Fatal("Avbryt deleted the provider")
	}
	// The Delete key on the list asks the same question.
	p.frame.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	tapDialogButton(t, s.win, "Ta bort")
	if got, _ = st.Providers(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
	if len(p.frame.rows) != 0 || p.current != nil || p.name.entry.Text != "" {
		t.Fatalf("after delete: rows %v, current %v, name %q", p.frame.rows, p.current, p.name.entry.Text)
	}
}

func TestProviderInUseIsNotDeleted(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	p := newProviders(s)
	showScreen(s, p.content)
	p.frame.list.Select(0)
	if p.current == nil || p.current.Orgnr != orgKommun {
		t.Fatalf("selected %+v", p.current)
	}
	test.Tap(p.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	// The store refuses: two assignments name the provider. An error dialog says so.
	if got, _ := st.Providers(context.Background()); len(got) != 1 {
		t.Fatal("a provider named in assignments was deleted")
	}
	if findButton(s.win.Canvas().Overlays().Top(), "OK") == nil {
		t.Fatal("no error dialog after a refused delete")
	}
}

// The shortcuts act only while the screen's tab is shown, and pass through a focused entry.
func TestRegisterShortcuts(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	p := newProviders(s)
	other := widget.NewLabel("annan flik")
	tabs := container.NewAppTabs(container.NewTabItem("Översikt", other), container.NewTabItem("Anordnare", p.content))
	showScreen(s, tabs)
	sc := s.win.Canvas().(fyne.Shortcutable)

	tabs.SelectIndex(1)
	p.frame.list.Select(0)
	if p.current == nil {
		t.Fatal("nothing selected")
	}
	sc.TypedShortcut(shortcutNew)
	if p.current != nil || p.name.entry.Text != "" {
		t.Fatalf("Ctrl+N did not empty the form: %+v %q", p.current, p.name.entry.Text)
	}
	if s.win.Canvas().Focused() != p.name.entry {
		t.Fatal("Ctrl+N did not put the cursor in Namn")
	}
	sc.TypedShortcut(shortcutFind)
	if s.win.Canvas().Focused() != p.frame.search {
		t.Fatal("Ctrl+F did not focus the search field")
	}

	// Ctrl+S from inside an entry saves.
	typeText(p.name, "Assistans Syd AB")
	typeText(p.orgnr, "5566778899")
	p.orgnr.entry.TypedShortcut(shortcutSave)
	if got, _ := st.Providers(context.Background()); len(got) != 2 {
		t.Fatalf("Ctrl+S in an entry did not save: %+v", got)
	}

	// On another tab the register's shortcuts do nothing.
	tabs.SelectIndex(0)
	sc.TypedShortcut(shortcutNew)
	if p.current == nil {
		t.Fatal("Ctrl+N acted on a hidden screen")
	}
}
