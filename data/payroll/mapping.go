// Package payroll turns a month's shifts into löneunderlag: a PAXml file for the
// payroll program and a plain CSV for Excel. It is pure: domain values in, bytes out.
package payroll

import (
	"encoding/json"
	"slices"
	"strings"

	"assistans/rules"
	"assistans/rules/say"
)

// OBPeriod is one kind of unsocial-hours supplement (OB): the aktiv minutes that
// fall on one of Days between From and To get Code in addition to the aktiv code.
// A To not after From runs over midnight; From equal to To is the whole day.
type OBPeriod struct {
	Name string   `json:"namn"`
	Code string   `json:"kod"`
	Days []string `json:"dagar"` // mån tis ons tor fre lör sön
	From string   `json:"fran"`  // HH:MM
	To   string   `json:"till"`  // HH:MM
}

// Mapping is the user's own pay codes, kept in payroll.json beside the database.
type Mapping struct {
	Comment string `json:"kommentar"`
	// Codes are the PAXml tidkod of each kind of time, keyed aktiv, vantetid, beredskap.
	Codes map[string]string `json:"koder"`
	// OB periods in priority order: a minute takes the first period it falls in.
	OB []OBPeriod `json:"ob"`
	// Absences are the PAXml tidkod of each absence reason, keyed sjuk, semester,
	// vab, ledig; a reason left out takes DefaultAbsenceCodes' code.
	Absences map[string]string `json:"franvarokoder,omitempty"`
	// Employees maps an assistant's 12-digit number to the anställningsnummer
	// of the payroll program; an assistant not listed is sent under the number itself.
	Employees map[string]string `json:"anstallningsnummer"`
	// Customers maps a customer's 12-digit number to the kundnummer (brukare)
	// of the payroll program, likewise defaulting to the number itself.
	Customers map[string]string `json:"kundnummer"`
}

var weekdays = []string{"mån", "tis", "ons", "tor", "fre", "lör", "sön"}

// DefaultMapping is the mapping written the first time. Its OB periods are
// examples: each collective agreement defines its own, and the user must adapt them.
func DefaultMapping() Mapping {
	return Mapping{
		Comment: "Lönekoder för PAXml-exporten. OB-perioderna är exempel: anpassa dem till ert kollektivavtal " +
			"(helgdagar räknas inte som helg). Koderna ska vara PAXml-tidkoder som löneprogrammet känner till.",
		Codes: map[string]string{string(rules.Aktiv): "ARB", string(rules.Vantetid): "JR1", string(rules.Beredskap): "BE1"},
		OB: []OBPeriod{
			{Name: "OB helg", Code: "OB3", Days: []string{"lör", "sön"}, From: "00:00", To: "00:00"},
			{Name: "OB natt", Code: "OB2", Days: weekdays[:5], From: "22:00", To: "06:00"},
			{Name: "OB kväll", Code: "OB1", Days: weekdays[:5], From: "18:00", To: "22:00"},
		},
		Absences:  DefaultAbsenceCodes(),
		Employees: map[string]string{},
		Customers: map[string]string{},
	}
}

// ParseMapping reads payroll.json and checks every value, so that a typing
// mistake is reported before a payroll file is written.
func ParseMapping(b []byte) (Mapping, error) {
	var m Mapping
	if err := json.Unmarshal(b, &m); err != nil {
		return Mapping{}, say.Refused(rules.PayrollUnreadable, err)
	}
	if _, err := m.compile(); err != nil {
		return Mapping{}, err
	}
	if _, err := m.compileAbsence(); err != nil {
		return Mapping{}, err
	}
	return m, nil
}

// JSON is the mapping as the file holds it: indented, å/ä/ö as themselves.
func (m Mapping) JSON() ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}

// period is an OBPeriod ready for classifying minutes.
type period struct {
	name, code string
	days       [7]bool // indexed by time.Weekday
	from, to   rules.Clock
}

func (p period) covers(wd int, c rules.Clock) bool {
	if !p.days[wd] {
		return false
	}
	switch {
	case p.from == p.to:
		return true
	case p.from < p.to:
		return p.from <= c && c < p.to
	default:
		return c >= p.from || c < p.to
	}
}

type compiled struct {
	codes     [3]string // in rules.Kinds order
	ob        []period
	edges     []rules.Clock // every clock time where an OB period starts or ends, and midnight
	employees map[string]string
	customers map[string]string
}

