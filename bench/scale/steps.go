package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Step statuses besides "ok".
const (
	statusOK      = "ok"
	statusFailed  = "failed"
	statusTimeout = "timeout"
	statusMemory  = "over memory"
	statusSkipped = "skipped"
)

// stepResult is one measured step at one size.
type stepResult struct {
	Step    string  `json:"step"`
	Status  string  `json:"status"`
	Seconds float64 `json:"seconds"`
	// PeakMiB is the process's peak resident set: getrusage's maxrss of the child (wait4), or for the API calls
	// the server's VmHWM after the call.
	PeakMiB float64 `json:"peak_mib"`
	// CPUSeconds is the processor time the step took (user and system, all threads): less disturbed than wall
	// time by other jobs on a shared machine.
	CPUSeconds float64 `json:"cpu_seconds"`
	// Stages are the durations the command's own --progress lines gave (reading and projecting, the kernel).
	Stages map[string]float64 `json:"stages,omitempty"`
	Detail string             `json:"detail,omitempty"` // what it produced, or why it failed
	Log    string             `json:"log,omitempty"`
}

func (r stepResult) ok() bool { return r.Status == statusOK }

// runner runs the ringleader binary, one process per step.
type runner struct {
	bin     string
	store   string // --store value
	logDir  string
	label   string // "100k", prefixing progress
	timeout time.Duration
	maxRSS  float64 // MiB; a process above it is killed
	stderr  io.Writer
}

// command runs ringleader with args as the step named step, forwarding its stderr (its --progress lines) to r's,
// and measures its wall time and peak memory. stdout is returned.
func (r *runner) command(ctx context.Context, step string, args ...string) (stepResult, []byte) {
	res := stepResult{Step: step, Log: filepath.Join(r.logDir, r.label+"-"+step+".log")}
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.bin, append(args, "--store", r.store)...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	logf, err := os.Create(res.Log)
	if err != nil {
		res.Status, res.Detail = statusFailed, err.Error()
		return res, nil
	}
	defer logf.Close()
	fmt.Fprintf(logf, "$ %s %s --store %s\n", r.bin, strings.Join(args, " "), r.store)
	var stages stageLines
	cmd.Stderr = io.MultiWriter(logf, &stages, &prefixWriter{w: r.stderr, prefix: "      "})
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		res.Status, res.Detail = statusFailed, err.Error()
		return res, nil
	}
	over := watchMemory(cmd.Process.Pid, r.maxRSS, cmd.Process.Kill)
	err = cmd.Wait()
	res.Seconds = time.Since(t0).Seconds()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.PeakMiB = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	res.CPUSeconds = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	res.Stages = stages.durations()
	switch {
	case over.Stop():
		res.Status, res.Detail = statusMemory, fmt.Sprintf("killed above %.0f MiB resident", r.maxRSS)
	case ctx.Err() == context.DeadlineExceeded:
		res.Status, res.Detail = statusTimeout, fmt.Sprintf("stopped after %v", r.timeout)
	case err != nil:
		res.Status, res.Detail = statusFailed, fmt.Sprintf("%v: %s", err, lastLine(res.Log))
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			res.Status, res.Detail = statusMemory, "killed (SIGKILL: the kernel's out-of-memory killer?)"
		}
	default:
		res.Status = statusOK
	}
	fmt.Fprintf(logf, "\n# %s, %.2f s, peak %.0f MiB %s\n", res.Status, res.Seconds, res.PeakMiB, res.Detail)
	return res, stdout.Bytes()
}

// memoryWatch polls a process's resident set and kills the process once it passes a limit.
type memoryWatch struct {
	mu     sync.Mutex
	killed bool
	stop   chan struct{}
	done   chan struct{}
}

// watchMemory watches pid against limit MiB (0: no limit), calling kill when it passes it.
func watchMemory(pid int, limit float64, kill func() error) *memoryWatch {
	w := &memoryWatch{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-tick.C:
			}
			if rss, ok := procStatus(pid, "VmRSS"); ok && limit > 0 && rss > limit {
				w.mu.Lock()
				w.killed = true
				w.mu.Unlock()
				_ = kill()
				return
			}
		}
	}()
	return w
}

// Killed reports whether the watch killed the process.
func (w *memoryWatch) Killed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.killed
}

// Stop ends the watch and reports whether it killed the process.
func (w *memoryWatch) Stop() bool {
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
	<-w.done
	return w.Killed()
}

// procStatus reads a memory field of /proc/PID/status (VmRSS, VmHWM) in MiB.
func procStatus(pid int, field string) (float64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			f := strings.Fields(v)
			if len(f) >= 1 {
				kb, err := strconv.ParseFloat(f[0], 64)
				return kb / 1024, err == nil
			}
		}
	}
	return 0, false
}

