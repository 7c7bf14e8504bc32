// counts-entities: entities visible in scope per kind.
// Parameters: $all, $cases.
MATCH (n:Entity)
WHERE $all OR any(c IN n.cases WHERE c IN $cases)
RETURN n.kind AS kind, count(*) AS n
