package neo4j

import (
	"cmp"
	"context"
	"net/url"
	"slices"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/notifications"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries"
)

var _ ringleader.Store = (*Store)(nil)

// Defaults of Config.
const (
	DefaultDatabase  = "neo4j"
	DefaultBatchSize = 10_000
	DefaultTxRows    = 50_000
	// DefaultWriteConcurrency: on a 2-core server, a million relationships took 16.3-17.5 s two transactions
	// at once and 21.3-22.0 s one at a time (warm server, 10,000 per transaction); three at once made a first
	// load of 100,000 people and a million links no faster (26.8-28.4 s against 24.5-27.5 s), the cores being
	// busy already.
	DefaultWriteConcurrency = 2
)

// Config says which server and database to use and how to write.
type Config struct {
	// URI is the server's address: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.
	URI      string
	User     string
	Password string
	// Database is the database every call names; DefaultDatabase when empty.
	Database string
	// BatchSize is the number of rows one UNWIND statement writes; DefaultBatchSize when 0. 10,000 rows per
	// statement loaded 100k nodes and 500k relationships fastest on the reference machine (verified-here.md §2).
	BatchSize int
	// TxRows is the number of records (entities plus links) one write transaction holds; DefaultTxRows when 0.
	// A batch up to this size is written atomically. The bound keeps a transaction's state within a server's
	// heap (1 GB in the test distribution).
	TxRows int
	// WriteConcurrency is how many transactions of a large write may run at once; DefaultWriteConcurrency when
	// 0, one at a time when 1. Only links that a write knows to be new (their endpoints are entities the same
	// write created) are written concurrently; see Store.Write.
	WriteConcurrency int
	// RetryTime bounds how long the driver retries a transaction that failed on a transient error or a lost
	// connection; the driver's default (30 s) when 0.
	RetryTime time.Duration
}

// schemes are the URI schemes the driver speaks.
var schemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

// Store is a ringleader.Store on a Neo4j database. It is safe for concurrent use.
type Store struct {
	driver      neo4jdrv.DriverWithContext
	database    string
	batchSize   int
	txRows      int
	concurrency int
	retryTime   time.Duration // as the driver's MaxTransactionRetryTime, for transactions this package retries
}

