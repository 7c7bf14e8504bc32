// audit-append: append one request to the audit trail; records are only ever created.
// Parameters: $record.
CREATE (a:RingleaderAudit)
SET a = $record
