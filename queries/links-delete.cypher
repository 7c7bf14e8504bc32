// links-delete: removes links by element id. A link whose id now names other endpoints or another type cannot be
// changed in place: it is deleted and created again.
// Parameters: $eids.
UNWIND $eids AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r
