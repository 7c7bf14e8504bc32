// meta-lock: the first statement of every write transaction. It creates the metadata node on first use and
// writes to it, which takes its write lock until commit: concurrent writers queue here, so each one's
// read-merge-write of existing records sees the others' commits. Returns the version and the last Seq given.
// Parameters: none.
MERGE (m:RingleaderMeta {id: 'ringleader'})
  ON CREATE SET m.version = 0, m.seq = 0
SET m.lock = NOT coalesce(m.lock, false)
RETURN m.version AS version, m.seq AS seq
