// People in both a drugs case and a weapons case: the suspects who tie the narcotics and the arms trade, with
// the cases they share. Case types are the type column of cases.csv. In Browser, no parameters.
// Parameters: none.
MATCH (p:Person)-[i:INVOLVED_IN]->(d:Case)
WHERE toLower(d.type) = 'drugs'
MATCH (p)-[j:INVOLVED_IN]->(w:Case)
WHERE toLower(w.type) = 'weapons'
RETURN p, i, d, j, w
ORDER BY p.name, p.id, d.id, w.id
