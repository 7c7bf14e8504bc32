// betweenness-sizes: gives every entity that has a betweenness score (rl_betweenness, written by `ringleader
// analyze --write`) one of the size labels of style.grass, RlBetweenness1 (smallest) to RlBetweenness4 (largest),
// by its score relative to the highest: 4 from half of it up, 3 from a fifth, 2 from a twentieth, 1 for any score
// above zero. Browser's GraSS styles by label and type only, never by a property's value, so a size has to be a
// label. The labels of an earlier run are removed first; run this again after each analyze --write. Ringleader's
// store ignores these labels.
// Parameters: none.
MATCH (n:Entity)
REMOVE n:RlBetweenness1:RlBetweenness2:RlBetweenness3:RlBetweenness4
WITH count(n) AS unlabelled
MATCH (n:Entity)
WHERE n.rl_betweenness > 0
WITH collect(n) AS scored, max(n.rl_betweenness) AS top
UNWIND scored AS n
WITH n, n.rl_betweenness / top AS share
WITH n, CASE
    WHEN share >= 0.5 THEN 'RlBetweenness4'
    WHEN share >= 0.2 THEN 'RlBetweenness3'
    WHEN share >= 0.05 THEN 'RlBetweenness2'
    ELSE 'RlBetweenness1'
  END AS size
SET n:$(size)
RETURN size, count(n) AS entities
ORDER BY size
