package main

import (
	"fmt"
	"os"
	"strings"
)

// heading starts the section this command owns in docs/benchmarks.md; the rest of that page is someone else's.
const heading = "## Load into Neo4j"

// writeSection replaces the section of path that starts at heading, up to the next "## " heading or the end, with
// text; without one it appends text at the end.
func writeSection(path, text string) error {
	b, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	page := string(b)
	if i := strings.Index(page, "\n"+heading+"\n"); i >= 0 {
		rest := page[i+1+len(heading):]
		tail := ""
		if j := strings.Index(rest, "\n## "); j >= 0 {
			tail = "\n" + rest[j+1:]
		}
		page = page[:i+1] + text + tail
	} else if page != "" {
		page = strings.TrimRight(page, "\n") + "\n\n" + text
	} else {
		page = text
	}
	return os.WriteFile(path, []byte(page), 0o644)
}

// section is the page's section for rep.
func section(rep *report) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("%s\n\n", heading)
	p("`make bench-load` (bench/load) loads one generated network into Neo4j twice per round, through Ringleader and\n")
	p("through Neo4j's `LOAD CSV`, and compares their throughput. This section is written by that run; the raw\n")
	p("figures are in `bench/results/load.json`.\n\n")
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
	p("### Method\n\n")
	p("- Data: `fixtures.SyntheticNetwork(%d, %g, seed %d)` as a CSV bundle: suspects.csv (%d people: id, name and\n",
		rep.People, rep.Degree, rep.Seed, rep.People)
	p("  an extra column, kept as a property) and associations.csv (%d ASSOCIATE links with a subtype and a weight),\n", rep.Links)
	p("  %d records. The plain CSV for LOAD CSV is derived from what Ringleader's loader reads out of the bundle and\n", rep.Records)
	p("  holds every stored value precomputed (name keys, search text, link key, provenance, Seq).\n")
	p("- One server (a new container, or NEO4J_URI) takes every load of the run, of both sides. Ringleader's schema\n")
	p("  (constraints and indexes) is applied once before any load, so both sides maintain the same indexes;\n")
	p("  before each load the database is emptied (DETACH DELETE, untimed).\n")
	p("- %d untimed warm-up rounds come first, then %d timed rounds; each round loads both sides once, and the side\n", rep.Warmup, len(rep.Ratios))
	p("  that goes first alternates by round. Neo4j's JIT needs several loads to compile a write path (on a fresh\n")
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
	p("- LOAD CSV: two auto-commit statements, `CALL (row) { ... } IN TRANSACTIONS OF %d ROWS`: MERGE of each node\n", rep.LoadCSVTx)
	p("  by id (label and the same properties), then MATCH of both endpoints by id and MERGE of the relationship by\n")
	p("  its key, setting its properties. Timed from the first statement's start to the second's end.\n")
	p("- Checks after every load, untimed: the whole stored graph is read back and digested (labels, type,\n")
	p("  endpoints, every property with its type); every load of the run must give the same digest.\n")
	if rep.Reload != nil {
		p("- Round 1 also loads the bundle through Ringleader a second time into the loaded store: every record must\n")
		p("  come back unchanged, the version must not move and the digest must stay the same.\n")
	}
	p("- Client: the bench process itself (Go, GOMAXPROCS = %s) on the same machine as the server.\n", rep.Machine["nproc"])
	p("\n### What makes Ringleader's write faster (neo4j/write.go, neo4j/bulk.go)\n\n")
	p("- A first load writes mostly records that cannot be stored yet: links whose endpoint the same write created.\n")
	p("  Those need no lookup by key (before, every link of a later transaction was looked up).\n")
	p("- New entities and such links are written %d transactions at a time (Config.WriteConcurrency) of at most\n",
		rep.Neo4jStore["write_concurrency"])
	p("  %d records, while one coordinator transaction holds the metadata lock that every writer takes; each\n",
		rep.Neo4jStore["bulk_tx_rows"])
	p("  transaction ticks the version (a node that the version counts and the next lock folds in), so the version\n")
	p("  still moves by one per transaction, with its data. LOAD CSV runs one transaction at a time.\n")
	p("- Links are created between nodes found by element id (read or returned at creation), not by index seek,\n")
	p("  and CREATE, not MERGE; null properties of new records are not sent.\n")
	p("\n### Results\n\n")
	p("| round | side | went | records | seconds | records/s |\n|---|---|---|---|---|---|\n")
	for _, r := range rep.Runs {
		went := "first"
		if r.Order == 2 {
			went = "second"
		}
		detail := ""
		if r.Side == sideLoadCSV {
			detail = fmt.Sprintf(" (nodes %.1f + relationships %.1f)", r.PeopleSeconds, r.LinksSeconds)
		}
		p("| %d | %s | %s | %d | %.1f%s | %.0f |\n", r.Round, r.Side, went, r.Records, r.Seconds, detail, r.RecordsPerSec)
	}
	if r := rep.Reload; r != nil {
		p("| %d | ringleader reload (all unchanged) | — | %d | %.1f | %.0f |\n", r.Round, r.Records, r.Seconds, r.RecordsPerSec)
	}
	p("\nRingleader's throughput ÷ LOAD CSV's, round by round:")
	for i, x := range rep.Ratios {
		sep := ","
		if i == 0 {
			sep = ""
		}
		p("%s %.3f", sep, x)
	}
	p("; median **%.3f** (target ≥ 1.5: %s).\n", rep.Median, verdict(rep.Median >= 1.5))
	if len(rep.Runs) > 0 {
		p("Digest of every load: %d entities, %d relationships, hash %s.\n", rep.Runs[0].Digest.Entities,
			rep.Runs[0].Digest.Relationships, rep.Runs[0].Digest.Hash)
	}
	return b.String()
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "not met"
}
