// links-update: changed links whose type and endpoints stay. Each row is {eid, props}; props names every stored
// property, null for those to remove.
// Parameters: $rows.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.eid
SET r += row.props
