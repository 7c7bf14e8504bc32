// Command gdsbench is `make bench-load-gds`: a network of -people people (a million by default, 10 links each on
// average) generated as a CSV bundle, loaded into a new Neo4j server through Ringleader (`ringleader load DIR
// --store bolt://...`, the real binary), then analysed inside Neo4j by its Graph Data Science library
// (`ringleader analyze --engine gds`) for each of -measures. Every step is the command an investigator would run,
// timed from start to exit with its peak resident memory; after the load the stored counts must equal the
// generated ones, and every analysis must project every person. It prints a table, writes the figures to -out and
// the section "## Neo4j at scale: load and GDS" of -doc.
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
	"strings"
	"syscall"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	loadbench "github.com/ringleader/ringleader/bench/load"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gdsbench:", err)
		os.Exit(1)
	}
}

// heading starts the section this command owns in docs/benchmarks.md.
const heading = "## Neo4j at scale: load and GDS"

// step is one command of the run.
type step struct {
	Name    string   `json:"name"`
	Args    []string `json:"args"`
	Seconds float64  `json:"seconds"`
	PeakMiB float64  `json:"peak_rss_mib"` // of the ringleader process, not of the server
	Nodes   int      `json:"nodes,omitempty"`
	Links   int      `json:"links,omitempty"`
	Summary string   `json:"summary,omitempty"` // the top entity and score, or the communities and Q
	LoadAvg string   `json:"loadavg_after"`
}

