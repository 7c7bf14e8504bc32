// meta-advance: records a write that changed something: the version goes up by one, seq is the last Seq given.
// Parameters: $seq.
MATCH (m:RingleaderMeta {id: 'ringleader'})
SET m.version = m.version + 1, m.seq = $seq
RETURN m.version AS version
