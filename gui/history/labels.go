package history

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"assistans/data"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The captions of stored columns and their values in words.

// columnLabel is a column's name in words; a flattened settings name is shown as it is.
func columnLabel(table, col string) string {
	switch col {
	case "orgnr":
		return lang.X("history.c_orgnr", "Organisationsnummer")
	case "pnr":
		return lang.X("history.c_pnr", "Personnummer")
	case "name":
		return lang.X("history.c_name", "Namn")
	case "kind":
		if table == data.TableShifts {
			return lang.X("history.c_shift_kind", "Tidsslag")
		}
		return lang.X("history.c_provider_kind", "Typ")
	case "contact":
		return lang.X("history.c_contact", "Kontaktperson")
	case "phone":
		return lang.X("history.c_phone", "Telefon")
	case "ivo_from":
		return lang.X("history.c_ivo_from", "IVO-tillstånd från")
	case "ivo_to":
		return lang.X("history.c_ivo_to", "IVO-tillstånd till")
	case "fskatt":
		return lang.X("history.c_fskatt", "F-skatt")
	case "employer_registered":
		return lang.X("history.c_employer_registered", "Registrerad arbetsgivare")
	case "permit_group1":
		return lang.X("history.c_permit_group1", "Tillstånd personkrets grupp 1")
	case "permit_group2":
		return lang.X("history.c_permit_group2", "Tillstånd personkrets grupp 2")
	case "permit_group3":
		return lang.X("history.c_permit_group3", "Tillstånd personkrets grupp 3")
	case "permit_children":
		return lang.X("history.c_permit_children", "Tillstånd barn")
	case "permit_adults":
		return lang.X("history.c_permit_adults", "Tillstånd vuxna")
	case "representative_name":
		return lang.X("history.c_representative_name", "Ställföreträdare")
	case "representative_pnr":
		return lang.X("history.c_representative_pnr", "Ställföreträdarens personnummer")
	case "representative_role":
		return lang.X("history.c_representative_role", "Ställföreträdarens roll")
	case "personkrets":
		return lang.X("history.c_personkrets", "Personkrets")
	case "inactive":
		return lang.X("history.c_inactive", "Inaktiv")
	case "customer":
		return lang.X("history.c_customer", "Kund")
	case "assistant":
		return lang.X("history.c_assistant", "Assistent")
	case "from_date":
		return lang.X("history.c_from_date", "Från")
	case "to_date":
		return lang.X("history.c_to_date", "Till")
	case "from_time":
		return lang.X("history.c_from_time", "Från klockan")
	case "to_time":
		return lang.X("history.c_to_time", "Till klockan")
	case "hours_per_week_centi":
		return lang.X("history.c_hours_per_week", "Timmar per vecka")
	case "hourly_amount_ore":
		return lang.X("history.c_hourly_amount", "Timbelopp")
	case "higher_amount":
		return lang.X("history.c_higher_amount", "Förhöjt timbelopp")
	case "double_assistance":
		return lang.X("history.c_double_assistance", "Dubbelassistans")
	case "address":
		return lang.X("history.c_address", "Adress")
	case "outside_ees":
		return lang.X("history.c_outside_ees", "Bor utanför EES")
	case "unfit":
		return lang.X("history.c_unfit", "Saknar förmåga att arbeta som assistent")
	case "regime":
		return lang.X("history.c_regime", "Arbetstidsregler")
	case "period_start":
		return lang.X("history.c_period_start", "Beräkningsperioder från")
	case "collective_agreement":
		return lang.X("history.c_collective_agreement", "Kollektivavtal")
	case "provider_orgnr":
		return lang.X("history.c_provider_orgnr", "Anordnare")
	case "employer":
		return lang.X("history.c_employer", "Arbetsgivare")
	case "employer_name":
		return lang.X("history.c_employer_name", "Arbetsgivarens namn")
	case "employer_orgnr":
		return lang.X("history.c_employer_orgnr", "Arbetsgivarens org.nr")
	case "employed_from":
		return lang.X("history.c_employed_from", "Anställd från")
	case "reported_3066":
		return lang.X("history.c_reported_3066", "FK tog emot 3066")
	case "related":
		return lang.X("history.c_related", "Närstående")
	case "date":
		return lang.X("history.c_date", "Datum")
	case "start_min":
		return lang.X("history.c_start", "Start")
	case "end_min":
		return lang.X("history.c_end", "Slut")
	case "month":
		return lang.X("history.c_month", "Månad")
	case "childcare_school":
		return lang.X("history.c_childcare_school", "Assistans i barnomsorg, skola eller daglig verksamhet")
	case "abroad":
		return lang.X("history.c_abroad", "Utomlands utanför EES")
	case "prev_payment_used":
		return lang.X("history.c_prev_payment_used", "Förra månadens utbetalning använd")
	case "prev_payment_left":
		return lang.X("history.c_prev_payment_left", "Kvar av förra månadens utbetalning")
	case "sent":
		return lang.X("history.c_sent", "Skickad till FK")
	case "category":
		return lang.X("history.c_category", "Kategori")
	case "amount_ore":
		return lang.X("history.c_amount", "Belopp")
	case "hours_centi":
		return lang.X("history.c_hours", "Timmar")
	case "aktiv_min":
		return lang.X("history.c_aktiv", "Aktiv tid")
	case "vantetid_min":
		return lang.X("history.c_vantetid", "Väntetid")
	case "beredskap_min":
		return lang.X("history.c_beredskap", "Beredskap")
	case "printed_at":
		return lang.X("history.c_printed_at", "Utskriven")
	case "override_reason":
		return lang.X("history.c_override_reason", "Skäl att skriva ut trots fel")
	case "key":
		return lang.X("history.c_key", "Nyckel")
	}
	return strings.TrimPrefix(col, "value.")
}

