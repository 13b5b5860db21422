package registers

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data/record"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// registerScreen is what one register screen does its own way: its record
// type's form, key, list row, store calls and texts. register[T] does the rest.
type registerScreen[T any] interface {
	blank() T // the record a new form starts with
	fill(x T)
	read() (T, error) // the record in the form; the fields must be valid
	validate()        // checks the form and enables Spara
	// showStored locks the key of a stored record (another key is another
	// record) and shows what only a stored record has.
	showStored(stored bool)
	listRow(x T) listRow
	save(x T) error
	savedText(x T) string
	deletion(x T) deletion[T]
}

// deletion is what Ta bort asks and does for one record.
type deletion[T any] struct {
	title, question string
	del             func() error
	// markInactive, if not nil, is offered when the store refuses because the
	// record has shifts; inactive is the record so marked.
	markInactive          func() error
	inactiveQuestion      string
	inactive              T
	deleted, madeInactive string // the status line after each
}

// register runs a register screen: the list and its search, the form of the
// record chosen, Ny, Spara and Ta bort.
type register[T any] struct {
	s       *session.Session
	screen  registerScreen[T]
	desc    *record.Desc[T] // the record type's fields: its key, name and number
	Frame   *registerFrame
	Content fyne.CanvasObject
	first   fyne.Focusable // gets the cursor on Ny

	all, Shown []T
	Current    *T // the stored record in the form; nil while adding one
	fields     []*widgets.Field
	extra      []*extraField[T] // described fields the screen does not place (described.go)
	// clean is what the form read as when it was last filled, cleanOK
	// whether it read as a record then; dirty compares the form with it.
	clean   T
	cleanOK bool
	load    func() // reads the list again (start's)
}

func newRegister[T any](s *session.Session, desc *record.Desc[T], screen registerScreen[T]) *register[T] {
	return &register[T]{s: s, desc: desc, screen: screen}
}

// sameKey says whether a and b are the same record (their described key).
func (r *register[T]) sameKey(a, b T) bool { return r.desc.SameKey(&a, &b) }

// searcher is a screen that matches its records by more than their own
// name and number (an assignment by its assistant's and customer's names).
type searcher[T any] interface {
	searchTexts(x T) (names, ids []string)
}

// matchTexts are what the search field matches: the record's name and
// number, unless the screen is a searcher.
func (r *register[T]) matchTexts(x T) (names, ids []string) {
	if s, ok := r.screen.(searcher[T]); ok {
		return s.searchTexts(x)
	}
	name, id := r.desc.Title(&x)
	return []string{name}, []string{id}
}

// loadSorted reads the records with list and shows them by name.
func (r *register[T]) loadSorted(list func() ([]T, error)) bool {
	all, err := list()
	if err != nil {
		r.loadFailed(err)
		return false
	}
	slices.SortFunc(all, func(a, b T) int {
		na, ia := r.desc.Title(&a)
		nb, ib := r.desc.Title(&b)
		return compareByName(na, nb, ia, ib)
	})
	r.setAll(all)
	return true
}

// field makes an entry of the form, checked with the rest of the form.
func (r *register[T]) field(placeholder string, check func(string) error) *widgets.Field {
	f := widgets.NewField(r.shortcut, placeholder, check, func() { r.screen.validate() })
	r.fields = append(r.fields, f)
	return f
}

// shortcut passes a shortcut typed in the form to the frame, built after the form.
func (r *register[T]) shortcut(k fyne.Shortcut) bool { return r.Frame.shortcut(k) }

// buildFrame puts the form in a register frame run by r; first gets the cursor on Ny.
func (r *register[T]) buildFrame(searchHint string, form fyne.CanvasObject, first fyne.Focusable, extra ...fyne.CanvasObject) {
	f := newRegisterFrame(r.s.Win, searchHint, form, extra...)
	f.onSelect = r.onSelect
	f.onSearch = r.showList
	f.onNew, f.onSave, f.onDelete = r.OnNew, r.onSave, r.OnDelete
	r.Frame, r.Content, r.first = f, f.content, first
}

