// links-create: new links. Each row is {type, source, target, props}; the type, checked against
// ringleader.LinkTypes, becomes the relationship type. The endpoints exist: the write checked them first.
// Parameters: $rows.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
