// Command loadbench is `make bench-load`: a first load of a generated network (100,000 people, about a million
// links) into Neo4j through Ringleader, against what a Neo4j engineer would use for the same data, in one run:
// LOAD CSV written for an empty store (CREATE), LOAD CSV written to be re-runnable (MERGE, the semantics of
// Ringleader's load), and neo4j-admin database import full, the upper bound of an initial load.
//
// It generates the CSV bundle and its plain CSV twin (package loadbench) and starts one server (a container of
// -image with the plain CSV in its import directory, or the NEO4J_URI server), with Ringleader's schema applied
// (neo4j.Open, untimed). Then, for -warmup untimed rounds and -rounds timed ones, it loads each online side in
// turn, rotating which goes first, each into the emptied database: Ringleader by loaders.Load into neo4j.Store
// with the default Config (what `ringleader load DIR --store bolt://...` does), LOAD CSV by two auto-commit
// statements per variant. After each load it checks the counts and a digest of the whole stored graph, which must
// be the same for every load. The offline side comes last, once the shared server is gone: per round, a
// neo4j-admin container imports the same plain CSV into a new volume (timed), then a server starts on that store,
// gets Ringleader's schema (its indexes built, timed apart) and is digested too. It prints a table of records,
// seconds and records/s, and the ratio of Ringleader's throughput to each other side's, round by round; writes the
// figures to -out and the section "## Load into Neo4j" of -doc (replacing that section only). -from-json writes
// that section again from an earlier results file.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	loadbench "github.com/ringleader/ringleader/bench/load"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

// Sides of the comparison.
const (
	sideRingleader    = "ringleader"
	sideLoadCSVCreate = "load-csv-create"
	sideLoadCSVMerge  = "load-csv-merge"
	sideAdminImport   = "admin-import"
)

// allSides are the sides in the order the results list them; every side but sideAdminImport loads into the
// shared, running server.
var allSides = []string{sideRingleader, sideLoadCSVCreate, sideLoadCSVMerge, sideAdminImport}

type options struct {
	people    int
	degree    float64
	seed      uint64
	rounds    int
	reload    bool
	image     string
	heap      string
	pagecache string
	workDir   string
	importDir string
	out, doc  string
	genOnly   bool
	warmup    int
	sides     []string
}

// runResult is one load.
type runResult struct {
	Side          string  `json:"side"`
	Round         int     `json:"round"`
	Order         int     `json:"order"` // 1 when this side went first in its round
	Records       int     `json:"records"`
	Seconds       float64 `json:"seconds"`
	RecordsPerSec float64 `json:"records_per_second"`
	PeopleSeconds float64 `json:"people_seconds,omitempty"` // LOAD CSV: the node statement
	LinksSeconds  float64 `json:"links_seconds,omitempty"`  // LOAD CSV: the relationship statement
	// neo4j-admin import: Seconds is the import (container start to exit); then the server's start on the
	// imported store and the creation of Ringleader's schema with its indexes built (neo4j.Open), untimed in
	// Seconds, and the importer's own summary line.
	StartSeconds float64                 `json:"server_start_seconds,omitempty"`
	IndexSeconds float64                 `json:"index_seconds,omitempty"`
	ImportDone   string                  `json:"import_done,omitempty"`
	Write        *ringleader.WriteResult `json:"write,omitempty"` // Ringleader: what Write counted
	Digest       loadbench.Digest        `json:"digest"`
	LoadAvg      string                  `json:"loadavg_after"`
}

