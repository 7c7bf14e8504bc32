// gds-project-people: projects the people view (ringleader.ViewPeople, as graph.Project builds it) into the GDS
// graph catalog under the name $graph, with a Cypher aggregation: every person visible in scope, linked or not, and
// the ties between them. Ties: an ASSOCIATE link (a call keeps its direction); one per organisation both are
// MEMBER_OF, per shipment both ORGANISED or TRANSPORTED, per thing both HOLD (undirected, weight 1); one per PAID
// link from each payer to each payee (weight 1, directed), where a party that is not a person stands for the
// persons who HOLD it, whatever $types says. A link counts when it is visible in scope ($all, $cases), in the time
// window ($from, $to, as network-links) and of a type or subtype in $types (all when empty). Self-ties are dropped;
// parallel ties merge into one relationship whose weight sums theirs (a link weight that is not positive counts as
// 1): one per pair when $directed is false (projected undirected), one per arc when it is true (an undirected tie
// gives both arcs). Each relationship carries weight (the sum, a strength) and distance ($distance: the sum as
// given; otherwise 1/sum). Returns the catalog's node and relationship counts.
// Parameters: $graph, $all, $cases, $from, $to, $types, $directed, $distance.
CALL () {
  CALL () {
    MATCH (a:Person)-[r:ASSOCIATE]->(b:Person)
    WHERE ($all OR any(c IN a.cases WHERE c IN $cases)) AND ($all OR any(c IN b.cases WHERE c IN $cases))
      AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
      AND (size($types) = 0 OR type(r) IN $types OR r.subtype IN $types)
    WITH a, r, b, coalesce(r.date, r.first_seen, r.last_seen) AS start, coalesce(r.date, r.last_seen, r.first_seen) AS end
    WHERE start IS NULL OR (($to IS NULL OR start <= $to) AND ($from IS NULL OR end >= $from))
    RETURN a AS u, b AS v, CASE WHEN r.weight > 0 AND r.weight <= 1.7976931348623157e308 THEN toFloat(r.weight) ELSE 1.0 END AS w,
      coalesce(r.subtype = 'call', false) AS directed
    UNION ALL
    MATCH (a:Person)-[r:MEMBER_OF|ORGANISED|TRANSPORTED|HOLDS]->(x:Entity)
    WHERE ($all OR any(c IN a.cases WHERE c IN $cases)) AND ($all OR any(c IN x.cases WHERE c IN $cases))
      AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
      AND (size($types) = 0 OR type(r) IN $types OR r.subtype IN $types)
    WITH a, r, x, coalesce(r.date, r.first_seen, r.last_seen) AS start, coalesce(r.date, r.last_seen, r.first_seen) AS end
    WHERE start IS NULL OR (($to IS NULL OR start <= $to) AND ($from IS NULL OR end >= $from))
    // A group is a thing and what sharing it means: ORGANISED and TRANSPORTED are one group, a shipment's crew.
    WITH x, CASE type(r) WHEN 'TRANSPORTED' THEN 'ORGANISED' ELSE type(r) END AS share, collect(DISTINCT a) AS members
    UNWIND members AS u
    UNWIND members AS v
    WITH u, v
    WHERE elementId(u) < elementId(v)
    RETURN u, v, 1.0 AS w, false AS directed
    UNION ALL
    MATCH (s:Entity)-[r:PAID]->(t:Entity)
    WHERE ($all OR any(c IN s.cases WHERE c IN $cases)) AND ($all OR any(c IN t.cases WHERE c IN $cases))
      AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
      AND (size($types) = 0 OR type(r) IN $types OR r.subtype IN $types)
    WITH s, r, t, coalesce(r.date, r.first_seen, r.last_seen) AS start, coalesce(r.date, r.last_seen, r.first_seen) AS end
    WHERE start IS NULL OR (($to IS NULL OR start <= $to) AND ($from IS NULL OR end >= $from))
    WITH r, [p IN [s, t] | CASE WHEN p:Person THEN [p] ELSE COLLECT {
      MATCH (h:Person)-[hr:HOLDS]->(p)
      WHERE ($all OR any(c IN h.cases WHERE c IN $cases))
        AND ($all OR hr.cases IS NULL OR any(c IN hr.cases WHERE c IN $cases))
        AND (coalesce(hr.date, hr.first_seen, hr.last_seen) IS NULL
          OR (($to IS NULL OR coalesce(hr.date, hr.first_seen, hr.last_seen) <= $to)
            AND ($from IS NULL OR coalesce(hr.date, hr.last_seen, hr.first_seen) >= $from)))
      RETURN DISTINCT h
    } END] AS parties
    UNWIND parties[0] AS u
    UNWIND parties[1] AS v
    RETURN u, v, 1.0 AS w, true AS directed
  }
  WITH u, v, w, directed
  WHERE u <> v
  UNWIND CASE
    WHEN NOT $directed AND elementId(u) < elementId(v) THEN [[u, v]]
    WHEN NOT $directed THEN [[v, u]]
    WHEN directed THEN [[u, v]]
    ELSE [[u, v], [v, u]]
  END AS arc
  WITH arc[0] AS a, arc[1] AS b, sum(w) AS weight
  RETURN a, b, weight
  UNION ALL
  MATCH (a:Person)
  WHERE $all OR any(c IN a.cases WHERE c IN $cases)
  RETURN a, null AS b, null AS weight
}
WITH gds.graph.project($graph, a, b,
  {relationshipProperties: CASE WHEN b IS NULL THEN null
    ELSE {weight: weight, distance: CASE WHEN $distance THEN weight ELSE 1.0 / weight END} END},
  CASE WHEN $directed THEN {} ELSE {undirectedRelationshipTypes: ['*']} END) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
