package loaders

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
)

// MissingFunc returns those of ids that the store does not hold, as Writer.Missing does.
type MissingFunc func(ctx context.Context, ids []string) ([]string, error)

// maxProblems caps the problems an error lists; the message gives the full count.
const maxProblems = 100

// ReadBundle reads, parses and validates a bundle held in fsys (the CSV tables and JSON
// Lines files at its root) without writing anything. missing, usually Writer.Missing,
// is asked once about the referenced ids that the bundle does not define; nil means an
// empty store.
//
// With problems and without opt.SkipInvalid it returns an *ringleader.Error (EINVALID)
// listing them. With opt.SkipInvalid it returns the batch of the rows that survive, and
// the rejected rows; it does not write the rejects file (Load and LoadFS do).
func ReadBundle(ctx context.Context, fsys fs.FS, missing MissingFunc, opt Options) (*ringleader.Batch, Summary, []Reject, error) {
	inputs, err := bundleInputs(fsys)
	if err != nil {
		return nil, Summary{}, nil, err
	}
	if len(inputs) == 0 {
		return nil, Summary{}, nil, noBundleFiles("")
	}
	if c := opt.Compartment; c != nil && !c.All() {
		return nil, Summary{}, nil, ringleader.Errorf(ringleader.EINVALID,
			"loaders: a load limited to some cases needs the store it writes to: use Load or LoadFS")
	}
	return read(ctx, inputs, lookup{missing: missing}, opt)
}

// lookup is what a load asks of the store: which referenced ids it holds (missing, nil for an empty store), and,
// for a load limited to some cases, the stored records it would merge over (stored).
type lookup struct {
	missing MissingFunc
	stored  func(ctx context.Context, ids, keys []string) (*ringleader.Network, error)
}

// input is one file to read.
type input struct {
	fsys  fs.FS
	name  string // path in fsys
	label string // the name that problems and sources give
	table *table // the CSV table, or nil
	jsonl bool
	ftm   bool   // a FollowTheMoney entity stream (ftm.go); jsonl is also set
	graph string // "graphml" or "gexf" for a graph file (graphfile.go)
	// problem is a defect of the file as a whole (an unknown table); it is not read.
	problem string
}

type fileState struct {
	input
	rows          int
	rejected      int
	rejectedLines []int
	bom           int64
}

// Row flags.
const (
	rowHeader   uint8 = 1 << iota // a header or whole-file pseudo-row: no data
	rowPrimLink                   // row.prim indexes links rather than entities
	rowBad                        // the row has problems
)

// row is one record of an input file: where it stands, and which of the loader's
// records it produced. Records are appended in row order, so a row's entities run from
// its ent0 to the next row's.
type row struct {
	file       int32
	line       int32
	start, end int64 // byte offsets of the record's text in the file
	ent0       int32
	prim       int32 // the record whose identity is the row's, -1 when none
	flags      uint8
}

// linkMeta says where a link came from and under which field names its endpoints are
// checked; field 0 marks an endpoint that needs no check (the row's own entity).
type linkMeta struct {
	row      int32
	src, dst uint16
}

// ref is a reference to an entity other than a link endpoint (a case in a cases column).
type ref struct {
	id    string
	row   int32
	field uint16
	kinds kindSet
}

type rowProblem struct {
	row int32
	p   ringleader.Problem
}

// loader accumulates the records of one load. Memory is a few machine words per row
// and per record besides the records themselves.
type loader struct {
	ctx      context.Context
	opt      Options
	files    []fileState
	rows     []row
	ents     chunks[ringleader.Entity]
	entRow   []int32
	entField []uint16
	links    chunks[ringleader.Link]
	linkMeta []linkMeta
	refs     []ref
	probs    []rowProblem
	// defs maps each id the load provides to its kind and first providing row.
	defs       map[string]def
	fieldNames []string
	fieldIdx   map[string]uint16
	src        []string                 // the current row's sources, shared by its records
	rowGrade   map[string]string        // the current row's grading, which the records it derives inherit
	srcArena   []string                 // room for the next rows' sources, allocated a block at a time
	obsArena   []ringleader.Observation // room for the next weighted links' observations, likewise
	buf        []byte
	ftm        *ftmState // FollowTheMoney inputs' state, nil without them
}

