// network-entities: every entity visible in scope, in store order (ringleader.Network.Sort: Seq, then id).
// Parameters: $all, $cases.
MATCH (n:Entity)
WHERE $all OR any(c IN n.cases WHERE c IN $cases)
RETURN n {.id, .kind, .name, .aliases, .cases, .sources, .props, .implicit, .seq, .source_cases} AS entity
ORDER BY n.seq, n.id
