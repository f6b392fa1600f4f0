// description: Companies with their facility, event and article counts, most reported first, 100 at a time; with before/after (the articles and key of the last row seen) the next 100; with match, those whose name or key contains it
// param: match (string, optional)
// param: before (int, optional)
// param: after (string, optional)
MATCH (c:Company)
// The name shown is the smallest of the names that match, as MIN does on the embedded store.
WITH c, [n IN coalesce(c.names, []) WHERE $match = '' OR toLower(n) CONTAINS toLower($match)
         OR c.id CONTAINS toLower($match)] AS hits
WHERE size(hits) > 0
WITH c, hits, COUNT { (:Article)-[:MENTIONS]->(c) } AS articles
WHERE $before = '' OR articles < $before OR (articles = $before AND c.id > $after)
RETURN c.id AS key,
       reduce(m = null, x IN hits | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS name,
       COUNT { (c)-[:OPERATES]->(:Facility) } AS facilities,
       COUNT { (:Event)-[:INVOLVES]->(c) } AS events,
       articles
ORDER BY articles DESC, key
LIMIT 100
