package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// heading starts the section this command owns in docs/benchmarks.md; the rest of that page is someone else's.
const heading = "## A million people end to end"

// The targets of issue 18 §4, on the 2-core machine.
const (
	targetSize        = 1_000_000
	targetLoadSeconds = 180
	targetLoadMiB     = 4096
	targetAnalysis    = 60
	targetSlope       = 1.15
)

// slopeSteps are the steps whose growth has a target.
var slopeSteps = []string{"load", "pagerank", "leiden", "core"}

type report struct {
	Started   time.Time         `json:"started"`
	Machine   map[string]string `json:"machine"`
	Degree    float64           `json:"degree"`
	Seed      uint64            `json:"seed"`
	Timeout   string            `json:"timeout"`
	MaxRSSMiB float64           `json:"max_rss_mib"`
	Sizes     []sizeResult      `json:"sizes"`
	Minutes   float64           `json:"minutes"`
}

// sizeResult is every step at one size.
type sizeResult struct {
	People       int          `json:"people"`
	Entities     int          `json:"entities"` // as the load counted them: people and phones
	Links        int          `json:"links"`
	Bundle       bundleStats  `json:"bundle"`
	Started      time.Time    `json:"started"`
	LoadAvgStart string       `json:"loadavg_start"`
	LoadAvgEnd   string       `json:"loadavg_end"`
	Steps        []stepResult `json:"steps"`
}

func (s sizeResult) step(name string) (stepResult, bool) {
	for _, r := range s.Steps {
		if r.Step == name {
			return r, true
		}
	}
	return stepResult{}, false
}

// fit is a least-squares line through (log size, log value).
type fit struct {
	Slope  float64
	Points int
}

// logLogSlope fits log y = a + b log x over the sizes where the step succeeded; it needs two sizes.
func logLogSlope(sizes []sizeResult, step string, value func(stepResult) float64) (fit, bool) {
	var xs, ys []float64
	for _, s := range sizes {
		r, ok := s.step(step)
		if !ok || !r.ok() || value(r) <= 0 {
			continue
		}
		xs = append(xs, math.Log(float64(s.People)))
		ys = append(ys, math.Log(value(r)))
	}
	if len(xs) < 2 {
		return fit{Points: len(xs)}, false
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(len(xs))
	my /= float64(len(ys))
	var sxy, sxx float64
	for i := range xs {
		sxy += (xs[i] - mx) * (ys[i] - my)
		sxx += (xs[i] - mx) * (xs[i] - mx)
	}
	if sxx == 0 {
		return fit{Points: len(xs)}, false
	}
	return fit{Slope: sxy / sxx, Points: len(xs)}, true
}

func seconds(r stepResult) float64 { return r.Seconds }
func peakMiB(r stepResult) float64 { return r.PeakMiB }

func cpuSeconds(r stepResult) float64 { return r.CPUSeconds }

// write prints the table and writes the results file, the page's section and the plot, as o says.
func (rep *report) write(o options, stdout io.Writer) error {
	slices.SortFunc(rep.Sizes, func(a, b sizeResult) int { return a.People - b.People })
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
	if o.png != "" {
		if err := plotScale(o.png, rep); err != nil {
			return fmt.Errorf("plot: %w", err)
		}
	}
	if o.doc != "" {
		if err := writeSection(o.doc, section(rep, o.png)); err != nil {
			return err
		}
	}
	return nil
}

func printTable(w io.Writer, rep *report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "step\t")
	for _, s := range rep.Sizes {
		fmt.Fprintf(tw, "%s s\t%s CPU s\t%s MiB\t", label(s.People), label(s.People), label(s.People))
	}
	fmt.Fprintln(tw, "slope\t")
	for _, step := range stepOrder() {
		fmt.Fprintf(tw, "%s\t", step)
		for _, s := range rep.Sizes {
			sec, cpu, mib := cells(s, step)
			fmt.Fprintf(tw, "%s\t%s\t%s\t", sec, cpu, mib)
		}
		if f, ok := logLogSlope(rep.Sizes, step, seconds); ok {
			fmt.Fprintf(tw, "%.2f\t\n", f.Slope)
		} else {
			fmt.Fprint(tw, "—\t\n")
		}
	}
	tw.Flush()
}

