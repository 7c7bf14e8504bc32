package loadbench

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/names"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// The files of the two inputs. The plain ones sit in the server's import directory under these names, which the
// LOAD CSV statements name.
const (
	PeopleFile = "people.csv"
	LinksFile  = "links.csv"
)

// ImportDir is the import directory (server.directories.import) of a server the bench runs in a container: the
// plain files are copied there before it starts.
const ImportDir = "/import"

// Data is a generated bundle and its plain CSV twin.
type Data struct {
	BundleDir string // suspects.csv, associations.csv
	PlainDir  string // people.csv, links.csv, and their twins under typed headers for neo4j-admin import
	People    int
	Links     int
}

// Records is the number of records a load writes: entities plus links.
func (d Data) Records() int { return d.People + d.Links }

// Generate writes a bundle of fixtures.SyntheticNetwork(people, degree, seed) to bundleDir, reads it back with
// loaders.ReadBundle as `ringleader load` does, and writes what that read yields, property by property as the
// neo4j store keeps it, to plainDir. Association subtypes are drawn from ringleader.AssociationSubtypes with the
// same seed.
func Generate(ctx context.Context, bundleDir, plainDir string, people int, degree float64, seed uint64) (Data, error) {
	d := Data{BundleDir: bundleDir, PlainDir: plainDir}
	net := fixtures.SyntheticNetwork(people, degree, seed)
	if err := writeBundle(bundleDir, net, seed); err != nil {
		return d, err
	}
	batch, sum, _, err := loaders.ReadBundle(ctx, os.DirFS(bundleDir), nil, loaders.Options{})
	if err != nil {
		return d, fmt.Errorf("read the generated bundle: %w", err)
	}
	if len(batch.Entities) != len(net.Entities) || len(batch.Links) != len(net.Links) || sum.Duplicates != 0 {
		return d, fmt.Errorf("bundle of %d people and %d links reads as %d entities and %d links (%d duplicates)",
			len(net.Entities), len(net.Links), len(batch.Entities), len(batch.Links), sum.Duplicates)
	}
	if err := writePlain(plainDir, batch); err != nil {
		return d, err
	}
	d.People, d.Links = len(batch.Entities), len(batch.Links)
	return d, nil
}

// GenerateBundle writes the bundle of Generate to bundleDir, and nothing else: for a load through Ringleader
// alone, at sizes where the plain CSV twins would only take disk.
func GenerateBundle(bundleDir string, people int, degree float64, seed uint64) (Data, error) {
	net := fixtures.SyntheticNetwork(people, degree, seed)
	if err := writeBundle(bundleDir, net, seed); err != nil {
		return Data{}, err
	}
	return Data{BundleDir: bundleDir, People: len(net.Entities), Links: len(net.Links)}, nil
}

// writeBundle writes net as suspects.csv (id, name, community: an extra column, kept as a property) and
// associations.csv (source, target, type, weight).
func writeBundle(dir string, net *ringleader.Network, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, 0x4c4f4144))
	rows := make([][]string, 0, len(net.Entities))
	for _, e := range net.Entities {
		rows = append(rows, []string{e.ID, e.Name, e.Props["community"]})
	}
	if err := writeCSV(filepath.Join(dir, "suspects.csv"), []string{"id", "name", "community"}, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, l := range net.Links {
		sub := ringleader.AssociationSubtypes[rng.IntN(len(ringleader.AssociationSubtypes))]
		rows = append(rows, []string{l.Source, l.Target, sub, strconv.FormatFloat(l.W(), 'g', -1, 64)})
	}
	return writeCSV(filepath.Join(dir, "associations.csv"), []string{"source", "target", "type", "weight"}, rows)
}

// writePlain writes the batch's entities and links with their stored property values: lists joined by ";"
// (checked to hold none), Props as the JSON the store keeps, Seq in batch order as the store numbers a first
// load. It takes only what the bundle of writeBundle makes and fails on anything else, so that the LOAD CSV
// statements cannot silently drop a property.
func writePlain(dir string, b *ringleader.Batch) error {
	rows := make([][]string, 0, len(b.Entities))
	for i, e := range b.Entities {
		if e.Kind != ringleader.KindPerson || len(e.Aliases) > 0 || len(e.Cases) > 0 || e.Implicit ||
			len(e.Props) != 1 || e.Props["community"] == "" {
			return fmt.Errorf("entity %s: more than the plain CSV holds: %+v", e.ID, e)
		}
		props, err := json.Marshal(e.Props)
		if err != nil {
			return err
		}
		key := names.Fold(e.Name)
		row := []string{e.ID, string(e.Kind), e.Name, join(e.Sources), string(props), "false",
			strconv.Itoa(i + 1), key, key, e.Props["community"], ringleader.EncodeSourceCases(e.Sources, e.SourceCases, e.Cases)}
		if strings.Contains(row[3]+key, ";") {
			return fmt.Errorf("entity %s: a list item holds ';'", e.ID)
		}
		rows = append(rows, row)
	}
	header := []string{"id", "kind", "name", "sources", "props", "implicit", "seq", "name_keys", "search_text", "community", "source_cases"}
	linkHeader := []string{"key", "source", "target", "subtype", "weight", "sources", "source_cases", "observations"}
	if err := checkAdminHeaders(header, linkHeader); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(dir, PeopleFile), header, rows); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(dir, AdminPeopleFile), peopleHeader, rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, l := range b.Links {
		if l.Type != ringleader.LinkAssociate || l.ID != "" || l.Role != "" || l.Amount != 0 || l.Currency != "" ||
			l.Date != "" || l.Channel != "" || l.FirstSeen != "" || l.LastSeen != "" || len(l.Cases) > 0 ||
			len(l.Props) > 0 || l.Weight == 0 {
			return fmt.Errorf("link %s: more than the plain CSV holds: %+v", l.Key(), l)
		}
		if strings.Contains(join(l.Sources), ";") {
			return fmt.Errorf("link %s: a source holds ';'", l.Key())
		}
		rows = append(rows, []string{l.Key(), l.Source, l.Target, l.Subtype,
			strconv.FormatFloat(l.Weight, 'g', -1, 64), join(l.Sources),
			ringleader.EncodeSourceCases(l.Sources, l.SourceCases, l.Cases), ringleader.EncodeObservations(l.Observations)})
	}
	if err := writeCSV(filepath.Join(dir, LinksFile), linkHeader, rows); err != nil {
		return err
	}
	return writeCSV(filepath.Join(dir, AdminLinksFile), linksHeader, rows)
}

func join(items []string) string { return strings.Join(items, ";") }

func writeCSV(path string, header []string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	_ = w.Write(header)
	_ = w.WriteAll(rows) // flushes; its error is w.Error()
	if err := w.Error(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
