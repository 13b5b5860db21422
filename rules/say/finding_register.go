package say

import (
	"errors"
	"fmt"

	"assistans/rules"
)

// The texts of the findings about the registers: the provider's permit and
// the identity numbers, in the style of finding_shift.go.

// What a private provider can lack (PROVIDER_PERMIT) and what a permit may not
// cover (PERMIT_SCOPE).
func lackIVO(en bool) string {
	return pick(en, "giltigt tillstånd från IVO", "a valid permit from IVO")
}

func lackFSkatt(en bool) string {
	return pick(en, "godkännande för F-skatt", "approval for F-tax (F-skatt)")
}

func lackEmployer(en bool) string {
	return pick(en, "registrering som arbetsgivare", "registration as an employer")
}

func outsideGroup(en bool, k int) string {
	if en {
		return fmt.Sprintf("group %d under section 1 of the LSS (personkrets), to which the customer belongs", k)
	}
	return fmt.Sprintf("personkrets %d enligt 1 § LSS, som kunden tillhör", k)
}

func outsideChildren(en bool, age int) string {
	if en {
		return fmt.Sprintf("children under 18 (the customer is %d)", age)
	}
	return fmt.Sprintf("barn under 18 år (kunden är %d år)", age)
}

func outsideAdults(en bool, age int) string {
	if en {
		return fmt.Sprintf("adults (the customer is %d)", age)
	}
	return fmt.Sprintf("vuxna (kunden är %d år)", age)
}

// permitLacks lists what the provider lacks, in the order the rule judges it.
func permitLacks(en bool, a rules.ProviderPermitArgs) []string {
	var lacks []string
	if a.NoIVO {
		lacks = append(lacks, lackIVO(en))
	}
	if a.NoFSkatt {
		lacks = append(lacks, lackFSkatt(en))
	}
	if a.NotEmployer {
		lacks = append(lacks, lackEmployer(en))
	}
	return lacks
}

// scopeOutside lists what of the customer the permit does not cover.
func scopeOutside(en bool, a rules.PermitScopeArgs) []string {
	var outside []string
	if a.Group != 0 {
		outside = append(outside, outsideGroup(en, a.Group))
	}
	if a.Children {
		outside = append(outside, outsideChildren(en, a.Age))
	}
	if a.Adults {
		outside = append(outside, outsideAdults(en, a.Age))
	}
	return outside
}

func msgProviderPermit(en bool, a rules.ProviderPermitArgs) string {
	p, day, lacks := a.Provider, a.Day, permitLacks(en, a)
	if en {
		return fmt.Sprintf("The provider %s (%s) lacks %s on %s, a day with shifts for the customer. FK does not pay "+
			"the allowance to a private provider without an IVO permit, F-tax approval and registration as an employer. "+
			"Check and correct the provider's details.", p.Name, p.Orgnr, listText(en, lacks), day)
	}
	return fmt.Sprintf("Anordnaren %s (%s) saknar %s den %s, en dag med pass för kunden. FK betalar inte "+
		"ersättning till en privat anordnare utan IVO-tillstånd, F-skatt och registrering som arbetsgivare. "+
		"Kontrollera och rätta uppgifterna om anordnaren.", p.Name, p.Orgnr, listText(en, lacks), day)
}

func msgPermitScope(en bool, a rules.PermitScopeArgs) string {
	p, day, outside := a.Provider, a.Day, scopeOutside(en, a)
	if en {
		return fmt.Sprintf("According to the register, the IVO permit of the provider (%s, %s) does not cover %s, but the customer "+
			"receives assistance on %s. FK does not pay for assistance that the permit does not cover. Check the permit "+
			"and the customer's group (personkrets), and correct the details.", p.Name, p.Orgnr, listText(en, outside), day)
	}
	return fmt.Sprintf("Anordnarens (%s, %s) IVO-tillstånd omfattar enligt registret inte %s, men kunden får "+
		"assistans den %s. FK betalar inte för assistans som tillståndet inte omfattar. Kontrollera tillståndet "+
		"och kundens personkrets, och rätta uppgifterna.", p.Name, p.Orgnr, listText(en, outside), day)
}

