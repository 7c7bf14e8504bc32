// Command scale is `make bench-scale`: a million people end to end on SQLite (issue 18 §4).
//
// For each size (-sizes, default 10k, 100k and 1M people) it generates a CSV bundle of that many people with
// -degree ties each on average (calls with counts and dates, meetings, payments, shared phones; the heavy-tailed
// graph with planted communities of fixtures.SyntheticEdges), kept under -dir for the next run, and measures on a
// fresh SQLite store, each step a process of its own of the ringleader binary built once: `load`; `analyze` for
// degree, PageRank, Leiden, k-core and approximate betweenness (epsilon 0.01); the API's centrality route called
// twice on a `serve` (the first call, then the same from the engine's cache); and `export` in its default format.
// Each step's wall time and peak resident memory (the child's getrusage maxrss; for the API calls the server's
// VmHWM after the call) are recorded, and a step that fails, runs past -timeout or past -max-rss is recorded as
// such while the run goes on.
//
// It writes the figures to -out, a table and the log-log slopes against the targets to the section
// "## A million people end to end" of -doc (replacing that section only), and a log-log plot of time and memory
// against size to -png. Each size's results are also kept under -dir, so that -reuse can put the sizes of
// several runs into one table (say 10k and 100k now, 1M on a quiet machine later); -from-json writes the section
// and the plot again from a results file.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

type options struct {
	sizes     []int
	degree    float64
	seed      uint64
	dir       string
	bin       string
	reuse     bool
	keepStore bool
	timeout   time.Duration
	maxRSS    float64
	out, doc  string
	png       string
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("scale", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	sizes := fs.String("sizes", "10000,100000,1000000", "comma-separated numbers of people")
	fs.Float64Var(&o.degree, "degree", 10, "ties per person on average")
	fs.Uint64Var(&o.seed, "seed", 1, "generator seed")
	cache, _ := os.UserCacheDir()
	fs.StringVar(&o.dir, "dir", filepath.Join(cmp.Or(cache, os.TempDir()), "ringleader", "scale"), "where bundles, stores, logs and each size's results go")
	fs.StringVar(&o.bin, "bin", "", "the ringleader binary (default: built from ./cmd/ringleader into -dir)")
	fs.BoolVar(&o.reuse, "reuse", false, "take a size's results from an earlier run under -dir, when there are any, instead of measuring it again")
	fs.BoolVar(&o.keepStore, "keep-store", false, "keep each size's SQLite store under -dir (a million people take several GB)")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Minute, "a step still running after this is stopped and recorded as such")
	maxRSS := fs.Float64("max-rss", 0, "MiB: a step whose resident memory passes this is killed and recorded as such (default 90% of the machine's memory)")
	fs.StringVar(&o.out, "out", "bench/results/scale.json", "results file (empty: none)")
	fs.StringVar(&o.doc, "doc", "docs/benchmarks.md", "page whose \""+heading+"\" section is written (empty: none)")
	fs.StringVar(&o.png, "png", "docs/bench-scale.png", "the plot (empty: none)")
	fromJSON := fs.String("from-json", "", "write -doc's section and -png from this results file (of an earlier run) and stop")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
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
		return rep.write(o, stdout)
	}
	for _, s := range splitList(*sizes) {
		n, err := strconv.Atoi(strings.ReplaceAll(s, "_", ""))
		if err != nil || n < 100 {
			return fmt.Errorf("-sizes: %q is not a number of people of 100 or more", s)
		}
		o.sizes = append(o.sizes, n)
	}
	slices.Sort(o.sizes)
	o.sizes = slices.Compact(o.sizes)
	if len(o.sizes) == 0 {
		return errors.New("-sizes: give at least one size")
	}
	o.maxRSS = *maxRSS
	if o.maxRSS == 0 {
		if total, ok := memTotalMiB(); ok {
			o.maxRSS = 0.9 * total
		}
	}
	for _, d := range []string{"bundles", "stores", "logs", "results", "bin"} {
		if err := os.MkdirAll(filepath.Join(o.dir, d), 0o755); err != nil {
			return err
		}
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "scale: "+format+"\n", a...) }

	if o.bin == "" {
		o.bin = filepath.Join(o.dir, "bin", "ringleader")
		t0 := time.Now()
		logf("building ./cmd/ringleader into %s", o.bin)
		build := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", o.bin, "./cmd/ringleader")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		build.Stdout, build.Stderr = stderr, stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build ringleader: %w", err)
		}
		logf("built in %.1f s", time.Since(t0).Seconds())
	}

	rep := &report{Started: time.Now().UTC(), Machine: machine(), Degree: o.degree, Seed: o.seed,
		Timeout: o.timeout.String(), MaxRSSMiB: o.maxRSS}
	t0 := time.Now()
	for _, n := range o.sizes {
		resultPath := filepath.Join(o.dir, "results", fmt.Sprintf("%s.json", bundleName(n, o.degree, o.seed)))
		if o.reuse {
			if sr, ok := readSize(resultPath); ok {
				logf("[%s] results of %s reused from %s", label(n), sr.Started.Format(time.RFC3339), resultPath)
				rep.Sizes = append(rep.Sizes, sr)
				continue
			}
		}
		sr, err := measureSize(ctx, o, n, logf, stderr)
		if err != nil {
			return err
		}
		rep.Sizes = append(rep.Sizes, sr)
		if js, err := json.MarshalIndent(sr, "", "  "); err == nil {
			_ = os.WriteFile(resultPath, append(js, '\n'), 0o644)
		}
	}
	rep.Minutes = time.Since(t0).Minutes()
	rep.Machine["loadavg_end"] = loadavg()
	return rep.write(o, stdout)
}