type report struct {
	Started    time.Time         `json:"started"`
	Machine    map[string]string `json:"machine"`
	Server     map[string]string `json:"server"`
	People     int               `json:"people"`
	Links      int               `json:"links"`
	Records    int               `json:"records"`
	Degree     float64           `json:"degree"`
	Warmup     int               `json:"warmup_rounds"`
	Seed       uint64            `json:"seed"`
	Connection string            `json:"connection"`
	Neo4jStore map[string]int    `json:"ringleader_store_config"`
	LoadCSVTx  int               `json:"load_csv_rows_per_transaction"`
	WarmupRuns []runResult       `json:"warmup_runs"` // untimed in the ratios
	Runs       []runResult       `json:"runs"`
	Sides      []string          `json:"sides"`
	// Ringleader's records/s ÷ each other side's, per round, and their medians.
	Ratios  map[string][]float64 `json:"ratios_by_side"`
	Medians map[string]float64   `json:"median_ratio_by_side"`
	// Per side, the median of its timed rounds.
	MedianSeconds map[string]float64 `json:"median_seconds_by_side"`
	Reload        *runResult         `json:"reload,omitempty"` // Ringleader loading the same bundle again, round 1
	Minutes       float64            `json:"minutes"`
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("loadbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.IntVar(&o.people, "people", 100_000, "people in the generated network")
	fs.Float64Var(&o.degree, "degree", 20, "mean degree (links ≈ people × degree / 2)")
	fs.Uint64Var(&o.seed, "seed", 1, "generator seed")
	fs.IntVar(&o.rounds, "rounds", 3, "timed rounds; each loads both sides once, alternating which goes first")
	fs.IntVar(&o.warmup, "warmup", 2, "untimed rounds before them, as the timed ones, so that the server's JIT has compiled both sides' code")
	sides := fs.String("sides", strings.Join(allSides, ","), "sides to load, comma-separated: "+strings.Join(allSides, ", "))
	fs.BoolVar(&o.reload, "reload", true, "in round 1, load the bundle through Ringleader a second time and check that nothing changes")
	fs.StringVar(&o.image, "image", cmp.Or(getenv("RINGLEADER_NEO4J_IMAGE"), "ringleader/neo4j:5.26.31"), "Neo4j image")
	fs.StringVar(&o.heap, "heap", "2g", "server heap (initial and max)")
	fs.StringVar(&o.pagecache, "pagecache", "1g", "server page cache")
	fs.StringVar(&o.workDir, "dir", "", "directory for the generated files (default: a temporary one, removed after)")
	fs.StringVar(&o.importDir, "import-dir", "", "with NEO4J_URI: the server's import directory, where the plain CSV goes")
	fs.BoolVar(&o.genOnly, "generate-only", false, "write the bundle and the plain CSV to -dir, then stop (to load them by hand)")
	fs.StringVar(&o.out, "out", "bench/results/load.json", "results file (empty: none)")
	fs.StringVar(&o.doc, "doc", "docs/benchmarks.md", "page whose \"## Load into Neo4j\" section is written (empty: none)")
	fromJSON := fs.String("from-json", "", "write -doc's section from this results file (of an earlier run) and stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *fromJSON != "" {
		js, err := os.ReadFile(*fromJSON)
		if err != nil {
			return err
		}
		var rep report
		if err := json.Unmarshal(js, &rep); err != nil {
			return fmt.Errorf("%s: %w", *fromJSON, err)
		}
		summarise(&rep)
		return writeSection(cmp.Or(o.doc, "docs/benchmarks.md"), section(&rep))
	}
	if o.rounds < 1 || o.warmup < 0 || o.people < 2 {
		return errors.New("need -rounds ≥ 1, -warmup ≥ 0 and -people ≥ 2")
	}
	for _, side := range strings.Split(*sides, ",") {
		if side = strings.TrimSpace(side); !slices.Contains(allSides, side) {
			return fmt.Errorf("-sides: %q is not one of %s", side, strings.Join(allSides, ", "))
		}
		if !slices.Contains(o.sides, side) {
			o.sides = append(o.sides, side)
		}
	}
	// Ratios are Ringleader's throughput over the others': it is always loaded.
	if !slices.Contains(o.sides, sideRingleader) {
		o.sides = append(o.sides, sideRingleader)
	}
	o.sides = slices.DeleteFunc(slices.Clone(allSides), func(s string) bool { return !slices.Contains(o.sides, s) })
	envURI := getenv("NEO4J_URI")
	if envURI != "" && slices.Contains(o.sides, sideAdminImport) {
		return errors.New("NEO4J_URI is set: neo4j-admin import needs a container of its own; leave admin-import out of -sides")
	}
	if o.genOnly && o.workDir == "" {
		return errors.New("-generate-only needs -dir")
	}
	if envURI != "" && o.importDir == "" && !o.genOnly {
		return errors.New("NEO4J_URI is set: give -import-dir, the server's import directory (server.directories.import)")
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "loadbench: "+format+"\n", a...) }

	rep := &report{Started: time.Now().UTC(), Machine: loadbench.Machine(), People: o.people, Degree: o.degree, Seed: o.seed,
		Warmup: o.warmup, Sides: o.sides,
		LoadCSVTx: loadbench.TxRows,
		Neo4jStore: map[string]int{"batch_size": neo4j.DefaultBatchSize, "tx_rows": neo4j.DefaultTxRows,
			"write_concurrency": neo4j.DefaultWriteConcurrency, "bulk_tx_rows": neo4j.BulkTxRows}}
	rep.Server = map[string]string{"image": o.image, "server.memory.heap.initial_size": o.heap,
		"server.memory.heap.max_size": o.heap, "server.memory.pagecache.size": o.pagecache}
	if envURI != "" {
		rep.Server = map[string]string{"uri": envURI}
	}

	work := o.workDir
	if work == "" {
		dir, err := os.MkdirTemp("", "loadbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	bundleDir, plainDir := filepath.Join(work, "bundle"), cmp.Or(o.importDir, filepath.Join(work, "plain"))
	for _, d := range []string{bundleDir, plainDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	t0 := time.Now()
	data, err := loadbench.Generate(ctx, bundleDir, plainDir, o.people, o.degree, o.seed)
	if err != nil {
		return err
	}
	rep.Links, rep.Records = data.Links, data.Records()
	logf("generated %d people and %d links (%d records) in %v: bundle %s, plain CSV %s",
		data.People, data.Links, data.Records(), time.Since(t0).Round(time.Millisecond), bundleDir, plainDir)
	if o.genOnly {
		return nil
	}

	b := &bench{o: o, data: data, logf: logf}
	var want *loadbench.Digest
	check := func(what, side string, r runResult) error {
		if want == nil {
			want = &r.Digest
		} else if r.Digest != *want {
			return fmt.Errorf("%s, %s: stored graph %+v differs from the first load's %+v", what, side, r.Digest, *want)
		}
		return nil
	}
	online := slices.DeleteFunc(slices.Clone(o.sides), func(s string) bool { return s == sideAdminImport })
	if err := b.online(ctx, rep, online, envURI, getenv, check); err != nil {
		return err
	}
	if slices.Contains(o.sides, sideAdminImport) {
		for round := 1; round <= o.rounds; round++ {
			r, err := b.adminImport(ctx, round)
			if err != nil {
				return fmt.Errorf("round %d, %s: %w", round, sideAdminImport, err)
			}
			logf("round %d %-15s %7d records in %7.2f s: %8.0f records/s, then server start %.1f s, indexes %.1f s (digest %s…)",
				round, sideAdminImport, r.Records, r.Seconds, r.RecordsPerSec, r.StartSeconds, r.IndexSeconds, r.Digest.Hash[:12])
			if err := check(fmt.Sprintf("round %d", round), sideAdminImport, r); err != nil {
				return err
			}
			rep.Runs = append(rep.Runs, r)
		}
	}
	summarise(rep)
	rep.Minutes = time.Since(t0).Minutes()
	rep.Machine["loadavg_end"] = loadbench.LoadAvg()

	printTable(stdout, rep)
	if o.out != "" {
		js, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(o.out, append(js, '\n'), 0o644); err != nil {
			return err
		}
	}
	if o.doc != "" {
		if err := writeSection(o.doc, section(rep)); err != nil {
			return err
		}
	}
	return nil
}

type bench struct {
	o      options
	data   loadbench.Data
	logf   func(string, ...any)
	store  *neo4j.Store
	driver loadbench.Driver
}

// online runs the warm-up and timed rounds of the sides that load into one running server, which it starts (or
// takes from NEO4J_URI) and stops before it returns, so that nothing else runs beside a later offline import.
func (b *bench) online(ctx context.Context, rep *report, sides []string, envURI string, getenv func(string) string,
	check func(what, side string, r runResult) error) (err error) {
	srv, err := b.server(ctx, envURI, getenv)
	if err != nil {
		return err
	}
	defer func() {
		if terr := srv.Terminate(); terr != nil {
			b.logf("stop server: %v", terr)
		}
	}()
	// Every side gets Ringleader's schema (constraints and indexes), applied once, before any clock starts;
	// wiping the data between loads keeps it.
	if b.store, err = neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password}); err != nil {
		return err
	}
	defer b.store.Close()
	if b.driver, err = neo4jdrv.NewDriverWithContext(srv.URI, neo4jdrv.BasicAuth(srv.User, srv.Password, "")); err != nil {
		return err
	}
	defer b.driver.Close(context.WithoutCancel(ctx))
	rep.Connection = "published port"
	switch {
	case srv.Route == neo4jtest.RouteEnv:
		rep.Connection = "NEO4J_URI"
	case srv.Direct:
		rep.Connection = "container address"
	}

	for round := 1 - b.o.warmup; round <= b.o.rounds; round++ {
		// Each side goes first once in len(sides) rounds: round 1 in the listed order, round 2 rotated by one, ...
		order := slices.Clone(sides)
		k := ((round-1)%len(order) + len(order)) % len(order)
		order = append(order[k:], order[:k]...)
		for i, side := range order {
			r, err := b.load(ctx, side, round)
			if err != nil {
				return fmt.Errorf("round %d, %s: %w", round, side, err)
			}
			r.Order = i + 1
			what := fmt.Sprintf("round %d", round)
			if round < 1 {
				what = fmt.Sprintf("warm-up %d", round+b.o.warmup)
			}
			detail := ""
			if r.PeopleSeconds > 0 {
				detail = fmt.Sprintf(" (nodes %.2f s, relationships %.2f s)", r.PeopleSeconds, r.LinksSeconds)
			}
			b.logf("%s %-15s %7d records in %7.2f s: %8.0f records/s%s (digest %s…)",
				what, side, r.Records, r.Seconds, r.RecordsPerSec, detail, r.Digest.Hash[:12])
			if err := check(what, side, r); err != nil {
				return err
			}
			if round < 1 {
				rep.WarmupRuns = append(rep.WarmupRuns, r)
				continue
			}
			rep.Runs = append(rep.Runs, r)
			if side == sideRingleader && round == 1 && b.o.reload {
				if rep.Reload, err = b.reload(ctx, r); err != nil {
					return fmt.Errorf("round %d, reload: %w", round, err)
				}
			}
		}
	}
	return nil
}

// server gives the server of the run: the NEO4J_URI server (wiped before each load, as the container is), or a new
// container started by testing/neo4jtest with the bench's memory settings and the plain CSV in its import
// directory, reached at the container's own address when that answers (ContainerOptions.Direct: no userland proxy
// between Ringleader and Neo4j).
func (b *bench) server(ctx context.Context, envURI string, getenv func(string) string) (*neo4jtest.Server, error) {
	if envURI != "" {
		return &neo4jtest.Server{URI: envURI, User: cmp.Or(getenv("NEO4J_USER"), "neo4j"), Password: getenv("NEO4J_PASSWORD"),
			Route: neo4jtest.RouteEnv}, nil
	}
	opts := neo4jtest.ContainerOptions{Image: b.o.image, Direct: true, Settings: map[string]string{
		"server.memory.heap.initial_size": b.o.heap,
		"server.memory.heap.max_size":     b.o.heap,
		"server.memory.pagecache.size":    b.o.pagecache,
		"server.directories.import":       loadbench.ImportDir,
	}, Files: map[string]string{}}
	for _, f := range []string{loadbench.PeopleFile, loadbench.LinksFile} {
		opts.Files[path.Join(loadbench.ImportDir, f)] = filepath.Join(b.data.PlainDir, f)
	}
	if !slices.Contains(b.o.sides, sideLoadCSVCreate) && !slices.Contains(b.o.sides, sideLoadCSVMerge) {
		opts.Files = nil
	}
	t0 := time.Now()
	srv, err := neo4jtest.StartContainer(ctx, opts)
	if err == nil {
		b.logf("server up in %.1f s", time.Since(t0).Seconds())
	}
	return srv, err
}

// load empties the database, loads the network through one side, timed, and reads back what it stored.
func (b *bench) load(ctx context.Context, side string, round int) (runResult, error) {
	r := runResult{Side: side, Round: round, Records: b.data.Records()}
	if err := loadbench.Wipe(ctx, b.driver); err != nil {
		return r, fmt.Errorf("wipe: %w", err)
	}
	switch side {
	case sideRingleader:
		start := time.Now()
		sum, err := loaders.Load(ctx, b.store, []string{b.data.BundleDir}, loaders.Options{})
		r.Seconds = time.Since(start).Seconds()
		if err != nil {
			return r, err
		}
		w := sum.WriteResult
		if w != (ringleader.WriteResult{EntitiesCreated: b.data.People, LinksCreated: b.data.Links}) {
			return r, fmt.Errorf("first load counted %+v, want %d entities and %d links created", w, b.data.People, b.data.Links)
		}
		r.Write = &w
	case sideLoadCSVCreate, sideLoadCSVMerge:
		v := loadbench.Create
		if side == sideLoadCSVMerge {
			v = loadbench.Merge
		}
		people, links, err := loadbench.LoadCSV(ctx, b.driver, v, "")
		if err != nil {
			return r, err
		}
		r.PeopleSeconds, r.LinksSeconds = people.Seconds(), links.Seconds()
		r.Seconds = r.PeopleSeconds + r.LinksSeconds
	}
	r.RecordsPerSec = float64(r.Records) / r.Seconds
	r.LoadAvg = loadbench.LoadAvg()
	var err error
	if r.Digest, err = loadbench.ReadDigest(ctx, b.driver); err != nil {
		return r, fmt.Errorf("digest: %w", err)
	}
	if r.Digest.Entities != int64(b.data.People) || r.Digest.Relationships != int64(b.data.Links) {
		return r, fmt.Errorf("stored %d entities and %d relationships, want %d and %d",
			r.Digest.Entities, r.Digest.Relationships, b.data.People, b.data.Links)
	}
	return r, nil
}

// reload loads the bundle through Ringleader again into what the load first stored: every record must come back
// unchanged, the version must not move and the stored graph must stay the same.
func (b *bench) reload(ctx context.Context, first runResult) (*runResult, error) {
	v0, err := b.store.Version(ctx)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	sum, err := loaders.Load(ctx, b.store, []string{b.data.BundleDir}, loaders.Options{})
	secs := time.Since(start).Seconds()
	if err != nil {
		return nil, err
	}
	w := sum.WriteResult
	if w != (ringleader.WriteResult{EntitiesUnchanged: b.data.People, LinksUnchanged: b.data.Links}) {
		return nil, fmt.Errorf("counted %+v, want every record unchanged", w)
	}
	v1, err := b.store.Version(ctx)
	if err != nil {
		return nil, err
	}
	if v1 != v0 {
		return nil, fmt.Errorf("unchanged records moved the version from %d to %d", v0, v1)
	}
	re := &runResult{Side: sideRingleader + "-reload", Round: first.Round, Records: first.Records, Seconds: secs,
		RecordsPerSec: float64(first.Records) / secs, Write: &w, LoadAvg: loadbench.LoadAvg()}
	if re.Digest, err = loadbench.ReadDigest(ctx, b.driver); err != nil {
		return nil, err
	}
	if re.Digest != first.Digest {
		return nil, fmt.Errorf("the stored graph changed: %+v, was %+v", re.Digest, first.Digest)
	}
	b.logf("round %d ringleader reload: %d records unchanged in %.2f s (%.0f records/s)", first.Round, first.Records, secs, re.RecordsPerSec)
	return re, nil
}

// adminImport imports the plain CSV with neo4j-admin database import full into a new volume, timed from the
// importer's container start to its exit; then starts a server on that store (the first start of its default
// database), applies Ringleader's schema and waits for its indexes (neo4j.Open, timed apart: an imported store has
// no index until then, and the other sides maintained them while loading), and reads the digest back.
func (b *bench) adminImport(ctx context.Context, round int) (r runResult, err error) {
	r = runResult{Side: sideAdminImport, Round: round, Order: 1, Records: b.data.Records()}
	volume := fmt.Sprintf("ringleader-loadbench-%d-%d", os.Getpid(), round)
	defer func() {
		if verr := neo4jtest.RemoveVolume(context.WithoutCancel(ctx), volume); verr != nil && err == nil {
			err = verr
		}
	}()
	files := map[string]string{}
	for _, f := range []string{loadbench.AdminPeopleFile, loadbench.AdminLinksFile} {
		files[path.Join(loadbench.ImportDir, f)] = filepath.Join(b.data.PlainDir, f)
	}
	run, err := neo4jtest.RunAdmin(ctx, neo4jtest.AdminOptions{Image: b.o.image, HomeVolume: volume, Files: files,
		JavaOpts: []string{"-Xms" + b.o.heap, "-Xmx" + b.o.heap}}, loadbench.AdminImportArgs(loadbench.ImportDir, loadbench.Database)...)
	if err != nil {
		return r, err
	}
	r.Seconds = run.Duration.Seconds()
	r.RecordsPerSec = float64(r.Records) / r.Seconds
	r.LoadAvg = loadbench.LoadAvg()
	for _, line := range strings.Split(run.Output, "\n") {
		if strings.Contains(line, "IMPORT DONE") {
			r.ImportDone = strings.TrimSpace(line)
		}
	}
	t0 := time.Now()
	srv, err := neo4jtest.StartContainer(ctx, neo4jtest.ContainerOptions{Image: b.o.image, Direct: true, HomeVolume: volume,
		Settings: map[string]string{
			"server.memory.heap.initial_size": b.o.heap,
			"server.memory.heap.max_size":     b.o.heap,
			"server.memory.pagecache.size":    b.o.pagecache,
		}})
	if err != nil {
		return r, fmt.Errorf("start a server on the imported store: %w", err)
	}
	defer func() {
		if terr := srv.Terminate(); terr != nil && err == nil {
			err = terr
		}
	}()
	r.StartSeconds = time.Since(t0).Seconds()
	t0 = time.Now()
	store, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password})
	if err != nil {
		return r, fmt.Errorf("schema on the imported store: %w", err)
	}
	r.IndexSeconds = time.Since(t0).Seconds()
	store.Close()
	d, err := neo4jdrv.NewDriverWithContext(srv.URI, neo4jdrv.BasicAuth(srv.User, srv.Password, ""))
	if err != nil {
		return r, err
	}
	defer d.Close(context.WithoutCancel(ctx))
	if r.Digest, err = loadbench.ReadDigest(ctx, d); err != nil {
		return r, fmt.Errorf("digest: %w", err)
	}
	if r.Digest.Entities != int64(b.data.People) || r.Digest.Relationships != int64(b.data.Links) {
		return r, fmt.Errorf("stored %d entities and %d relationships, want %d and %d",
			r.Digest.Entities, r.Digest.Relationships, b.data.People, b.data.Links)
	}
	return r, nil
}

