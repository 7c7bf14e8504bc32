// schema: constraints and indexes, applied by neo4j.Open with IF NOT EXISTS, one statement at a time.
// Parameters: none.

// Identity: one node per entity id, and one metadata node.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ringleader_meta_id IF NOT EXISTS FOR (m:RingleaderMeta) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT ringleader_chart_id IF NOT EXISTS FOR (c:RingleaderChart) REQUIRE c.id IS UNIQUE;

// Store order, kind, and name search (search_text is the "\n"-joined names.Fold keys of name and aliases:
// a TEXT index answers CONTAINS on it).
CREATE INDEX entity_seq IF NOT EXISTS FOR (n:Entity) ON (n.seq);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.search_text);
// For investigators in Browser: CALL db.index.fulltext.queryNodes('entity_names', 'khalil~').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

// Kind labels: name lookups per kind, as Browser queries write them (MATCH (p:Person {name: ...})).
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX shipment_name IF NOT EXISTS FOR (n:Shipment) ON (n.name);
CREATE INDEX case_name IF NOT EXISTS FOR (n:Case) ON (n.name);
CREATE INDEX account_name IF NOT EXISTS FOR (n:Account) ON (n.name);
CREATE INDEX phone_name IF NOT EXISTS FOR (n:Phone) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX vehicle_name IF NOT EXISTS FOR (n:Vehicle) ON (n.name);

// Link identity (ringleader.Link.Key) per relationship type: a range index covers one type only.
CREATE INDEX link_key_associate IF NOT EXISTS FOR ()-[r:ASSOCIATE]-() ON (r.key);
CREATE INDEX link_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.key);
CREATE INDEX link_key_involved_in IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.key);
CREATE INDEX link_key_organised IF NOT EXISTS FOR ()-[r:ORGANISED]-() ON (r.key);
CREATE INDEX link_key_transported IF NOT EXISTS FOR ()-[r:TRANSPORTED]-() ON (r.key);
CREATE INDEX link_key_origin IF NOT EXISTS FOR ()-[r:ORIGIN]-() ON (r.key);
CREATE INDEX link_key_destination IF NOT EXISTS FOR ()-[r:DESTINATION]-() ON (r.key);
CREATE INDEX link_key_routed_via IF NOT EXISTS FOR ()-[r:ROUTED_VIA]-() ON (r.key);
CREATE INDEX link_key_seized_at IF NOT EXISTS FOR ()-[r:SEIZED_AT]-() ON (r.key);
CREATE INDEX link_key_paid IF NOT EXISTS FOR ()-[r:PAID]-() ON (r.key);
CREATE INDEX link_key_holds IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.key);
CREATE INDEX link_key_same_as IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.key);
