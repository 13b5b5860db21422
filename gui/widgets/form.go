package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// formRow is one line of a register form: a caption and its widget.
type FormRow struct {
	Caption string
	Obj     fyne.CanvasObject
}

// Row is a form row: caption left of obj.
func Row(caption string, obj fyne.CanvasObject) FormRow { return FormRow{caption, obj} }

// formGroup lays out the forms of one screen so that their caption columns
// are equally wide and the fields of every section start at the same x.
type FormGroup struct {
	forms []*fyne.Container
}

// form lays out captions (bold, right-aligned) and widgets in two columns.
func (g *FormGroup) Form(rows ...FormRow) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		objs = append(objs, widget.NewLabelWithStyle(r.Caption, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), r.Obj)
	}
	c := container.New(groupFormLayout{g}, objs...)
	g.forms = append(g.forms, c)
	return c
}

// captionWidth is the widest caption of all the group's forms.
func (g *FormGroup) captionWidth() float32 {
	var w float32
	for _, f := range g.forms {
		for i := 0; i+1 < len(f.Objects); i += 2 {
			if f.Objects[i].Visible() || f.Objects[i+1].Visible() {
				w = max(w, f.Objects[i].MinSize().Width)
			}
		}
	}
	return w
}

// groupFormLayout is fyne's form layout with the caption width of the whole group.
type groupFormLayout struct{ g *FormGroup }

func (l groupFormLayout) rows(objects []fyne.CanvasObject, f func(label, content fyne.CanvasObject, h float32)) {
	for i := 0; i+1 < len(objects); i += 2 {
		label, content := objects[i], objects[i+1]
		if !label.Visible() && !content.Visible() {
			continue
		}
		f(label, content, max(label.MinSize().Height, content.MinSize().Height))
	}
}

func (l groupFormLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	cw, pad := l.g.captionWidth(), theme.Padding()
	y := float32(0)
	l.rows(objects, func(label, content fyne.CanvasObject, h float32) {
		label.Move(fyne.NewPos(0, y))
		label.Resize(fyne.NewSize(cw, h))
		content.Move(fyne.NewPos(cw+pad, y))
		content.Resize(fyne.NewSize(max(size.Width-cw-pad, content.MinSize().Width), h))
		y += h + pad
	})
}

func (l groupFormLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	l.rows(objects, func(_, content fyne.CanvasObject, rh float32) {
		w = max(w, content.MinSize().Width)
		h += rh
		n++
	})
	if n == 0 {
		return fyne.Size{}
	}
	pad := theme.Padding()
	return fyne.NewSize(l.g.captionWidth()+pad+w, h+float32(n-1)*pad)
}

// heading is a bold section title.
func Heading(text string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// minHeight makes o at least h high; a List alone in a VBox would be one row high.
func MinHeight(o fyne.CanvasObject, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(r, o)
}