// summarise fills the ratios and medians from the timed runs: per round, Ringleader's records/s over each other
// side's of the same round. A results file from before the CREATE variant names the MERGE one "load-csv".
func summarise(rep *report) {
	perRound := map[int]map[string]float64{}
	secs := map[string][]float64{}
	for i := range rep.Runs {
		r := &rep.Runs[i]
		if r.Side == "load-csv" {
			r.Side = sideLoadCSVMerge
		}
		if perRound[r.Round] == nil {
			perRound[r.Round] = map[string]float64{}
		}
		perRound[r.Round][r.Side] = r.RecordsPerSec
		secs[r.Side] = append(secs[r.Side], r.Seconds)
	}
	if len(rep.Sides) == 0 {
		for _, side := range allSides {
			if len(secs[side]) > 0 {
				rep.Sides = append(rep.Sides, side)
			}
		}
	}
	rep.Ratios, rep.Medians, rep.MedianSeconds = map[string][]float64{}, map[string]float64{}, map[string]float64{}
	rounds := slices.Sorted(maps.Keys(perRound))
	for _, side := range rep.Sides {
		rep.MedianSeconds[side] = median(secs[side])
		if side == sideRingleader {
			continue
		}
		for _, round := range rounds {
			if rl, other := perRound[round][sideRingleader], perRound[round][side]; rl > 0 && other > 0 {
				rep.Ratios[side] = append(rep.Ratios[side], rl/other)
			}
		}
		if len(rep.Ratios[side]) > 0 {
			rep.Medians[side] = median(rep.Ratios[side])
		}
	}
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func printTable(w io.Writer, rep *report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\tside\torder\trecords\tseconds\trecords/s\t")
	for _, r := range rep.Runs {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%.2f\t%.0f\t\n", r.Round, r.Side, r.Order, r.Records, r.Seconds, r.RecordsPerSec)
	}
	if r := rep.Reload; r != nil {
		fmt.Fprintf(tw, "%d\t%s\t\t%d\t%.2f\t%.0f\t\n", r.Round, r.Side, r.Records, r.Seconds, r.RecordsPerSec)
	}
	tw.Flush()
	for _, side := range rep.Sides {
		if side == sideRingleader {
			continue
		}
		fmt.Fprintf(w, "Ringleader/%s throughput:", side)
		for _, x := range rep.Ratios[side] {
			fmt.Fprintf(w, " %.3f", x)
		}
		fmt.Fprintf(w, " (median %.3f)\n", rep.Medians[side])
	}
}
