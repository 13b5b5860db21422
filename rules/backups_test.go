package rules

import (
	"reflect"
	"testing"
	"time"
)

func TestKeepBackups(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	daysAgo := func(k int) time.Time { return now.AddDate(0, 0, -k) }
	// Two years of daily copies of 100 bytes, newest first: ages 0, 1, 2, 4, 8 …
	// 256 days are kept (each at least twice as old as the one before); 512 would
	// be the eleventh, past the budget of 10 × 100 bytes.
	var daily []BackupCopy
	for k := range 730 {
		daily = append(daily, BackupCopy{daysAgo(k), 100})
	}
	var kept []int
	for k, keep := range KeepBackups(daily, now) {
		if keep {
			kept = append(kept, k)
		}
	}
	if want := []int{0, 1, 2, 4, 8, 16, 32, 64, 128, 256}; !reflect.DeepEqual(kept, want) {
		t.Errorf("two years of daily copies: kept the ones %v days old, want %v", kept, want)
	}

	for _, tc := range []struct {
		name   string
		copies []BackupCopy
		want   []bool
	}{
		{"none", nil, []bool{}},
		{"only one, however old", []BackupCopy{{daysAgo(900), 100}}, []bool{true}},
		// 100 + 3 × 300 (1, 2 and 4 days old) = 1000 fills the budget of 10 × the
		// newest's 100 bytes: the copy of 8 days ago goes.
		{"older copies were larger", []BackupCopy{{daysAgo(8), 300}, {daysAgo(4), 300}, {daysAgo(0), 100}, {daysAgo(2), 300}, {daysAgo(1), 300}},
			[]bool{false, true, true, true, true}},
		{"a copy the same day as the newest goes", []BackupCopy{{now.Add(-3 * time.Hour), 100}, {now, 100}},
			[]bool{false, true}},
		// The one just made (now) stays too, though a wrong clock dated another later.
		{"dated after now (the clock was wrong): kept", []BackupCopy{{now.AddDate(0, 1, 0), 100}, {daysAgo(0), 100}, {daysAgo(1), 100}},
			[]bool{true, true, true}},
	} {
		if got := KeepBackups(tc.copies, now); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
