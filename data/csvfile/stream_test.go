package csvfile

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
)

// shiftsFile is a shifts file of n rows, one a day from 2026-10-01.
func shiftsFile(n int) string {
	var b strings.Builder
	b.WriteString("date;assistant_pnr;customer_pnr;start;end;kind\n")
	for i := range n {
		fmt.Fprintf(&b, "%s;%s;%s;07:00;15:00;aktiv\n", rules.D(2026, 10, 1).AddDays(i), asstA, custA)
	}
	return b.String()
}

// Stream hands the records of Read in parts of the given size, in file order.
func TestStreamParts(t *testing.T) {
	file := shiftsFile(7)
	want, err := Read("shifts", "pass.csv", strings.NewReader(file), today)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	var got []rules.Shift
	err = Stream("shifts", "pass.csv", strings.NewReader(file), today, 3, func(b rules.Batch) error {
		sizes = append(sizes, len(b.Shifts))
		got = append(got, b.Shifts...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sizes, []int{3, 3, 1}) || !reflect.DeepEqual(got, want.Shifts) {
		t.Errorf("parts of %v, records %+v; want parts of [3 3 1] and Read's %+v", sizes, got, want.Shifts)
	}
}

// A bad row stops the parts, and Stream still lists every bad row exactly as
// Read does; put's own error comes after the file's.
func TestStreamBadRowsAndPutError(t *testing.T) {
	rows := strings.Split(shiftsFile(8), "\n")
	rows[6] = strings.Replace(rows[6], "07:00", "7.00", 1)       // line 7
	rows[8] = strings.Replace(rows[8], asstA, "199001011238", 1) // line 9
	file := strings.Join(rows, "\n")
	_, readErr := Read("shifts", "pass.csv", strings.NewReader(file), today)
	var puts int
	err := Stream("shifts", "pass.csv", strings.NewReader(file), today, 3, func(rules.Batch) error { puts++; return nil })
	var list *Errors
	if !errors.As(err, &list) || len(list.List) != 2 || err.Error() != readErr.Error() {
		t.Fatalf("Stream = %v, want Read's two errors:\n%v", err, readErr)
	}
	if puts != 1 { // rows 2–4 before the first bad row at line 7; 5–6 are no full part
		t.Errorf("put called %d times, want 1", puts)
	}

	stop := errors.New("refused")
	puts = 0
	err = Stream("shifts", "pass.csv", strings.NewReader(shiftsFile(8)), today, 3, func(rules.Batch) error { puts++; return stop })
	if err != stop || puts != 1 {
		t.Errorf("Stream = %v after %d puts, want put's error after 1", err, puts)
	}
}
