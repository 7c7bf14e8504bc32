// entities-create: new entities, as columns: row i is the i-th entry of every list. $label holds the kind, checked
// against ringleader.Kinds, which becomes the second label; $id to $search_text the properties the store owns (a
// column null throughout may be sent empty: an index past the end reads null, and CREATE sets no null property);
// $extra a map of the other properties, or null. Returns the rows in the order it made them and the nodes' element
// ids in the same order, by which the write finds the endpoints of the links it creates.
// Columns rather than a map per row, and two lists rather than a record per row: the properties are set inline,
// and the server decodes a few lists instead of a map per row and plans without the Eager that returning a
// record per created node needs.
// Parameters: $label, $id, $kind, $name, $aliases, $cases, $sources, $props, $implicit, $seq, $name_keys, $search_text, $source_cases, $extra.
UNWIND range(0, size($id) - 1) AS i
CREATE (n:Entity:$($label[i]) {id: $id[i], kind: $kind[i], name: $name[i], aliases: $aliases[i], cases: $cases[i],
  sources: $sources[i], props: $props[i], implicit: $implicit[i], seq: $seq[i], name_keys: $name_keys[i],
  search_text: $search_text[i], source_cases: $source_cases[i]})
SET n += coalesce($extra[i], {})
RETURN collect(i) AS rows, collect(elementId(n)) AS eids
