package record

import "assistans/rules"

// The field constructors: name is the storage column, csv the file column
// ("" for none), label the caption's translation key.

func field[T any](k Kind, name, csv, label string, ptr func(*T) any) Field[T] {
	return Field[T]{FieldInfo: FieldInfo{Name: name, CSV: csv, Label: label, Kind: k}, ptr: ptr}
}

// Str is a field of one of the text kinds: Text, Pnr, Identity or OrgID.
func Str[T any](k Kind, name, csv, label string, f func(*T) *string) Field[T] {
	return field(k, name, csv, label, func(x *T) any { return f(x) })
}

// Choice is an Enum field: one of words, or empty.
func Choice[T any, E ~string](name, csv, label string, f func(*T) *E, words ...E) Field[T] {
	fl := field(Enum, name, csv, label, func(x *T) any { return f(x) })
	for _, w := range words {
		fl.Words = append(fl.Words, string(w))
	}
	fl.getS = func(x *T) string { return string(*f(x)) }
	fl.setS = func(x *T, v string) { *f(x) = E(v) }
	return fl
}

func DateF[T any](name, csv, label string, f func(*T) *rules.Date) Field[T] {
	return field(Date, name, csv, label, func(x *T) any { return f(x) })
}

func FlagF[T any](name, csv, label string, f func(*T) *rules.Flag) Field[T] {
	return field(Flag, name, csv, label, func(x *T) any { return f(x) })
}

func BoolF[T any](name, csv, label string, f func(*T) *bool) Field[T] {
	return field(Bool, name, csv, label, func(x *T) any { return f(x) })
}

func OreF[T any](name, csv, label string, f func(*T) *rules.Ore) Field[T] {
	return field(Ore, name, csv, label, func(x *T) any { return f(x) })
}

func CentiF[T any](name, csv, label string, f func(*T) *int64) Field[T] {
	return field(Centi, name, csv, label, func(x *T) any { return f(x) })
}

func SmallF[T any](name, csv, label string, f func(*T) *int) Field[T] {
	return field(Small, name, csv, label, func(x *T) any { return f(x) })
}

func MonthF[T any](name, csv, label string, f func(*T) *rules.Month) Field[T] {
	return field(Month, name, csv, label, func(x *T) any { return f(x) })
}

// ClockF is a clock time; rules.NoClock is "not given".
func ClockF[T any](name, csv, label string, f func(*T) *rules.Clock) Field[T] {
	return field(Clock, name, csv, label, func(x *T) any { return f(x) })
}

// Keyed marks f as part of the record's key.
func Keyed[T any](f Field[T]) Field[T] {
	f.Key = true
	return f
}

// Nullable stores f's empty value as NULL.
func Nullable[T any](f Field[T]) Field[T] {
	f.NullEmpty = true
	return f
}

// AddedLater marks a field added to a register that already had records:
// the store creates its column and the audit trail leaves it out while empty.
func AddedLater[T any](f Field[T]) Field[T] {
	f.NullEmpty, f.Added = true, true
	return f
}
