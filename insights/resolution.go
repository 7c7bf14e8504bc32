package insights

import (
	"context"
	"slices"
	"strconv"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

// Candidates proposes pairs of records in scope that may be one identity, scored and
// explained (see package resolve). Only what the scope sees is compared, so a candidate
// never names a hidden record.
func (e *Engine) Candidates(ctx context.Context, scope ringleader.Scope, opt resolve.Options) ([]resolve.Candidate, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull})
	if err != nil {
		return nil, err
	}
	what := "candidates|" + strconv.FormatFloat(opt.AutoThreshold, 'g', -1, 64) + "|" + strconv.FormatFloat(opt.MinScore, 'g', -1, 64)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) { return resolve.Candidates(p.Network, opt), nil })
	if err != nil {
		return nil, err
	}
	return v.([]resolve.Candidate), nil
}

// Decision checks a person's review of two records visible in scope and returns the
// SAME_AS link that records it, with the evidence the pair was judged on. A scope limited to
// some cases gives the link the records' cases that it sees, so that the decision lies in them.
func (e *Engine) Decision(ctx context.Context, scope ringleader.Scope, r resolve.Review) (ringleader.Link, error) {
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull})
	if err != nil {
		return ringleader.Link{}, err
	}
	for _, f := range []struct{ name, id string }{{"source", r.Source}, {"target", r.Target}} {
		if p.Entity(f.id) == nil {
			return ringleader.Link{}, ringleader.Errorf(ringleader.ENOTFOUND, "%s: no entity %q", f.name, f.id)
		}
	}
	c, err := resolve.Compare(p.Network, r.Source, r.Target, resolve.Options{})
	if err != nil {
		return ringleader.Link{}, err
	}
	l, err := resolve.Decide(r, &c)
	if err == nil && !scope.All() {
		// p.Network is redacted: the records' cases are those in scope.
		l.Cases = slices.Concat(p.Entity(r.Source).Cases, p.Entity(r.Target).Cases)
	}
	return l, err
}
