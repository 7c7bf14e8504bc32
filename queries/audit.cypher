// audit: the newest audit records, of one token when $token is not empty. With $limited, only the records of
// requests answered inside the compartment $within: made with a valid token limited to some of its cases
// (ringleader.AuditQuery.Keeps).
// Parameters: $token, $limited, $within, $limit.
MATCH (a:RingleaderAudit)
WHERE ($token = '' OR a.token = $token)
  AND (NOT $limited OR (a.auth = 'token' AND NOT coalesce(a.all_cases, false) AND size(coalesce(a.cases, [])) > 0
       AND all(c IN a.cases WHERE c IN $within)))
RETURN a {.*} AS record
ORDER BY a.time DESC, a.request_id DESC
LIMIT $limit
