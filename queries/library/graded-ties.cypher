// A suspect's ties with the intelligence behind them: every link of $person, with its confidence (a link that
// states none counts as confirmed) and its grade (source then information, "B2"), confirmed ties first, then the
// surest grades. Browser styles links by type only, so it cannot draw unconfirmed links dashed as i2 and the
// workbench do; this lists them instead. In Browser:
//   :param person => 'p286'
// Parameters: $person.
MATCH (p:Entity {id: $person})-[r]-(x:Entity)
WITH p, r, x, coalesce(r.confidence, 'confirmed') AS confidence,
     coalesce(r.source_grade, '') + coalesce(r.info_grade, '') AS grade
RETURN p AS person, r AS link, x AS other, confidence, grade
ORDER BY CASE confidence WHEN 'confirmed' THEN 0 WHEN 'unconfirmed' THEN 1 ELSE 2 END,
         grade = '', grade, type(r), x.id