type def struct {
	kind ringleader.Kind
	row  int32
}

func read(ctx context.Context, inputs []input, look lookup, opt Options) (*ringleader.Batch, Summary, []Reject, error) {
	l := &loader{ctx: ctx, opt: opt, fieldNames: []string{""}, fieldIdx: map[string]uint16{"": 0}}
	if err := l.scanFTM(inputs); err != nil {
		return nil, Summary{}, nil, err
	}
	for i, in := range inputs {
		l.files = append(l.files, fileState{input: in})
		fi := int32(i)
		var err error
		switch {
		case in.problem != "":
			l.beginRow(fi, 0, 0, 0, rowHeader)
			l.problem("", in.problem)
		case in.graph != "":
			err = l.readGraph(fi)
		case in.ftm:
			err = l.readFTM(fi)
		case in.jsonl:
			err = l.readJSONL(fi)
		default:
			err = l.readCSV(fi)
		}
		if err != nil {
			return nil, l.summary(), nil, err
		}
	}
	if c := opt.Compartment; c != nil && !c.All() {
		if err := l.compartment(*c, look.stored); err != nil {
			return nil, l.summary(), nil, err
		}
	} else if err := l.resolve(look.missing); err != nil {
		return nil, l.summary(), nil, err
	}
	if len(l.probs) > 0 && !opt.SkipInvalid {
		return nil, l.summary(), nil, l.invalid()
	}
	if len(l.probs) > 0 {
		l.cascade()
	}
	batch, dups := l.assemble()
	rejects, err := l.rejects()
	if err != nil {
		return nil, l.summary(), nil, err
	}
	sum := l.summary()
	sum.Duplicates = dups
	return batch, sum, rejects, nil
}

// beginRow starts a row; the records and problems that follow belong to it.
func (l *loader) beginRow(file int32, line int, start, end int64, flags uint8) {
	l.rows = append(l.rows, row{file: file, line: int32(line), start: start, end: end,
		ent0: int32(l.ents.len()), prim: -1, flags: flags})
	l.src = nil
	l.rowGrade = nil
	if flags&rowHeader == 0 {
		l.files[file].rows++
	}
}

func (l *loader) cur() int32 { return int32(len(l.rows) - 1) }

// where names a row as "file:line".
func (l *loader) where(ri int32) string {
	r := &l.rows[ri]
	return l.files[r.file].label + ":" + strconv.Itoa(int(r.line))
}

// sources is the provenance of the current row's records, "file:line".
func (l *loader) sources() []string {
	if l.src == nil {
		if len(l.srcArena) == 0 {
			l.srcArena = make([]string, 1024)
		}
		r := &l.rows[l.cur()]
		l.buf = append(append(l.buf[:0], l.files[r.file].label...), ':')
		l.buf = strconv.AppendInt(l.buf, int64(r.line), 10)
		l.srcArena[0] = string(l.buf)
		l.src, l.srcArena = l.srcArena[:1:1], l.srcArena[1:]
	}
	return l.src
}

func (l *loader) problem(field, reason string) { l.problemAt(l.cur(), field, reason) }

func (l *loader) problemAt(ri int32, field, reason string) {
	r := &l.rows[ri]
	r.flags |= rowBad
	l.probs = append(l.probs, rowProblem{row: ri, p: ringleader.Problem{
		File: l.files[r.file].label, Line: int(r.line), Field: field, Reason: reason}})
}

func (l *loader) field(name string) uint16 {
	if i, ok := l.fieldIdx[name]; ok {
		return i
	}
	i := uint16(len(l.fieldNames))
	l.fieldNames = append(l.fieldNames, name)
	l.fieldIdx[name] = i
	return i
}