// Open connects to the server of cfg, checks that it answers and accepts the credentials, and applies the schema
// (queries/schema.cypher, every statement IF NOT EXISTS), waiting for its indexes to come online.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	u, err := url.Parse(cfg.URI)
	if err != nil || !slices.Contains(schemes, u.Scheme) || u.Host == "" {
		return nil, ringleader.Errorf(ringleader.EINVALID, "neo4j: %q is not a Neo4j URI (bolt://host:7687, neo4j://host, ...)", cfg.URI)
	}
	if cfg.BatchSize < 0 || cfg.TxRows < 0 || cfg.WriteConcurrency < 0 || cfg.RetryTime < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "neo4j: batch size, transaction rows, write concurrency and retry time must not be negative")
	}
	s := &Store{
		database:    cmp.Or(cfg.Database, DefaultDatabase),
		batchSize:   cmp.Or(cfg.BatchSize, DefaultBatchSize),
		txRows:      cmp.Or(cfg.TxRows, DefaultTxRows),
		concurrency: cmp.Or(cfg.WriteConcurrency, DefaultWriteConcurrency),
		retryTime:   cmp.Or(cfg.RetryTime, 30*time.Second),
	}
	s.txRows = max(s.txRows, s.batchSize)
	s.driver, err = neo4jdrv.NewDriverWithContext(cfg.URI, neo4jdrv.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			// A store that cannot be reached should say so within a request's patience, not after the driver's
			// default of a minute.
			c.ConnectionAcquisitionTimeout = 30 * time.Second
			c.SocketConnectTimeout = 5 * time.Second
			if cfg.RetryTime > 0 {
				c.MaxTransactionRetryTime = cfg.RetryTime
			}
		})
	if err != nil {
		return nil, wrap(err, "connect to %s", cfg.URI)
	}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.applySchema(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// applySchema runs each statement of the schema in its own transaction (Neo4j does not mix schema and data
// changes), then waits for the indexes: a read right after Open should not fall back to a scan.
func (s *Store) applySchema(ctx context.Context) error {
	for _, stmt := range queries.Split(queries.Get("schema")) {
		if _, err := s.execute(ctx, stmt, nil); err != nil {
			return wrap(err, "apply schema")
		}
	}
	if _, err := s.execute(ctx, `CALL db.awaitIndexes(300)`, nil); err != nil {
		return wrap(err, "wait for indexes")
	}
	return nil
}

// execute runs one statement in a managed transaction (retried on transient errors) and returns its records.
func (s *Store) execute(ctx context.Context, stmt string, params map[string]any) ([]*neo4jdrv.Record, error) {
	res, err := neo4jdrv.ExecuteQuery(ctx, s.driver, stmt, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// session opens a session on the store's database. Notifications are off: the statements are fixed, and the
// server's hints (unknown labels before the first write, ...) would only cost bandwidth.
func (s *Store) session(ctx context.Context, mode neo4jdrv.AccessMode) neo4jdrv.SessionWithContext {
	return s.driver.NewSession(ctx, neo4jdrv.SessionConfig{
		DatabaseName:             s.database,
		AccessMode:               mode,
		NotificationsMinSeverity: notifications.DisabledLevel,
	})
}

// readTx runs work in a managed read transaction on the store's database.
func readTx[T any](ctx context.Context, s *Store, work func(tx neo4jdrv.ManagedTransaction) (T, error)) (T, error) {
	session := s.session(ctx, neo4jdrv.AccessModeRead)
	defer session.Close(context.WithoutCancel(ctx))
	return neo4jdrv.ExecuteRead(ctx, session, work)
}

// writeTx runs work in a managed write transaction on the store's database; the driver retries it on transient
// errors, so work must compute everything it returns afresh on each call.
func writeTx[T any](ctx context.Context, s *Store, work func(tx neo4jdrv.ManagedTransaction) (T, error)) (T, error) {
	session := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer session.Close(context.WithoutCancel(ctx))
	return neo4jdrv.ExecuteWrite(ctx, session, work)
}

// run runs stmt in tx and collects its records.
func run(ctx context.Context, tx neo4jdrv.ManagedTransaction, stmt string, params map[string]any) ([]*neo4jdrv.Record, error) {
	res, err := tx.Run(ctx, stmt, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// statementRunner is what each needs of a transaction, managed or explicit.
type statementRunner interface {
	Run(ctx context.Context, cypher string, params map[string]any) (neo4jdrv.ResultWithContext, error)
}

// each runs stmt in tx and calls fn for each record as it arrives, so that a large result is never held whole.
func each(ctx context.Context, tx statementRunner, stmt string, params map[string]any, fn func(*neo4jdrv.Record) error) error {
	res, err := tx.Run(ctx, stmt, params)
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		if err := fn(res.Record()); err != nil {
			return err
		}
	}
	return res.Err()
}

// Ping reports whether the server answers and accepts the credentials: EUNAVAILABLE when it cannot be reached.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return wrap(err, "ping")
	}
	return nil
}

// Version returns the store's version, which every write that changes something advances by one.
func (s *Store) Version(ctx context.Context) (int64, error) {
	v, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (int64, error) {
		rows, err := run(ctx, tx, qMetaVersion, nil)
		if err != nil || len(rows) == 0 {
			return 0, err
		}
		v, _ := rows[0].Values[0].(int64)
		return v, nil
	})
	if err != nil {
		return 0, wrap(err, "read version")
	}
	return v, nil
}

// Close closes the driver and its connections.
func (s *Store) Close() error {
	if err := s.driver.Close(context.Background()); err != nil {
		return wrap(err, "close")
	}
	return nil
}

// The statements, looked up once: a name without a file fails every test at start-up.
var (
	qMetaLock         = queries.Get("meta-lock")
	qMetaAdvance      = queries.Get("meta-advance")
	qMetaVersion      = queries.Get("meta-version")
	qMetaTick         = queries.Get("meta-tick")
	qEntitiesExisting = queries.Get("entities-existing")
	qEntitiesCreate   = queries.Get("entities-create")
	qEntitiesStored   = queries.Get("entities-stored")
	qEntitiesUpdate   = queries.Get("entities-update")
	qLinksExisting    = queries.Get("links-existing")
	qLinksCreate      = queries.Get("links-create")
	qLinksUpdate      = queries.Get("links-update")
	qLinksDelete      = queries.Get("links-delete")
	qMissing          = queries.Get("missing")
	qEntity           = queries.Get("entity")
	qEntitiesByID     = queries.Get("entities-by-id")
	qSearch           = queries.Get("search")
	qNeighbours       = queries.Get("neighbours")
	qLinksAmong       = queries.Get("links-among")
	qNetworkEntities  = queries.Get("network-entities")
	qNetworkLinks     = queries.Get("network-links")
	qCountsEntities   = queries.Get("counts-entities")
	qCountsLinks      = queries.Get("counts-links")
	qScoresWrite      = queries.Get("scores-write")
	qScoresClear      = queries.Get("scores-clear")
	qShortestPaths    = queries.Get("shortest-paths")
)
