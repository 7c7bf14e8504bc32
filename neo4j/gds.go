package neo4j

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries"
)

// The measures GDS computes inside the database, named as graph.Centrality names them. GDS has harmonic and
// eigenvector centrality too, but not in forms that networkx's definitions can be recovered from exactly
// (eigenvector's iteration and normalisation differ), so they stay with the ringleader engine.
var gdsMeasures = []string{"degree", "in_degree", "out_degree", "betweenness", "closeness", "pagerank"}

// GDSMeasures lists the centrality measures GDSCentrality computes.
func GDSMeasures() []string { return slices.Clone(gdsMeasures) }

// GDS algorithm settings. PageRank iterates until no score moves by more than gdsPageRankTolerance, far below
// networkx's stopping rule, so that its scores are the fixed point that networkx approximates.
const (
	gdsPageRankTolerance     = 1e-10
	gdsPageRankMaxIterations = 1000
	gdsDamping               = 0.85 // graph.DefaultAlpha
	gdsCommunityProperty     = "community"
)

// GDSNode is a node of a GDS projection: the entity it stands for.
type GDSNode struct {
	ID   string          `json:"id"`
	Name string          `json:"name"`
	Kind ringleader.Kind `json:"kind"`
}

// GDSResult is what a GDS algorithm computed on a projection, one value per node.
type GDSResult struct {
	// Nodes and Links size the projection as graph.Graph's N and M do: Links counts edges of an undirected
	// projection and arcs of a directed one.
	Nodes, Links int
	// Entities are the projection's nodes, sorted by id.
	Entities []GDSNode
	// Scores (GDSCentrality) holds Entities[i]'s score at i.
	Scores []float64
	// Groups (GDSCommunities, GDSComponents) holds Entities[i]'s group at i, numbered from 0, largest group
	// first and, among groups of one size, the one with the smallest id first.
	Groups []int
	// Ties (GDSCommunities) holds the number of Entities[i]'s ties inside its own group at i.
	Ties []int
	// Modularity (GDSCommunities) is the modularity Q of the partition as GDS reports it.
	Modularity float64
}

