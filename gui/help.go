package gui

// Hjälp → Kortkommandon and Användarhandbok.
//
// The shortcut table lists what the code really handles: the window's month
// shortcuts (app.go), the register frame's (form_helpers.go), the customer
// screen's decision form (customers.go), the time sheet's keys
// (timesheet_row.go) and what every text field does. TestShortcutHelpComplete
// fails when a desktop.CustomShortcut in the code is missing here.

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/bill"
	"assistans/gui/history"
	"assistans/gui/widgets"
)

// helpMenuItems are the Hjälp menu's items before Om Assistans.
func (s *window) helpMenuItems() []*fyne.MenuItem {
	keys := fyne.NewMenuItem(lang.X("help.shortcuts_menu", "Kortkommandon"), func() { s.showShortcuts() })
	keys.Icon = theme.ComputerIcon()
	guide := fyne.NewMenuItem(lang.X("help.guide_menu", "Användarhandbok"), func() { s.showGuide() })
	guide.Icon = theme.HelpIcon()
	return []*fyne.MenuItem{keys, guide, fyne.NewMenuItemSeparator()}
}

// shortcutHelp is one line of the table: the keys, and what they do.
type shortcutHelp struct {
	keys string
	what string
	// shortcuts are the shortcut values the line describes, so that the test
	// can tell that every one in the code is listed.
	shortcuts []*desktop.CustomShortcut
}

// shortcutGroup is where a set of shortcuts works.
type shortcutGroup struct {
	where string
	items []shortcutHelp
}

// primaryKey is the modifier fyne's "shortcut default" stands for: Ctrl, or Cmd on a Mac.
func primaryKey() string {
	if fyne.KeyModifierShortcutDefault == fyne.KeyModifierSuper {
		return "Cmd"
	}
	return "Ctrl"
}

// keyText names a shortcut as a keyboard shows it: "Ctrl+Page Down", "Alt+←".
func keyText(sc *desktop.CustomShortcut) string {
	var parts []string
	m := sc.Modifier
	if m&fyne.KeyModifierShortcutDefault != 0 {
		parts = append(parts, primaryKey())
		m &^= fyne.KeyModifierShortcutDefault
	}
	if m&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if m&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	if m&fyne.KeyModifierShift != 0 {
		parts = append(parts, lang.X("help.key_shift", "Skift"))
	}
	if m&fyne.KeyModifierSuper != 0 {
		parts = append(parts, "Super")
	}
	return strings.Join(append(parts, keyName(sc.KeyName)), "+")
}

func keyName(k fyne.KeyName) string {
	switch k {
	case fyne.KeyPageUp:
		return "Page Up"
	case fyne.KeyPageDown:
		return "Page Down"
	case fyne.KeyLeft:
		return "←"
	case fyne.KeyRight:
		return "→"
	case fyne.KeyUp:
		return "↑"
	case fyne.KeyDown:
		return "↓"
	case fyne.KeyEscape:
		return "Esc"
	}
	return string(k)
}

// or joins alternative keys: "Ctrl+Page Up eller Alt+←".
func or(keys ...string) string {
	return strings.Join(keys, lang.X("help.or", " eller "))
}

