// links-create: new links. Each row is {type, a, b, props}: a and b are the element ids of the endpoints, which
// the write has read or created (a lookup by element id costs less than an index seek); the type, checked against
// ringleader.LinkTypes, becomes the relationship type. Returns how many it made, which the write checks: one per
// row.
// Parameters: $rows.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
