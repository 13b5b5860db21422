package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// flagChoice is a yes/no answer that may be left not recorded (rules.Flag).
type FlagChoice struct {
	Radio *widget.RadioGroup
}

func flagOptions() []string {
	return []string{lang.X("reg.flag_unset", "Ej angivet"), lang.X("reg.yes", "Ja"), lang.X("reg.no", "Nej")}
}

func NewFlagChoice(changed func()) *FlagChoice {
	fc := &FlagChoice{Radio: widget.NewRadioGroup(flagOptions(), func(string) { changed() })}
	fc.Radio.Horizontal = true
	fc.Radio.Required = true
	fc.Radio.Selected = fc.Radio.Options[0]
	return fc
}

func (fc *FlagChoice) Get() rules.Flag {
	switch fc.Radio.Selected {
	case fc.Radio.Options[1]:
		return rules.Yes
	case fc.Radio.Options[2]:
		return rules.No
	}
	return rules.Unset
}

func (fc *FlagChoice) Set(f rules.Flag) {
	i := 0
	switch f {
	case rules.Yes:
		i = 1
	case rules.No:
		i = 2
	}
	fc.Radio.SetSelected(fc.Radio.Options[i])
}

// choice is a Select whose options stand for stored values.
type Choice[V comparable] struct {
	Sel    *Picker
	fixed  *widget.Label // made by box; shown instead of sel while locked
	Values []V
}

func NewChoice[V comparable](labels []string, values []V, changed func()) *Choice[V] {
	return &Choice[V]{Values: values, Sel: NewSelect(labels, func(string) { changed() })}
}

// NewSearchChoice is a choice among many (people, pairs) picked by searching.
func NewSearchChoice[V comparable](labels []string, values []V, changed func()) *Choice[V] {
	c := &Choice[V]{Values: values}
	c.Sel = NewPicker(labels, func(string) { changed() })
	return c
}

// box is the select, or while locked a label with the chosen option.
func (c *Choice[V]) Box() fyne.CanvasObject {
	if c.fixed == nil {
		c.fixed = widget.NewLabel("")
		c.fixed.Hide()
	}
	return container.NewStack(c.Sel, c.fixed)
}

// lock shows the chosen option as plain text, as regField.lock does.
func (c *Choice[V]) Lock(locked bool) {
	if c.fixed != nil {
		showFixed(locked, c.Sel, c.fixed, c.Sel.Selected)
	}
}

// get returns the chosen value and whether one is chosen.
func (c *Choice[V]) Get() (V, bool) {
	i := c.Sel.SelectedIndex()
	if i < 0 || i >= len(c.Values) {
		var zero V
		return zero, false
	}
	return c.Values[i], true
}

// set chooses v; a value not among the options clears the choice.
func (c *Choice[V]) Set(v V) {
	for i, x := range c.Values {
		if x == v {
			c.Sel.SetSelectedIndex(i)
			return
		}
	}
	c.Sel.ClearSelected()
}

// setOptions replaces the options, keeping the chosen value if it is still there.
func (c *Choice[V]) SetOptions(labels []string, values []V) {
	cur, ok := c.Get()
	c.Sel.Options, c.Values = labels, values
	c.Sel.ClearSelected()
	if ok {
		c.Set(cur)
	}
	c.Sel.Refresh()
}

// RadioLock is a radio group that, while locked, shows its answer as plain
// text: a disabled radio group greys the answer to unreadable.
type RadioLock struct {
	radio *widget.RadioGroup
	fixed *widget.Label
	Box   fyne.CanvasObject // the radio group, or the answer in its place
}

func NewRadioLock(r *widget.RadioGroup) *RadioLock {
	l := &RadioLock{radio: r, fixed: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})}
	l.fixed.Hide()
	l.Box = container.NewStack(r, l.fixed)
	return l
}

// Lock shows the chosen option as text (a dash for none) or the radio group.
func (l *RadioLock) Lock(locked bool) {
	text := l.radio.Selected
	if text == "" {
		text = "–"
	}
	showFixed(locked, l.radio, l.fixed, text)
}
