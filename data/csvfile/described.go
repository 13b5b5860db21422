package csvfile

import (
	"fmt"

	"assistans/data/record"
	"assistans/rules"
)

// describedCols are the CSV columns of a register, from its description: the
// described fields with a CSV name, in order, each read and written by its kind.
func describedCols[T any](d *record.Desc[T]) []column[T] {
	var cols []column[T]
	for _, f := range d.Fields {
		if f.CSV != "" {
			c := fieldColumn(f)
			c.key = f.Key
			cols = append(cols, c)
		}
	}
	return cols
}

func fieldColumn[T any](f record.Field[T]) column[T] {
	str := func(r *T) *string { return f.Ptr(r).(*string) }
	switch f.Kind {
	case record.Text:
		return textCol(f.CSV, str)
	case record.Pnr:
		return pnrCol(f.CSV, str)
	case record.Identity:
		return identityCol(f.CSV, str)
	case record.OrgID:
		return orgCol(f.CSV, str)
	case record.Enum:
		return enumCol(f.CSV, f.Text, f.SetText, f.Words...)
	case record.Date:
		return dateCol(f.CSV, func(r *T) *rules.Date { return f.Ptr(r).(*rules.Date) })
	case record.Flag:
		return flagCol(f.CSV, func(r *T) *rules.Flag { return f.Ptr(r).(*rules.Flag) })
	case record.Bool:
		return boolCol(f.CSV, func(r *T) *bool { return f.Ptr(r).(*bool) })
	case record.Ore:
		return oreCol(f.CSV, func(r *T) *rules.Ore { return f.Ptr(r).(*rules.Ore) })
	case record.Centi:
		return centiCol(f.CSV, func(r *T) *int64 { return f.Ptr(r).(*int64) })
	case record.Small:
		return smallCol(f.CSV, func(r *T) *int { return f.Ptr(r).(*int) })
	case record.Month:
		return monthCol(f.CSV, func(r *T) *rules.Month { return f.Ptr(r).(*rules.Month) })
	case record.Clock:
		return clockCol(f.CSV, func(r *T) *rules.Clock { return f.Ptr(r).(*rules.Clock) })
	}
	panic(fmt.Sprintf("record field %s: kind %d has no CSV column", f.Name, f.Kind))
}

// smallReasons say what a small number's column takes (INTERFACE.md's messages).
var smallReasons = map[string]struct {
	max    int
	reason rules.ReasonCode
}{
	"personkrets": {3, rules.BadPersonkrets},
}

// smallCol is a number 1…max, or empty for 0 ("not recorded").
func smallCol[T any](name string, f func(*T) *int) column[T] {
	rule, ok := smallReasons[name]
	if !ok {
		panic("csvfile: no rule for the small number column " + name)
	}
	return column[T]{name: name,
		parse: func(_ *parser, v string, r *T) *rules.Reason {
			if v == "" {
				*f(r) = 0
				return nil
			}
			if len(v) != 1 || v[0] < '1' || int(v[0]-'0') > rule.max {
				return rules.Because(rule.reason)
			}
			*f(r) = int(v[0] - '0')
			return nil
		},
		format: func(r *T) string {
			if *f(r) == 0 {
				return ""
			}
			return fmt.Sprint(*f(r))
		},
	}
}
