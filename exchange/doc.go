// Package exchange writes a ringleader.Network in the formats analysts exchange charts in, and reads graph files
// back:
//
//   - i2 Analyst's Notebook Exchange (ANX) XML: entities as icons by kind, links with their type, label, date,
//     strength (confirmed, unconfirmed, tentative: solid, dashed, dotted) and grading (i2's three grades: source
//     reliability, information, handling), every other field as an attribute (anx.go);
//   - GEXF 1.3 for Gephi and Gephi Lite: links dated by spells (start, end), sizes from a measure and colours
//     from communities that the caller computes (gexf.go);
//   - GraphML with a typed key for every field and property (graphml.go);
//   - the association matrix: who is linked to whom, with counts per link type, as CSV or XLSX (matrix.go).
//
// Every writer puts each record's fields and properties under the same names (attrs.go), so that a file read
// back by its tool (networkx, graphology-gexf, anxwritter's structure) can be checked against the network field
// by field. ReadGraphML and ReadGEXF read a Gephi, yEd or Ringleader file into nodes and edges with their
// attributes and the line each starts on; the loaders turn them into entities and links.
package exchange
