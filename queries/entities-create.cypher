// entities-create: new entities. Each row is {kind, props}: props holds every stored property; the kind, checked
// against ringleader.Kinds, becomes the second label.
// Parameters: $rows.
UNWIND $rows AS row
CREATE (n:Entity:$(row.kind))
SET n = row.props
