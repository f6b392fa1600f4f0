// description: Which stored entities a name denotes: kind, key and name of each node whose key or name matches (a company name matches its resolved company)
// param: name (entity, required)
MATCH (s)
WHERE s:Company OR s:Facility OR s:City OR s:Country OR s:Event OR s:Article
WITH s, [n IN coalesce(s.names, [coalesce(s.title, s.id)])
         WHERE s.id = $name OR n = $name] AS hits
WHERE size(hits) > 0
RETURN labels(s)[0] AS kind, s.id AS key,
       reduce(m = null, x IN hits | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS label
ORDER BY kind, key
