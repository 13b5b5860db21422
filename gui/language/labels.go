package language

import (
	"encoding/json"
	"sync"
)

// Text is the translation of a key that the code does not hold as a literal
// (a record field's caption, whose key is in its record description), in the
// language shown; the key itself when no file has it, which TestFieldLabels
// keeps from happening.
func Text(key string) string {
	if s, ok := table(Shown())[key]; ok {
		return s
	}
	return key
}

var tables sync.Map // language code → map[string]string

// table is every text of code's translation files.
func table(code string) map[string]string {
	if m, ok := tables.Load(code); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	files, _ := Files(code) // embedded: it cannot fail for a language we have
	for _, b := range files {
		var kv map[string]any
		if json.Unmarshal(b, &kv) != nil {
			continue
		}
		for k, v := range kv {
			if s, ok := v.(string); ok {
				m[k] = s
			}
		}
	}
	tables.Store(code, m)
	return m
}

// Has says whether the translation files of code have key.
func Has(code, key string) bool {
	_, ok := table(code)[key]
	return ok
}