// entity adds an entity of the current row; field is the column that names it (for a
// declared entity, "id"). The row's primary entity is its identity for duplicates.
func (l *loader) entity(e ringleader.Entity, field string, primary bool) {
	if e.Sources == nil {
		e.Sources = l.sources()
	}
	e.Aliases = sortedSet(e.Aliases)
	e.Cases = sortedSet(e.Cases)
	e.Props = l.graded(e.Props, false)
	if primary {
		r := &l.rows[l.cur()]
		r.prim = int32(l.ents.len())
		r.flags &^= rowPrimLink
	}
	l.ents.add(e)
	l.entRow = append(l.entRow, l.cur())
	l.entField = append(l.entField, l.field(field))
}

// link adds a link of the current row. srcField and dstField name the fields whose ids
// the endpoints are; "" for an endpoint that the row itself provides.
func (l *loader) link(k ringleader.Link, srcField, dstField string, primary bool) {
	if k.Source == "" || k.Target == "" {
		return // an invalid id, already reported
	}
	if k.Sources == nil {
		k.Sources = l.sources()
	}
	k.Cases = sortedSet(k.Cases)
	k.Props = l.graded(k.Props, true)
	if c := k.Canonical(); c.Source != k.Source {
		k, srcField, dstField = c, dstField, srcField
	}
	if k.Weight != 0 {
		// The row is one observation of the tie; assemble numbers identical rows of one file apart.
		if len(l.obsArena) == 0 {
			l.obsArena = make([]ringleader.Observation, 1024)
		}
		l.obsArena[0] = ringleader.Observation{ID: ringleader.ObservationID(l.files[l.rows[l.cur()].file].label, &k, 1), Weight: k.Weight}
		k.Observations, l.obsArena = l.obsArena[:1:1], l.obsArena[1:]
	}
	if primary {
		r := &l.rows[l.cur()]
		r.prim = int32(l.links.len())
		r.flags |= rowPrimLink
	}
	l.links.add(k)
	l.linkMeta = append(l.linkMeta, linkMeta{row: l.cur(), src: l.field(srcField), dst: l.field(dstField)})
}

// ref records that the current row refers to id, which must be of one of kinds.
func (l *loader) ref(id, field string, kinds kindSet) {
	l.refs = append(l.refs, ref{id: id, row: l.cur(), field: l.field(field), kinds: kinds})
}

// entRange returns the entities of row ri.
func (l *loader) entRange(ri int32) (int32, int32) {
	end := int32(l.ents.len())
	if int(ri)+1 < len(l.rows) {
		end = l.rows[ri+1].ent0
	}
	return l.rows[ri].ent0, end
}

// checkCtx returns the context's error every few thousand rows.
func (l *loader) checkCtx(n int) error {
	if n%4096 == 0 {
		if err := l.ctx.Err(); err != nil {
			return fmt.Errorf("loaders: %w", err)
		}
	}
	return nil
}