// measureSize generates (or finds) the bundle of n people and measures every step on it.
func measureSize(ctx context.Context, o options, n int, logf func(string, ...any), stderr io.Writer) (sizeResult, error) {
	lbl := label(n)
	sr := sizeResult{People: n, Started: time.Now().UTC(), LoadAvgStart: loadavg()}
	bundle := filepath.Join(o.dir, "bundles", bundleName(n, o.degree, o.seed))
	st, ok := readStats(bundle, n, o.degree, o.seed)
	if ok {
		logf("[%s] bundle found: %s", lbl, bundle)
	} else {
		logf("[%s] generating %d people with %g ties each on average into %s…", lbl, n, o.degree, bundle)
		var err error
		if st, err = generate(bundle, n, o.degree, o.seed); err != nil {
			return sr, fmt.Errorf("generate %d people: %w", n, err)
		}
		logf("[%s] generated in %.1f s", lbl, st.Seconds)
	}
	sr.Bundle = st
	logf("[%s] %d ties: %d calls, %d meetings, %d payments, %d shared phones; %.0f MiB of CSV",
		lbl, st.Ties, st.Calls, st.Meetings, st.Payments, st.SharedPhones, float64(st.Bytes)/(1<<20))

	dbPath := filepath.Join(o.dir, "stores", bundleName(n, o.degree, o.seed)+".db")
	removeStore(dbPath)
	if !o.keepStore {
		defer removeStore(dbPath)
	}
	r := &runner{bin: o.bin, store: "sqlite:" + dbPath, logDir: filepath.Join(o.dir, "logs"), label: lbl,
		timeout: o.timeout, maxRSS: o.maxRSS, stderr: stderr}
	record := func(res stepResult) {
		sr.Steps = append(sr.Steps, res)
		if res.ok() {
			logf("[%s] %s: %.2f s (CPU %.2f s), peak %.0f MiB; %s", lbl, res.Step, res.Seconds, res.CPUSeconds, res.PeakMiB, res.Detail)
		} else {
			logf("[%s] %s: %s after %.1f s: %s (log %s)", lbl, res.Step, res.Status, res.Seconds, res.Detail, res.Log)
		}
	}
	skipAll := func(why string, steps ...string) {
		for _, s := range steps {
			sr.Steps = append(sr.Steps, stepResult{Step: s, Status: statusSkipped, Detail: why})
		}
	}

	logf("[%s] load…", lbl)
	res, out := r.command(ctx, "load", "load", "--progress", "--format", "json", bundle)
	if res.ok() {
		var sum struct {
			EntitiesCreated int `json:"entities_created"`
			LinksCreated    int `json:"links_created"`
		}
		if err := json.Unmarshal(out, &sum); err == nil {
			res.Detail = fmt.Sprintf("%d entities, %d links", sum.EntitiesCreated, sum.LinksCreated)
			sr.Entities, sr.Links = sum.EntitiesCreated, sum.LinksCreated
		}
	}
	record(res)
	if !res.ok() {
		skipAll("the load failed", analyses()...)
		skipAll("the load failed", "api-first", "api-cached", "api-burst", "export")
		return sr, ctx.Err()
	}

	for _, a := range analysisSteps {
		if ctx.Err() != nil {
			return sr, ctx.Err()
		}
		logf("[%s] %s…", lbl, a.step)
		res, _ := r.command(ctx, a.step, append([]string{"analyze", "--progress", "--top", "10", "--format", "json"}, a.args...)...)
		if read, kernel, ok := analysisStages(res); ok {
			res.Detail = fmt.Sprintf("read and projection %.2f s, kernel %.2f s", read, kernel)
		}
		record(res)
	}

	logf("[%s] API: token and serve…", lbl)
	tokRes, tok := r.command(ctx, "token", "token", "create", "--name", "scale-bench", "--role", "analyst", "--cases", "all")
	if !tokRes.ok() {
		skipAll("no token: "+tokRes.Detail, "api-first", "api-cached", "api-burst")
	} else {
		first, cached, burst := r.apiCalls(ctx, strings.TrimSpace(string(tok)), apiQuery)
		record(first)
		record(cached)
		record(burst)
	}

	logf("[%s] export…", lbl)
	exportPath := filepath.Join(o.dir, "stores", lbl+"-export.ftm.jsonl")
	res, _ = r.command(ctx, "export", "export", "--out", exportPath)
	if fi, err := os.Stat(exportPath); err == nil && res.ok() {
		res.Detail = fmt.Sprintf("%.0f MiB of FtM JSON Lines", float64(fi.Size())/(1<<20))
	}
	os.Remove(exportPath)
	record(res)
	sr.LoadAvgEnd = loadavg()
	return sr, ctx.Err()
}