// cells are a step's seconds, processor seconds and peak MiB at one size, or its status where it did not succeed.
func cells(s sizeResult, step string) (sec, cpu, mib string) {
	r, ok := s.step(step)
	switch {
	case !ok:
		return "—", "—", "—"
	case !r.ok():
		return r.Status, "—", "—"
	}
	return formatSeconds(r.Seconds), formatSeconds(r.CPUSeconds), fmt.Sprintf("%.0f", r.PeakMiB)
}

func formatSeconds(s float64) string {
	switch {
	case s < 0.1:
		return fmt.Sprintf("%.3f", s)
	case s < 10:
		return fmt.Sprintf("%.2f", s)
	}
	return fmt.Sprintf("%.1f", s)
}

// section is the page's section for rep.
func section(rep *report, png string) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("%s\n\n", heading)
	p("`make bench-scale` (bench/scale) generates CSV bundles of growing size and measures, on SQLite, each step a\n")
	p("process of its own: `load`, five analyses, the API's centrality route (first call, cached, and a burst of\n")
	p("distinct requests) and `export`.\n")
	p("This section is written by that run; the raw figures are in `bench/results/scale.json`.\n\n")
	p("### Machine\n\n| | |\n|---|---|\n")
	for _, k := range []string{"nproc", "cpu", "memory", "kernel", "go"} {
		p("| %s | %s |\n", k, rep.Machine[k])
	}
	p("| load average (1, 5, 15 min) | %s at the start, %s at the end |\n", rep.Machine["loadavg_start"], rep.Machine["loadavg_end"])
	p("| run | %s, %.0f minutes |\n\n", rep.Started.Format("2006-01-02 15:04 UTC"), rep.Minutes)
	p("### Method\n\n")
	p("- Data: for each size, a CSV bundle of that many people with %g ties each on average: the graph of\n", rep.Degree)
	p("  `fixtures.SyntheticEdges(n, %g, seed %d)` (power-law degrees, exponent 2.5; planted communities, mixing 0.2),\n", rep.Degree, rep.Seed)
	p("  each tie a call (associations.csv: a heavy-tailed count as weight, first and last seen in 2025, %.0f%%), a\n", 100*shareCall)
	p("  meeting (%.0f%%), a payment (financial_links.csv: amount, currency, date, channel, %.0f%%) or a phone both\n", 100*shareMeeting, 100*sharePayment)
	p("  people hold (suspects.csv's phones column, the rest); names Arabic, a third in Arabic script.\n")
	p("- Each step is a fresh `ringleader` process (built once, `CGO_ENABLED=0 go build -trimpath`) on a store that\n")
	p("  the size's `load` made from nothing. Seconds are wall time; peak MiB is the process's peak resident set\n")
	p("  (getrusage's maxrss of the child); CPU s is its processor time, user and system, all threads. On a machine\n")
	p("  shared with other jobs wall time stretches and CPU time much less: compare the load average.\n")
	p("- Analyses: `analyze --measure degree`, `pagerank`, `communities --method leiden`, `core` and\n")
	p("  `betweenness --epsilon 0.01` (Riondato–Kornaropoulos sampling), each on the default people view, `--top 10\n")
	p("  --format json`; each process reads the store and builds the projection again, then runs the kernel.\n")
	p("- API: `serve` on a free loopback port with an analyst token, `GET %s` twice: the first\n", apiQuery)
	p("  call reads the store, projects and computes; the second comes from the engine's cache. Their peak is the\n")
	p("  server's VmHWM after each call. Then %d requests that differ only in options (directed, weighted, full\n", len(burstQueries))
	p("  view, measure) go at once to the same server (default `--memory-budget`: half the machine), and `/healthz`\n")
	p("  after them: the burst is ok when the server is still up and each request had 200, or 413 or 504 with advice.\n")
	p("- `export` writes the whole store in its default format (FollowTheMoney JSON Lines) to a file.\n")
	p("- A step that fails, runs past %s or passes %.0f MiB resident is recorded as such and the run goes on.\n", rep.Timeout, rep.MaxRSSMiB)
	p("- Slopes: least-squares fit of log seconds (wall, then CPU) or log peak MiB against log people, over the sizes\n")
	p("  where the step succeeded. The targets are on wall time; the CPU slope is the one that other jobs disturb less.\n\n")

	p("### Results\n\n")
	p("| size | people | entities | links | CSV MiB | load average at start |\n|---|---|---|---|---|---|\n")
	for _, s := range rep.Sizes {
		p("| %s | %d | %d | %d | %.1f | %s |\n", label(s.People), s.People, s.Entities, s.Links, float64(s.Bundle.Bytes)/(1<<20), s.LoadAvgStart)
	}
	p("\n| step |")
	for _, s := range rep.Sizes {
		p(" %s s | %s CPU s | %s MiB |", label(s.People), label(s.People), label(s.People))
	}
	p(" slope (time) | slope (CPU) | slope (memory) |\n|---|")
	for range rep.Sizes {
		p("---|---|---|")
	}
	p("---|---|---|\n")
	for _, step := range stepOrder() {
		p("| %s |", step)
		for _, s := range rep.Sizes {
			sec, cpu, mib := cells(s, step)
			p(" %s | %s | %s |", sec, cpu, mib)
		}
		for _, value := range []func(stepResult) float64{seconds, cpuSeconds, peakMiB} {
			if f, ok := logLogSlope(rep.Sizes, step, value); ok {
				p(" %.2f |", f.Slope)
			} else {
				p(" — |")
			}
		}
		p("\n")
	}
	if png != "" {
		p("\n![Time and peak memory of each step against the number of people, log-log](%s)\n", relativeTo("docs", png))
	}

	p("\nWhere an analysis's time goes, from its `--progress` lines: reading the store and building the projection,\n")
	p("the kernel, and the rest of the process (starting, opening the store, ranking and printing).\n\n")
	p("| size | step | read and projection s | kernel s | rest s |\n|---|---|---|---|---|\n")
	for _, s := range rep.Sizes {
		for _, step := range analyses() {
			r, ok := s.step(step)
			if !ok || !r.ok() {
				continue
			}
			if read, kernel, ok := analysisStages(r); ok {
				p("| %s | %s | %s | %s | %s |\n", label(s.People), step, formatSeconds(read), formatSeconds(kernel),
					formatSeconds(max(0, r.Seconds-read-kernel)))
			}
		}
	}
	var failures []string
	for _, s := range rep.Sizes {
		for _, r := range s.Steps {
			if !r.ok() {
				failures = append(failures, fmt.Sprintf("- %s, %s: %s: %s", label(s.People), r.Step, r.Status, r.Detail))
			}
		}
	}
	if len(failures) > 0 {
		p("\nSteps that did not succeed:\n\n%s\n", strings.Join(failures, "\n"))
	}

	p("\n### Targets\n\n| target | measured | verdict |\n|---|---|---|\n")
	for _, t := range targets(rep) {
		p("| %s | %s | %s |\n", t.what, t.measured, t.verdict)
	}
	return b.String()
}

