package rules

// Flag is a yes/no answer that may also be not recorded; the rules treat
// "not recorded" differently from "no" (PERMIT_SCOPE).
type Flag uint8

const (
	Unset Flag = iota
	No
	Yes
)

func FlagOf(b bool) Flag {
	if b {
		return Yes
	}
	return No
}

func (f Flag) Bool() bool { return f == Yes }

// ProviderKind is who runs the assistance.
type ProviderKind string

const (
	Privat     ProviderKind = "privat"
	Kommun     ProviderKind = "kommun"
	EgenArbgiv ProviderKind = "egen"
)

// Provider is the assistansanordnare.
type Provider struct {
	Orgnr              string // 10 digits (or 12 for a sole trader's personnummer)
	Name               string
	Kind               ProviderKind
	Contact, Phone     string
	IVOFrom, IVOTo     Date // zero To = open
	FSkatt             Flag
	EmployerRegistered Flag
	PermitGroup        [3]Flag // personkrets 1, 2, 3 of 1 § LSS
	PermitChildren     Flag
	PermitAdults       Flag
	Version            int64 // the stored version, as Shift.Version
}

// RepresentativeRole is the ställföreträdare's role.
type RepresentativeRole string

const (
	NoRepresentative RepresentativeRole = ""
	Vardnadshavare   RepresentativeRole = "vardnadshavare"
	GodMan           RepresentativeRole = "god_man"
	Forvaltare       RepresentativeRole = "forvaltare"
)

// Customer is the assistansberättigad.
type Customer struct {
	Pnr                string
	Name               string
	RepresentativeName string
	RepresentativePnr  string
	RepresentativeRole RepresentativeRole
	Personkrets        int // 1–3, 0 = not recorded
	Inactive           bool
	Version            int64 // the stored version, as Shift.Version
}

// Decision is FK's beslut for a customer. HoursPerWeek is in hundredths of an hour
// so that 37,5 h is exact; HourlyAmount is öre.
type Decision struct {
	Customer          string
	From, To          Date // To zero = open
	HoursPerWeekCenti int64
	HourlyAmount      Ore
	HigherAmount      bool
	DoubleAssistance  bool
	Version           int64 // the stored version, as Shift.Version
}

// Covers says whether the decision covers day d (both ends inclusive).
func (dc Decision) Covers(d Date) bool {
	return !d.Before(dc.From) && (dc.To.IsZero() || !d.After(dc.To))
}

// Regime is the working-time law that applies to an assistant.
type Regime string

const (
	Husligt Regime = "husligt"
	ATL     Regime = "atl"
	Avtal   Regime = "avtal"
)

// Assistant is a personlig assistent.
type Assistant struct {
	Pnr                 string
	Name                string
	Address             string
	OutsideEES          bool
	Unfit               bool
	Regime              Regime
	PeriodStart         Date
	CollectiveAgreement bool
	Inactive            bool
	Version             int64 // the stored version, as Shift.Version
}

// EmployerKind is who employs the assistant for an assignment.
type EmployerKind string

const (
	EmployerProvider EmployerKind = "anordnare"
	EmployerOther    EmployerKind = "annan"
	EmployerSelf     EmployerKind = "egenforetagare"
	EmployerCustomer EmployerKind = "brukare"
)

// Assignment says that an assistant works for a customer.
type Assignment struct {
	Assistant     string
	Customer      string
	ProviderOrgnr string
	Employer      EmployerKind
	EmployerName  string
	EmployerOrgnr string
	EmployedFrom  Date
	Reported3066  Date // the day FK received the 3066; zero = not sent
	Related       bool
	Version       int64 // the stored version, as Shift.Version
}

// MonthInfo holds the 3057 facts of a customer's month that are not shifts.
type MonthInfo struct {
	Customer        string
	Month           Month
	ChildcareSchool bool
	Abroad          bool
	PrevPaymentUsed Flag
	PrevPaymentLeft Ore
	Sent            Date  // zero = not sent
	Version         int64 // the stored version, as Shift.Version
}

// HospitalStay is a period the customer spent in hospital. A zero ToDate is a
// stay not over yet: the customer is still in hospital.
type HospitalStay struct {
	Customer string
	FromDate Date
	FromTime Clock
	ToDate   Date
	ToTime   Clock
	Version  int64 // the stored version, as Shift.Version
}

// Ongoing says the stay has no end yet.
func (h HospitalStay) Ongoing() bool { return h.ToDate.IsZero() }

// Touches says the stay lies in m for some day, and so belongs on m's 3057
// (section 4): an ongoing stay touches every month from the one it began in.
func (h HospitalStay) Touches(m Month) bool {
	return !h.FromDate.After(m.Last()) && (h.Ongoing() || !h.ToDate.Before(m.First()))
}

// CostCategories names the six categories of the 3057's page 2, in its order.
var CostCategories = [6]string{
	"Lön (utom OB-tillägg) och lönebikostnader",
	"Lön i form av OB-tillägg",
	"Assistansomkostnader",
	"Utbildningskostnader",
	"Arbetsmiljöinsatser och personalomkostnader",
	"Administrationskostnader",
}

// Cost is one category of a customer's cost report for a month.
type Cost struct {
	Customer   string
	Month      Month
	Category   int // 1..6
	Amount     Ore
	HoursCenti int64 // the hours the costs are computed on, in hundredths
	Version    int64 // the stored version, as Shift.Version
}

// PrintedTotals is what a month's 3057 carried when it was printed or locked.
type PrintedTotals struct {
	Customer string
	Month    Month
	Totals   Totals
}

// Batch is a set of records to store in one transaction: what one CSV file
// holds, or the whole register when exporting. Shifts are matched on
// (assistant, customer, date, start); the other kinds on their CSV keys
// (schedules on customer, from, week, weekday and start; absences on assistant and date).
type Batch struct {
	Providers   []Provider
	Customers   []Customer
	Decisions   []Decision
	Assistants  []Assistant
	Assignments []Assignment
	Shifts      []Shift
	MonthInfos  []MonthInfo
	Hospital    []HospitalStay
	Costs       []Cost
	Schedules   []ScheduleShift
	Absences    []Absence
}
