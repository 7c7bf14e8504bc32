// links-create: new links, as columns: row i is the i-th entry of every list. $a and $b hold the element ids of
// the endpoints, which the write has read or created (a lookup by element id costs less than an index seek);
// $type the relationship type, checked against ringleader.LinkTypes; $key to $props the properties the store owns
// (a column null throughout may be sent empty: an index past the end reads null, and CREATE sets no null
// property); $extra a map of the other properties, or null. Returns how many it made, which the write checks: one
// per row.
// Columns rather than a map per row: the properties are set inline, which plans without the Eager that SET r =
// row.props needs, and the server decodes a few lists instead of a map per row.
// Parameters: $a, $b, $type, $key, $id, $subtype, $role, $weight, $amount, $currency, $date, $channel, $first_seen, $last_seen, $cases, $sources, $props, $source_cases, $observations, $extra.
UNWIND range(0, size($a) - 1) AS i
MATCH (a) WHERE elementId(a) = $a[i]
MATCH (b) WHERE elementId(b) = $b[i]
CREATE (a)-[r:$($type[i]) {key: $key[i], id: $id[i], subtype: $subtype[i], role: $role[i], weight: $weight[i],
  amount: $amount[i], currency: $currency[i], date: $date[i], channel: $channel[i], first_seen: $first_seen[i],
  last_seen: $last_seen[i], cases: $cases[i], sources: $sources[i], props: $props[i],
  source_cases: $source_cases[i], observations: $observations[i]}]->(b)
SET r += coalesce($extra[i], {})
RETURN count(r) AS created
