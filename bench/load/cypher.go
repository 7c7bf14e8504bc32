package loadbench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Driver is the driver's handle to the server, for the LOAD CSV side and the checks, which are not store
// operations and so not package neo4j's.
type Driver = neo4jdrv.DriverWithContext

// Database is the database both sides load into (Community has only this one).
const Database = "neo4j"

// TxRows is the transaction size of the LOAD CSV statements, as the verified comparison of
// shared/notes/verified-here.md §2 used: 10,000 rows per transaction.
const TxRows = 10_000

// Variant is a way of writing the LOAD CSV statements.
type Variant int

// The LOAD CSV variants. Both run on Ringleader's schema (the unique constraint on :Entity(id) and every index of
// queries/schema.cypher), set the same labels and properties from values already computed in the plain CSV, find
// a relationship's endpoints by the indexed id, and commit every TxRows rows (CALL { } IN TRANSACTIONS, Neo4j 5).
const (
	// Create is what a Neo4j engineer writes for an empty store: CREATE of every node and relationship, which
	// checks nothing but the unique constraint.
	Create Variant = iota
	// Merge is the re-runnable form, the semantics of Ringleader's own load (a second run adds nothing): MERGE of
	// each node by id and of each relationship by its key between its endpoints, then SET.
	Merge
)

func (v Variant) String() string {
	if v == Merge {
		return "merge"
	}
	return "create"
}

// The statements are fixed; the file and the batch size are parameters. Every person carries the label Person
// (writePlain refuses other kinds), so the label is a constant here as in a hand-written import.
const (
	createPeople = `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Entity:Person {id: row.id, kind: row.kind, name: row.name, sources: split(row.sources, ';'),
    props: row.props, implicit: toBoolean(row.implicit), seq: toInteger(row.seq),
    name_keys: split(row.name_keys, ';'), search_text: row.search_text, community: row.community,
    source_cases: row.source_cases})
} IN TRANSACTIONS OF $rows ROWS`
	createLinks = `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  CREATE (a)-[:ASSOCIATE {key: row.key, subtype: row.subtype, weight: toFloat(row.weight),
    sources: split(row.sources, ';'), source_cases: row.source_cases, observations: row.observations}]->(b)
} IN TRANSACTIONS OF $rows ROWS`
	mergePeople = `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:Entity {id: row.id})
  SET n:Person, n.kind = row.kind, n.name = row.name, n.sources = split(row.sources, ';'), n.props = row.props,
    n.implicit = toBoolean(row.implicit), n.seq = toInteger(row.seq), n.name_keys = split(row.name_keys, ';'),
    n.search_text = row.search_text, n.community = row.community, n.source_cases = row.source_cases
} IN TRANSACTIONS OF $rows ROWS`
	mergeLinks = `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.source})
  MATCH (b:Entity {id: row.target})
  MERGE (a)-[r:ASSOCIATE {key: row.key}]->(b)
  SET r.subtype = row.subtype, r.weight = toFloat(row.weight), r.sources = split(row.sources, ';'),
    r.source_cases = row.source_cases, r.observations = row.observations
} IN TRANSACTIONS OF $rows ROWS`
)

// LoadCSV runs the LOAD CSV statements of variant v on the files in dir of the server's import directory ("" for
// the directory itself), people then links, each as one auto-commit query (CALL { } IN TRANSACTIONS needs one),
// and returns the time each took.
func LoadCSV(ctx context.Context, d neo4jdrv.DriverWithContext, v Variant, dir string) (people, links time.Duration, err error) {
	url := func(file string) string { return "file:///" + path.Join(dir, file) }
	peopleStmt, linksStmt := createPeople, createLinks
	if v == Merge {
		peopleStmt, linksStmt = mergePeople, mergeLinks
	}
	if people, err = autoCommit(ctx, d, peopleStmt, map[string]any{"url": url(PeopleFile), "rows": TxRows}); err != nil {
		return 0, 0, fmt.Errorf("LOAD CSV (%s) people: %w", v, err)
	}
	if links, err = autoCommit(ctx, d, linksStmt, map[string]any{"url": url(LinksFile), "rows": TxRows}); err != nil {
		return 0, 0, fmt.Errorf("LOAD CSV (%s) links: %w", v, err)
	}
	return people, links, nil
}

// Wipe deletes every node and relationship, for a server the bench did not start and so cannot replace.
func Wipe(ctx context.Context, d neo4jdrv.DriverWithContext) error {
	_, err := autoCommit(ctx, d, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	return err
}

func autoCommit(ctx context.Context, d neo4jdrv.DriverWithContext, stmt string, params map[string]any) (time.Duration, error) {
	session := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: Database})
	defer session.Close(context.WithoutCancel(ctx))
	start := time.Now()
	res, err := session.Run(ctx, stmt, params)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return time.Since(start), err
}

// Digest sums up a stored graph: the entities and relationships it holds and a hash of all of them, with every
// label, type, endpoint id and property (each value with its type), independent of order.
type Digest struct {
	Entities      int64  `json:"entities"`
	Relationships int64  `json:"relationships"`
	Hash          string `json:"hash"`
}

// ReadDigest reads every :Entity node and every relationship between two of them. Ringleader's metadata node is
// not an entity and has no relationships, so both sides digest the same things.
func ReadDigest(ctx context.Context, d neo4jdrv.DriverWithContext) (Digest, error) {
	var dg Digest
	var sum [4]uint64
	add := func(parts ...any) {
		h := sha256.New()
		for _, p := range parts {
			fmt.Fprint(h, canonical(p), "\x00")
		}
		b := h.Sum(nil)
		for i := range sum {
			sum[i] += binary.LittleEndian.Uint64(b[8*i:])
		}
	}
	session := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: Database, AccessMode: neo4jdrv.AccessModeRead})
	defer session.Close(context.WithoutCancel(ctx))
	for _, q := range []struct {
		stmt  string
		count *int64
	}{
		// The first column of the first is a list of labels, sorted before it is hashed.
		{`MATCH (n:Entity) RETURN labels(n), properties(n)`, &dg.Entities},
		{`MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r), a.id, b.id, properties(r)`, &dg.Relationships},
	} {
		res, err := session.Run(ctx, q.stmt, nil)
		if err != nil {
			return dg, err
		}
		for res.Next(ctx) {
			*q.count++
			vals := res.Record().Values
			if q.count == &dg.Entities {
				vals[0] = sortedLabels(vals[0])
			}
			add(vals...)
		}
		if err := res.Err(); err != nil {
			return dg, err
		}
	}
	b := make([]byte, 0, 32)
	for _, v := range sum {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	dg.Hash = hex.EncodeToString(b)
	return dg, nil
}

// canonical writes a value with its type, map keys and label lists sorted.
func canonical(v any) string {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var b strings.Builder
		b.WriteString("{")
		for _, k := range keys {
			fmt.Fprintf(&b, "%q:%s,", k, canonical(v[k]))
		}
		b.WriteString("}")
		return b.String()
	case []any:
		items := make([]string, len(v))
		for i, x := range v {
			items[i] = canonical(x)
		}
		return "[" + strings.Join(items, ",") + "]"
	default:
		return fmt.Sprintf("%T:%#v", v, v)
	}
}

// sortedLabels returns a labels(n) value sorted: a node's labels come in no set order.
func sortedLabels(v any) any {
	labels, ok := v.([]any)
	if !ok {
		return v
	}
	out := slices.Clone(labels)
	slices.SortFunc(out, func(a, b any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return out
}