// formatValue shows a stored value as the screens show it: clock times,
// kronor, hours, yes or no, names with identity numbers.
func formatValue(table, col string, v any, names map[string]string) string {
	if v == nil || v == "" {
		return "–"
	}
	s := fmt.Sprint(v)
	n, numErr := strconv.ParseInt(s, 10, 64)
	isNum := numErr == nil
	yesNo := func() string {
		if n != 0 {
			return lang.X("history.yes", "ja")
		}
		return lang.X("history.no", "nej")
	}
	switch col {
	case "customer", "assistant", "pnr", "representative_pnr":
		return widgets.PersonLabel(names[s], s)
	case "start_min", "end_min", "from_time", "to_time":
		if isNum {
			return rules.Clock(n).String()
		}
	case "aktiv_min", "vantetid_min", "beredskap_min":
		if isNum {
			return widgets.FormatMinutes(int(n))
		}
	case "hourly_amount_ore", "amount_ore", "prev_payment_left":
		if isNum {
			return rules.Ore(n).String()
		}
	case "hours_per_week_centi", "hours_centi":
		if isNum {
			return widgets.FormatWeekHours(n) + " h"
		}
	case "inactive", "outside_ees", "unfit", "higher_amount", "double_assistance", "related",
		"childcare_school", "abroad", "collective_agreement", "fskatt", "employer_registered",
		"permit_group1", "permit_group2", "permit_group3", "permit_children", "permit_adults", "prev_payment_used":
		if isNum {
			return yesNo()
		}
	case "month":
		if m, err := rules.ParseMonth(s); err == nil {
			return widgets.MonthLabel(m)
		}
	case "kind":
		if table == data.TableShifts {
			return widgets.KindName(rules.Kind(s))
		}
		return widgets.ProviderKindText(rules.ProviderKind(s))
	case "regime":
		return widgets.RegimeText(rules.Regime(s))
	case "employer":
		return widgets.EmployerText(rules.EmployerKind(s))
	case "representative_role":
		return widgets.RoleText(rules.RepresentativeRole(s))
	case "printed_at":
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.In(rules.Stockholm).Format("2006-01-02 15:04")
		}
	}
	return s
}
