// links-among: the links visible in scope whose two endpoints are both in $ids (entities the caller has already
// found visible).
// Parameters: $ids, $all, $cases.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity) USING INDEX SEEK a:Entity(id)
WHERE b.id IN $ids
  AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
RETURN r {type: type(r), source: a.id, target: b.id, .id, .subtype, .role, .weight, .amount, .currency, .date,
  .channel, .first_seen, .last_seen, .cases, .sources, .props, .source_cases,
  .observations} AS link
