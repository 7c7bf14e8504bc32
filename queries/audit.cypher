// audit: the newest audit records, of one token when $token is not empty.
// Parameters: $token, $limit.
MATCH (a:RingleaderAudit)
WHERE $token = '' OR a.token = $token
RETURN a {.*} AS record
ORDER BY a.time DESC, a.request_id DESC
LIMIT $limit
