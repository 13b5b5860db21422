package csvfile

import (
	"fmt"
	"io"

	"assistans/rules"
	"assistans/rules/say"
)

// maxLine bounds one line of a file: far more than a row of the longest kind
// with every cell at maxCell characters, far less than a file whose every
// value sits on one line (a row of millions of fields, or a file with no line
// ends) would take in memory.
const maxLine = 1 << 20

// lineEnds is the reader under the CSV parser. It reads old Mac Excel's line
// ends, a carriage return alone, as line ends (so are CRLF's, as the parser
// would), and stops a line longer than maxLine with *lineTooLong before the
// parser holds it.
type lineEnds struct {
	r      io.Reader
	skipLF bool // the last byte was a CR, written as LF: an LF right after it is dropped
	line   int  // the line being read, 1-based
	length int  // bytes of it so far
	crOnly bool // a CR alone was seen
}

// lineTooLong is the error of a line longer than maxLine.
type lineTooLong struct{ line int }

func (e *lineTooLong) Error() string {
	return fmt.Sprintf("rad %d: %s", e.line, say.Reason(say.Swedish, e.reason()))
}

func (e *lineTooLong) reason() *rules.Reason { return rules.Because(rules.LineTooLong, maxLine>>20) }

func newLineEnds(r io.Reader) *lineEnds { return &lineEnds{r: r, line: 1} }

func (l *lineEnds) Read(p []byte) (int, error) {
	for {
		n, err := l.r.Read(p)
		w := 0
		for _, c := range p[:n] {
			if c == '\n' && l.skipLF {
				l.skipLF = false
				continue
			}
			l.skipLF = false
			if c == '\r' {
				c, l.skipLF = '\n', true
			}
			if c == '\n' {
				l.line++
				l.length = 0
			} else if l.length++; l.length > maxLine {
				return 0, &lineTooLong{l.line}
			}
			p[w] = c
			w++
		}
		// A read whose bytes were all dropped LFs returns nothing; read on.
		if w > 0 || err != nil || n == 0 {
			return w, err
		}
	}
}
