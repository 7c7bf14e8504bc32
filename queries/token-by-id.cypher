// token-by-id: one API token's record by its public id.
// Parameters: $id.
MATCH (t:RingleaderToken {id: $id})
RETURN t {.*} AS token
