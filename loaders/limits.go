package loaders

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Size limits of one input record. Real rows are a few hundred bytes; a 50 MB cell loaded without complaint
// before these existed, and entity resolution then took 1.9 GB. A row is read no further than maxRowBytes (plus
// the reader's buffer), so a huge one costs no more memory than that.
const (
	maxFieldBytes = 64 << 10
	maxRowBytes   = 1 << 20
)

var (
	fieldTooLong = fmt.Sprintf("longer than %d KiB", maxFieldBytes>>10)
	rowTooLong   = fmt.Sprintf("the row is longer than %d MiB", maxRowBytes>>20)
)

// errRowTooLong stops a CSV reader inside a row longer than maxRowBytes.
var errRowTooLong = errors.New(rowTooLong)

// rowLimit is the reader beneath a CSV table's buffered reader: it fails once the reader has gone more than
// maxRowBytes (and a buffer's read-ahead) past the start of the record being read.
type rowLimit struct {
	r        io.Reader
	read     int64 // bytes passed on so far
	rowStart int64 // where the record being read starts, in the same count
	slack    int64 // what the buffered reader above may read ahead
}

func (l *rowLimit) Read(p []byte) (int, error) {
	if l.read-l.rowStart > maxRowBytes+l.slack {
		return 0, errRowTooLong
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}

// lineAt returns the 1-based line on which byte offset off of file name lies, reading it again: it is needed
// only to report a row too long to have been read.
func (l *loader) lineAt(fi int32, off int64) int {
	f := &l.files[fi]
	file, err := f.fsys.Open(f.name)
	if err != nil {
		return 0
	}
	defer file.Close()
	line := 1
	br := bufio.NewReaderSize(io.LimitReader(file, off), 64<<10)
	for {
		chunk, err := br.ReadSlice('\n')
		line += bytes.Count(chunk, []byte{'\n'})
		if err != nil && err != bufio.ErrBufferFull {
			return line
		}
	}
}
