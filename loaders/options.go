package loaders

import "github.com/ringleader/ringleader"

// Options control a load.
type Options struct {
	// SkipInvalid loads the valid rows and writes the invalid ones, and the rows that
	// depend on them, to RejectsPath instead of failing the whole load.
	SkipInvalid bool
	// RejectsPath is the CSV file that receives rejected rows; "rejects.csv" when empty.
	// It is written only when some row was rejected.
	RejectsPath string
	// Progress, when set, is called while the records are written with the number done
	// and the total (see TerminalProgress).
	Progress func(done, total int)
	// Compartment, when set and limited to some cases, is the writer's: every record must lie
	// in those cases (ringleader.Scope.CheckEntityWrite), a reference to an entity outside
	// them is refused in the words of a reference to one that does not exist, and the store
	// checks the same again as it writes. Nil or AllCases loads anything.
	Compartment *ringleader.Scope
}

// Summary says what a load read, rejected and wrote.
type Summary struct {
	// Files lists the input files in the order they were read.
	Files []FileSummary `json:"files"`
	ringleader.WriteResult
	// Duplicates counts rows whose identity (entity id, or link key) repeated an earlier
	// row of the same load: merged with it as a store merges (MergeEntity; MergeLink,
	// which adds a link's weights up).
	Duplicates int `json:"duplicates"`
	// Rejected counts the data rows left out under SkipInvalid.
	Rejected int `json:"rejected"`
	// RejectsPath is the file the rejected rows were written to, when there were any.
	RejectsPath string `json:"rejects_path,omitempty"`
}

// FileSummary counts the data rows (or JSON lines) of one input file.
type FileSummary struct {
	File     string `json:"file"`
	Rows     int    `json:"rows"`
	Rejected int    `json:"rejected"`
	// RejectedLines are the lines of the rejected rows, in order.
	RejectedLines []int `json:"rejected_lines,omitempty"`
	// Skipped counts, by FollowTheMoney schema, the lines of an FtM stream left out
	// because Ringleader has no counterpart for them: entities of other schemas and the
	// links that name one (see ftm.go). They are not errors.
	Skipped map[string]int `json:"skipped,omitempty"`
}

// Reject is an input row left out under SkipInvalid, with its problems and its text as
// it stands in the file. A problem with the file as a whole has Line 0 (or 1 for the
// header).
type Reject struct {
	File     string               `json:"file"`
	Line     int                  `json:"line"`
	Problems []ringleader.Problem `json:"problems"`
	Raw      string               `json:"raw"`
}

// DefaultRejectsPath is where rejected rows go when Options.RejectsPath is empty.
const DefaultRejectsPath = "rejects.csv"
