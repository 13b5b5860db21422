package csvfile

import (
	"fmt"
	"strconv"
	"strings"

	"assistans/rules"
)

// column is one CSV column of records of type T: how a cell becomes a field
// and back. parse is also called with "" for a column the file leaves out, so
// that every field gets its "empty" value (a missing end time is NoClock, not 00:00).
type column[T any] struct {
	name   string
	key    bool // part of the row's key: the header must name it and no cell may be empty
	text   bool // free text, guarded against formula injection
	parse  func(p *parser, v string, r *T) (reason *rules.Reason)
	format func(r *T) string
}

// parser is what parsing a cell needs besides the cell. Its caches hold the
// successful parses of identity numbers and dates, which repeat on every row of
// a large file: they make reading faster and keep one copy of each number.
type parser struct {
	today rules.Date
	ids   map[idCell]string
	dates map[string]rules.Date
	nums  map[string]int32 // a small number for each identity number, for row keys
}

// idCell is a cell as written and the parser it was read with (their results differ).
type idCell struct {
	what idWhat
	raw  string
}

type idWhat uint8

const (
	whatPnr idWhat = iota
	whatIdentity
	whatProvider
)

func newParser(today rules.Date) parser {
	return parser{today: today, ids: map[idCell]string{}, dates: map[string]rules.Date{}, nums: map[string]int32{}}
}

func (p *parser) num(id string) int32 {
	n, ok := p.nums[id]
	if !ok {
		n = int32(len(p.nums))
		p.nums[id] = n
	}
	return n
}

func (p *parser) id(what idWhat, raw string) (string, error) {
	k := idCell{what, raw}
	if id, ok := p.ids[k]; ok {
		return id, nil
	}
	var id string
	var err error
	switch what {
	case whatPnr:
		id, err = rules.ParsePersonnummer(raw, p.today)
	case whatIdentity:
		id, err = rules.ParseIdentity(raw, p.today)
	default:
		id, err = rules.ParseProviderID(raw, p.today)
	}
	if err != nil {
		return "", err
	}
	p.ids[k] = id
	return id, nil
}

func (p *parser) date(raw string) (rules.Date, error) {
	if d, ok := p.dates[raw]; ok {
		return d, nil
	}
	d, err := rules.ParseDate(raw)
	if err == nil {
		p.dates[raw] = d
	}
	return d, err
}

// textCol is free text: a name, an address, a phone number. Control
// characters and overlong texts are refused (rules.TextProblem).
func textCol[T any](name string, f func(*T) *string) column[T] {
	return column[T]{name: name, text: true,
		parse: func(_ *parser, v string, r *T) *rules.Reason {
			if reason := rules.TextProblem(v); reason != nil {
				return reason
			}
			*f(r) = v
			return nil
		},
		format: func(r *T) string { return *f(r) },
	}
}

// idCol reads an identity number with one of the rules parsers and stores its
// normalised digits; an empty cell stays empty.
func idCol[T any](name string, what idWhat, f func(*T) *string) column[T] {
	return column[T]{name: name,
		parse: func(p *parser, v string, r *T) *rules.Reason {
			if v == "" {
				*f(r) = ""
				return nil
			}
			id, err := p.id(what, v)
			if err != nil {
				return rules.Because(rules.BadIdentity, err)
			}
			*f(r) = id
			return nil
		},
		format: func(r *T) string { return *f(r) },
	}
}

func pnrCol[T any](name string, f func(*T) *string) column[T] {
	return idCol(name, whatPnr, f)
}

// identityCol is for assistants, who may have a samordningsnummer.
func identityCol[T any](name string, f func(*T) *string) column[T] {
	return idCol(name, whatIdentity, f)
}

// orgCol is for providers and employers: an organisationsnummer, or a sole trader's personnummer.
func orgCol[T any](name string, f func(*T) *string) column[T] {
	return idCol(name, whatProvider, f)
}