// GDSCentrality computes measure (one of GDSMeasures) inside the database with the Graph Data Science library,
// on the projection that graph.Project builds from the network visible in scope for opt, and returns the scores
// under networkx's definitions, as graph.Centrality does:
//
//   - degree: GDS's degree (relationships out, in, or both for degree on a directed projection) over n-1;
//     weighted, the sum of the relationships' weight (the strength, weights as given), as graph.Strength;
//   - betweenness: GDS's exact betweenness (weighted: along distances, see ringleader.WeightAs) over (n-1)(n-2).
//     GDS halves an undirected graph's scores (each pair counted once); networkx's normalised scores count each
//     pair both ways, so an undirected projection's scores are doubled first;
//   - closeness: GDS's closeness with the Wasserman–Faust formula, which on a directed projection, like
//     networkx, measures the distances into a node; unweighted only: GDS's closeness takes no weights, so a
//     weighted projection is EINVALID;
//   - pagerank: GDS's PageRank with damping 0.85 (weighted: by strength), iterated to a tolerance of 1e-10, and
//     scaled to sum to 1. GDS lets the rank of a dangling node (an isolated person) leak where networkx spreads
//     it over every node, but both fixed points solve x = d·Pᵀx + c·1 for a constant c, so the scaled scores
//     are networkx's.
//
// The graph is projected under a fresh name with a Cypher aggregation (queries gds-project-people and
// gds-project-full) and dropped afterwards, whatever happens. opt.Resolved is EINVALID: resolution merges records
// in Go. When the database has no GDS the error is EINVALID and says so.
func (s *Store) GDSCentrality(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure string) (*GDSResult, error) {
	if !slices.Contains(gdsMeasures, measure) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: GDS computes %s, not %q", strings.Join(gdsMeasures, ", "), measure)
	}
	if err := gdsOptions(&opt); err != nil {
		return nil, err
	}
	var stmt string
	config := map[string]any{}
	switch measure {
	case "degree", "in_degree", "out_degree":
		stmt = qGDSDegree
		config["orientation"] = "NATURAL"
		if opt.Directed {
			config["orientation"] = map[string]string{"degree": "UNDIRECTED", "in_degree": "REVERSE", "out_degree": "NATURAL"}[measure]
		}
		if opt.Weighted {
			config["relationshipWeightProperty"] = "weight"
		}
	case "betweenness":
		stmt = qGDSBetweenness
		if opt.Weighted {
			config["relationshipWeightProperty"] = "distance"
		}
	case "closeness":
		if opt.Weighted {
			return nil, ringleader.Errorf(ringleader.EINVALID, "closeness: GDS's closeness centrality takes no weights; drop weighted or use the ringleader engine")
		}
		stmt = qGDSCloseness
		config["useWassermanFaust"] = true
	case "pagerank":
		stmt = qGDSPageRank
		config["dampingFactor"] = gdsDamping
		config["tolerance"] = gdsPageRankTolerance
		config["maxIterations"] = gdsPageRankMaxIterations
		if opt.Weighted {
			config["relationshipWeightProperty"] = "weight"
		}
	}
	res, err := s.gds(ctx, scope, opt, gdsCall{stmt: stmt, config: config, what: "gds " + measure})
	if err != nil {
		return nil, err
	}
	n := float64(res.Nodes)
	switch measure {
	case "degree", "in_degree", "out_degree":
		for i := range res.Scores {
			if res.Nodes == 1 {
				res.Scores[i] = 1 // networkx's convention, as graph.Degree
			} else {
				res.Scores[i] /= n - 1
			}
		}
	case "betweenness":
		if res.Nodes > 2 {
			scale := 1 / ((n - 1) * (n - 2))
			if !opt.Directed {
				scale *= 2
			}
			for i := range res.Scores {
				res.Scores[i] *= scale
			}
		}
	case "pagerank":
		var sum float64
		for _, x := range res.Scores {
			sum += x
		}
		for i := range res.Scores {
			res.Scores[i] /= sum
		}
	}
	return res, nil
}

// GDSCommunities partitions the projection (as GDSCentrality builds it) into communities with GDS's Louvain
// (weighted: by strength), reports the modularity GDS computes, and counts each node's ties inside its community.
// GDS's Louvain has no resolution parameter and optimises undirected modularity, so a directed projection is
// EINVALID. Louvain is greedy and depends on the order it visits nodes in: GDS's partition differs from
// graph.Louvain's, and may differ between runs (the Cypher projection does not fix the node order), while its
// modularity stays close (within 0.01 on the test data).
func (s *Store) GDSCommunities(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*GDSResult, error) {
	if err := gdsOptions(&opt); err != nil {
		return nil, err
	}
	if opt.Directed {
		return nil, ringleader.Errorf(ringleader.EINVALID, "directed: GDS's Louvain optimises undirected modularity; drop directed or use the ringleader engine")
	}
	// One thread: on a 2-core server GDS 2.x's parallel Louvain took 21–25 s on 100k nodes and 1M
	// relationships at concurrency 2–4, and 2.3–3.0 s at 1 (../shared/notes/verified-here.md), with the
	// same modularity. A server with more cores may do better at its default; this one is measured.
	config := map[string]any{"mutateProperty": gdsCommunityProperty, "concurrency": 1}
	if opt.Weighted {
		config["relationshipWeightProperty"] = "weight"
	}
	res, err := s.gds(ctx, scope, opt, gdsCall{stmt: qGDSLouvain, config: config, what: "gds communities", ties: true})
	if err != nil {
		return nil, err
	}
	res.Groups = renumber(res.Groups)
	return res, nil
}

