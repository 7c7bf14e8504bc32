// token-create: store an API token's record (a salted hash, never the secret), unless an active token has its name.
// Parameters: $token.
OPTIONAL MATCH (other:RingleaderToken {name: $token.name})
WHERE other.revoked_at IS NULL
WITH count(other) AS taken
WHERE taken = 0
CREATE (t:RingleaderToken)
SET t = $token
RETURN t.id AS id