// analysisStages are the seconds an analyze process spent reading the store and projecting, and in the kernel.
func analysisStages(r stepResult) (read, kernel float64, ok bool) {
	var haveRead, haveKernel bool
	for k, v := range r.Stages {
		if strings.HasPrefix(k, "reading the store") {
			read, haveRead = v, true
		} else {
			kernel, haveKernel = v, true
		}
	}
	return read, kernel, haveRead && haveKernel
}

type targetRow struct{ what, measured, verdict string }

// targets checks the targets: at a million people, load time and memory and each analysis's time; over
// the sizes measured, the slope of load, PageRank, Leiden and k-core.
func targets(rep *report) []targetRow {
	var at *sizeResult
	for i := range rep.Sizes {
		if rep.Sizes[i].People == targetSize {
			at = &rep.Sizes[i]
		}
	}
	var rows []targetRow
	notAt := fmt.Sprintf("not measured at %s", label(targetSize))
	check := func(what, step string, limit float64, value func(stepResult) float64, unit string) {
		if at == nil {
			rows = append(rows, targetRow{what, notAt, "—"})
			return
		}
		r, ok := at.step(step)
		if !ok || !r.ok() {
			rows = append(rows, targetRow{what, cmp.Or(r.Status, "not run"), "not met"})
			return
		}
		v := value(r)
		verdict := "met"
		if v > limit {
			verdict = fmt.Sprintf("not met (by %.0f%%)", 100*(v/limit-1))
		}
		rows = append(rows, targetRow{what, fmt.Sprintf("%.1f %s", v, unit), verdict})
	}
	check(fmt.Sprintf("%s load ≤ %d s", label(targetSize), targetLoadSeconds), "load", targetLoadSeconds, seconds, "s")
	check(fmt.Sprintf("%s load peak < %d MiB (4 GiB)", label(targetSize), targetLoadMiB), "load", targetLoadMiB, peakMiB, "MiB")
	for _, step := range analyses() {
		check(fmt.Sprintf("%s %s ≤ %d s", label(targetSize), step, targetAnalysis), step, targetAnalysis, seconds, "s")
	}
	for _, step := range slopeSteps {
		what := fmt.Sprintf("%s time slope ≤ %.2f", step, targetSlope)
		f, ok := logLogSlope(rep.Sizes, step, seconds)
		if !ok {
			rows = append(rows, targetRow{what, fmt.Sprintf("%d size(s) measured", f.Points), "—"})
			continue
		}
		verdict := "met"
		if f.Slope > targetSlope {
			verdict = "not met"
		}
		measured := fmt.Sprintf("%.2f over %d sizes", f.Slope, f.Points)
		if at == nil {
			verdict += fmt.Sprintf(" up to %s (%s not measured)", label(rep.Sizes[len(rep.Sizes)-1].People), label(targetSize))
		}
		rows = append(rows, targetRow{what, measured, verdict})
	}
	return rows
}

