// entity: one entity by id, when visible in scope: $all, or one of its cases in $cases.
// Parameters: $id, $all, $cases.
MATCH (n:Entity {id: $id}) USING INDEX SEEK n:Entity(id)
WHERE $all OR any(c IN n.cases WHERE c IN $cases)
RETURN n {.id, .kind, .name, .aliases, .cases, .sources, .props, .implicit, .seq, .source_cases} AS entity
