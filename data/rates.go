package data

import (
	"context"
	"slices"

	"assistans/rules"
)

// The rate table: the schablonbelopp per year, one row a year (migration 0002
// seeds it). The program keeps it in rules.Settings.Schablon, so the settings
// are loaded and saved with it.

type rate struct {
	Year   int
	Amount rules.Ore
}

var ratesTable = newTable(TableRates,
	[]string{"year"}, []string{"amount_ore"}, nil,
	func(r rate) []any { return []any{int64(r.Year), int64(r.Amount)} },
	func(r *row) rate { return rate{Year: r.int(), Amount: rules.Ore(r.i64())} })

func loadRates(ctx context.Context, t *tx) (map[int]rules.Ore, error) {
	rows, err := ratesTable.all(ctx, t, "")
	if err != nil {
		return nil, err
	}
	out := make(map[int]rules.Ore, len(rows))
	for _, r := range rows {
		out[r.Year] = r.Amount
	}
	return out, nil
}

// saveRates makes the table hold exactly the years of m, each change audited.
func saveRates(ctx context.Context, t *tx, m map[int]rules.Ore) error {
	old, err := loadRates(ctx, t)
	if err != nil {
		return err
	}
	for y := range old {
		if _, keep := m[y]; !keep {
			if _, err := ratesTable.remove(ctx, t, "", int64(y)); err != nil {
				return err
			}
		}
	}
	for y, a := range m {
		if _, err := ratesTable.put(ctx, t, rate{y, a}, "", nil); err != nil {
			return err
		}
	}
	return nil
}

// Import is Apply for a file a user imports: a decision that is new to the
// register and has no hourly amount (an empty cell) takes the schablonbelopp
// of its first year (rules.Settings.WithDefaultAmount), as a new decision in
// the window does.
func (s *Store) Import(ctx context.Context, b rules.Batch) error {
	return s.write(ctx, func(t *tx) error {
		b, err := defaultAmounts(ctx, t, b)
		if err != nil {
			return err
		}
		return applyBatch(ctx, t, b)
	})
}

// defaultAmounts is b with Import's default amount on each decision new to the register.
func defaultAmounts(ctx context.Context, t *tx, b rules.Batch) (rules.Batch, error) {
	if len(b.Decisions) == 0 {
		return b, nil
	}
	rates, err := loadRates(ctx, t)
	if err != nil {
		return b, err
	}
	set := rules.Settings{Schablon: rates}
	b.Decisions = slices.Clone(b.Decisions)
	for i, d := range b.Decisions {
		if _, found, err := decisions.get(ctx, t, d.Customer, dateV(d.From)); err != nil {
			return b, err
		} else if !found {
			b.Decisions[i] = set.WithDefaultAmount(d)
		}
	}
	return b, nil
}
