// links-existing: the stored links among $keys (ringleader.Link.Key), with their element ids, for a write to merge
// over. A key with a link id ("id:t1") does not name its type, so every type's key index is asked: one branch per
// type of ringleader.LinkTypes, each an index seek. The hints force seeks: without them the planner was seen to
// choose a scan of a whole key index per key, which made a second 50,000-link transaction take minutes.
// Parameters: $keys.
UNWIND $keys AS k
CALL (k) {
  MATCH ()-[r:ASSOCIATE {key: k}]->() USING INDEX SEEK r:ASSOCIATE(key) RETURN r
  UNION ALL MATCH ()-[r:MEMBER_OF {key: k}]->() USING INDEX SEEK r:MEMBER_OF(key) RETURN r
  UNION ALL MATCH ()-[r:INVOLVED_IN {key: k}]->() USING INDEX SEEK r:INVOLVED_IN(key) RETURN r
  UNION ALL MATCH ()-[r:ORGANISED {key: k}]->() USING INDEX SEEK r:ORGANISED(key) RETURN r
  UNION ALL MATCH ()-[r:TRANSPORTED {key: k}]->() USING INDEX SEEK r:TRANSPORTED(key) RETURN r
  UNION ALL MATCH ()-[r:ORIGIN {key: k}]->() USING INDEX SEEK r:ORIGIN(key) RETURN r
  UNION ALL MATCH ()-[r:DESTINATION {key: k}]->() USING INDEX SEEK r:DESTINATION(key) RETURN r
  UNION ALL MATCH ()-[r:ROUTED_VIA {key: k}]->() USING INDEX SEEK r:ROUTED_VIA(key) RETURN r
  UNION ALL MATCH ()-[r:SEIZED_AT {key: k}]->() USING INDEX SEEK r:SEIZED_AT(key) RETURN r
  UNION ALL MATCH ()-[r:PAID {key: k}]->() USING INDEX SEEK r:PAID(key) RETURN r
  UNION ALL MATCH ()-[r:HOLDS {key: k}]->() USING INDEX SEEK r:HOLDS(key) RETURN r
  UNION ALL MATCH ()-[r:SAME_AS {key: k}]->() USING INDEX SEEK r:SAME_AS(key) RETURN r
}
RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
  r {.id, .subtype, .role, .weight, .amount, .currency, .date, .channel, .first_seen, .last_seen, .cases, .sources,
    .props, .source_cases, .observations} AS link
