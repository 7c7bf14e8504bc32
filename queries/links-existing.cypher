// links-existing: the stored links among $keys (ringleader.Link.Key), with their element ids, for a write to merge
// over. A key with a link id ("id:t1") does not name its type, so every type's key index is asked: one branch per
// type of ringleader.LinkTypes, each an index seek.
// Parameters: $keys.
UNWIND $keys AS key
CALL (key) {
  MATCH ()-[r:ASSOCIATE {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:MEMBER_OF {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:INVOLVED_IN {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:ORGANISED {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:TRANSPORTED {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:ORIGIN {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:DESTINATION {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:ROUTED_VIA {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:SEIZED_AT {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:PAID {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:HOLDS {key: key}]->() RETURN r
  UNION ALL MATCH ()-[r:SAME_AS {key: key}]->() RETURN r
}
RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r {.id, .subtype, .role, .weight, .amount, .currency, .date, .channel, .first_seen, .last_seen, .cases, .sources,
    .props} AS link
