// neighbours: one level of a neighbourhood walk. The entities next to those in $frontier over links in either
// direction, where both the far entity and the link are visible in scope (the frontier is visible already).
// Parameters: $frontier, $all, $cases.
UNWIND $frontier AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity) USING INDEX SEEK a:Entity(id)
WHERE ($all OR any(c IN b.cases WHERE c IN $cases))
  AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
RETURN DISTINCT b.id AS id
