package csvfile

import (
	"io"
)

// Lines gives the line in the file of each record Read returns for it, in the
// same order, so that an error the store finds later (a customer not in the
// register, a locked month) can name the line as Read's own errors do. It
// reads the file as Read does, skipping blank rows; r must be a file Read
// accepted.
func Lines(r io.Reader) ([]int, error) {
	rd := &reader{}
	cr, _, err := rd.open(r)
	if err != nil || cr == nil {
		return nil, err
	}
	var lines []int
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return nil, err
		}
		if blank(cells) {
			continue
		}
		line, _ := cr.FieldPos(0)
		lines = append(lines, line)
	}
}

// Column is the file's column that holds a store field of a record of kind:
// the referring columns are named after what they refer to.
func Column(kind, field string) string {
	switch field {
	case "customer", "assistant":
		return field + "_pnr"
	case "from_date":
		if kind == "decisions" {
			return "from"
		}
	}
	return field
}