// GDSComponents returns the weakly connected components of the projection (as GDSCentrality builds it), found by
// GDS's WCC: arcs are followed either way, and an isolated node is a component of its own, as in
// graph.Components.
func (s *Store) GDSComponents(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*GDSResult, error) {
	if err := gdsOptions(&opt); err != nil {
		return nil, err
	}
	res, err := s.gds(ctx, scope, opt, gdsCall{stmt: qGDSWCC, config: map[string]any{}, what: "gds components"})
	if err != nil {
		return nil, err
	}
	res.Groups = renumber(res.Groups)
	return res, nil
}

// gdsOptions normalises opt and refuses what a GDS projection cannot hold.
func gdsOptions(opt *ringleader.ProjectionOptions) error {
	if err := opt.Normalize(); err != nil {
		return err
	}
	if opt.Resolved {
		return ringleader.Errorf(ringleader.EINVALID, "resolved: GDS analyses the stored records; resolved identities need the ringleader engine")
	}
	return nil
}

// gdsCall is an algorithm to run on a projection: stmt with config, whose rows are id, name, kind and a score or a
// group (and for Louvain the modularity); with ties, each node's ties inside its community are counted after it.
// what names it in errors.
type gdsCall struct {
	stmt   string
	config map[string]any
	what   string
	ties   bool
}

// gds projects the graph of scope and opt, runs call on it, and drops it.
func (s *Store) gds(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, call gdsCall) (res *GDSResult, err error) {
	what := call.what
	name, err := gdsGraphName()
	if err != nil {
		return nil, wrap(err, "%s: name the projection", what)
	}
	project := qGDSProjectPeople
	if opt.View == ringleader.ViewFull {
		project = qGDSProjectFull
	}
	params := with(scopeParams(scope.Narrow(opt.Case)), "graph", name, "from", str(opt.From), "to", str(opt.To),
		"types", append([]string{}, opt.Types...), "directed", opt.Directed,
		"distance", opt.WeightAs == ringleader.WeightDistance)
	defer func() {
		// Always, also when the context is cancelled: a projection left behind holds server memory until a
		// restart.
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if _, dropErr := s.execute(dctx, qGDSDrop, map[string]any{"graph": name}); dropErr != nil && err == nil {
			res, err = nil, gdsError(dropErr, "%s: drop the projection", what)
		}
	}()
	res, err = readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (*GDSResult, error) {
		// A retried transaction may find the projection of the failed attempt.
		if _, err := run(ctx, tx, qGDSDrop, map[string]any{"graph": name}); err != nil {
			return nil, err
		}
		recs, err := run(ctx, tx, project, params)
		if err != nil {
			return nil, err
		}
		res := &GDSResult{}
		if len(recs) == 1 {
			nodes, _ := recs[0].Values[0].(int64)
			links, _ := recs[0].Values[1].(int64)
			res.Nodes, res.Links = int(nodes), int(links)
		}
		if !opt.Directed {
			res.Links /= 2 // GDS stores each undirected relationship once per direction
		}
		if res.Nodes == 0 {
			return res, nil // GDS's algorithms refuse an empty graph
		}
		recs, err = run(ctx, tx, call.stmt, map[string]any{"graph": name, "config": call.config})
		if err != nil {
			return nil, err
		}
		slices.SortFunc(recs, func(a, b *neo4jdrv.Record) int { return cmp.Compare(asString(a.Values[0]), asString(b.Values[0])) })
		for _, r := range recs {
			res.Entities = append(res.Entities, GDSNode{ID: asString(r.Values[0]), Name: asString(r.Values[1]),
				Kind: ringleader.Kind(asString(r.Values[2]))})
			switch v := r.Values[3].(type) {
			case float64:
				res.Scores = append(res.Scores, v)
			case int64:
				res.Groups = append(res.Groups, int(v))
			}
			if len(r.Values) > 4 {
				res.Modularity, _ = r.Values[4].(float64)
			}
		}
		if call.ties {
			recs, err = run(ctx, tx, qGDSCommunityTies, map[string]any{"graph": name, "property": gdsCommunityProperty})
			if err != nil {
				return nil, err
			}
			ties := make(map[string]int, len(recs))
			for _, r := range recs {
				n, _ := r.Values[1].(int64)
				ties[asString(r.Values[0])] = int(n)
			}
			res.Ties = make([]int, len(res.Entities))
			for i, e := range res.Entities {
				res.Ties[i] = ties[e.ID]
			}
		}
		return res, nil
	})
	if err != nil {
		return nil, gdsError(err, "%s", what)
	}
	return res, nil
}

