package main

import (
	"fmt"
	"slices"
	"strings"

	loadbench "github.com/ringleader/ringleader/bench/load"
)

// heading starts the section this command owns in docs/benchmarks.md; the rest of that page is someone else's.
const heading = "## Load into Neo4j"

// writeSection replaces this command's section of the page at path (loadbench.WriteSection).
func writeSection(path, text string) error { return loadbench.WriteSection(path, heading, text) }

// sideNames are the sides as the page names them.
var sideNames = map[string]string{
	sideRingleader:    "Ringleader (`ringleader load`)",
	sideLoadCSVCreate: "LOAD CSV, CREATE",
	sideLoadCSVMerge:  "LOAD CSV, MERGE",
	sideAdminImport:   "neo4j-admin database import full",
}

// section is the page's section for rep.
func section(rep *report) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	has := func(side string) bool { return slices.Contains(rep.Sides, side) }
	p("%s\n\n", heading)
	p("`make bench-load` (bench/load) loads one generated network into Neo4j through Ringleader and through what a\n")
	p("Neo4j engineer would use for the same data: `LOAD CSV` written for an empty store (CREATE), `LOAD CSV` written\n")
	p("to be re-run (MERGE, the semantics of Ringleader's load), and `neo4j-admin database import full`, the upper\n")
	p("bound of an initial load. This section is written by that run; the raw figures are in `bench/results/load.json`.\n\n")
	p("### Machine and server\n\n| | |\n|---|---|\n")
	for _, k := range []string{"nproc", "cpu", "memory", "kernel", "go"} {
		p("| %s | %s |\n", k, rep.Machine[k])
	}
	p("| load average (1, 5, 15 min) | %s at the start, %s at the end |\n", rep.Machine["loadavg_start"], rep.Machine["loadavg_end"])
	for _, k := range []string{"image", "uri", "server.memory.heap.max_size", "server.memory.pagecache.size"} {
		if v, ok := rep.Server[k]; ok {
			p("| %s | %s |\n", k, v)
		}
	}
	p("| run | %s, %.0f minutes |\n\n", rep.Started.Format("2006-01-02 15:04 UTC"), rep.Minutes)

	p("### Summary\n\n")
	p("Median of the %d timed rounds; the ratio is Ringleader's throughput (records/s) over the other side's, round\n", rounds(rep))
	p("by round, then the median.\n\n")
	p("| route | seconds | records/s | Ringleader ÷ route |\n|---|---|---|---|\n")
	for _, side := range rep.Sides {
		secs := rep.MedianSeconds[side]
		ratio := "—"
		if side != sideRingleader {
			ratio = fmt.Sprintf("**%.3f**", rep.Medians[side])
		}
		p("| %s | %.1f | %.0f | %s |\n", sideNames[side], secs, float64(rep.Records)/secs, ratio)
	}
	if has(sideAdminImport) {
		var start, index []float64
		for _, r := range rep.Runs {
			if r.Side == sideAdminImport {
				start, index = append(start, r.StartSeconds), append(index, r.IndexSeconds)
			}
		}
		p("\nneo4j-admin's seconds are the import alone, the server stopped; a store it writes is usable after the\n")
		p("server's first start on it (median %.1f s) and Ringleader's indexes built on it (median %.1f s), so %.1f s\n",
			median(start), median(index), rep.MedianSeconds[sideAdminImport]+median(start)+median(index))
		p("in all from CSV to an indexed, running database.\n")
	}
	if len(rep.Runs) > 0 {
		p("\nEvery load stored the same graph: %d entities, %d relationships, digest %s.\n", rep.Runs[0].Digest.Entities,
			rep.Runs[0].Digest.Relationships, rep.Runs[0].Digest.Hash)
	}

	p("\n### Method\n\n")
	p("- Data: `fixtures.SyntheticNetwork(%d, %g, seed %d)` as a CSV bundle: suspects.csv (%d people: id, name and\n",
		rep.People, rep.Degree, rep.Seed, rep.People)
	p("  an extra column, kept as a property) and associations.csv (%d ASSOCIATE links with a subtype and a weight),\n", rep.Links)
	p("  %d records. The plain CSV (people.csv, links.csv) for LOAD CSV and neo4j-admin is derived from what\n", rep.Records)
	p("  Ringleader's loader reads out of the bundle and holds every stored value precomputed (name keys, search\n")
	p("  text, link key, provenance, Seq), so that neither does work that Ringleader does in Go.\n")
	p("- One server (a new container, or NEO4J_URI) takes every online load of the run, of all sides. Ringleader's\n")
	p("  schema (constraints and indexes) is applied once before any load, so every side maintains the same\n")
	p("  indexes; before each load the database is emptied (DETACH DELETE, untimed).\n")
	p("- %d untimed warm-up rounds come first, then %d timed rounds; each round loads every online side once, and\n", rep.Warmup, rounds(rep))
	p("  which goes first rotates by round. Neo4j's JIT needs several loads to compile a write path (on a fresh\n")
	p("  server, one UNWIND statement creating the same 100,000 nodes took 10.8, 6.2 and 5.1 s in a row, 3.7 s after\n")
	p("  a few more), and a server that has been up for a while is what investigators load into. The warm-up loads\n")
	p("  are in the JSON (`warmup_runs`).\n")
	p("- Connection: %s", rep.Connection)
	if rep.Connection == "container address" {
		p(" (the container's bridge address, as a Ringleader container beside Neo4j would\n")
		p("  connect; a published port adds Docker's userland proxy, which copies every byte Ringleader sends)")
	}
	p(".\n")
	p("- Ringleader: `loaders.Load` of the bundle directory into `neo4j.Store` with the default Config (batch %d,\n",
		rep.Neo4jStore["batch_size"])
	p("  %d records per transaction), the code path of `ringleader load DIR --store bolt://...`, timed from reading\n",
		rep.Neo4jStore["tx_rows"])
	p("  the CSV to the last commit; it must count every record created.\n")
	p("- LOAD CSV: two auto-commit statements, `CALL (row) { ... } IN TRANSACTIONS OF %d ROWS`, timed from the first\n", rep.LoadCSVTx)
	p("  statement's start to the second's end (bench/load/cypher.go). CREATE: `CREATE (:Entity:Person {...})` with\n")
	p("  every property inline, then `MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) CREATE\n")
	p("  (a)-[:ASSOCIATE {...}]->(b)`: endpoints by the unique constraint's index, nothing else looked up. MERGE: the\n")
	p("  re-runnable form, MERGE of each node by id and of each relationship by its key between its endpoints, then SET.\n")
	if has(sideAdminImport) {
		p("- neo4j-admin: `database import full` of the same people.csv and links.csv, with typed header files in front\n")
		p("  (`id:ID`, `sources:string[]`, `seq:long`, `weight:double`, `implicit:boolean`; labels Entity:Person and type\n")
		p("  ASSOCIATE from the command line; `--auto-skip-subsequent-headers`, `--array-delimiter=;`), run by\n")
		p("  `org.neo4j.cli.AdminTool` in a container of the same image (heap as the server's) on a new Docker volume that\n")
		p("  a server then starts on: in Community the default database can only be imported into before its first\n")
		p("  start, and the `--schema` option of a full import needs Enterprise's block format, so the indexes are built\n")
		p("  after the start (timed apart, above). Timed from the container's start to its exit (JVM start included).\n")
		p("  It runs after the online rounds, once their server is stopped; one import per timed round, paired with\n")
		p("  that round's Ringleader load for the ratio.\n")
	}
	p("- Checks after every load, untimed: the whole stored graph is read back and digested (labels, type,\n")
	p("  endpoints, every property with its type); every load of the run must give the same digest.\n")
	if rep.Reload != nil {
		p("- Round 1 also loads the bundle through Ringleader a second time into the loaded store: every record must\n")
		p("  come back unchanged, the version must not move and the digest must stay the same.\n")
	}
	p("- Client: the bench process itself (Go, GOMAXPROCS = %s) on the same machine as the server.\n", rep.Machine["nproc"])
	p("\n### What makes Ringleader's write fast (neo4j/write.go, neo4j/bulk.go)\n\n")
	p("- A first load writes mostly records that cannot be stored yet: links whose endpoint the same write created.\n")
	p("  Those need no lookup by key.\n")
	p("- New entities and such links are written %d transactions at a time (Config.WriteConcurrency) of at most\n",
		rep.Neo4jStore["write_concurrency"])
	p("  %d records, while one coordinator transaction holds the metadata lock that every writer takes; each\n",
		rep.Neo4jStore["bulk_tx_rows"])
	p("  transaction ticks the version (a node that the version counts and the next lock folds in), so the version\n")
	p("  still moves by one per transaction, with its data. LOAD CSV runs one transaction at a time.\n")
	p("- Links are created between nodes found by element id (read or returned at creation), not by index seek,\n")
	p("  and CREATE, not MERGE; null properties of new records are not sent.\n")
	p("\n### Results\n\n")
	p("| round | route | went | records | seconds | records/s |\n|---|---|---|---|---|---|\n")
	for _, r := range rep.Runs {
		went := "first"
		switch {
		case r.Side == sideAdminImport:
			went = "offline"
		case r.Order == 2:
			went = "second"
		case r.Order > 2:
			went = fmt.Sprintf("%dth", r.Order)
			if r.Order == 3 {
				went = "third"
			}
		}
		detail := ""
		switch {
		case r.PeopleSeconds > 0:
			detail = fmt.Sprintf(" (nodes %.1f + relationships %.1f)", r.PeopleSeconds, r.LinksSeconds)
		case r.Side == sideAdminImport:
			detail = fmt.Sprintf(" (then start %.1f, indexes %.1f)", r.StartSeconds, r.IndexSeconds)
		}
		p("| %d | %s | %s | %d | %.1f%s | %.0f |\n", r.Round, r.Side, went, r.Records, r.Seconds, detail, r.RecordsPerSec)
	}
	if r := rep.Reload; r != nil {
		p("| %d | ringleader reload (all unchanged) | — | %d | %.1f | %.0f |\n", r.Round, r.Records, r.Seconds, r.RecordsPerSec)
	}
	p("\nRingleader's throughput ÷ the other route's, round by round:\n\n")
	for _, side := range rep.Sides {
		if side == sideRingleader {
			continue
		}
		var xs []string
		for _, x := range rep.Ratios[side] {
			xs = append(xs, fmt.Sprintf("%.3f", x))
		}
		p("- %s: %s; median **%.3f**", sideNames[side], strings.Join(xs, ", "), rep.Medians[side])
		if side == sideLoadCSVMerge {
			p(" (the earlier target, ≥ 1.5 against MERGE: %s)", verdict(rep.Medians[side] >= 1.5))
		}
		p(".\n")
	}
	return b.String()
}

// rounds is the number of timed rounds of rep.
func rounds(rep *report) int {
	n := 0
	for _, r := range rep.Runs {
		n = max(n, r.Round)
	}
	return n
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "not met"
}
