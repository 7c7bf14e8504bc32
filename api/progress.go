package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// An analysis on a large network takes seconds to minutes. A client that asks for text/event-stream is not left
// hanging: it gets the answer as a stream of server-sent events, a "progress" event at once and every
// progressEvery (the stages so far, with how much of a kernel is done), then one "result" event with the JSON
// the route answers, or one "error" event with the problem+json it would have answered. The status is 200 once
// the stream starts; a request with bad parameters is refused before, with its usual status.
const progressEvery = time.Second

// progressEvent is the data of a "progress" event.
type progressEvent struct {
	Seconds float64          `json:"seconds"`
	Stages  []insights.Stage `json:"stages"`
}

// wantsEvents reports whether the client asked for server-sent events.
func wantsEvents(c *gin.Context) bool {
	return strings.Contains(c.GetHeader("Accept"), "text/event-stream")
}

// streamAnswer runs an analysis and streams its progress and its answer as server-sent events.
func streamAnswer(c *gin.Context, run func() (any, error)) {
	p := insights.NewProgress()
	c.Request = c.Request.WithContext(insights.WithProgress(c.Request.Context(), p))
	type outcome struct {
		v   any
		err error
	}
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		v, err := run()
		done <- outcome{v, err}
	}()
	c.Header("Content-Type", "text/event-stream")
	c.Header("X-Accel-Buffering", "no") // a proxy in front must not hold the events back
	c.Status(http.StatusOK)
	send := func(event string, data any) {
		b, err := json.Marshal(data)
		if err != nil {
			b, _ = json.Marshal(problem(c, http.StatusInternalServerError, ringleader.EINTERNAL, "internal error", nil))
			event = "error"
		}
		_, _ = c.Writer.WriteString("event: " + event + "\ndata: " + string(b) + "\n\n")
		c.Writer.Flush()
	}
	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	send("progress", progressEvent{Seconds: 0, Stages: nonNil(p.Stages())})
	for {
		select {
		case o := <-done:
			if o.err != nil {
				status, code, err := problemOf(c, o.err)
				send("error", problem(c, status, code, ringleader.ErrorMessage(err), ringleader.ErrorProblems(err)))
				return
			}
			send("progress", progressEvent{Seconds: time.Since(start).Seconds(), Stages: nonNil(p.Stages())})
			send("result", o.v)
			return
		case <-tick.C:
			// A client that went away ends the request's context, and the analysis with it: run returns.
			send("progress", progressEvent{Seconds: time.Since(start).Seconds(), Stages: nonNil(p.Stages())})
		}
	}
}