type report struct {
	Started  time.Time         `json:"started"`
	Machine  map[string]string `json:"machine"`
	Server   map[string]string `json:"server"`
	People   int               `json:"people"`
	Links    int               `json:"links"`
	Degree   float64           `json:"degree"`
	Seed     uint64            `json:"seed"`
	Generate float64           `json:"generate_seconds"`
	Steps    []step            `json:"steps"`
	Minutes  float64           `json:"minutes"`
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gdsbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	people := fs.Int("people", 1_000_000, "people in the generated network")
	degree := fs.Float64("degree", 10, "mean degree (links ≈ people × degree / 2)")
	seed := fs.Uint64("seed", 1, "generator seed")
	measures := fs.String("measures", "degree,pagerank,communities",
		"analyses, comma-separated: "+strings.Join(append([]string{"communities"}, neo4j.GDSMeasures()...), ", ")+
			" (GDS's betweenness and closeness are exact: hours at a million people)")
	image := fs.String("image", cmp.Or(getenv("RINGLEADER_NEO4J_IMAGE"), neo4jtest.DefaultImage), "Neo4j image")
	heap := fs.String("heap", "6g", "server heap (initial and max): GDS projects into it")
	pagecache := fs.String("pagecache", "3g", "server page cache")
	workDir := fs.String("dir", "", "directory for the bundle and the binary (default: a temporary one, removed after)")
	stepTimeout := fs.Duration("step-timeout", time.Hour, "longest any one command may take")
	out := fs.String("out", "bench/results/gds-scale.json", "results file (empty: none)")
	doc := fs.String("doc", "docs/benchmarks.md", "page whose \""+heading+"\" section is written (empty: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *people < 2 {
		return errors.New("need -people ≥ 2")
	}
	var analyses []string
	for _, m := range strings.Split(*measures, ",") {
		m = strings.TrimSpace(m)
		if m != "communities" && !slices.Contains(neo4j.GDSMeasures(), m) {
			return fmt.Errorf("-measures: %q is not communities or one of %s", m, strings.Join(neo4j.GDSMeasures(), ", "))
		}
		analyses = append(analyses, m)
	}
	if getenv("NEO4J_URI") != "" {
		return errors.New("NEO4J_URI is set: this bench starts a server of its own (unset it)")
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "gdsbench: "+format+"\n", a...) }

	work := *workDir
	if work == "" {
		dir, err := os.MkdirTemp("", "gdsbench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		work = dir
	}
	bundle := filepath.Join(work, "bundle")
	if err := os.MkdirAll(bundle, 0o755); err != nil {
		return err
	}
	rep := &report{Started: time.Now().UTC(), Machine: loadbench.Machine(), People: *people, Degree: *degree, Seed: *seed,
		Server: map[string]string{"image": *image, "server.memory.heap.max_size": *heap, "server.memory.pagecache.size": *pagecache}}
	t0 := time.Now()
	data, err := loadbench.GenerateBundle(bundle, *people, *degree, *seed)
	if err != nil {
		return err
	}
	rep.Links, rep.Generate = data.Links, time.Since(t0).Seconds()
	logf("generated %d people and %d links in %.1f s: %s", data.People, data.Links, rep.Generate, bundle)

	bin := filepath.Join(work, "ringleader")
	build := exec.CommandContext(ctx, cmp.Or(getenv("GO"), "go"), "build", "-o", bin, "./cmd/ringleader")
	build.Stdout, build.Stderr = stderr, stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build ringleader: %w", err)
	}

	t1 := time.Now()
	srv, err := neo4jtest.StartContainer(ctx, neo4jtest.ContainerOptions{Image: *image, Direct: true, Settings: map[string]string{
		"server.memory.heap.initial_size": *heap,
		"server.memory.heap.max_size":     *heap,
		"server.memory.pagecache.size":    *pagecache,
	}})
	if err != nil {
		return err
	}
	defer func() {
		if err := srv.Terminate(); err != nil {
			logf("stop server: %v", err)
		}
	}()
	logf("server up in %.1f s at %s", time.Since(t1).Seconds(), srv.URI)
	env := append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_USER="+srv.User, "RINGLEADER_NEO4J_PASSWORD="+srv.Password)

	load, _, err := runStep(ctx, *stepTimeout, bin, env, "load", "load", "--store", srv.URI, bundle)
	if err != nil {
		return err
	}
	if load.Nodes, load.Links, err = counts(ctx, srv); err != nil {
		return err
	}
	if load.Nodes != data.People || load.Links != data.Links {
		return fmt.Errorf("the store holds %d entities and %d relationships, want %d and %d", load.Nodes, load.Links, data.People, data.Links)
	}
	rep.Steps = append(rep.Steps, load)
	logf("load: %d people and %d links in %.1f s (%.0f records/s), peak %.0f MiB", load.Nodes, load.Links, load.Seconds,
		float64(load.Nodes+load.Links)/load.Seconds, load.PeakMiB)

	for _, m := range analyses {
		s, stdoutText, err := runStep(ctx, *stepTimeout, bin, env, "analyze --engine gds --measure "+m,
			"analyze", "--store", srv.URI, "--engine", "gds", "--measure", m, "--top", "3", "--format", "json")
		if err != nil {
			return err
		}
		var res analysis
		if err := json.Unmarshal([]byte(stdoutText), &res); err != nil {
			return fmt.Errorf("%s: decode its JSON: %w", s.Name, err)
		}
		if res.Nodes != data.People || res.Links == 0 {
			return fmt.Errorf("%s projected %d nodes and %d links, want %d nodes", s.Name, res.Nodes, res.Links, data.People)
		}
		s.Nodes, s.Links, s.Summary = res.Nodes, res.Links, res.summary()
		rep.Steps = append(rep.Steps, s)
		logf("%s: %.1f s, peak %.0f MiB: %s", s.Name, s.Seconds, s.PeakMiB, s.Summary)
	}
	rep.Minutes = time.Since(t0).Minutes()
	rep.Machine["loadavg_end"] = loadbench.LoadAvg()

	text := section(rep)
	fmt.Fprint(stdout, text)
	if *out != "" {
		js, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*out, append(js, '\n'), 0o644); err != nil {
			return err
		}
	}
	if *doc != "" {
		return loadbench.WriteSection(*doc, heading, text)
	}
	return nil
}

// analysis is what the JSON of `ringleader analyze` says that this bench checks and reports.
type analysis struct {
	Nodes   int `json:"nodes"`
	Links   int `json:"links"`
	Results []struct {
		ID    string  `json:"id"`
		Score float64 `json:"score"`
	} `json:"results"`
	Algorithm  string  `json:"algorithm"`
	Modularity float64 `json:"modularity"`
	Count      int     `json:"count"` // communities in all; the list holds the --top largest
}

func (a analysis) summary() string {
	if a.Count > 0 {
		return fmt.Sprintf("%s: %d communities, Q %.4f", a.Algorithm, a.Count, a.Modularity)
	}
	if len(a.Results) > 0 {
		return fmt.Sprintf("top %s (%.4g)", a.Results[0].ID, a.Results[0].Score)
	}
	return ""
}

