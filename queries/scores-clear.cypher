// scores-clear: removes an analysis property from every entity, before a new run writes it, so that no value of
// an earlier run stays on an entity the new one did not score.
// $clear is the map {<property>: null}.
// Parameters: $property, $clear.
MATCH (n:Entity)
WHERE n[$property] IS NOT NULL
SET n += $clear
RETURN count(n) AS cleared
