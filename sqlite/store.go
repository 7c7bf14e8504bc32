package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/ringleader/ringleader"
)

var _ ringleader.Store = (*Store)(nil)

// busyTimeoutMillis is how long a statement waits for a lock held by another process
// before it fails with EUNAVAILABLE. Within one process writes queue on the single
// writer connection and never wait on SQLite's lock.
const busyTimeoutMillis = 10_000

// Page cache sizes, as PRAGMA cache_size takes them: negative numbers are KiB. Each
// reader connection has its own cache.
const (
	writerCacheKiB = -128 << 10 // 128 MiB
	readerCacheKiB = -32 << 10  // 32 MiB
)

// Store is a ringleader.Store in one SQLite file. It is safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB // exactly one connection: SQLite has one writer at a time
	read  *sql.DB // read-only connections, one per concurrent reader
}

// Open opens the store in the SQLite file at path, creating the file and its schema if
// they do not exist. The path names a file on disk; ":memory:" is refused because each
// connection would see its own empty database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, ringleader.Errorf(ringleader.EINVALID, "sqlite: %q is not a file path", path)
	}
	if dir := filepath.Dir(path); dir != "." {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, ringleader.Errorf(ringleader.EUNAVAILABLE, "sqlite: cannot open %s: the directory %s does not exist", path, dir)
		}
	}
	s := &Store{path: path}

	// synchronous=NORMAL is durable across a crash of the program in WAL mode; only a power
	// failure can lose the last commits, which a reload restores. A load writes its batch
	// in one transaction: with SQLite's default 2 MB page cache, a 20k-node batch spilled
	// dirty pages to the WAL mid-transaction and read them back, a third of its CPU time.
	write, err := sql.Open("sqlite", dsn(path,
		"_txlock=immediate",
		"_pragma=journal_mode(WAL)",
		"_pragma=synchronous(NORMAL)",
		fmt.Sprintf("_pragma=cache_size(%d)", writerCacheKiB),
		// Multi-row INSERTs keep a statement journal for a partial rollback; in a file it
		// cost a sixth of a load in write system calls.
		"_pragma=temp_store(MEMORY)"))
	if err != nil {
		return nil, wrap(err, "open %s", path)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	s.write = write
	if err := migrate(ctx, write); err != nil {
		write.Close()
		return nil, err
	}

	// The schema exists and the file is in WAL mode before the first reader connects.
	read, err := sql.Open("sqlite", dsn(path, "_pragma=query_only(1)",
		fmt.Sprintf("_pragma=cache_size(%d)", readerCacheKiB)))
	if err != nil {
		write.Close()
		return nil, wrap(err, "open %s", path)
	}
	// Reads are CPU-bound once pages are cached: more connections than cores add memory
	// (each has its own page cache), not speed; a few spare serve short reads while long
	// ones run.
	readers := min(16, max(4, runtime.GOMAXPROCS(0)+2))
	read.SetMaxOpenConns(readers)
	read.SetMaxIdleConns(readers)
	s.read = read
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// dsn returns the driver's data source name for path with the settings every connection
// shares and the given extra query parameters. The path goes in as a file: URI with '%',
// '?' and '#' escaped, so that any file name opens the file it names.
func dsn(path string, params ...string) string {
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	params = append([]string{
		fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeoutMillis),
		"_pragma=foreign_keys(1)",
	}, params...)
	return "file:" + escaped + "?" + strings.Join(params, "&")
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// Close closes the store's connections. The file stays consistent even if Close is never
// called.
func (s *Store) Close() error {
	var errs []error
	if s.read != nil {
		errs = append(errs, s.read.Close())
	}
	if s.write != nil {
		// PRAGMA optimize keeps the planner's statistics current, as SQLite advises
		// before closing a connection that wrote.
		_, _ = s.write.Exec(`PRAGMA optimize`)
		errs = append(errs, s.write.Close())
	}
	return errors.Join(errs...)
}

// Ping reports whether the store answers a query; EUNAVAILABLE when it does not.
func (s *Store) Ping(ctx context.Context) error {
	var v int64
	if err := s.read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'version'`).Scan(&v); err != nil {
		return ringleader.WrapError(ringleader.EUNAVAILABLE, err, "sqlite: %s does not answer", s.path)
	}
	return nil
}

// Version returns the number of writes that changed the stored data since the file was
// created: a write that finds everything unchanged leaves it as it was.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := s.read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'version'`).Scan(&v); err != nil {
		return 0, wrap(err, "read version")
	}
	return v, nil
}

// wrap turns a driver error into a domain error: EUNAVAILABLE when the file cannot be
// opened, the database is busy beyond the timeout or closed, EINTERNAL otherwise. The cause stays in the chain, so
// errors.Is(err, context.Canceled) still holds for a cancelled call.
func wrap(err error, format string, args ...any) error {
	code := ringleader.EINTERNAL
	var se *sqlitedrv.Error
	switch {
	case errors.As(err, &se):
		switch se.Code() & 0xff { // the primary result code, without the extended bits
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN:
			code = ringleader.EUNAVAILABLE
		}
	case errors.Is(err, sql.ErrConnDone) || (err != nil && strings.Contains(err.Error(), "database is closed")):
		code = ringleader.EUNAVAILABLE
	}
	return ringleader.WrapError(code, err, "sqlite: "+format, args...)
}
