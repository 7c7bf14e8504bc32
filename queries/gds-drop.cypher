// gds-drop: removes the projected graph $graph from the GDS graph catalog, if it is there. Returns its name when it
// was.
// Parameters: $graph.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
