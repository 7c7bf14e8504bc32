// entities-by-id: the entities among $ids visible in scope, in no particular order.
// Parameters: $ids, $all, $cases.
UNWIND $ids AS id
MATCH (n:Entity {id: id}) USING INDEX SEEK n:Entity(id)
WHERE $all OR any(c IN n.cases WHERE c IN $cases)
RETURN n {.id, .kind, .name, .aliases, .cases, .sources, .props, .implicit, .seq, .source_cases} AS entity
