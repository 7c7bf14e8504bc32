package loaders

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
)

// Load reads, validates and writes the given inputs through w: each path a bundle
// directory, a CSV file named after its table (suspects.csv, ...) or a JSON Lines file.
// Nothing is written unless everything is valid, or opt.SkipInvalid is set, in which
// case the invalid rows go to the rejects file. Problems and provenance name files by
// their base name, so that a reload from another directory finds the same records.
func Load(ctx context.Context, w ringleader.Writer, paths []string, opt Options) (Summary, error) {
	var inputs []input
	var probs []ringleader.Problem
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			probs = append(probs, ringleader.Problem{File: p, Reason: "no such file or directory"})
			continue
		case err != nil:
			return Summary{}, fmt.Errorf("loaders: %w", err)
		}
		if st.IsDir() {
			ins, err := bundleInputs(os.DirFS(p))
			if err != nil {
				return Summary{}, err
			}
			if len(ins) == 0 {
				probs = append(probs, ringleader.ErrorProblems(noBundleFiles(p))...)
			}
			inputs = append(inputs, ins...)
			continue
		}
		dir, name := filepath.Split(p)
		if dir == "" {
			dir = "."
		}
		in, ok := fileInput(os.DirFS(dir), name)
		if !ok {
			probs = append(probs, ringleader.Problem{File: p, Reason: "not a .csv, .jsonl, .graphml or .gexf file"})
			continue
		}
		inputs = append(inputs, in)
	}
	if len(probs) > 0 {
		return Summary{}, &ringleader.Error{Code: ringleader.EINVALID, Message: "invalid input", Problems: probs}
	}
	if len(inputs) == 0 {
		return Summary{}, ringleader.Errorf(ringleader.EINVALID, "nothing to load: give a bundle directory or files")
	}
	batch, sum, rejects, err := read(ctx, inputs, lookupIn(w), opt)
	if err != nil {
		return sum, err
	}
	return write(ctx, w, batch, sum, rejects, opt)
}

// lookupIn is what a load asks of the store it writes to.
func lookupIn(w ringleader.Writer) lookup { return lookup{missing: w.Missing, stored: w.Stored} }

// LoadFS is Load for a bundle held in fsys (the CSV tables and JSON Lines files at its
// root), such as the demo generator's fstest.MapFS.
func LoadFS(ctx context.Context, w ringleader.Writer, fsys fs.FS, opt Options) (Summary, error) {
	inputs, err := bundleInputs(fsys)
	if err != nil {
		return Summary{}, err
	}
	if len(inputs) == 0 {
		return Summary{}, noBundleFiles("")
	}
	batch, sum, rejects, err := read(ctx, inputs, lookupIn(w), opt)
	if err != nil {
		return sum, err
	}
	return write(ctx, w, batch, sum, rejects, opt)
}

// write writes the rejects file, if any row was rejected, then the batch.
func write(ctx context.Context, w ringleader.Writer, batch *ringleader.Batch, sum Summary, rejects []Reject, opt Options) (Summary, error) {
	if len(rejects) > 0 {
		p := cmp.Or(opt.RejectsPath, DefaultRejectsPath)
		if err := WriteRejects(p, rejects); err != nil {
			return sum, err
		}
		sum.RejectsPath = p
	}
	batch.Progress = opt.Progress
	if c := opt.Compartment; c != nil && !c.All() {
		batch.Compartment = c
	}
	res, err := w.Write(ctx, batch)
	if err != nil {
		return sum, fmt.Errorf("loaders: write: %w", err)
	}
	sum.WriteResult = res
	return sum, nil
}

func noBundleFiles(dir string) error {
	return &ringleader.Error{Code: ringleader.EINVALID, Message: "invalid input", Problems: []ringleader.Problem{{
		File: dir, Reason: "no files to load: a bundle holds " + tableNames() + " or .jsonl files"}}}
}

// bundleInputs lists the files of a bundle in the order they are read: the CSV tables
// in DESIGN.md's order, then JSON Lines files by name. Other files are left alone, and
// so is a rejects file from an earlier load; an unknown .csv file is a problem, since
// it is most likely a table under a wrong name.
func bundleInputs(fsys fs.FS) ([]input, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("loaders: read bundle: %w", err)
	}
	var out []input
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		in, ok := fileInput(fsys, e.Name())
		if !ok || (in.problem != "" && isRejectsFile(fsys, e.Name())) {
			continue
		}
		out = append(out, in)
	}
	order := func(in input) int {
		if i := slices.Index(tables, in.table); i >= 0 {
			return i
		}
		if in.jsonl {
			return len(tables) + 1
		}
		return len(tables)
	}
	slices.SortStableFunc(out, func(a, b input) int { return cmp.Or(cmp.Compare(order(a), order(b)), cmp.Compare(a.name, b.name)) })
	return out, nil
}

// fileInput returns the input for a file of fsys; false when its name is neither .csv
// nor .jsonl (or .ndjson).
func fileInput(fsys fs.FS, name string) (input, bool) {
	in := input{fsys: fsys, name: name, label: path.Base(name)}
	switch strings.ToLower(path.Ext(name)) {
	case ".csv":
		if in.table = tableNamed(in.label); in.table == nil {
			in.problem = "unknown table: a bundle's CSV files are " + tableNames()
		}
	case ".jsonl", ".ndjson":
		in.jsonl = true
		in.ftm = isFTMFile(fsys, name)
	case ".graphml", ".gexf":
		in.graph = strings.TrimPrefix(strings.ToLower(path.Ext(name)), ".")
	case ".json":
		if in.ftm = isFTMFile(fsys, name); !in.ftm {
			return input{}, false
		}
		in.jsonl = true
	default:
		return input{}, false
	}
	return in, true
}

// isRejectsFile reports whether a file starts with the header that WriteRejects writes.
func isRejectsFile(fsys fs.FS, name string) bool {
	f, err := fsys.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(strings.TrimPrefix(line, string(bom))) == strings.Join(rejectsHeader, ",")
}