// shortcutGroups is the whole table.
func shortcutGroups() []shortcutGroup {
	ctrl := func(key string) string { return primaryKey() + "+" + key }
	menuScs, menuKeysText := menuKeys()
	return []shortcutGroup{
		{lang.X("help.where_window", "Hela fönstret"), []shortcutHelp{
			{or(keyText(shortcutPrev), keyText(shortcutPrevAlt)), lang.X("menu.prev_month", "Föregående månad"),
				[]*desktop.CustomShortcut{shortcutPrev, shortcutPrevAlt}},
			{or(keyText(shortcutNext), keyText(shortcutNextAlt)), lang.X("menu.next_month", "Nästa månad"),
				[]*desktop.CustomShortcut{shortcutNext, shortcutNextAlt}},
			{keyText(bill.ShortcutPrint), lang.X("print.menu", "Skriv ut månaden…"), []*desktop.CustomShortcut{bill.ShortcutPrint}},
			{tabKeysText(), lang.X("help.tabs", "Flikarna i ordning: 1 är Översikt, 0 den tionde (Inställningar)"), shortcutTabs},
			{keyText(shortcutNextTab), lang.X("menu.next_tab", "Nästa flik"), []*desktop.CustomShortcut{shortcutNextTab}},
			{keyText(shortcutPrevTab), lang.X("menu.prev_tab", "Föregående flik"), []*desktop.CustomShortcut{shortcutPrevTab}},
			{menuKeysText, lang.X("help.menus", "Öppna en meny (Alt+första bokstaven i menyns namn); pilarna väljer, Enter tar, Esc stänger"), menuScs},
			{"F10", lang.X("help.f10", "Öppna den första menyn"), nil},
		}},
		{lang.X("help.where_dialogs", "Alla dialogrutor"), []shortcutHelp{
			{"Enter", lang.X("help.dialog_enter", "Svara med den markerade knappen (OK, Spara, Ja)"), nil},
			{"Esc", lang.X("help.dialog_escape", "Stäng dialogrutan utan att göra något (Avbryt)"), nil},
		}},
		{lang.X("help.where_registers", "Kunder, Assistenter, Uppdrag och Anordnare"), []shortcutHelp{
			{keyText(widgets.ShortcutNew), lang.X("help.new", "Nytt tomt formulär, för att lägga till en ny"), []*desktop.CustomShortcut{widgets.ShortcutNew}},
			{keyText(widgets.ShortcutSave), lang.X("help.save", "Spara formuläret"), []*desktop.CustomShortcut{widgets.ShortcutSave}},
			{keyText(widgets.ShortcutFind), lang.X("help.find", "Gå till sökfältet ovanför listan"), []*desktop.CustomShortcut{widgets.ShortcutFind}},
			{lang.X("help.delete_key", "Delete i listan"), lang.X("help.delete", "Ta bort den valda (programmet frågar först)"), nil},
		}},
		{lang.X("tab.bill", "Räkning"), []shortcutHelp{
			{keyText(widgets.ShortcutSave), lang.X("help.save_bill", "Spara räkningen och kostnaderna"), nil},
		}},
		{lang.X("help.where_decisions", "Kunder, i ett besluts fält"), []shortcutHelp{
			{keyText(widgets.ShortcutSave), lang.X("help.save_decision", "Spara beslutet"), nil},
		}},
		{lang.X("help.where_timesheet", "Tidrapport"), []shortcutHelp{
			{or("Tab", "Enter"), lang.X("help.ts_next", "Nästa fält; efter sista raden kommer en ny rad"), nil},
			{lang.X("help.key_shift", "Skift") + "+Tab", lang.X("help.ts_prev", "Föregående fält"), nil},
			{or("↑", "↓"), lang.X("help.ts_updown", "Samma fält på raden ovanför eller under"), nil},
			{or(ctrl("Delete"), lang.X("help.ts_delete_key", "Delete i ett tomt fält")), lang.X("help.ts_delete", "Ta bort raden"), nil},
			{"Esc", lang.X("help.ts_escape", "Ta tillbaka det du skrivit på raden sedan den sparades"), nil},
			{ctrl("Z"), lang.X("help.ts_undo", "Ångra den senaste sparade ändringen, också när markören inte står i en rad"), nil},
			{"F1", lang.X("help.ts_f1", "Så skriver du pass"), nil},
		}},
		{lang.X("tab.plan", "Planering"), []shortcutHelp{
			{keyText(widgets.ShortcutSave), lang.X("help.plan_save", "Spara veckoschemat"), nil},
			{"Tab", lang.X("help.plan_tab", "I veckoschemat: från passet till assistenten och vidare till nästa pass"), nil},
			{or("← → ↑ ↓", "Enter"), lang.X("help.plan_days", "I månadskalendern: flytta mellan dagarna; Enter öppnar dagen"), nil},
			{"1–9, 0", lang.X("help.plan_absence", "Vid frånvaro: välj ersättare (0 = ingen); S, E, V, L väljer orsak"), nil},
		}},
		{lang.X("help.where_fields", "Alla textfält"), []shortcutHelp{
			{or(ctrl("C"), ctrl("X"), ctrl("V")), lang.X("help.copy", "Kopiera, klipp ut, klistra in"), nil},
			{ctrl("A"), lang.X("help.select_all", "Markera allt i fältet"), nil},
		}},
	}
}

