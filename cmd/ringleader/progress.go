package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressFlag registers --progress, which asks for progress lines on stderr when it is not a terminal (a log, a
// benchmark harness); a terminal gets them without it.
func progressFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("progress", false, "print progress lines on stderr even when it is not a terminal (a terminal gets them anyway)")
}

// stages tells the user what a long command is doing, stage by stage, on stderr. On a terminal a stage shows
// only once it has taken a second: one line, redrawn each second with the time spent, ended by the stage's
// result. With --progress on anything else, each stage prints a line when it starts and one when it ends, with its
// duration, so that a log shows where the time went. Otherwise it prints nothing: pipes and tests stay clean.
type stages struct {
	w   io.Writer
	tty bool
	log bool
}

// stageDelay is how long a stage runs before a terminal shows it.
const stageDelay = time.Second

func newStages(w io.Writer, force bool) *stages {
	tty := isTerminal(w)
	return &stages{w: w, tty: tty, log: force && !tty}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// on reports whether the stages print anything.
func (s *stages) on() bool { return s.tty || s.log }

// start begins a stage named what ("reading the store"); the function it returns ends it with a short account of
// its result ("12,000 nodes"), which may be empty; calls after the first do nothing.
func (s *stages) start(what string) func(result string) {
	end := s.begin(what)
	var once sync.Once
	return func(result string) { once.Do(func() { end(result) }) }
}

func (s *stages) begin(what string) func(result string) {
	t0 := time.Now()
	switch {
	case s.log:
		fmt.Fprintf(s.w, "%s…\n", what)
		return func(result string) {
			fmt.Fprintf(s.w, "%s: %sdone in %.2f s\n", what, withComma(result), time.Since(t0).Seconds())
		}
	case s.tty:
		var mu sync.Mutex
		shown, ended := false, false
		stop := make(chan struct{})
		go func() {
			timer := time.NewTimer(stageDelay)
			defer timer.Stop()
			for {
				select {
				case <-stop:
					return
				case <-timer.C:
				}
				mu.Lock()
				if !ended {
					shown = true
					fmt.Fprintf(s.w, "\r\x1b[K%s… %.0f s", what, time.Since(t0).Seconds())
				}
				mu.Unlock()
				timer.Reset(time.Second)
			}
		}()
		return func(result string) {
			close(stop)
			mu.Lock()
			defer mu.Unlock()
			ended = true
			if shown {
				fmt.Fprintf(s.w, "\r\x1b[K%s: %sdone in %.1f s\n", what, withComma(result), time.Since(t0).Seconds())
			}
		}
	}
	return func(string) {}
}

func withComma(result string) string {
	if result == "" {
		return ""
	}
	return result + ", "
}

// logCounter returns a callback for loaders.Options.Progress that prints a line at each tenth of the total done,
// for --progress off a terminal (where loaders.TerminalProgress draws a bar instead).
func logCounter(w io.Writer, label string) func(done, total int) {
	t0 := time.Now()
	next := 0
	return func(done, total int) {
		if total <= 0 {
			return
		}
		tenth := done * 10 / total
		if tenth < next {
			return
		}
		next = tenth + 1
		fmt.Fprintf(w, "%s: %d of %d (%d%%), %.1f s\n", label, done, total, done*100/total, time.Since(t0).Seconds())
	}
}
