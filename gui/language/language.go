// Package language loads the window's translations: Swedish unless the user
// chose English, whatever the system locale is. The choice is the environment
// variable ASSISTANS_LANG ("sv" or "en"), else the preference Pref that the
// settings screen writes (it takes effect at the next start). Each screen's
// keys are in translations/<screen>.sv.json and <screen>.en.json.
package language

import (
	"embed"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"assistans/rules"
	"assistans/rules/say"
)

//go:embed translations
var translations embed.FS

// Languages the window can show; the first is the default.
var languages = []string{"sv", "en"}

// prefLanguage is the preference key the settings screen writes.
const Pref = "language"

// chosenLanguage is ASSISTANS_LANG if it names a language we have, else the
// preference, else Swedish.
func Chosen(p fyne.Preferences) string {
	for _, c := range []string{os.Getenv("ASSISTANS_LANG"), p.String(Pref)} {
		c = strings.ToLower(strings.TrimSpace(c))
		for _, l := range languages {
			if c == l {
				return l
			}
		}
	}
	return languages[0]
}

// languageFiles returns the translation files of language code: the shared
// <code>.json and every screen's <screen>.<code>.json, so that each screen
// keeps its strings in files of its own.
func Files(code string) (map[string][]byte, error) {
	entries, err := translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		name := e.Name()
		if name != code+".json" && !strings.HasSuffix(name, "."+code+".json") {
			continue
		}
		b, err := translations.ReadFile("translations/" + name)
		if err != nil {
			return nil, err
		}
		files[name] = b
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no translations for %q", code)
	}
	return files, nil
}

// shownLanguage is the language useLanguage last loaded, for the texts made
// outside lang.X (package say's finding messages); background jobs read it.
var shownLanguage atomic.Pointer[string]

// windowLanguage is the language the window shows: "sv" or "en".
func Shown() string {
	if p := shownLanguage.Load(); p != nil {
		return *p
	}
	return languages[0]
}

// useLanguage makes lang.X answer in code ("sv" or "en").
//
// fyne chooses the translation that is closest to the system locale, and has
// no call to choose another. So the chosen files are added both under their own
// language and under the system locale's language: whatever fyne picks then
// holds our strings, and the shared file also carries fyne's own words (OK,
// Avbryt, Kopiera …) so that its dialogs speak the same language as the rest.
func Use(code string) {
	files, err := Files(code)
	if err != nil {
		fyne.LogError("translations", err)
		return
	}
	for _, loc := range []fyne.Locale{fyne.Locale(code), fyne.Locale(lang.SystemLocale().LanguageString())} {
		for name, b := range files {
			// A locale without a plural rule cannot take the file; the Swedish
			// fallbacks in the code are used there.
			if err := lang.AddTranslationsForLocale(b, loc); err != nil {
				fyne.LogError("translations "+name+" for "+string(loc), err)
			}
		}
	}
	shownLanguage.Store(&code)
}

// Say is the language the window shows, for package say's texts.
func Say() say.Lang { return say.Of(Shown()) }

// Error is the message of err in the language the window shows (say.Error).
func Error(err error) string { return say.Error(Say(), err) }

// Finding is the message of f in the language the window shows.
func Finding(f rules.Finding) string { return say.Finding(Say(), f) }
