// tokens: every API token's record, oldest first.
// Parameters: none.
MATCH (t:RingleaderToken)
RETURN t {.*} AS token
ORDER BY t.created_at, t.name
