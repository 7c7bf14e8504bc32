// Shipments by route and border crossing: every shipment that left from, went to, passed through or was seized
// at a place whose name contains $place (ignoring case, e.g. a border crossing such as 'nasib' or 'qaim'), with
// its whole route in order and who organised and carried it. In Browser:
//   :param place => 'nasib'
// Parameters: $place.
MATCH (s:Shipment)-[via:ORIGIN|DESTINATION|ROUTED_VIA|SEIZED_AT]->(l:Location)
WHERE any(k IN l.name_keys WHERE k CONTAINS toLower($place))
WITH DISTINCT s, collect(DISTINCT type(via)) AS how, collect(DISTINCT l.name) AS places
OPTIONAL MATCH (s)-[o:ORIGIN]->(origin:Location)
OPTIONAL MATCH (s)-[d:DESTINATION]->(destination:Location)
OPTIONAL MATCH (s)-[rv:ROUTED_VIA]->(stop:Location)
WITH s, how, places, origin, destination, stop, rv
ORDER BY s.id, toInteger(rv.order)
WITH s, how, places, origin, destination, collect(stop.name) AS route
OPTIONAL MATCH (actor:Entity)-[:ORGANISED|TRANSPORTED]->(s)
RETURN s.id AS shipment, s.name AS name, s.commodity AS commodity, s.date AS date, s.status AS status,
  how, places, origin.name AS origin, route, destination.name AS destination,
  collect(DISTINCT actor.name) AS organised_or_carried_by
ORDER BY date, shipment
