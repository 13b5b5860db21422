package rules

import (
	"slices"
	"time"
)

// BackupCopy is one automatic backup of the database: when it was made and its
// size in bytes.
type BackupCopy struct {
	Time time.Time
	Size int64
}

// BackupBudget is how many copies' worth of the newest copy's size the
// automatic backups may take together.
const BackupBudget = 10

// KeepBackups decides which automatic backups to keep at now (README,
// "Readings": backups an office can keep). The newest copy is always kept, and
// so is any copy dated now or after (the one just made, when the clock was
// wrong for an earlier one). Going back in
// time from it, a copy is kept when its age is at least twice the age of the
// copy kept before it, and at least a day: about one copy from yesterday, the
// day before, 4, 8, 16 … days ago, so that a year of daily copies keeps about
// ten, spread over the year. The copies kept take together at most
// BackupBudget times the newest copy's size; the oldest ones give way first.
func KeepBackups(copies []BackupCopy, now time.Time) []bool {
	keep := make([]bool, len(copies))
	newest := -1
	for i, c := range copies {
		if newest < 0 || c.Time.After(copies[newest].Time) {
			newest = i
		}
	}
	if newest < 0 {
		return keep
	}
	budget := BackupBudget * copies[newest].Size
	used := int64(0)
	take := func(i int) {
		keep[i] = true
		used += copies[i].Size
	}
	take(newest)
	order := make([]int, 0, len(copies)) // the others, newest first
	for i := range copies {
		if i != newest {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return copies[b].Time.Compare(copies[a].Time) })
	lastAge := time.Duration(0)
	for _, i := range order {
		age := now.Sub(copies[i].Time)
		if age <= 0 {
			take(i)
			continue
		}
		if age >= max(24*time.Hour, 2*lastAge) {
			if used+copies[i].Size > budget {
				break
			}
			take(i)
			lastAge = age
		}
	}
	return keep
}
