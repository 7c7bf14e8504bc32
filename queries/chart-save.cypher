// chart-save: store a workbench chart; the constraint on RingleaderChart.id refuses a second chart with its id.
// Charts are RingleaderChart nodes, never Entity: analyses and Browser queries over entities do not see them.
// $chart holds id, name, created_at, created_by, all_cases, cases, entities and state.
// Parameters: $chart.
CREATE (c:RingleaderChart)
SET c = $chart