// idField names the identity field that ID_INVALID is about.
func idField(en bool, a rules.IDInvalidArgs) string {
	switch a.Field {
	case rules.IDOfRepresentative:
		return idRepresentative(en, a.Customer)
	case rules.IDOfAssistant:
		return idAssistant(en)
	case rules.IDOfProvider:
		return idProvider(en)
	}
	return idCustomer(en)
}

func idCustomer(en bool) string {
	return pick(en, "Kundens personnummer", "The customer's personnummer")
}

func idRepresentative(en bool, customer string) string {
	return pick(en, "Ställföreträdarens personnummer (kund ", "The representative's personnummer (customer ") + customer + ")"
}

func idAssistant(en bool) string {
	return pick(en, "Assistentens person- eller samordningsnummer",
		"The assistant's personnummer or samordningsnummer")
}

func idProvider(en bool) string {
	return pick(en, "Anordnarens organisationsnummer", "The provider's organisationsnummer")
}

// idReasonEN is the reason of an identity number's refusal in English, from
// its code and the numbers it names; a refusal without a code gets
// idReasonUnknown.
func idReasonEN(e *rules.IDError) string {
	a := e.Args
	switch e.Code {
	case rules.IDMissing:
		return "the number is missing"
	case rules.IDBadCharacter:
		return `only digits are allowed, and "-" or "+" before the last four`
	case rules.IDDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 or 12 digits", a["N"])
	case rules.IDOrgDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 digits", a["N"])
	case rules.IDProviderDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 digits (organisationsnummer) or 12 (personnummer)", a["N"])
	case rules.IDIsSamordning:
		return fmt.Sprintf("it is a samordningsnummer (the day is %v), not a personnummer", a["Day"])
	case rules.IDNotSamordning:
		return "it is not a samordningsnummer (the day must be 61–91)"
	case rules.IDNoDate:
		return "the date does not exist"
	case rules.IDNoSuchDate:
		return fmt.Sprintf("the date %v does not exist", a["Date"])
	case rules.IDSerialZero:
		return "the birth number 000 is not valid"
	case rules.IDCheckDigit:
		return "the check digit is wrong"
	case rules.IDFutureBirth:
		return fmt.Sprintf("the birth date %v is in the future", a["Date"])
	case rules.IDTooOld:
		return fmt.Sprintf("the birth year %v is before %v", a["Year"], a["Min"])
	case rules.IDOrgPlus:
		return `an organisationsnummer has "-", not "+", before the last four digits`
	case rules.IDOrgPrefix:
		return "a 12-digit organisationsnummer begins with 16"
	case rules.IDOrgMonth:
		return "the third and fourth digits together must be at least 20"
	case rules.IDStoredLength:
		return "must be 12 digits"
	case rules.IDBeforeBirth:
		return fmt.Sprintf("%v is before the birth date", a["Date"])
	}
	return idReasonUnknown
}

const idReasonUnknown = "it cannot be read as a valid number"

func idReasonText(en bool, err error) string {
	reason := err.Error()
	ie, ok := errors.AsType[*rules.IDError](err)
	if ok {
		reason = ie.Reason
	}
	if !en {
		return reason
	}
	if !ok {
		return idReasonUnknown
	}
	return idReasonEN(ie)
}

func msgIDInvalid(en bool, what, value string, err error) string {
	if en {
		return fmt.Sprintf("%s %q is not valid: %s. FK cannot link the details to the right person or "+
			"provider, and the forms will be wrong. Correct the number.", what, value, idReasonText(en, err))
	}
	return fmt.Sprintf("%s %q är ogiltigt: %s. FK kan inte koppla uppgifterna till rätt person eller "+
		"anordnare, och blanketterna blir fel. Rätta numret.", what, value, idReasonText(en, err))
}
