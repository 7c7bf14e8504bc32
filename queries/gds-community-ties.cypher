// gds-community-ties: for each node of the projected graph $graph with a tie inside its own community (the graph
// property $property, from gds-louvain), the number of those ties; undirected, each tie counts at both ends.
// Parameters: $graph, $property.
CALL gds.graph.relationships.stream($graph) YIELD sourceNodeId, targetNodeId
WITH sourceNodeId, targetNodeId
WHERE gds.util.nodeProperty($graph, sourceNodeId, $property) = gds.util.nodeProperty($graph, targetNodeId, $property)
RETURN gds.util.asNode(sourceNodeId).id AS id, count(*) AS ties
