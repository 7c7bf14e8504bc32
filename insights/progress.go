package insights

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/ringleader/ringleader/graph"
)

// Progress follows one request's analysis as it goes: the store read, the projection and each computation it
// waits for, each with its time so far and, for the kernels that can say (the shortest-path ones, a partition at
// a time), how much of it is done. A computation shared by several requests (see Engine.share) has one Progress,
// which every request waiting on it watches, so a request that joins a running computation sees how far it is.
// It is safe for concurrent use.
type Progress struct {
	mu      sync.Mutex
	stage   *stageState // this computation's own stage; nil for a request's Progress
	watched []*Progress // what it waited for, in order
}

type stageState struct {
	name          string
	started, done time.Time
	part, parts   int
}

// Stage is a step of an analysis as Progress reports it.
type Stage struct {
	Name string `json:"stage"`
	// Seconds is how long it has run, or ran.
	Seconds  float64 `json:"seconds"`
	Finished bool    `json:"finished"`
	// Done and Total tell how much of a kernel's work is done, when the kernel says.
	Done  int `json:"done,omitempty"`
	Total int `json:"total,omitempty"`
}

// NewProgress returns the Progress of a request.
func NewProgress() *Progress { return &Progress{} }

type progressKey struct{}

// WithProgress returns ctx with p to follow the analyses run under it.
func WithProgress(ctx context.Context, p *Progress) context.Context {
	return context.WithValue(ctx, progressKey{}, p)
}

func progressOf(ctx context.Context) *Progress {
	p, _ := ctx.Value(progressKey{}).(*Progress)
	return p
}

// Stages returns where the analysis is: each stage it went through, the store read first.
func (p *Progress) Stages() []Stage {
	var out []Stage
	seen := map[*Progress]bool{}
	p.collect(&out, seen, time.Now())
	return out
}

func (p *Progress) collect(out *[]Stage, seen map[*Progress]bool, now time.Time) {
	if seen[p] {
		return
	}
	seen[p] = true
	p.mu.Lock()
	watched := append([]*Progress(nil), p.watched...)
	var own *Stage
	if s := p.stage; s != nil {
		end := now
		if !s.done.IsZero() {
			end = s.done
		}
		own = &Stage{Name: s.name, Seconds: end.Sub(s.started).Seconds(), Finished: !s.done.IsZero(), Done: s.part, Total: s.parts}
	}
	p.mu.Unlock()
	for _, w := range watched {
		w.collect(out, seen, now)
	}
	if own != nil {
		*out = append(*out, *own)
	}
}

// watch adds a computation's Progress to those p reports.
func (p *Progress) watch(c *Progress) {
	if p == nil || c == nil || p == c {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, w := range p.watched {
		if w == c {
			return
		}
	}
	p.watched = append(p.watched, c)
}

// computing returns the Progress of a computation, named stage and started now, and a context for it that
// reports the kernels' progress into it.
func computing(ctx context.Context, stage string) (*Progress, context.Context) {
	p := &Progress{stage: &stageState{name: stage, started: time.Now()}}
	ctx = WithProgress(ctx, p)
	ctx = graph.WithProgress(ctx, func(done, total int) {
		p.mu.Lock()
		if done > p.stage.part {
			p.stage.part, p.stage.parts = done, total
		}
		p.mu.Unlock()
	})
	return p, ctx
}

// finish marks the computation's stage finished.
func (p *Progress) finish() {
	p.mu.Lock()
	p.stage.done = time.Now()
	p.mu.Unlock()
}

// analysisName names a result by the first word of its cache name ("centrality|betweenness" is centrality
// betweenness, "money|flows|..." money flows): what a client reads while it waits.
func analysisName(what string) string {
	parts := strings.FieldsFunc(what, func(r rune) bool { return r == '|' })
	var words []string
	for _, w := range parts {
		if strings.ContainsAny(w, "=:,;.0123456789") || len(words) == 2 {
			break
		}
		words = append(words, strings.ReplaceAll(w, "-", " "))
	}
	if len(words) == 0 {
		return "the analysis"
	}
	return strings.Join(words, " ")
}