// gdsGraphName returns a catalog name no other call uses, so that concurrent analyses never share a projection.
func gdsGraphName() (string, error) {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return "ringleader-" + hex.EncodeToString(b), nil
}

// renumber relabels groups 0, 1, ... largest first, ties by the smallest index (the smallest id: entities are
// sorted), so that equal partitions look equal whatever labels GDS chose.
func renumber(groups []int) []int {
	size := map[int]int{}
	first := map[int]int{}
	for i, g := range groups {
		if _, ok := first[g]; !ok {
			first[g] = i
		}
		size[g]++
	}
	labels := make([]int, 0, len(size))
	for g := range size {
		labels = append(labels, g)
	}
	slices.SortFunc(labels, func(a, b int) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(first[a], first[b])) })
	newLabel := make(map[int]int, len(labels))
	for i, g := range labels {
		newLabel[g] = i
	}
	out := make([]int, len(groups))
	for i, g := range groups {
		out[i] = newLabel[g]
	}
	return out
}

// gdsError is wrap for GDS calls. It says so plainly when the database has no GDS (its procedures and functions are
// then unknown to the server: not installed, or not allowed by dbms.security.procedures.unrestricted), and passes
// on what GDS says when it refuses to run.
func gdsError(err error, format string, args ...any) error {
	var limit *neo4jdrv.TransactionExecutionLimit
	cause := err
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		cause = limit.Errors[len(limit.Errors)-1] // the driver's wrapper does not unwrap
	}
	var ne *neo4jdrv.Neo4jError
	switch {
	case errors.As(cause, &ne) && gdsMissing(ne):
		return ringleader.WrapError(ringleader.EINVALID, err,
			"neo4j: GDS is not installed in this database (or dbms.security.procedures.unrestricted does not allow gds.*); use the ringleader engine")
	case errors.As(cause, &ne) && ne.Code == "Neo.ClientError.Procedure.ProcedureCallFailed":
		// GDS's own refusals (its memory guard: "Procedure was blocked since minimum estimated memory ... exceeds
		// current free memory") tell the user what to change, as cypherError keeps a statement's mistakes.
		return ringleader.WrapError(ringleader.EINVALID, err, "neo4j: %s: %s", fmt.Sprintf(format, args...), ne.Msg)
	}
	return wrap(err, format, args...)
}

func gdsMissing(ne *neo4jdrv.Neo4jError) bool {
	switch ne.Code {
	case "Neo.ClientError.Procedure.ProcedureNotFound":
		return strings.Contains(ne.Msg, "gds.")
	case "Neo.ClientError.Statement.SyntaxError":
		return strings.Contains(ne.Msg, "Unknown function 'gds.")
	}
	return false
}

var (
	qGDSProjectPeople = queries.Get("gds-project-people")
	qGDSProjectFull   = queries.Get("gds-project-full")
	qGDSDrop          = queries.Get("gds-drop")
	qGDSDegree        = queries.Get("gds-degree")
	qGDSBetweenness   = queries.Get("gds-betweenness")
	qGDSCloseness     = queries.Get("gds-closeness")
	qGDSPageRank      = queries.Get("gds-pagerank")
	qGDSLouvain       = queries.Get("gds-louvain")
	qGDSWCC           = queries.Get("gds-wcc")
	qGDSCommunityTies = queries.Get("gds-community-ties")
)