// runStep runs the ringleader binary with args, timed, and returns its standard output; a failure carries the
// end of its standard error.
func runStep(ctx context.Context, timeout time.Duration, bin string, env []string, name string, args ...string) (step, string, error) {
	s := step{Name: name, Args: args}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	s.Seconds = time.Since(start).Seconds()
	s.LoadAvg = loadbench.LoadAvg()
	if cmd.ProcessState == nil {
		return s, "", fmt.Errorf("ringleader %s: %w", strings.Join(args, " "), err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.PeakMiB = float64(ru.Maxrss) / 1024 // Linux: kilobytes
	}
	if err != nil {
		e := stderr.String()
		if len(e) > 4000 {
			e = e[len(e)-4000:]
		}
		return s, "", fmt.Errorf("ringleader %s: %w\n%s", strings.Join(args, " "), err, e)
	}
	return s, stdout.String(), nil
}

// counts reads how many entities and relationships between them the store holds.
func counts(ctx context.Context, srv *neo4jtest.Server) (nodes, links int, err error) {
	d, err := neo4jdrv.NewDriverWithContext(srv.URI, neo4jdrv.BasicAuth(srv.User, srv.Password, ""))
	if err != nil {
		return 0, 0, err
	}
	defer d.Close(context.WithoutCancel(ctx))
	for _, q := range []struct {
		stmt string
		n    *int
	}{
		{`MATCH (n:Entity) RETURN count(n) AS n`, &nodes},
		{`MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n`, &links},
	} {
		res, err := neo4jdrv.ExecuteQuery(ctx, d, q.stmt, nil, neo4jdrv.EagerResultTransformer,
			neo4jdrv.ExecuteQueryWithDatabase(loadbench.Database), neo4jdrv.ExecuteQueryWithReadersRouting())
		if err != nil {
			return 0, 0, err
		}
		n, _, err := neo4jdrv.GetRecordValue[int64](res.Records[0], "n")
		if err != nil {
			return 0, 0, err
		}
		*q.n = int(n)
	}
	return nodes, links, nil
}

func section(rep *report) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("%s\n\n", heading)
	p("`make bench-load-gds` (bench/load/cmd/gdsbench) loads `fixtures.SyntheticNetwork(%d, %g, seed %d)` (%d people,\n",
		rep.People, rep.Degree, rep.Seed, rep.People)
	p("%d links) as a CSV bundle into a new Neo4j server through `ringleader load --store bolt://...`, then runs\n", rep.Links)
	p("`ringleader analyze --engine gds` on it: the analysis runs inside Neo4j (Graph Data Science), and only the\n")
	p("results come back. Each step is the real binary, timed from start to exit; peak memory is the ringleader\n")
	p("process's (the server's is its heap, below). The load must store every entity and link, and every analysis\n")
	p("must project every person. This section is written by that run; the raw figures are in\n")
	p("`bench/results/gds-scale.json`.\n\n")
	p("| | |\n|---|---|\n")
	for _, k := range []string{"nproc", "cpu", "memory"} {
		p("| %s | %s |\n", k, rep.Machine[k])
	}
	p("| load average (1, 5, 15 min) | %s at the start, %s at the end |\n", rep.Machine["loadavg_start"], rep.Machine["loadavg_end"])
	for _, k := range []string{"image", "server.memory.heap.max_size", "server.memory.pagecache.size"} {
		p("| %s | %s |\n", k, rep.Server[k])
	}
	p("| run | %s, %.0f minutes (generating the bundle %.0f s) |\n\n", rep.Started.Format("2006-01-02 15:04 UTC"), rep.Minutes, rep.Generate)
	p("| step | seconds | records/s | peak MiB (ringleader) | nodes | links | result |\n|---|---|---|---|---|---|---|\n")
	for _, s := range rep.Steps {
		rate := "—"
		if s.Name == "load" {
			rate = fmt.Sprintf("%.0f", float64(s.Nodes+s.Links)/s.Seconds)
		}
		p("| `%s` | %.1f | %s | %.0f | %d | %d | %s |\n", s.Name, s.Seconds, rate, s.PeakMiB, s.Nodes, s.Links, s.Summary)
	}
	return b.String()
}