// start empties the form, loads the list, and loads again whenever data
// changes; closing the window asks about the form's unsaved changes.
func (r *register[T]) start(load func()) {
	r.newRecord()
	r.load = load
	r.s.Load(load)
	r.s.OnClose(r.askSave)
}

// loadFailed shows that the register could not be read.
func (r *register[T]) loadFailed(err error) {
	r.Frame.setStatus(lang.X("reg.err_load", "Kunde inte läsa registret: {{.Err}}", map[string]any{"Err": language.Error(err)}), true)
}

// setAll shows the records just read, keeping the form as it is unless its
// record was removed elsewhere.
func (r *register[T]) setAll(all []T) {
	r.all = all
	if r.Current != nil {
		i := slices.IndexFunc(all, r.isCurrent)
		switch {
		case i < 0:
			r.newRecord()
		case version(all[i]) != version(*r.Current) && !r.dirty():
			// Saved here or by someone else: show it. With unsaved typing the
			// form keeps the version it was read at, so that saving it is refused.
			r.edit(all[i])
		}
	}
	r.showList()
	r.screen.validate()
}

func (r *register[T]) isCurrent(x T) bool {
	return r.Current != nil && r.sameKey(x, *r.Current)
}

// showList shows the records that match the search.
func (r *register[T]) showList() {
	q := r.Frame.searchText()
	r.Shown = r.Shown[:0]
	var rows []listRow
	sel := -1
	for _, x := range r.all {
		if names, ids := r.matchTexts(x); !matchesSearch(q, names, ids) {
			continue
		}
		if r.isCurrent(x) {
			sel = len(r.Shown)
		}
		r.Shown = append(r.Shown, x)
		rows = append(rows, r.screen.listRow(x))
	}
	r.Frame.setRows(rows, sel)
}

// validFields checks every entry and shows their messages.
func (r *register[T]) validFields() bool {
	ok := true
	for _, f := range r.fields {
		ok = f.Validate() && ok
	}
	return ok
}

// showWarning shows in l what warn says of the record in the form, or
// nothing while the form does not read as a record.
func (r *register[T]) showWarning(l *widget.Label, warn func(T) string) {
	text := ""
	if x, err := r.readForm(); err == nil {
		text = warn(x)
	}
	widgets.ShowMessageLabel(l, text)
}

// enableSave enables Spara when the form is valid.
func (r *register[T]) enableSave(ok bool) {
	if ok {
		r.Frame.saveBtn.Enable()
	} else {
		r.Frame.saveBtn.Disable()
	}
}

// newRecord empties the form for a new record.
func (r *register[T]) newRecord() {
	r.Current = nil
	r.fillForm(r.screen.blank())
	r.screen.showStored(false)
	r.Frame.delBtn.Disable()
	r.screen.validate()
	r.markClean()
}

// edit puts the stored record x in the form.
func (r *register[T]) edit(x T) {
	r.Current = &x
	r.fillForm(x)
	r.screen.showStored(true)
	r.Frame.delBtn.Enable()
	r.Frame.setStatus("", false)
	r.screen.validate()
	r.markClean()
}

// markClean takes what the form holds now as what is stored.
func (r *register[T]) markClean() {
	x, err := r.readForm()
	r.clean, r.cleanOK = x, err == nil
}

// dirty says whether the user changed the form since it was filled: it reads
// as another record, or a field typed in no longer reads as one.
func (r *register[T]) dirty() bool {
	x, err := r.readForm()
	if err != nil {
		return slices.ContainsFunc(r.fields, func(f *widgets.Field) bool { return f.Touched })
	}
	return !r.cleanOK || !reflect.DeepEqual(x, r.clean)
}

// askSave runs then at once when the form has no unsaved changes. Else it
// shows the form and asks "Spara ändringarna?": Spara saves (and runs then only
// if that worked), Släng runs then without saving, Avbryt stays.
func (r *register[T]) askSave(then func()) {
	if !r.dirty() {
		then()
		return
	}
	r.s.Show(r.Content)
	what := lang.X("reg.unsaved_new", "Den nya posten under {{.Tab}} är inte sparad.", map[string]any{"Tab": r.s.TabTitle(r.Content)})
	if r.Current != nil {
		what = lang.X("reg.unsaved_record", "{{.Who}} har ändringar som inte är sparade.", map[string]any{"Who": r.screen.listRow(*r.Current).Title})
	}
	r.s.AskSave(lang.X("reg.unsaved_title", "Spara ändringarna?"), what, func() {
		if r.saveValid() {
			then()
		}
	}, then)
}

