// charts: every workbench chart, newest first, without its state.
// Parameters: none.
MATCH (c:RingleaderChart)
RETURN c {.id, .name, .created_at, .created_by, .all_cases, .cases, .entities} AS chart
ORDER BY c.created_at DESC, c.id
