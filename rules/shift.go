package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Windows offices may lack a zone database; Stockholm's rules must travel with the program.
)

// Stockholm is where every clock time in the program is read.
var Stockholm = mustLoad("Europe/Stockholm")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // tzdata is embedded above, so this cannot happen at run time
	}
	return loc
}

// Clock is a wall-clock time as minutes after midnight, 0..1439.
type Clock int

// NoClock marks a missing start or end; such a shift is empty (SHIFT_INVALID).
const NoClock Clock = -1

// ParseClock reads HH:MM (also H:MM); 24:00 is refused, write 00:00.
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || strings.Trim(h+m, "0123456789") != "" || len(m) != 2 || len(h) < 1 || len(h) > 2 || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return 0, fmt.Errorf("ogiltig tid %q (skriv TT:MM, t.ex. 07:30)", s)
	}
	return Clock(hh*60 + mm), nil
}

func (c Clock) String() string {
	if c == NoClock {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

// Kind is the kind of time on a shift, as FK's forms name them.
type Kind string

const (
	Aktiv     Kind = "aktiv"
	Vantetid  Kind = "vantetid"
	Beredskap Kind = "beredskap"
)

// Kinds lists the kinds in the order the forms print them.
var Kinds = []Kind{Aktiv, Vantetid, Beredskap}

func (k Kind) Valid() bool { return k == Aktiv || k == Vantetid || k == Beredskap }

// ParseKind accepts the CSV words and the Swedish spellings with å/ä.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "aktiv", "a", "aktiv tid":
		return Aktiv, nil
	case "vantetid", "väntetid", "v":
		return Vantetid, nil
	case "beredskap", "beredskapstid", "b":
		return Beredskap, nil
	}
	return "", fmt.Errorf("okänt tidsslag %q (aktiv, vantetid eller beredskap)", s)
}

// Shift is one row of a 3059: a day, a start and end clock time and a kind.
// End not after Start means the shift ends the next day.
type Shift struct {
	ID        int64
	Assistant string // 12-digit personnummer or samordningsnummer
	Customer  string // 12-digit personnummer
	Date      Date   // the day the shift began
	Start     Clock
	End       Clock
	Kind      Kind
	// Version is the stored record's version, raised by every change; 0 for a
	// record not read from the store. Saving with a version other than the
	// stored one is refused (data.ErrConflict); 0 saves without that check.
	Version int64
}

// wall resolves a date and clock time in Stockholm. A time that does not exist
// (02:30 on the spring night) is taken as the same wall time after the jump.
func wall(d Date, c Clock) time.Time {
	return time.Date(d.Year, d.Month, d.Day, int(c)/60, int(c)%60, 0, 0, Stockholm)
}

// Interval is the shift's real start and end instant.
func (s Shift) Interval() (start, end time.Time) {
	endDate := s.Date
	if s.End <= s.Start {
		endDate = s.Date.AddDays(1)
	}
	return wall(s.Date, s.Start), wall(endDate, s.End)
}

// Empty says the shift lacks a start or an end.
func (s Shift) Empty() bool { return s.Start == NoClock || s.End == NoClock }

// Minutes is the real elapsed time of the shift, DST included; 0 for an empty shift.
func (s Shift) Minutes() int {
	if s.Empty() {
		return 0
	}
	a, b := s.Interval()
	return int(b.Sub(a) / time.Minute)
}

// NominalMinutes is the length the clock face suggests, ignoring DST.
func (s Shift) NominalMinutes() int {
	if s.Empty() {
		return 0
	}
	n := int(s.End - s.Start)
	if n <= 0 {
		n += 24 * 60
	}
	return n
}

// CrossesDST says whether the shift's real length differs from its clock length.
func (s Shift) CrossesDST() bool { return s.Minutes() != s.NominalMinutes() }

// MinutesIn is the part of the shift that lies inside month m: a shift
// running into the next month is split at midnight.
func (s Shift) MinutesIn(m Month) int {
	if s.Empty() {
		return 0
	}
	a, b := s.Interval()
	lo := wall(m.First(), 0)
	hi := wall(m.Next().First(), 0)
	if a.Before(lo) {
		a = lo
	}
	if b.After(hi) {
		b = hi
	}
	if !b.After(a) {
		return 0
	}
	return int(b.Sub(a) / time.Minute)
}