// procCPU reads the processor time (user and system) that pid has used so far from /proc/PID/stat, in seconds.
func procCPU(pid int) (float64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	// The command name, field 2, is in parentheses and may hold spaces: count fields after it.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseFloat(f[11], 64) // field 14
	stime, err2 := strconv.ParseFloat(f[12], 64) // field 15
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return (utime + stime) / clockTicks, true
}

// clockTicks is the kernel's USER_HZ, the unit of /proc's times: 100 on every Linux architecture Go runs on.
const clockTicks = 100

// stageLines collects the "WHAT: ..., done in 12.3 s" lines of a command's --progress output.
type stageLines struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *stageLines) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

var stageDone = regexp.MustCompile(`(?m)^([^:\n]+):.*done in ([0-9.]+) s$`)

func (s *stageLines) durations() map[string]float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]float64{}
	for _, m := range stageDone.FindAllStringSubmatch(s.buf.String(), -1) {
		if f, err := strconv.ParseFloat(m[2], 64); err == nil {
			out[m[1]] = f
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// prefixWriter indents each line it forwards.
type prefixWriter struct {
	mu     sync.Mutex
	w      io.Writer
	prefix string
	mid    bool // inside a line
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out bytes.Buffer
	for _, c := range b {
		if !p.mid {
			out.WriteString(p.prefix)
			p.mid = true
		}
		out.WriteByte(c)
		if c == '\n' {
			p.mid = false
		}
	}
	_, err := p.w.Write(out.Bytes())
	return len(b), err
}

func lastLine(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// burstQueries are centrality requests that differ from apiQuery and from each other only in their options, sent
// at once: issue 18 found five such requests took an unbounded server from 4.4 GB to 18.9 GB at a million people.
var burstQueries = []string{
	"/api/v1/insights/centrality?measure=pagerank&top=10&directed=true",
	"/api/v1/insights/centrality?measure=pagerank&top=10&weighted=true",
	"/api/v1/insights/centrality?measure=pagerank&top=10&view=full",
	"/api/v1/insights/centrality?measure=degree&top=10",
	"/api/v1/insights/centrality?measure=degree&top=10&directed=true&weighted=true",
	"/api/v1/insights/centrality?measure=core&top=10",
}

// apiCalls starts `serve` on a free loopback port with the token, calls the centrality route twice (the first
// computes the projection and the measure, the second finds them in the engine's cache), then sends the burst of
// distinct requests at once and asks /healthz whether the server is still up, and stops the server. Each call's
// peak is the server's VmHWM after it. The burst is ok when the server is up after it and each request had 200,
// or a refusal that says why (413 too large for the memory budget, 504 past the analysis deadline).
func (r *runner) apiCalls(ctx context.Context, token, query string) (first, cached, burst stepResult) {
	first = stepResult{Step: "api-first", Log: filepath.Join(r.logDir, r.label+"-serve.log")}
	cached = stepResult{Step: "api-cached", Log: first.Log}
	burst = stepResult{Step: "api-burst", Log: first.Log}
	fail := func(status, detail string) (stepResult, stepResult, stepResult) {
		first.Status, first.Detail = status, detail
		cached.Status, cached.Detail = statusSkipped, "the first call failed"
		burst.Status, burst.Detail = statusSkipped, "the first call failed"
		return first, cached, burst
	}
	logf, err := os.Create(first.Log)
	if err != nil {
		return fail(statusFailed, err.Error())
	}
	defer logf.Close()
	audit := filepath.Join(filepath.Dir(strings.TrimPrefix(r.store, "sqlite:")), "audit.jsonl")
	cmd := exec.Command(r.bin, "serve", "--store", r.store, "--addr", "127.0.0.1:0", "--rate-limit", "0", "--audit-log", audit)
	cmd.Stderr = logf
	out, err := cmd.StdoutPipe()
	if err != nil {
		return fail(statusFailed, err.Error())
	}
	if err := cmd.Start(); err != nil {
		return fail(statusFailed, err.Error())
	}
	over := watchMemory(cmd.Process.Pid, r.maxRSS, cmd.Process.Kill)
	defer func() {
		_ = cmd.Process.Signal(os.Interrupt)
		timer := time.AfterFunc(time.Minute, func() { _ = cmd.Process.Kill() })
		_ = cmd.Wait()
		timer.Stop()
		over.Stop()
	}()
	base := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sent := false
		for sc.Scan() {
			fmt.Fprintln(logf, sc.Text())
			if m := listening.FindStringSubmatch(sc.Text()); m != nil && !sent {
				base <- m[1]
				sent = true
			}
		}
	}()
	var url string
	select {
	case url = <-base:
	case <-time.After(time.Minute):
		return fail(statusFailed, "serve did not say where it listens within a minute: "+lastLine(first.Log))
	case <-ctx.Done():
		return fail(statusFailed, ctx.Err().Error())
	}
	// get sends one request and returns its status and body.
	get := func(cctx context.Context, query string) (int, []byte, error) {
		req, err := http.NewRequestWithContext(cctx, http.MethodGet, url+query, nil)
		if err != nil {
			return 0, nil, err
		}
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		return resp.StatusCode, body, err
	}
	call := func(res *stepResult) {
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		defer cancel()
		cpu0, _ := procCPU(cmd.Process.Pid)
		t0 := time.Now()
		code, body, err := get(cctx, query)
		if err == nil {
			res.Seconds = time.Since(t0).Seconds()
			if code != http.StatusOK {
				err = fmt.Errorf("%d: %.200s", code, body)
			}
			res.Detail = fmt.Sprintf("%d bytes", len(body))
		}
		res.PeakMiB, _ = procStatus(cmd.Process.Pid, "VmHWM")
		if cpu1, ok := procCPU(cmd.Process.Pid); ok {
			res.CPUSeconds = cpu1 - cpu0
		}
		switch {
		case over.Killed():
			res.Status, res.Detail = statusMemory, fmt.Sprintf("server killed above %.0f MiB resident", r.maxRSS)
		case errors.Is(cctx.Err(), context.DeadlineExceeded):
			res.Status, res.Detail = statusTimeout, fmt.Sprintf("no answer within %v", r.timeout)
		case err != nil:
			res.Status, res.Detail = statusFailed, err.Error()
		default:
			res.Status = statusOK
		}
		fmt.Fprintf(logf, "# %s %s: %s, %.3f s, server peak %.0f MiB %s\n", res.Step, query, res.Status, res.Seconds, res.PeakMiB, res.Detail)
	}
	fmt.Fprintf(r.stderr, "      GET %s (first)\n", query)
	call(&first)
	if !first.ok() {
		cached.Status, cached.Detail = statusSkipped, "the first call failed"
		burst.Status, burst.Detail = statusSkipped, "the first call failed"
		return first, cached, burst
	}
	fmt.Fprintf(r.stderr, "      GET %s (again: cached)\n", query)
	call(&cached)
	fmt.Fprintf(r.stderr, "      %d distinct requests at once\n", len(burstQueries))
	r.burst(ctx, &burst, cmd.Process.Pid, over, get, logf)
	return first, cached, burst
}

// burst sends burstQueries at once through get, then asks /healthz, and records the outcome in res.
func (r *runner) burst(ctx context.Context, res *stepResult, pid int, over *memoryWatch,
	get func(context.Context, string) (int, []byte, error), logf io.Writer) {
	cctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	cpu0, _ := procCPU(pid)
	t0 := time.Now()
	codes := make([]int, len(burstQueries))
	errs := make([]error, len(burstQueries))
	var wg sync.WaitGroup
	for i, q := range burstQueries {
		wg.Go(func() {
			var body []byte
			codes[i], body, errs[i] = get(cctx, q)
			fmt.Fprintf(logf, "# api-burst %s: %d %.200s\n", q, codes[i], body)
		})
	}
	wg.Wait()
	res.Seconds = time.Since(t0).Seconds()
	res.PeakMiB, _ = procStatus(pid, "VmHWM")
	if cpu1, ok := procCPU(pid); ok {
		res.CPUSeconds = cpu1 - cpu0
	}
	count := map[int]int{}
	var bad []string
	for i, code := range codes {
		count[code]++
		switch {
		case errs[i] != nil:
			bad = append(bad, fmt.Sprintf("%s: %v", burstQueries[i], errs[i]))
		case code != http.StatusOK && code != http.StatusRequestEntityTooLarge && code != http.StatusGatewayTimeout:
			bad = append(bad, fmt.Sprintf("%s: %d", burstQueries[i], code))
		}
	}
	var parts []string
	for _, code := range slices.Sorted(maps.Keys(count)) {
		parts = append(parts, fmt.Sprintf("%d×%d", count[code], code))
	}
	hctx, hcancel := context.WithTimeout(ctx, 10*time.Second)
	defer hcancel()
	health, _, herr := get(hctx, "/healthz")
	up := herr == nil && health == http.StatusOK
	res.Detail = fmt.Sprintf("%d requests: %s; server up after: %t", len(burstQueries), strings.Join(parts, ", "), up)
	switch {
	case over.Killed():
		res.Status, res.Detail = statusMemory, fmt.Sprintf("server killed above %.0f MiB resident", r.maxRSS)
	case !up:
		res.Status = statusFailed
	case len(bad) > 0:
		res.Status, res.Detail = statusFailed, res.Detail+"; "+strings.Join(bad, "; ")
	default:
		res.Status = statusOK
	}
	fmt.Fprintf(logf, "# %s: %s, %.3f s, server peak %.0f MiB %s\n", res.Step, res.Status, res.Seconds, res.PeakMiB, res.Detail)
}

var listening = regexp.MustCompile(`listening on (https?://[^ ]+)`)