// analysisSteps are the analyses measured, each an `analyze` process.
var analysisSteps = []struct {
	step string
	args []string
}{
	{"degree", []string{"--measure", "degree"}},
	{"pagerank", []string{"--measure", "pagerank"}},
	{"leiden", []string{"--measure", "communities", "--method", "leiden"}},
	{"core", []string{"--measure", "core"}},
	{"approx-betweenness", []string{"--measure", "betweenness", "--epsilon", "0.01"}},
}

func analyses() []string {
	var out []string
	for _, a := range analysisSteps {
		out = append(out, a.step)
	}
	return out
}

// apiQuery is the API call measured: PageRank, which stays near-linear at a million people (exact betweenness,
// the route's other common use, does not).
const apiQuery = "/api/v1/insights/centrality?measure=pagerank&top=10"

// stepOrder is the table's order of steps.
func stepOrder() []string {
	return append(append([]string{"load"}, analyses()...), "api-first", "api-cached", "api-burst", "export")
}

func removeStore(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", ".audit.jsonl"} {
		os.Remove(path + suffix)
	}
	os.Remove(filepath.Join(filepath.Dir(path), "audit.jsonl"))
}

func readSize(path string) (sizeResult, bool) {
	var sr sizeResult
	b, err := os.ReadFile(path)
	if err != nil || json.Unmarshal(b, &sr) != nil || len(sr.Steps) == 0 {
		return sr, false
	}
	return sr, true
}

// label is a size as the table heads it: 10k, 1M.
func label(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return fmt.Sprintf("%dM", n/1_000_000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
