// meta-lock: the first statement of every write transaction. It creates the metadata node on first use and
// writes to it, which takes its write lock until commit: concurrent writers queue here, so each one's
// read-merge-write of existing records sees the others' commits. It also folds the ticks of concurrent
// transactions (meta-tick) into the version and the last Seq given, which leaves the version as meta-version reads
// it. Returns the version and the last Seq given.
// Parameters: none.
MERGE (m:RingleaderMeta {id: 'ringleader'})
  ON CREATE SET m.version = 0, m.seq = 0
SET m.lock = NOT coalesce(m.lock, false)
WITH m
OPTIONAL MATCH (t:RingleaderTick)
WITH m, collect(t) AS ticks, max(t.seq) AS tickSeq
FOREACH (t IN ticks | DELETE t)
SET m.version = m.version + size(ticks), m.seq = CASE WHEN tickSeq > m.seq THEN tickSeq ELSE m.seq END
RETURN m.version AS version, m.seq AS seq