// shortcutTable lays the groups out: a heading per group, then keys and
// meaning side by side, the keys column as wide in every group.
func shortcutTable(groups []shortcutGroup) fyne.CanvasObject {
	mono := fyne.TextStyle{Monospace: true}
	var keysWidth float32
	for _, g := range groups {
		for _, it := range g.items {
			keysWidth = max(keysWidth, fyne.MeasureText(it.keys, theme.TextSize(), mono).Width+2*theme.InnerPadding())
		}
	}
	box := container.NewVBox()
	for i, g := range groups {
		if i > 0 {
			box.Add(widget.NewSeparator())
		}
		box.Add(widget.NewLabelWithStyle(g.where, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		form := container.New(layout.NewFormLayout())
		for _, it := range g.items {
			width := canvas.NewRectangle(color.Transparent)
			width.SetMinSize(fyne.NewSize(keysWidth, 0))
			form.Add(container.NewStack(width, widget.NewLabelWithStyle(it.keys, fyne.TextAlignTrailing, mono)))
			what := widget.NewLabel(it.what)
			what.Wrapping = fyne.TextWrapWord
			form.Add(what)
		}
		box.Add(form)
	}
	return box
}

// showShortcuts shows the table of every shortcut; it returns the dialog, for tests.
func (s *window) showShortcuts() dialog.Dialog {
	return widgets.ShowClosable(lang.X("help.shortcuts_title", "Kortkommandon"),
		container.NewVScroll(shortcutTable(shortcutGroups())), s.Win, history.DialogSize(s.Win))
}

// guideText is the user's guide in Markdown.
func guideText() string {
	return lang.X("help.guide", `# Så går en månad till

Assistans samlar assistanstiden och kontrollerar den mot reglerna innan du skickar Försäkringskassans blanketter. Arbetet går i fem steg.

## 1. Register

Fyll i registren en gång och håll dem aktuella.

- **Anordnare**: verksamheten, med organisationsnummer och IVO-tillstånd.
- **Kunder**: varje kund med personnummer, personkrets och eventuell ställföreträdare, och kundens **beslut** från Försäkringskassan (timmar per vecka och timbelopp).
- **Assistenter**: varje assistent med personnummer och de arbetstidsregler som gäller.
- **Uppdrag**: vilken assistent som arbetar hos vilken kund, och när blankett 3066 kom in till Försäkringskassan.

{{.Ctrl}}+N ger ett tomt formulär, {{.Ctrl}}+S sparar. En kund eller assistent som har pass kan inte tas bort, men kan markeras som inaktiv.

## 2. Pass

Välj månad i raden överst; {{.Ctrl}}+Page Up och {{.Ctrl}}+Page Down byter månad. Skriv passen under **Tidrapport**, ett pass per rad, direkt från tangentbordet. F1 visar hur ett pass skrivs. En rad sparas när du lämnar den, och {{.Ctrl}}+Z ångrar den senaste ändringen. Med **Kopiera förra månaden** och **Kopiera veckan till övriga veckor** slipper du skriva ett schema som upprepas.

## 3. Kontroll

Fliken **Kontroll** visar det som strider mot reglerna: pass som överlappar, för kort vila, tid utan beslut, en 3066 som saknas med mera. Blockerande fel ska rättas innan blanketterna skrivs ut; varningar och information bör du läsa. **Översikt** visar månadens timmar per kund bredvid det som beslutet ger.

## 4. Räkning och utskrift

Under **Räkning** väljer du kund och fyller i det blankett 3057 frågar om månaden: assistans i barnomsorg eller skola, tid utomlands, sjukhusvistelser och, vid förhöjt timbelopp, kostnaderna. **Skriv ut månaden** ({{.Ctrl}}+P, eller i menyn Arkiv) skriver 3057 för varje kund och 3059 för varje assistent som PDF och öppnar dem, så att du kan skriva ut och skriva under. Blankett 3066 behövs när en assistent börjar hos en kund.

**Arkiv → Lönefil (PAXml)…** skriver månadens löneunderlag i samma mapp: en PAXml-fil för löneprogrammet och en CSV-fil för Excel. Pass hos kunder där assistenten har en annan arbetsgivare är inte med. Lönekoderna, OB-tiderna och anställningsnumren finns i filen payroll.json bredvid databasen; anpassa dem till ert löneprogram och kollektivavtal.

## 5. Markera som skickad

När blanketterna är skickade till Försäkringskassan trycker du **Markera som skickad…** under Räkning. Då låses månaden, så att passen inte ändras av misstag. Behöver något rättas i efterhand trycker du **Lås upp…** och anger varför; skälet sparas i historiken.

## Säkerhet

- **Arkiv → Säkerhetskopiera**: sparar en kopia av databasen. Fönstret varnar när den senaste kopian är mer än en vecka gammal. Spara gärna en kopia på ett USB-minne också.
- **Arkiv → Återställ…**: tar tillbaka databasen från en tidigare kopia; det nuvarande innehållet sparas först som en ny kopia.
- **Arkiv → Historik…**: visar varje ändring: när, av vem och vad som ändrades.
- **Hjälp → Kortkommandon**: listar alla tangenter.`, map[string]any{"Ctrl": primaryKey()}) +
		"\n\n" + lang.X("help.guide_plan", `## Planering: schema, frånvaro och ersättare

Har en kund samma pass vecka efter vecka behöver du inte skriva dem i Tidrapport. Välj kunden under **Planering**.

**Veckoschema** är kundens rullande schema: en till tolv veckor som upprepas från den måndag du skriver i **Från måndag**. Skriv passen per veckodag som i tidrapporten (8-16, 22-7 v), Tab, och välj assistent med ← →. Två pass samma dag med olika starttid ger dubbelassistans. **Spara schemat** ({{.Ctrl}}+S) sparar; ett schema med ett senare startdatum ersätter det tidigare från den dagen.

**Månadskalender** visar månaden dag för dag: lagda pass, planerade pass (kursivt) som ännu inte är lagda, luckor där ingen arbetar, två assistenter samtidigt och frånvaro. **Lägg schemat på månaden** skapar de pass ur schemat som saknas i månaden; pass som redan finns ändras aldrig, och en månad som är markerad som skickad lämnas orörd. **Visa i Kontroll** visar vad kontrollen hittar med schemat lagt.

Öppna en dag med ett klick, eller med piltangenterna och Enter. Där ser du dagens pass, kan lägga till ett pass eller öppna det i Tidrapport. **Frånvaro…** vid ett pass registrerar att assistenten är sjuk, har semester, vab eller är ledig, och vem som ersätter (siffertangenterna väljer ersättare, 0 ingen). När schemat läggs får ersättaren dagens pass; utan ersättare blir passet obemannat och syns som en lucka i kalendern och i Kontroll. Är passen redan lagda den dagen frågar programmet om de ska flyttas till ersättaren eller, utan ersättare, tas bort.`, map[string]any{"Ctrl": primaryKey()}) +
		"\n\n" + lang.X("help.guide_import", `## Importera från CSV-filer

Har ni registren i kalkylblad kan de importeras med **Arkiv → Importera…**: välj filen och vad den innehåller, i samma ordning som registren hänger ihop (anordnare, kunder, beslut, assistenter, uppdrag, sedan pass, scheman och frånvaro). Kolumnerna är desamma som kommandot **assistans import** läser. Det är allt eller inget: har filen en felaktig rad importeras ingenting, och varje felaktig rad visas med fil, rad och kolumn, så att du kan rätta kalkylbladet och importera igen. En rad med samma nyckel som en sparad post uppdaterar posten.`)
}

// showGuide shows the user's guide; it returns the text widget, for tests.
func (s *window) showGuide() *widget.RichText {
	text := widget.NewRichTextFromMarkdown(guideText())
	text.Wrapping = fyne.TextWrapWord
	widgets.ShowClosable(lang.X("help.guide_title", "Användarhandbok"), container.NewVScroll(text), s.Win, history.DialogSize(s.Win))
	return text
}
