// links-create: new links. Each row is {type, source, target, props}; the type, checked against
// ringleader.LinkTypes, becomes the relationship type. The endpoints exist: the write checked them first.
// Parameters: $rows.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}) USING INDEX SEEK a:Entity(id)
MATCH (b:Entity {id: row.target}) USING INDEX SEEK b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