// sortedProblems returns the problems in file and line order, each once.
func (l *loader) sortedProblems() []rowProblem {
	ps := slices.Clone(l.probs)
	slices.SortStableFunc(ps, func(a, b rowProblem) int { return cmp.Compare(a.row, b.row) })
	out := ps[:0]
	for i, p := range ps {
		dup := false
		for j := i - 1; j >= 0 && ps[j].row == p.row; j-- {
			if ps[j].p == p.p {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// invalid is the error of a load with problems: all of them counted, the first
// maxProblems listed.
func (l *loader) invalid() error {
	ps := l.sortedProblems()
	msg := "invalid input: 1 problem"
	if len(ps) != 1 {
		msg = fmt.Sprintf("invalid input: %d problems", len(ps))
	}
	if len(ps) > maxProblems {
		msg += fmt.Sprintf(", the first %d:", maxProblems)
		ps = ps[:maxProblems]
	}
	probs := make([]ringleader.Problem, len(ps))
	for i, p := range ps {
		probs[i] = p.p
	}
	return &ringleader.Error{Code: ringleader.EINVALID, Message: msg, Problems: probs}
}

// assemble builds the batch from the rows that survive: one record per identity, merged
// as a store would merge them (MergeEntity, MergeLink: a later row's fields win, the
// weights of a link's rows add up), and counts the rows whose own identity repeated an
// earlier row's. It consumes the loader's links as it copies them.
func (l *loader) assemble() (*ringleader.Batch, int) {
	b := &ringleader.Batch{}
	dups := 0
	entAt := make(map[string]int, l.ents.len()/2)
	var entPrim []bool
	for i := range l.ents.len() {
		r := &l.rows[l.entRow[i]]
		if r.flags&rowBad != 0 {
			continue
		}
		prim := r.flags&rowPrimLink == 0 && r.prim == int32(i)
		e := l.ents.at(i)
		if j, ok := entAt[e.ID]; ok {
			if prim && entPrim[j] {
				dups++
			}
			b.Entities[j] = ringleader.MergeEntity(&b.Entities[j], *e)
			entPrim[j] = entPrim[j] || prim
			continue
		}
		entAt[e.ID] = len(b.Entities)
		b.Entities = append(b.Entities, *e)
		entPrim = append(entPrim, prim)
	}
	linkAt := make(map[string]int, l.links.len())
	var linkPrim []bool
	var linkFile []int32
	occ := occurrences{}
	b.Links = make([]ringleader.Link, 0, l.links.len())
	for i := range l.links.len() {
		r := &l.rows[l.linkMeta[i].row]
		k := l.links.at(i)
		l.links.release(i)
		if r.flags&rowBad != 0 {
			continue
		}
		prim := r.flags&rowPrimLink != 0 && r.prim == int32(i)
		key := k.Key()
		if j, ok := linkAt[key]; ok {
			if prim && linkPrim[j] {
				dups++
			}
			occ.number(j, &b.Links[j], linkFile[j], k, r.file)
			b.Links[j] = ringleader.MergeLink(&b.Links[j], *k)
			linkPrim[j] = linkPrim[j] || prim
			continue
		}
		linkAt[key] = len(b.Links)
		b.Links = append(b.Links, *k)
		linkPrim = append(linkPrim, prim)
		linkFile = append(linkFile, r.file)
	}
	return b, dups
}

// occurrences tells identical rows of one file apart (ringleader.ObservationID's occurrence): CAVIAR's phase 7
// lists one caller twice, and two identical rows of calls are two observations. It holds the file of each
// observation of the links that more than one row observes, keyed by the link's place in the batch and the
// observation's ID; other links cost nothing.
type occurrences map[obsAt]int32

type obsAt struct {
	link int
	id   string
}

// number renumbers the observation of k, a row of file that repeats the identity of held (the j-th link of the
// batch, first observed by a row of first), past the identical rows of file already merged into held. An
// identical row of another file is the same observation.
func (o occurrences) number(j int, held *ringleader.Link, first int32, k *ringleader.Link, file int32) {
	if len(k.Observations) != 1 {
		return
	}
	if _, ok := o[obsAt{j, ""}]; !ok {
		// The first repeat of held: until now one row observed it.
		o[obsAt{j, ""}] = -1
		for _, obs := range held.Observations {
			o[obsAt{j, obs.ID}] = first
		}
	}
	obs := &k.Observations[0]
	for {
		f, ok := o[obsAt{j, obs.ID}]
		if !ok || f != file {
			break
		}
		obs.ID = ringleader.NextOccurrence(obs.ID)
	}
	o[obsAt{j, obs.ID}] = file
}

// summary counts rows and rejections per file.
func (l *loader) summary() Summary {
	var s Summary
	for i := range l.files {
		l.files[i].rejected, l.files[i].rejectedLines = 0, nil
	}
	for i := range l.rows {
		r := &l.rows[i]
		if r.flags&rowBad != 0 && r.flags&rowHeader == 0 {
			f := &l.files[r.file]
			f.rejected++
			f.rejectedLines = append(f.rejectedLines, int(r.line))
			s.Rejected++
		}
	}
	if !l.opt.SkipInvalid {
		s.Rejected = 0
	}
	for i, f := range l.files {
		fs := FileSummary{File: f.label, Rows: f.rows, Skipped: l.ftmSkipped(int32(i))}
		if l.opt.SkipInvalid {
			fs.Rejected, fs.RejectedLines = f.rejected, f.rejectedLines
		}
		s.Files = append(s.Files, fs)
	}
	return s
}

// lowerKey is the form of a property name: lower case, trimmed.
func lowerKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
