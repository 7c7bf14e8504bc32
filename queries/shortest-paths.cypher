// shortest-paths: up to 10 shortest paths (by hops, 1 to 20 of them, at most $max_hops) between two entities, over
// links in either direction, every entity and link on the way visible in scope. SHORTEST takes only a literal
// count, so the caller keeps the first k of these 10. Paths of equal length come in no set order, which the caller
// fixes by sorting; which of them make the 10 when more tie is Neo4j's choice.
// Parameters: $from, $to, $max_hops, $all, $cases.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE ($all OR any(c IN a.cases WHERE c IN $cases)) AND ($all OR any(c IN b.cases WHERE c IN $cases))
MATCH p = SHORTEST 10 (a)(()-[r]-(x:Entity)
    WHERE ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
      AND ($all OR any(c IN x.cases WHERE c IN $cases))){1,20}(b)
WITH p
WHERE length(p) <= $max_hops
RETURN [n IN nodes(p) | n.id] AS ids
