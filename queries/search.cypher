// search: entities in scope (of kind $kind unless null) one of whose folded name keys contains $text, which the
// caller folds with names.Fold. search_text joins the keys with "\n", which no folded text contains, so a match in
// it is a match inside one key; the TEXT index answers the CONTAINS. rank is that of the best key: 0 when a key
// equals $text, 1 when one starts with it, else 2. The caller orders by rank, name, id and cuts to the limit, so
// that strings compare as Go compares them.
// Parameters: $text, $kind, $all, $cases.
MATCH (n:Entity)
WHERE n.search_text CONTAINS $text
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($all OR any(c IN n.cases WHERE c IN $cases))
RETURN n.id AS id, n.name AS name,
  reduce(best = 2, k IN n.name_keys |
    CASE WHEN k = $text THEN 0 WHEN k STARTS WITH $text AND best > 1 THEN 1 ELSE best END) AS rank
