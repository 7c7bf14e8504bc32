// entities-existing: the stored entities among $ids, with their element ids, for a write to merge over.
// Parameters: $ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id}) USING INDEX SEEK n:Entity(id)
RETURN elementId(n) AS eid, n {.id, .kind, .name, .aliases, .cases, .sources, .props, .implicit, .seq, .source_cases} AS entity
