package loadbench

import (
	"fmt"
	"path"
	"strings"
)

// The files of neo4j-admin database import: the rows of people.csv and links.csv, the same bytes, under typed
// headers. (The importer can read a header from a file of its own in front of the data files, but its
// --auto-skip-subsequent-headers skips only a line equal to that header, so the plain files' own header would be
// read as data.)
const (
	AdminPeopleFile = "admin-people.csv"
	AdminLinksFile  = "admin-links.csv"
)

// The typed headers, column for column those of writePlain. id:ID stores the id as the property id (a string) and
// makes it the key by which links.csv names its endpoints; the labels come from the --nodes group
// (Entity:Person) and the type from the --relationships group (ASSOCIATE). Lists are split at the array
// delimiter ";", as the LOAD CSV statements split them; seq is a long and weight a double, as Ringleader stores an
// int64 and a float64, and implicit a boolean.
var (
	peopleHeader = []string{"id:ID", "kind", "name", "sources:string[]", "props", "implicit:boolean", "seq:long",
		"name_keys:string[]", "search_text", "community", "source_cases"}
	linksHeader = []string{"key", ":START_ID", ":END_ID", "subtype", "weight:double", "sources:string[]",
		"source_cases", "observations"}
)

// AdminImportArgs are the arguments of neo4j-admin (org.neo4j.cli.AdminTool) that import the plain CSV, found in
// dir, into database as a full import: the arguments an operator would give for this data, and nothing that
// trades safety for speed (no --skip-bad-relationships, no --bad-tolerance beyond the default, which a clean
// file never reaches). Indexes and constraints are not part of a Community full import (its --schema option
// needs the block format of Enterprise): they are created on the first start, as Ringleader's schema.
func AdminImportArgs(dir, database string) []string {
	return []string{"database", "import", "full",
		"--nodes=Entity:Person=" + path.Join(dir, AdminPeopleFile),
		"--relationships=ASSOCIATE=" + path.Join(dir, AdminLinksFile),
		"--array-delimiter=;",
		"--id-type=string",
		"--overwrite-destination=false",
		database,
	}
}

// checkAdminHeaders fails when a typed header does not name the plain file's columns in order: the importer maps
// columns by position, so a column added to one and not the other would store values under the wrong names.
func checkAdminHeaders(people, links []string) error {
	for _, c := range []struct {
		file          string
		typed, header []string
	}{{AdminPeopleFile, peopleHeader, people}, {AdminLinksFile, linksHeader, links}} {
		if len(c.typed) != len(c.header) {
			return fmt.Errorf("%s: %d columns, the plain file %d", c.file, len(c.typed), len(c.header))
		}
		for i, col := range c.typed {
			name, _, _ := strings.Cut(col, ":")
			switch col {
			case ":START_ID":
				name = "source"
			case ":END_ID":
				name = "target"
			}
			if name != c.header[i] {
				return fmt.Errorf("%s: column %d is %q, the plain file's %q", c.file, i+1, col, c.header[i])
			}
		}
	}
	return nil
}