// CrossesMonth says whether the shift runs past midnight into the next month.
func (s Shift) CrossesMonth() bool {
	return !s.Empty() && s.End <= s.Start && s.Date.AddDays(1).Month != s.Date.Month && s.End > 0
}

// ShiftFault is why a shift cannot be reported (SHIFT_INVALID).
type ShiftFault int

const (
	ShiftOK       ShiftFault = iota
	ShiftNoTimes             // no start or end time
	ShiftBadKind             // Kind is not a kind of time
	ShiftNoLength            // the end is not after the start
	ShiftTooLong             // more than 24 hours
)

// Fault says why the shift cannot be reported, or ShiftOK when it can.
func (s Shift) Fault() ShiftFault {
	if s.Empty() {
		return ShiftNoTimes
	}
	return s.faultOf(s.Minutes())
}

// faultOf is Fault of a shift with a start and an end, n minutes long.
func (s Shift) faultOf(n int) ShiftFault {
	switch {
	case !s.Kind.Valid():
		return ShiftBadKind
	case n <= 0:
		return ShiftNoLength
	case n > 24*60:
		return ShiftTooLong
	}
	return ShiftOK
}

// wallDays resolves the clock times of many shifts in Unix minutes: on a day
// without a clock change a time lies its clock minutes after midnight, so each
// day costs time.Date three times (its midnight and the next two) instead of
// twice every shift. The day last looked up is kept beside the map, as shifts
// mostly come by date.
type wallDays struct {
	days map[Date]wallDay
	last Date
	at1  wallDay // last's
	held bool    // last is set
}

type wallDay struct {
	midnight, next int64 // the day's midnight and the next day's
	even, nextEven bool  // the day, and the next, has 24 hours
}

func (w *wallDays) day(d Date) wallDay {
	if w.held && d == w.last {
		return w.at1
	}
	day, ok := w.days[d]
	if !ok {
		if w.days == nil {
			w.days = map[Date]wallDay{}
		}
		m0, m1, m2 := wallMin(d, 0), wallMin(d.AddDays(1), 0), wallMin(d.AddDays(2), 0)
		day = wallDay{m0, m1, m1-m0 == 24*60, m2-m1 == 24*60}
		w.days[d] = day
	}
	w.last, w.at1, w.held = d, day, true
	return day
}

func (w *wallDays) at(d Date, c Clock) int64 {
	if day := w.day(d); day.even {
		return day.midnight + int64(c)
	}
	return wallMin(d, c)
}

// interval is Shift.Interval in Unix minutes, for a shift with a start and an end.
func (w *wallDays) interval(s *Shift) (start, end int64) {
	day := w.day(s.Date)
	start, end = day.midnight+int64(s.Start), day.midnight+int64(s.End)
	if !day.even {
		start, end = wallMin(s.Date, s.Start), wallMin(s.Date, s.End)
	}
	if s.End > s.Start {
		return start, end
	}
	// It ends the next day.
	if day.nextEven {
		return start, day.next + int64(s.End)
	}
	return start, wallMin(s.Date.AddDays(1), s.End)
}

// Totals are minutes per kind.
type Totals struct {
	Aktiv, Vantetid, Beredskap int
}

func (t *Totals) Add(k Kind, min int) {
	switch k {
	case Aktiv:
		t.Aktiv += min
	case Vantetid:
		t.Vantetid += min
	case Beredskap:
		t.Beredskap += min
	}
}

func (t Totals) Of(k Kind) int {
	switch k {
	case Aktiv:
		return t.Aktiv
	case Vantetid:
		return t.Vantetid
	case Beredskap:
		return t.Beredskap
	}
	return 0
}

func (t Totals) Sum() int { return t.Aktiv + t.Vantetid + t.Beredskap }

func (t Totals) Plus(o Totals) Totals {
	return Totals{t.Aktiv + o.Aktiv, t.Vantetid + o.Vantetid, t.Beredskap + o.Beredskap}
}

// HoursMinutes splits minutes into whole hours and the remaining minutes, as the forms print them.
func HoursMinutes(min int) (int, int) { return min / 60, min % 60 }

// FormatHM prints minutes as "12 h 05 min".
func FormatHM(min int) string {
	h, m := HoursMinutes(min)
	return fmt.Sprintf("%d h %02d min", h, m)
}