// valueCol is a column of one value that an empty cell sets to empty; parse
// returns the cell's value, or the reason the cell is refused.
func valueCol[T, V any](name string, f func(*T) *V, empty V, parse func(*parser, string) (V, *rules.Reason), format func(V) string) column[T] {
	return column[T]{name: name,
		parse: func(p *parser, v string, r *T) *rules.Reason {
			if v == "" {
				*f(r) = empty
				return nil
			}
			x, reason := parse(p, v)
			if reason == nil {
				*f(r) = x
			}
			return reason
		},
		format: func(r *T) string { return format(*f(r)) },
	}
}

func dateCol[T any](name string, f func(*T) *rules.Date) column[T] {
	return valueCol(name, f, rules.Date{}, func(p *parser, v string) (rules.Date, *rules.Reason) {
		d, err := p.date(v)
		switch {
		case err != nil:
			return d, rules.Because(rules.BadDate)
		case !rules.DateInRange(d):
			return d, rules.DateRangeProblem()
		}
		return d, nil
	}, rules.Date.String)
}

func monthCol[T any](name string, f func(*T) *rules.Month) column[T] {
	return valueCol(name, f, rules.Month{}, func(_ *parser, v string) (rules.Month, *rules.Reason) {
		m, err := rules.ParseMonth(v)
		switch {
		case err != nil:
			return m, rules.Because(rules.BadMonth)
		case !rules.DateInRange(m.First()):
			return m, rules.DateRangeProblem()
		}
		return m, nil
	}, func(m rules.Month) string {
		if m.IsZero() {
			return ""
		}
		return m.String()
	})
}

// clockCol stores an empty cell as NoClock.
func clockCol[T any](name string, f func(*T) *rules.Clock) column[T] {
	return valueCol(name, f, rules.NoClock, func(_ *parser, v string) (rules.Clock, *rules.Reason) {
		c, err := rules.ParseClock(v)
		if err != nil {
			return c, rules.Because(rules.BadClock)
		}
		return c, nil
	}, rules.Clock.String)
}

// flagCol stores an empty cell as Unset: "not recorded" is not "no".
func flagCol[T any](name string, f func(*T) *rules.Flag) column[T] {
	return valueCol(name, f, rules.Unset, func(_ *parser, v string) (rules.Flag, *rules.Reason) {
		b, reason := yesNo(v)
		return rules.FlagOf(b), reason
	}, func(fl rules.Flag) string {
		switch fl {
		case rules.Yes:
			return "ja"
		case rules.No:
			return "nej"
		}
		return ""
	})
}

// boolCol stores an empty cell as false.
func boolCol[T any](name string, f func(*T) *bool) column[T] {
	return valueCol(name, f, false, func(_ *parser, v string) (bool, *rules.Reason) { return yesNo(v) },
		func(b bool) string {
			if b {
				return "ja"
			}
			return "nej"
		})
}

// yesNo reads a yes/no cell, or gives the reason it cannot.
func yesNo(v string) (bool, *rules.Reason) {
	b, ok := parseYesNo(v)
	if !ok {
		return false, rules.Because(rules.BadYesNo)
	}
	return b, nil
}

func parseYesNo(v string) (yes, ok bool) {
	switch strings.ToLower(v) {
	case "ja", "yes", "1":
		return true, true
	case "nej", "no", "0":
		return false, true
	}
	return false, false
}

// oreCol reads kronor with "," or "." as decimal mark; empty is 0. Amounts are never negative.
func oreCol[T any](name string, f func(*T) *rules.Ore) column[T] {
	return valueCol(name, f, 0, func(_ *parser, v string) (rules.Ore, *rules.Reason) {
		o, err := rules.ParseKr(v)
		switch {
		case err != nil:
			return o, rules.Because(rules.BadAmount)
		case o < 0:
			return o, rules.Because(rules.NegativeAmount)
		case o > rules.MaxAmount:
			return o, rules.Because(rules.AmountTooLarge, rules.MaxAmount)
		}
		return o, nil
	}, func(o rules.Ore) string { return formatHundredths(int64(o)) })
}

