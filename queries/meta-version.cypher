// meta-version: the store's version (0 before the first write that changed something): the metadata node's, plus
// the ticks of concurrent link transactions (meta-tick) that no meta-lock has folded into it yet.
// Parameters: none.
OPTIONAL MATCH (m:RingleaderMeta {id: 'ringleader'})
RETURN coalesce(m.version, 0) + COUNT { (:RingleaderTick) } AS version