// relativeTo gives path as a link from a page in dir ("docs/bench-scale.png" from docs is "bench-scale.png").
func relativeTo(dir, path string) string {
	if rest, ok := strings.CutPrefix(path, dir+"/"); ok {
		return rest
	}
	return path
}

// writeSection replaces the section of path that starts at heading, up to the next "## " heading or the end, with
// text; without one it appends text at the end (as bench/load does for its own section).
func writeSection(path, text string) error {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	page := string(b)
	start := -1
	if strings.HasPrefix(page, heading+"\n") {
		start = 0
	} else if i := strings.Index(page, "\n"+heading+"\n"); i >= 0 {
		start = i + 1
	}
	if start >= 0 {
		rest := page[start+len(heading):]
		tail := ""
		if j := strings.Index(rest, "\n## "); j >= 0 {
			tail = "\n" + rest[j+1:]
		}
		page = page[:start] + text + tail
	} else if page != "" {
		page = strings.TrimRight(page, "\n") + "\n\n" + text
	} else {
		page = text
	}
	return os.WriteFile(path, []byte(page), 0o644)
}

// machine describes the machine as docs/benchmarks.md does.
func machine() map[string]string {
	m := map[string]string{"nproc": fmt.Sprint(runtime.NumCPU()), "go": runtime.Version(), "loadavg_start": loadavg()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m["cpu"] = strings.TrimSpace(v)
				break
			}
		}
	}
	if total, ok := memTotalMiB(); ok {
		m["memory"] = fmt.Sprintf("%.1f GiB", total/1024)
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m["kernel"] = strings.TrimSpace(string(b))
	}
	return m
}

func memTotalMiB() (float64, bool) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	var kb float64
	if _, err := fmt.Sscanf(string(b), "MemTotal: %f kB", &kb); err != nil {
		return 0, false
	}
	return kb / 1024, true
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}
