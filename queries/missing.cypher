// missing: which of $ids are stored. Returns the stored ones with their element ids; the caller keeps the order of
// the rest.
// Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id}) USING INDEX SEEK n:Entity(id)
RETURN DISTINCT n.id AS id, elementId(n) AS eid
