package data

import (
	"context"
	"encoding/json"

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
	st, err := loadRulesSettings(ctx, t)
	if err != nil {
		return st, err
	}
	// The schablon table is rows of its own (data/rates.go), not part of the JSON.
	st.Schablon, err = loadRates(ctx, t)
	return st, err
}

func loadRulesSettings(ctx context.Context, t *tx) (rules.Settings, error) {
	st := rules.DefaultSettings()
	v, found, err := settingsTable.get(ctx, t, rulesKey)
	if err != nil || !found {
		return st, err
	}
	// Decoding onto the defaults gives fields added by a later version their default.
	if err := json.Unmarshal([]byte(v.Value), &st); err != nil {
		return rules.DefaultSettings(), because(rules.SettingsUnreadable, err)
	}
	return st, nil
}

// Settings returns the saved settings, or rules.DefaultSettings when none are
// saved, with the schablon table of the database.
func (s *Store) Settings(ctx context.Context) (rules.Settings, error) {
	var st rules.Settings
	err := s.read(ctx, func(t *tx) (err error) {
		st, err = loadSettings(ctx, t)
		return err
	})
	return st, err
}

// SaveSettings stores the settings and makes the rate table hold exactly the
// years of st.Schablon, in one transaction.
func (s *Store) SaveSettings(ctx context.Context, st rules.Settings) error {
	schablon := st.Schablon
	st.Schablon = nil
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return s.write(ctx, func(t *tx) error {
		if _, err := settingsTable.put(ctx, t, setting{rulesKey, string(b)}, "", nil); err != nil {
			return err
		}
		return saveRates(ctx, t, schablon)
	})
}
