package bill

// Page 1's facts of the 3057: filled from the store, checked as typed, saved.

import (
	"errors"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// fill shows stored facts in the fields.
func (m *Screen) fill(mi rules.MonthInfo) {
	m.filling++
	defer func() { m.filling-- }()
	yn := func(r *widget.RadioGroup, b bool) {
		r.SetSelected(r.Options[map[bool]int{true: 0, false: 1}[b]])
	}
	yn(m.childcare, mi.ChildcareSchool)
	yn(m.abroad, mi.Abroad)
	m.PrevUsed.Set(mi.PrevPaymentUsed)
	left := ""
	if mi.PrevPaymentUsed == rules.No {
		left = rules.FormatKr(mi.PrevPaymentLeft)
	}
	m.PrevLeft.Set(left)
	m.dirty = false
}

// edited runs after the user changed a fact.
func (m *Screen) edited() {
	if m.filling > 0 {
		return
	}
	m.dirty = true
	// Nej asks for the amount left: say so at once rather than only disabling Spara.
	m.PrevLeft.Touched = m.PrevLeft.Touched || m.PrevUsed.Get() == rules.No
	m.status.SetText("")
	m.validate()
}

// validate shows the messages under the fields and enables Spara when the facts can be saved.
func (m *Screen) validate() bool {
	needLeft := m.PrevUsed.Get() == rules.No
	if needLeft {
		m.prevLeftRow.Show()
	} else {
		m.prevLeftRow.Hide()
	}
	ok := !needLeft || m.PrevLeft.Validate()
	if m.locked || !ok || m.Key.Customer == "" {
		m.SaveBtn.Disable()
	} else {
		m.SaveBtn.Enable()
	}
	return ok
}

// checkPrevLeft checks the amount left of last month's payment; it is asked for only when the answer is Nej.
func (m *Screen) checkPrevLeft(s string) error {
	return checkKronor(s, lang.X("bill.err_left_missing", "Ange hur mycket som finns kvar (0 om inget)."))
}

// facts is the form's MonthInfo; call it only when validate is true.
func (m *Screen) facts() rules.MonthInfo {
	mi := m.info
	mi.Customer, mi.Month = m.Key.Customer, m.Key.month
	mi.ChildcareSchool = m.childcare.Selected == m.childcare.Options[0]
	mi.Abroad = m.abroad.Selected == m.abroad.Options[0]
	mi.PrevPaymentUsed = m.PrevUsed.Get()
	mi.PrevPaymentLeft = 0
	if mi.PrevPaymentUsed == rules.No {
		mi.PrevPaymentLeft, _ = rules.ParseKr(m.PrevLeft.Entry.Text)
	}
	return mi
}

// save stores the facts. A month that is sent is refused by the store as well.
func (m *Screen) save() error {
	if m.locked {
		return lockedError(m.Key.month)
	}
	if !m.validate() {
		return errors.New(lang.X("bill.err_invalid", "Rätta de markerade fälten först."))
	}
	mi := m.facts()
	if err := m.s.Store.SaveMonthInfo(m.s.Ctx, mi); err != nil {
		return err
	}
	// The facts as stored now, with their new version, for the next save.
	stored, err := m.s.Store.MonthInfo(m.s.Ctx, mi.Customer, mi.Month)
	if err != nil {
		return err
	}
	m.info, m.dirty = stored, false
	return nil
}

func lockedError(mo rules.Month) error {
	return errors.New(lang.X("bill.err_locked", "Månaden {{.Month}} är markerad som skickad och låst; lås upp den först.",
		map[string]any{"Month": widgets.MonthLabel(mo)}))
}

func (m *Screen) onSave() {
	if err := m.save(); err != nil {
		if m.s.ShowConflict(err, true, m.reload) {
			return
		}
		m.setStatus(language.Error(err), true)
		return
	}
	m.setStatus(lang.X("bill.saved", "Räkningen för {{.Month}} är sparad.", map[string]any{"Month": widgets.MonthLabel(m.Key.month)}), false)
	m.s.DataChanged()
}

func (m *Screen) setStatus(text string, isErr bool) {
	m.status.Importance = widget.SuccessImportance
	if isErr {
		m.status.Importance = widget.DangerImportance
	}
	m.status.SetText(text)
	if !isErr {
		widgets.ClearPassing(m.status, text, false)
	}
}

// signerText says who signs the 3057, from the customer register.
func signerText(c rules.Customer) string {
	if c.RepresentativeRole == rules.NoRepresentative {
		return lang.X("bill.signer_customer", "Kunden själv, {{.Who}}. (En ställföreträdare läggs in under Kunder.)",
			map[string]any{"Who": widgets.PersonLabel(c.Name, c.Pnr)})
	}
	role := map[rules.RepresentativeRole]string{
		rules.Vardnadshavare: lang.X("customer.role_vardnadshavare", "Vårdnadshavare"),
		rules.GodMan:         lang.X("customer.role_god_man", "God man"),
		rules.Forvaltare:     lang.X("customer.role_forvaltare", "Förvaltare"),
	}[c.RepresentativeRole]
	return lang.X("bill.signer_rep", "{{.Role}}: {{.Who}} (ändras under Kunder).",
		map[string]any{"Role": role, "Who": widgets.PersonLabel(c.RepresentativeName, c.RepresentativePnr)})
}