// centiCol reads decimal hours as hundredths; empty is 0.
func centiCol[T any](name string, f func(*T) *int64) column[T] {
	return valueCol(name, f, 0, func(_ *parser, v string) (int64, *rules.Reason) {
		c, reason := parseCenti(v)
		if reason != nil {
			return c, reason
		}
		return c, nil
	}, formatHundredths)
}

// parseCenti reads hours with at most two decimals, "," or "." as decimal mark,
// as hundredths: "37,5" is 3750. It refuses more decimals rather than rounding.
func parseCenti(s string) (int64, *rules.Reason) {
	whole, frac, hasMark := strings.Cut(strings.Replace(s, ",", ".", 1), ".")
	if whole == "" || len(whole) > 9 || hasMark && frac == "" || !allDigits(whole) || !allDigits(frac) {
		return 0, rules.Because(rules.BadHours)
	}
	if len(frac) > 2 {
		return 0, rules.Because(rules.HoursDecimals)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	v, _ := strconv.ParseInt(whole+frac, 10, 64) // at most 11 digits, so it cannot overflow
	return v, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatHundredths writes 123450 as "1234,50": no group spaces, so that the
// reader and spreadsheets see one number.
func formatHundredths(v int64) string {
	sign := ""
	u := uint64(v)
	if v < 0 {
		sign, u = "-", -u
	}
	return fmt.Sprintf("%s%d,%02d", sign, u/100, u%100)
}

// enumCol accepts the CSV words and their spellings with å/ä/ö, spaces and capitals
// ("Vårdnadshavare", "god man"); empty stays empty.
func enumCol[T any](name string, get func(*T) string, set func(*T, string), words ...string) column[T] {
	reason := rules.Because(rules.BadWord, words)
	return column[T]{name: name,
		// An enum read from a database may hold anything, so it is written as guarded text.
		text: true,
		parse: func(_ *parser, v string, r *T) *rules.Reason {
			if v == "" {
				set(r, "")
				return nil
			}
			n := enumWord(v)
			for _, w := range words {
				if n == w {
					set(r, w)
					return nil
				}
			}
			return reason
		},
		format: get,
	}
}

// enumField is enumCol on a field of a string type of its own.
func enumField[T any, E ~string](name string, f func(*T) *E, words ...E) column[T] {
	list := make([]string, len(words))
	for i, w := range words {
		list[i] = string(w)
	}
	return enumCol(name, func(r *T) string { return string(*f(r)) }, func(r *T, v string) { *f(r) = E(v) }, list...)
}

var enumFold = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", " ", "_", "-", "_")

func enumWord(v string) string { return enumFold.Replace(strings.ToLower(v)) }

// shiftKindCol keeps an unknown word as it is, so that the check can report
// SHIFT_INVALID with the word the office wrote.
func shiftKindCol() column[rules.Shift] {
	return column[rules.Shift]{name: "kind", text: true,
		parse: func(_ *parser, v string, r *rules.Shift) *rules.Reason {
			if k, err := rules.ParseKind(v); err == nil {
				r.Kind = k
			} else if reason := rules.TextProblem(v); reason != nil {
				return reason
			} else {
				r.Kind = rules.Kind(v)
			}
			return nil
		},
		format: func(r *rules.Shift) string { return string(r.Kind) },
	}
}

func categoryCol() column[rules.Cost] {
	return column[rules.Cost]{name: "category",
		parse: func(_ *parser, v string, r *rules.Cost) *rules.Reason {
			if len(v) != 1 || v[0] < '1' || v[0] > '6' {
				return rules.Because(rules.BadCategory)
			}
			r.Category = int(v[0] - '0')
			return nil
		},
		format: func(r *rules.Cost) string { return strconv.Itoa(r.Category) },
	}
}

// Formula injection: see the package comment and ExcelWriter.
func needsGuard(s string) bool {
	return s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0]))
}

func unguard(s string) string {
	if strings.HasPrefix(s, "'") && needsGuard(s[1:]) {
		return s[1:]
	}
	return s
}
