// chart: one workbench chart by id, with its state.
// Parameters: $id.
MATCH (c:RingleaderChart {id: $id})
RETURN c {.id, .name, .created_at, .created_by, .all_cases, .cases, .entities, .state} AS chart
