// entities-update: changed entities. Each row is {eid, old_kind, kind, props}; props names every stored property,
// null for those to remove, so that other properties (rl_* analysis results) stay.
// Parameters: $rows.
UNWIND $rows AS row
MATCH (n:Entity)
WHERE elementId(n) = row.eid
SET n += row.props
REMOVE n:$(row.old_kind)
SET n:$(row.kind)
