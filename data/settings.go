package data

import (
	"context"
	"encoding/json"
	"fmt"

	"assistans/rules"
)

type setting struct{ Key, Value string }

var settingsTable = newTable(TableSettings,
	[]string{"key"}, []string{"value"}, nil,
	func(s setting) []any { return []any{s.Key, s.Value} },
	func(r *row) setting { return setting{Key: r.str(), Value: r.str()} })

// rulesKey holds rules.Settings as one JSON value.
const rulesKey = "rules"

func loadSettings(ctx context.Context, t *tx) (rules.Settings, error) {
	st := rules.DefaultSettings()
	v, found, err := settingsTable.get(ctx, t, rulesKey)
	if err != nil || !found {
		return st, err
	}
	// Decoding onto the defaults gives fields added by a later version their
	// default. The schablon map is cleared first because JSON merges into a
	// map, and a year the user removed must stay removed.
	st.Schablon = nil
	if err := json.Unmarshal([]byte(v.Value), &st); err != nil {
		return rules.DefaultSettings(), fmt.Errorf("inställningarna i databasen går inte att läsa: %w", err)
	}
	if st.Schablon == nil {
		st.Schablon = rules.DefaultSettings().Schablon
	}
	return st, nil
}

// Settings returns the saved settings, or rules.DefaultSettings when none are saved.
func (s *Store) Settings(ctx context.Context) (rules.Settings, error) {
	var st rules.Settings
	err := s.read(ctx, func(t *tx) (err error) {
		st, err = loadSettings(ctx, t)
		return err
	})
	return st, err
}

func (s *Store) SaveSettings(ctx context.Context, st rules.Settings) error {
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return save(ctx, s, settingsTable, setting{rulesKey, string(b)})
}
