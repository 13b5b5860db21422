package registers

import (
	"reflect"
	"slices"
)

// Every register record carries the version it was stored at (rules' Version
// fields). The form keeps the version of the record it shows and saves with
// it, so that the store refuses the save when someone else changed the record
// since (a data.ConflictError), instead of overwriting their change.

// reload drops what the form holds and shows the record as stored now, after
// a save was refused because someone else changed it.
func (r *register[T]) reload() {
	r.load()
	if r.Current != nil {
		if i := slices.IndexFunc(r.all, r.isCurrent); i >= 0 {
			r.edit(r.all[i])
		}
	}
	r.showList()
}

// version is the stored version a register record carries (rules' Version field).
func version[T any](x T) int64 {
	return reflect.ValueOf(x).FieldByName("Version").Int()
}

// withVersion is x carrying version v.
func withVersion[T any](x T, v int64) T {
	reflect.ValueOf(&x).Elem().FieldByName("Version").SetInt(v)
	return x
}
