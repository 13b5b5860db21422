package registers

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/gui/widgets"
	"assistans/rules"
)

func TestProviderAddEditDelete(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	p := NewProviders(s)
	guitest.ShowScreen(s, p.Content)
	ctx := context.Background()

	if !p.Frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled on an empty form")
	}
	guitest.TypeText(p.name, "Omsorg i Norr AB")
	guitest.TypeText(p.orgnr, "556677-8890") // the check digit should be 9
	if !p.Frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled with a wrong organisationsnummer")
	}
	if !p.orgnr.Msg.Visible() || p.orgnr.Msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("message under organisationsnummer: visible %v, %q", p.orgnr.Msg.Visible(), p.orgnr.Msg.Text)
	}
	guitest.TypeText(p.orgnr, "556677-8899")
	if p.orgnr.Msg.Visible() {
		t.Fatalf("message still shown for a valid number: %q", p.orgnr.Msg.Text)
	}
	guitest.TypeText(p.ivoFrom, "2024-01-01")
	guitest.TypeText(p.ivoTo, "2023-12-31")
	if !p.Frame.saveBtn.Disabled() || !p.ivoTo.Msg.Visible() {
		t.Fatal("a permit ending before it starts can be saved")
	}
	guitest.TypeText(p.ivoTo, "")
	p.fskatt.Radio.SetSelected("Ja")
	p.group[0].Radio.SetSelected("Nej")
	if p.Frame.saveBtn.Disabled() {
		t.Fatal("Spara is disabled on a valid form")
	}
	test.Tap(p.Frame.saveBtn)

	got, err := st.Providers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := rules.Provider{Orgnr: guitest.OrgOmsorg, Name: "Omsorg i Norr AB", Kind: rules.Privat, IVOFrom: rules.D(2024, 1, 1),
		FSkatt: rules.Yes, PermitGroup: [3]rules.Flag{rules.No, rules.Unset, rules.Unset}, Version: 1}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v\nwant %+v", got, want)
	}
	if len(p.Frame.rows) != 1 || p.Frame.rows[0].Title != "Omsorg i Norr AB" {
		t.Fatalf("list rows %+v", p.Frame.rows)
	}
	// Employer registration is not recorded: a private provider is warned about.
	if w := p.Frame.rows[0].Warning; w != "Saknar i dag: arbetsgivarregistrering" {
		t.Fatalf("warning %q", w)
	}
	if !p.orgnr.Entry.Disabled() {
		t.Fatal("the key of a stored provider can be edited")
	}

	// Edit: the form holds the stored provider; change the contact and save.
	guitest.TypeText(p.contact, "Stina Ek")
	p.employerReg.Radio.SetSelected("Ja")
	test.Tap(p.Frame.saveBtn)
	got, _ = st.Providers(ctx)
	want.Contact, want.EmployerRegistered, want.Version = "Stina Ek", rules.Yes, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit stored %+v\nwant %+v", got, want)
	}
	if w := p.Frame.rows[0].Warning; w != "" {
		t.Fatalf("warning after registration %q", w)
	}

	// Delete asks first; Avbryt keeps the provider.
	test.Tap(p.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Avbryt")
	if got, _ = st.Providers(ctx); len(got) != 1 {
		t.Fatal("Avbryt deleted the provider")
	}
	// The Delete key on the list asks the same question.
	p.Frame.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	if got, _ = st.Providers(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
	if len(p.Frame.rows) != 0 || p.Current != nil || p.name.Entry.Text != "" {
		t.Fatalf("after delete: rows %v, current %v, name %q", p.Frame.rows, p.Current, p.name.Entry.Text)
	}
}

func TestProviderInUseIsNotDeleted(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	p := NewProviders(s)
	guitest.ShowScreen(s, p.Content)
	p.Frame.List.Select(0)
	if p.Current == nil || p.Current.Orgnr != guitest.OrgKommun {
		t.Fatalf("selected %+v", p.Current)
	}
	test.Tap(p.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	// The store refuses: two assignments name the provider. An error dialog says so.
	if got, _ := st.Providers(context.Background()); len(got) != 1 {
		t.Fatal("a provider named in assignments was deleted")
	}
	if guitest.FindButton(s.Win.Canvas().Overlays().Top(), "OK") == nil {
		t.Fatal("no error dialog after a refused delete")
	}
}

// The shortcuts act only while the screen's tab is shown, and pass through a focused entry.
func TestRegisterShortcuts(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	p := NewProviders(s)
	other := widget.NewLabel("annan flik")
	tabs := container.NewAppTabs(container.NewTabItem("Översikt", other), container.NewTabItem("Anordnare", p.Content))
	guitest.ShowScreen(s, tabs)
	sc := s.Win.Canvas().(fyne.Shortcutable)

	tabs.SelectIndex(1)
	p.Frame.List.Select(0)
	if p.Current == nil {
		t.Fatal("nothing selected")
	}
	sc.TypedShortcut(widgets.ShortcutNew)
	if p.Current != nil || p.name.Entry.Text != "" {
		t.Fatalf("Ctrl+N did not empty the form: %+v %q", p.Current, p.name.Entry.Text)
	}
	if s.Win.Canvas().Focused() != p.name.Entry {
		t.Fatal("Ctrl+N did not put the cursor in Namn")
	}
	sc.TypedShortcut(widgets.ShortcutFind)
	if s.Win.Canvas().Focused() != p.Frame.search {
		t.Fatal("Ctrl+F did not focus the search field")
	}

	// Ctrl+S from inside an entry saves.
	guitest.TypeText(p.name, "Assistans Syd AB")
	guitest.TypeText(p.orgnr, "5566778899")
	p.orgnr.Entry.TypedShortcut(widgets.ShortcutSave)
	if got, _ := st.Providers(context.Background()); len(got) != 2 {
		t.Fatalf("Ctrl+S in an entry did not save: %+v", got)
	}

	// On another tab the register's shortcuts do nothing.
	tabs.SelectIndex(0)
	sc.TypedShortcut(widgets.ShortcutNew)
	if p.Current == nil {
		t.Fatal("Ctrl+N acted on a hidden screen")
	}
}
