package timesheet

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"assistans/gui/widgets"
	"assistans/rules"
)

// The month screen's decisions that need no widgets: reading the day field,
// the text a stored shift is shown with, overlaps, and which shifts the copy
// buttons make.

// tsParseDay reads the day field of month m: a day number (5 or 05), day/month
// (5/10), or a full date (2026-10-05); the day must lie in m.
func tsParseDay(s string, m rules.Month) (rules.Date, string) {
	s = strings.TrimSpace(s)
	bad := func() (rules.Date, string) {
		return rules.Date{}, lang.X("timesheet.bad_day", "Dagen ”{{.Text}}” finns inte i {{.Month}}; skriv dagens nummer, 1–{{.N}}.",
			map[string]any{"Text": s, "Month": widgets.MonthLabel(m), "N": m.Days()})
	}
	if s == "" {
		return rules.Date{}, lang.X("timesheet.no_day", "Skriv vilken dag passet började (1–{{.N}}).", map[string]any{"N": m.Days()})
	}
	var d rules.Date
	if strings.Count(s, "-") == 2 {
		var err error
		if d, err = rules.ParseDate(s); err != nil {
			return bad()
		}
	} else {
		day, mon, hasMonth := strings.Cut(s, "/")
		n, err := strconv.Atoi(day)
		if err != nil || strings.Trim(day, "0123456789") != "" || n < 1 || n > m.Days() {
			return bad()
		}
		if hasMonth {
			if mn, err := strconv.Atoi(mon); err != nil || mn != int(m.Month) {
				return bad()
			}
		}
		d = rules.D(m.Year, m.Month, n)
	}
	if !m.Contains(d) {
		return bad()
	}
	return d, ""
}

// tsDayText is how the day field shows a shift's date: the day number within
// month m, and day/month for a night shift begun the month before.
func tsDayText(d rules.Date, m rules.Month) string {
	if m.Contains(d) {
		return strconv.Itoa(d.Day)
	}
	return fmt.Sprintf("%d/%d", d.Day, int(d.Month))
}

// tsPassText is a stored shift in the short form ParseShiftShort reads back:
// 08:00-16:00, with " v" or " b" after väntetid and beredskap.
func tsPassText(sh rules.Shift) string {
	if sh.Empty() {
		return ""
	}
	s := sh.Start.String() + "-" + sh.End.String()
	switch sh.Kind {
	case rules.Vantetid:
		s += " v"
	case rules.Beredskap:
		s += " b"
	}
	return s
}

// tsSameShift says whether a and b are the same day, times and kind.
func tsSameShift(a, b rules.Shift) bool {
	return a.Date == b.Date && a.Start == b.Start && a.End == b.End && a.Kind == b.Kind
}

// tsISOWeek is the ISO week number of d, as Swedish calendars print it.
func tsISOWeek(d rules.Date) int {
	_, w := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// tsWords are the words every row shows, looked up once: the screen shows
// them again after every keystroke, and a translation lookup is slow.
type tsWords struct {
	weekday [7]string // by time.Weekday
	kind    map[rules.Kind]string
	hm      map[int]string // formatMinutes, as it is asked for
}

func newTSWords() tsWords {
	w := tsWords{kind: map[rules.Kind]string{}, hm: map[int]string{}}
	for d := range 7 {
		w.weekday[d] = tsWeekday(rules.D(2026, 10, 4+d)) // Sunday 4 October 2026 and on
	}
	for _, k := range rules.Kinds {
		w.kind[k] = widgets.KindName(k)
	}
	return w
}

func (w tsWords) minutes(min int) string {
	s, ok := w.hm[min]
	if !ok {
		s = widgets.FormatMinutes(min)
		w.hm[min] = s
	}
	return s
}

// tsWeekday is the short Swedish name of d's weekday.
func tsWeekday(d rules.Date) string {
	switch d.Weekday() {
	case time.Monday:
		return lang.X("timesheet.wd_mon", "mån")
	case time.Tuesday:
		return lang.X("timesheet.wd_tue", "tis")
	case time.Wednesday:
		return lang.X("timesheet.wd_wed", "ons")
	case time.Thursday:
		return lang.X("timesheet.wd_thu", "tor")
	case time.Friday:
		return lang.X("timesheet.wd_fri", "fre")
	case time.Saturday:
		return lang.X("timesheet.wd_sat", "lör")
	}
	return lang.X("timesheet.wd_sun", "sön")
}