// saveValid saves the form if Spara could; else it shows what to correct.
func (r *register[T]) saveValid() bool {
	if r.Frame.saveBtn.Disabled() {
		r.validFields()
		r.Frame.setStatus(lang.X("reg.err_fix_first", "Rätta de markerade fälten först, eller ångra ändringarna."), true)
		return false
	}
	return r.saveForm()
}

// selectKey shows the record with key's key in the form (asking first about
// unsaved changes to another record); it reports whether there is one.
func (r *register[T]) SelectKey(key T) bool {
	return r.SelectWhere(func(x T) bool { return r.sameKey(x, key) })
}

// selectWhere shows the first record match accepts, as selectKey does.
func (r *register[T]) SelectWhere(match func(T) bool) bool {
	i := slices.IndexFunc(r.all, match)
	if i < 0 {
		return false
	}
	x := r.all[i]
	show := func() {
		if names, ids := r.matchTexts(x); !matchesSearch(r.Frame.searchText(), names, ids) {
			r.Frame.search.SetText("") // the search hides the record
		}
		r.showList() // selects the current record's row, which scrolls it into view
	}
	if r.isCurrent(x) { // already in the form, perhaps with edits: keep them
		show()
		return true
	}
	r.askSave(func() {
		r.edit(x)
		show()
	})
	return true
}

// onSelect shows the record chosen in the list, asking first about unsaved
// changes to the one in the form; while it asks, and when the answer is
// Avbryt, the list keeps the form's record chosen.
func (r *register[T]) onSelect(i int) {
	x := r.Shown[i]
	if r.isCurrent(x) {
		return
	}
	if r.dirty() {
		r.showList() // back to the form's record until the user has answered
	}
	r.askSave(func() {
		r.edit(x)
		r.showList()
	})
}

// OnNew empties the form for a new record, asking first about unsaved changes.
func (r *register[T]) OnNew() {
	r.askSave(func() {
		r.Frame.List.UnselectAll()
		r.newRecord()
		r.Frame.setStatus("", false)
		r.s.Win.Canvas().Focus(r.first)
	})
}

func (r *register[T]) onSave() { r.saveForm() }

// saveForm stores the record in the form and reports whether it was stored.
func (r *register[T]) saveForm() bool {
	x, err := r.readForm()
	if err != nil {
		r.Frame.setStatus(language.Error(err), true)
		return false
	}
	if r.Current != nil {
		x = withVersion(x, version(*r.Current))
	}
	if err := r.screen.save(x); err != nil {
		if !r.s.ShowConflict(err, true, r.reload) {
			r.Frame.setStatus(lang.X("reg.err_save", "Kunde inte spara: {{.Err}}", map[string]any{"Err": language.Error(err)}), true)
		}
		return false
	}
	r.Current = &x
	r.edit(x)
	// The reload brings the stored version into the form (setAll).
	r.s.DataChanged()
	r.s.Fresh(r.Content)
	r.Frame.setStatus(r.screen.savedText(x), false)
	return true
}

func (r *register[T]) OnDelete() {
	if r.Current == nil {
		return
	}
	d := r.screen.deletion(*r.Current)
	widgets.ConfirmDelete(r.s.Win, d.title, d.question, d.del, d.markInactive, d.inactiveQuestion, func(deleted bool) {
		if deleted {
			r.newRecord()
			r.s.DataChanged()
			r.Frame.setStatus(d.deleted, false)
			return
		}
		x := d.inactive
		r.Current = &x
		r.s.DataChanged()
		r.edit(x)
		r.Frame.setStatus(d.madeInactive, false)
	})
}

// compareByName orders records by name in Swedish order (å, ä, ö after z), then by key.
func compareByName(nameA, nameB, keyA, keyB string) int {
	return cmp.Or(rules.CompareSwedish(nameA, nameB), strings.Compare(keyA, keyB))
}
