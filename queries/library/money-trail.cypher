// The money trail out of an account (or any party): chains of payments that start there and move forward in
// time (each payment dated no earlier than the one before it, where both have dates), visiting no party twice,
// up to 6 payments deep. In Browser:
//   :param from => 'account:SY2100201234567890123456789'
// Parameters: $from.
MATCH p = (a:Entity {id: $from})-[:PAID*1..6]->(x:Entity)
WHERE all(i IN range(1, size(relationships(p)) - 1)
      WHERE relationships(p)[i].date IS NULL OR relationships(p)[i - 1].date IS NULL
         OR relationships(p)[i].date >= relationships(p)[i - 1].date)
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
RETURN p, x.id AS receiver, length(p) AS hops, last(relationships(p)).amount AS amount,
  last(relationships(p)).currency AS currency, last(relationships(p)).date AS date
ORDER BY hops, receiver, date
