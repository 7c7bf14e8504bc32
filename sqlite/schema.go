package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ringleader/ringleader"
)

// schemaVersion is the version this code writes into PRAGMA user_version; migrations[i]
// takes a database from version i to i+1.
var schemaVersion = len(migrations)

// migrations are applied in order, each in the transaction that opens the store. Add new
// ones at the end; never edit one that has shipped.
var migrations = []string{
	// 1: the first schema. Lists and properties are JSON text, NULL when empty, so that a
	// record reads back as it was merged. entity_names holds the folded key of every name
	// and alias (names.Fold) for FindEntities; entity_cases and link_cases are the case
	// indexes that scope filters join against.
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('version', 0);

CREATE TABLE entities (
	id       TEXT PRIMARY KEY,
	seq      INTEGER NOT NULL UNIQUE,
	kind     TEXT NOT NULL,
	name     TEXT NOT NULL,
	name_key TEXT NOT NULL,
	aliases  TEXT,
	cases    TEXT,
	sources  TEXT,
	props    TEXT,
	implicit INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_kind ON entities (kind);

CREATE TABLE entity_names (
	entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name_key  TEXT NOT NULL,
	PRIMARY KEY (entity_id, name_key)
) WITHOUT ROWID;
CREATE INDEX entity_names_key ON entity_names (name_key);

CREATE TABLE entity_cases (
	entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	case_id   TEXT NOT NULL,
	PRIMARY KEY (entity_id, case_id)
) WITHOUT ROWID;
CREATE INDEX entity_cases_case ON entity_cases (case_id, entity_id);

CREATE TABLE links (
	key        TEXT PRIMARY KEY,
	id         TEXT NOT NULL DEFAULT '',
	type       TEXT NOT NULL,
	source     TEXT NOT NULL REFERENCES entities (id),
	target     TEXT NOT NULL REFERENCES entities (id),
	subtype    TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL DEFAULT '',
	weight     REAL NOT NULL DEFAULT 0,
	amount     REAL NOT NULL DEFAULT 0,
	currency   TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',
	channel    TEXT NOT NULL DEFAULT '',
	first_seen TEXT NOT NULL DEFAULT '',
	last_seen  TEXT NOT NULL DEFAULT '',
	cases      TEXT,
	sources    TEXT,
	props      TEXT
) WITHOUT ROWID;
CREATE INDEX links_source ON links (source, target);
CREATE INDEX links_target ON links (target, source);

CREATE TABLE link_cases (
	link_key TEXT NOT NULL REFERENCES links (key) ON DELETE CASCADE,
	case_id  TEXT NOT NULL,
	PRIMARY KEY (link_key, case_id)
) WITHOUT ROWID;
CREATE INDEX link_cases_case ON link_cases (case_id, link_key);
`,
	// 2: API tokens (only a salted hash of each secret) and the audit trail. Audit rows
	// are only ever inserted; the triggers refuse updates and deletes.
	`
CREATE TABLE tokens (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	role       TEXT NOT NULL,
	all_cases  INTEGER NOT NULL,
	cases      TEXT,
	salt       TEXT NOT NULL,
	hash       TEXT NOT NULL,
	created_at TEXT NOT NULL,
	revoked_at TEXT
) WITHOUT ROWID;
CREATE UNIQUE INDEX tokens_active_name ON tokens (name) WHERE revoked_at IS NULL;

CREATE TABLE audit (
	seq         INTEGER PRIMARY KEY,
	time        TEXT NOT NULL,
	request_id  TEXT NOT NULL,
	token       TEXT NOT NULL,
	role        TEXT NOT NULL,
	method      TEXT NOT NULL,
	route       TEXT NOT NULL,
	path        TEXT NOT NULL,
	params      TEXT NOT NULL,
	status      INTEGER NOT NULL,
	result_size INTEGER NOT NULL,
	ms          REAL NOT NULL
);
CREATE INDEX audit_token ON audit (token, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`,
	// 3: compartments without holes and the workbench's charts. source_cases holds the cases of the row behind
	// each source (ringleader.EncodeSourceCases; NULL for records written before, whose sources then show to
	// all-cases callers only). Audit records say how the request authenticated and in which compartment it was
	// answered (records written before read as unauthenticated, so that only all-cases admins see them).
	`
ALTER TABLE entities ADD COLUMN source_cases TEXT;
ALTER TABLE links ADD COLUMN source_cases TEXT;
ALTER TABLE audit ADD COLUMN auth TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN all_cases INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit ADD COLUMN cases TEXT NOT NULL DEFAULT '[]';

CREATE TABLE charts (
	id         TEXT PRIMARY KEY,
	name       TEXT NOT NULL,
	created_at TEXT NOT NULL,
	created_by TEXT NOT NULL,
	all_cases  INTEGER NOT NULL,
	cases      TEXT NOT NULL,
	entities   TEXT NOT NULL,
	state      TEXT NOT NULL
) WITHOUT ROWID;
`,
	// 4: observations, not overwrites. observations holds the rows whose weights make up a link's weight
	// (ringleader.EncodeObservations; NULL for none, and for links written before, which then read as one
	// observation identified by their sources).
	`
ALTER TABLE links ADD COLUMN observations TEXT;
`,
}

// migrate brings the database to schemaVersion. A database written by a newer Ringleader
// is refused rather than misread.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return wrap(err, "begin migration")
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return wrap(err, "read schema version")
	}
	if version > schemaVersion {
		return ringleader.Errorf(ringleader.EINVALID,
			"sqlite: database schema version %d is newer than this program's %d", version, schemaVersion)
	}
	if version == schemaVersion {
		return nil
	}
	for v := version; v < schemaVersion; v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return wrap(err, "migrate schema to version %d", v+1)
		}
	}
	// PRAGMA takes no parameters; the value is this package's own constant.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion)); err != nil {
		return wrap(err, "write schema version")
	}
	if err := tx.Commit(); err != nil {
		return wrap(err, "commit migration")
	}
	return nil
}
