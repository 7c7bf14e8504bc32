// scores-write: analysis results written back as node properties, as GDS's write mode does, so that Browser can
// size and colour by them. Each row is {id, props: {rl_<measure>: value}}; the caller checks the property name.
// Returns the ids written.
// Parameters: $rows.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id}) USING INDEX SEEK n:Entity(id)
SET n += row.props
RETURN n.id AS id
