// counts-links: links visible in scope per type.
// Parameters: $all, $cases.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($all OR any(c IN a.cases WHERE c IN $cases))
  AND ($all OR any(c IN b.cases WHERE c IN $cases))
  AND ($all OR r.cases IS NULL OR any(c IN r.cases WHERE c IN $cases))
RETURN type(r) AS type, count(*) AS n
