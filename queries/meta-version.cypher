// meta-version: the store's version (0 before the first write that changed something).
// Parameters: none.
OPTIONAL MATCH (m:RingleaderMeta {id: 'ringleader'})
RETURN coalesce(m.version, 0) AS version
