package api

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/ringleader/ringleader"
)

// hidden stands in an audit record for an id the reader cannot see, or that does not exist: the same mark for
// both, so that a redacted record does not tell them apart.
const hidden = "(hidden)"

// idParams are the query parameters that name entities or cases; from and to name dates on other routes.
var idParams = map[string]bool{"from": true, "to": true, "case": true, "entity": true}

var isDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// redactAudit replaces, in records read by a caller limited to scope, every entity or case id in a path or a
// parameter that the caller does not see.
func redactAudit(ctx context.Context, store ringleader.Store, scope ringleader.Scope, recs []ringleader.AuditRecord) ([]ringleader.AuditRecord, error) {
	type place struct {
		ids    []string // one per :param of the route, in order
		params url.Values
	}
	places := make([]place, len(recs))
	var ids []string
	for i, r := range recs {
		places[i].ids = routeParams(r.Route, r.Path)
		ids = append(ids, places[i].ids...)
		places[i].params, _ = url.ParseQuery(r.Params)
		for name, vs := range places[i].params {
			if idParams[name] {
				ids = append(ids, vs...)
			}
		}
	}
	if len(ids) == 0 {
		return recs, nil
	}
	stored, err := store.Stored(ctx, ids, nil)
	if err != nil {
		return nil, err
	}
	visible := map[string]bool{}
	for i := range stored.Entities {
		if e := &stored.Entities[i]; scope.SeesEntity(e) {
			visible[e.ID] = true
		}
	}
	seen := func(v string) bool { return visible[v] || isDate.MatchString(v) }
	for i := range recs {
		p := places[i]
		for _, id := range p.ids {
			if !seen(id) {
				recs[i].Path = strings.Replace(recs[i].Path, id, hidden, 1)
			}
		}
		changed := false
		for name, vs := range p.params {
			for j, v := range vs {
				if idParams[name] && !seen(v) {
					vs[j], changed = hidden, true
				}
			}
		}
		if changed {
			recs[i].Params = p.params.Encode()
		}
	}
	return recs, nil
}

// routeParams returns the values of a route's :params in a request path, or nil when the path does not follow
// the route. Ids may hold "/", so a parameter runs to the next literal segment of the route.
func routeParams(route, path string) []string {
	if !strings.Contains(route, ":") {
		return nil
	}
	re, ok := routePatterns.Load(route)
	if !ok {
		re, _ = routePatterns.LoadOrStore(route, routePattern(route))
	}
	m := re.(*regexp.Regexp).FindStringSubmatch(path)
	if m == nil {
		return nil
	}
	return m[1:]
}

// routePatterns caches routePattern by route.
var routePatterns sync.Map

// routePattern is the regular expression of a route's paths, a group per :param.
func routePattern(route string) *regexp.Regexp {
	var pattern strings.Builder
	pattern.WriteString("^")
	for i, seg := range strings.Split(route, "/") {
		if i > 0 {
			pattern.WriteString("/")
		}
		if strings.HasPrefix(seg, ":") {
			pattern.WriteString("(.+?)")
		} else {
			pattern.WriteString(regexp.QuoteMeta(seg))
		}
	}
	pattern.WriteString("$")
	return regexp.MustCompile(pattern.String())
}