func (m Mapping) compile() (compiled, error) {
	c := compiled{employees: m.Employees, customers: m.Customers, edges: []rules.Clock{0}}
	for k := range m.Codes {
		if !rules.Kind(k).Valid() {
			return c, say.Refused(rules.PayrollUnknownKind, k)
		}
	}
	for i, k := range rules.Kinds {
		code := m.Codes[string(k)]
		if err := checkCode(code, rules.PayrollKindNoCode, rules.PayrollKindBadCode, k); err != nil {
			return c, err
		}
		c.codes[i] = code
	}
	for i, o := range m.OB {
		n := i + 1
		if err := checkCode(o.Code, rules.PayrollOBNoCode, rules.PayrollOBBadCode, n, o.Name); err != nil {
			return c, err
		}
		p := period{name: o.Name, code: o.Code}
		if p.name == "" {
			p.name = o.Code
		}
		var err error
		if p.from, err = rules.ParseClock(o.From); err != nil {
			return c, say.Refused(rules.PayrollOBFrom, n, o.Name, err)
		}
		if p.to, err = rules.ParseClock(o.To); err != nil {
			return c, say.Refused(rules.PayrollOBTo, n, o.Name, err)
		}
		if len(o.Days) == 0 {
			return c, say.Refused(rules.PayrollOBNoDays, n, o.Name)
		}
		for _, d := range o.Days {
			i := slices.Index(weekdays, strings.ToLower(strings.TrimSpace(d)))
			if i < 0 {
				return c, say.Refused(rules.PayrollOBBadDay, n, o.Name, d)
			}
			p.days[(i+1)%7] = true // weekdays starts on Monday, time.Weekday on Sunday
		}
		c.ob = append(c.ob, p)
		c.edges = append(c.edges, p.from, p.to)
	}
	for pnr, id := range m.Employees {
		if strings.TrimSpace(id) == "" {
			return c, say.Refused(rules.PayrollNoEmployeeNo, rules.FormatPnr(pnr))
		}
	}
	for pnr, id := range m.Customers {
		if strings.TrimSpace(id) == "" {
			return c, say.Refused(rules.PayrollNoCustomerNo, rules.FormatPnr(pnr))
		}
	}
	slices.Sort(c.edges)
	c.edges = slices.Compact(c.edges)
	return c, nil
}

// checkCode refuses an empty code (missing, with what) or one PAXml does not
// know (bad, with what and the code).
func checkCode(code string, missing, bad rules.RefusalCode, what ...any) error {
	if code == "" {
		return say.Refused(missing, what...)
	}
	if !slices.Contains(tidkoder, code) {
		return say.Refused(bad, append(what, code)...)
	}
	return nil
}

// tidkoder are the codes PAXml 2.0's schema allows in <tidkod>; the payroll
// program refuses a file with any other.
var tidkoder = strings.Fields(`SJK SJK_KAR SJK_LÖN SJK_ERS SJK_PEN ASK HAV FPE VAB SMB UTB MIL SVE NÄR TJL
	SEM SEM_BET SEM_SPA SEM_OBE SEM_FÖR KOM PEM PER FAC ATK KON PAP ATF
	FR1 FR2 FR3 FR4 FR5 FR6 FR7 FR8 FR9 FLX TS1 TS2 TS3 TS4 TS5 TS6 TS7 TS8 TS9
	TID ARB MER ÖT1 ÖT2 ÖT3 ÖT4 ÖT5 ÖK1 ÖK2 ÖK3 ÖK4 ÖK5 OB1 OB2 OB3 OB4 OB5 OS1 OS2 OS3 OS4 OS5
	JR1 JR2 JR3 JS1 JS2 JS3 BE1 BE2 BE3 BS1 BS2 BS3 RE1 RE2 RE3 RE4 HLG SKI
	LT1 LT2 LT3 LT4 LT5 LT6 LT7 LT8 LT9 NV1 NV2 NV3 NV4 NV5 NV6 NV7 NV8 NV9`)

func (c compiled) employee(pnr string) string {
	if id := c.employees[pnr]; id != "" {
		return id
	}
	return pnr
}

func (c compiled) customer(pnr string) string {
	if id := c.customers[pnr]; id != "" {
		return id
	}
	return pnr
}
