// token-revoke: revoke the active token with a name.
// Parameters: $name, $at.
MATCH (t:RingleaderToken {name: $name})
WHERE t.revoked_at IS NULL
SET t.revoked_at = $at
RETURN count(t) AS revoked
