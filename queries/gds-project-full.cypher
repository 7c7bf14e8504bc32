// gds-project-full: projects the full view (ringleader.ViewFull, as graph.Project builds it) into the GDS graph
// catalog under the name $graph, with a Cypher aggregation: every entity visible in scope, linked or not, and every
// link among them that is visible in scope ($all, $cases), in the time window ($from, $to, as network-links) and of a
// type or subtype in $types (all when empty), except SAME_AS links whose decision is rejected. Self-links are
// dropped; parallel links merge into one relationship whose weight sums theirs (a link weight that is not positive
// counts as 1): one per pair when $directed is false (projected undirected), one per arc when it is true (an
// undirected link, ASSOCIATE other than a call or SAME_AS, gives both arcs). Each relationship carries weight (the
// sum, a strength) and distance ($distance: the sum as given; otherwise 1/sum).
// Returns the catalog's node and relationship counts.
// Parameters: $graph, $all, $cases, $from, $to, $types, $directed, $distance.
CALL () {
  MATCH (u:Entity)-[r]->(v:Entity)
  WHERE ($all OR any(c IN u.cases WHERE c IN $cases)) AND ($all OR any(c IN v.cases WHERE c IN $cases))
    AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
    AND (size($types) = 0 OR type(r) IN $types OR r.subtype IN $types)
    AND NOT (type(r) = 'SAME_AS' AND coalesce(r.decision = 'rejected', false))
    AND u <> v
  WITH u, r, v, coalesce(r.date, r.first_seen, r.last_seen) AS start, coalesce(r.date, r.last_seen, r.first_seen) AS end
  WHERE start IS NULL OR (($to IS NULL OR start <= $to) AND ($from IS NULL OR end >= $from))
  WITH u, v, CASE WHEN r.weight > 0 AND r.weight <= 1.7976931348623157e308 THEN toFloat(r.weight) ELSE 1.0 END AS w,
    CASE type(r) WHEN 'ASSOCIATE' THEN coalesce(r.subtype = 'call', false) WHEN 'SAME_AS' THEN false ELSE true END AS directed
  UNWIND CASE
    WHEN NOT $directed AND elementId(u) < elementId(v) THEN [[u, v]]
    WHEN NOT $directed THEN [[v, u]]
    WHEN directed THEN [[u, v]]
    ELSE [[u, v], [v, u]]
  END AS arc
  WITH arc[0] AS a, arc[1] AS b, sum(w) AS weight
  RETURN a, b, weight
  UNION ALL
  MATCH (a:Entity)
  WHERE $all OR any(c IN a.cases WHERE c IN $cases)
  RETURN a, null AS b, null AS weight
}
WITH gds.graph.project($graph, a, b,
  {relationshipProperties: CASE WHEN b IS NULL THEN null
    ELSE {weight: weight, distance: CASE WHEN $distance THEN weight ELSE 1.0 / weight END} END},
  CASE WHEN $directed THEN {} ELSE {undirectedRelationshipTypes: ['*']} END) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
