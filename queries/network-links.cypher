// network-links: every link visible in scope (both endpoints visible; $all, no cases, or one of its cases in
// $cases) that the time window keeps (ringleader.NetworkFilter.KeepsLink: undated links always; otherwise the
// observed interval [start, end] overlaps [$from, $to], a null bound being open), ordered by ringleader.Link.Key
// (links are stored in their canonical orientation, so the key needs no swap), so that a reader can hand them
// on as they come. Cypher orders strings by UTF-16 code unit where Go orders them by code point: the two agree
// but among keys holding a character from U+E000 up, which the reader sorts again (neo4j/network.go).
// Parameters: $all, $cases, $from, $to.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($all OR any(c IN a.cases WHERE c IN $cases))
  AND ($all OR any(c IN b.cases WHERE c IN $cases))
  AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
WITH a, r, b, coalesce(r.date, r.first_seen, r.last_seen) AS start, coalesce(r.date, r.last_seen, r.first_seen) AS end
WHERE start IS NULL
  OR (($to IS NULL OR start <= $to) AND ($from IS NULL OR end >= $from))
WITH a, r, b, CASE WHEN coalesce(r.id, '') <> '' THEN 'id:' + r.id
  ELSE type(r) + '|' + coalesce(r.subtype, '') + '|' + a.id + '|' + b.id END AS key
ORDER BY key
RETURN r {type: type(r), source: a.id, target: b.id, .id, .subtype, .role, .weight, .amount, .currency, .date,
  .channel, .first_seen, .last_seen, .cases, .sources, .props, .source_cases,
  .observations} AS link
