// description: Companies with their facility, event and article counts, most reported first
// param: match (string, optional)
MATCH (c:Company)
// The name shown is the smallest of the names that match, as MIN does on the embedded store.
WITH c, [n IN coalesce(c.names, []) WHERE $match = '' OR toLower(n) CONTAINS toLower($match)
         OR c.id CONTAINS toLower($match)] AS hits
WHERE size(hits) > 0
RETURN c.id AS key,
       reduce(m = null, x IN hits | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS name,
       COUNT { (c)-[:OPERATES]->(:Facility) } AS facilities,
       COUNT { (:Event)-[:INVOLVES]->(c) } AS events,
       COUNT { (:Article)-[:MENTIONS]->(c) } AS articles
ORDER BY articles DESC, key
