// links-existing: the stored links among $keys (ringleader.Link.Key), with their element ids, for a write to merge
// over. A key with a link id ("id:t1") does not name its type, so every type's key index is asked: one branch per
// type of ringleader.LinkTypes, each an index seek. The hints keep it so whatever the statistics say when the
// statement is planned: a scan per key would make a load quadratic.
// Parameters: $keys.
UNWIND $keys AS key
CALL (key) {
  MATCH ()-[r:ASSOCIATE {key: key}]->() USING INDEX r:ASSOCIATE(key) RETURN r
  UNION ALL MATCH ()-[r:MEMBER_OF {key: key}]->() USING INDEX r:MEMBER_OF(key) RETURN r
  UNION ALL MATCH ()-[r:INVOLVED_IN {key: key}]->() USING INDEX r:INVOLVED_IN(key) RETURN r
  UNION ALL MATCH ()-[r:ORGANISED {key: key}]->() USING INDEX r:ORGANISED(key) RETURN r
  UNION ALL MATCH ()-[r:TRANSPORTED {key: key}]->() USING INDEX r:TRANSPORTED(key) RETURN r
  UNION ALL MATCH ()-[r:ORIGIN {key: key}]->() USING INDEX r:ORIGIN(key) RETURN r
  UNION ALL MATCH ()-[r:DESTINATION {key: key}]->() USING INDEX r:DESTINATION(key) RETURN r
  UNION ALL MATCH ()-[r:ROUTED_VIA {key: key}]->() USING INDEX r:ROUTED_VIA(key) RETURN r
  UNION ALL MATCH ()-[r:SEIZED_AT {key: key}]->() USING INDEX r:SEIZED_AT(key) RETURN r
  UNION ALL MATCH ()-[r:PAID {key: key}]->() USING INDEX r:PAID(key) RETURN r
  UNION ALL MATCH ()-[r:HOLDS {key: key}]->() USING INDEX r:HOLDS(key) RETURN r
  UNION ALL MATCH ()-[r:SAME_AS {key: key}]->() USING INDEX r:SAME_AS(key) RETURN r
}
RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r {.id, .subtype, .role, .weight, .amount, .currency, .date, .channel, .first_seen, .last_seen, .cases, .sources,
    .props} AS link
