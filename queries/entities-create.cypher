// entities-create: new entities. Each row is {kind, props}: props holds every stored property; the kind, checked
// against ringleader.Kinds, becomes the second label. Returns each node's id and element id, by which the write
// finds the endpoints of the links it creates.
// Parameters: $rows.
UNWIND $rows AS row
CREATE (n:Entity:$(row.kind))
SET n = row.props
RETURN n.id AS id, elementId(n) AS eid
