// entities-stored: how many entities the store holds, from the count store (no scan), which lets a first load
// skip looking its ids up.
// Parameters: none.
MATCH (n:Entity)
RETURN count(n) AS n
