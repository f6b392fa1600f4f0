// description: Why the graph holds a fact: the articles and evidence sentences behind subject-relation-object
// param: subject (entity, required)
// param: relation (relation, required)
// param: object (entity, required)
MATCH (s)-[r]->(o)
WHERE type(r) = $relation
  AND ((    (s.id = $subject OR any(n IN coalesce(s.names, []) WHERE n = $subject))
        AND (o.id = $object OR any(n IN coalesce(o.names, []) WHERE n = $object)))
    OR (type(r) = 'COMPETES_WITH'
        AND (o.id = $subject OR any(n IN coalesce(o.names, []) WHERE n = $subject))
        AND (s.id = $object OR any(n IN coalesce(s.names, []) WHERE n = $object))))
UNWIND range(0, size(r.sources) - 1) AS i
MATCH (a:Article {id: r.sources[i]})
WITH a, r, i, r.evidence[i] <> '' AS has
RETURN DISTINCT a.id AS article, a.title AS title, a.published AS published,
       CASE WHEN has THEN r.evidence[i] END AS evidence,
       CASE WHEN has THEN r.starts[i] END AS `start`, CASE WHEN has THEN r.ends[i] END AS `end`,
       r.confidences[i] AS confidence, r.extractors[i] AS extractor
ORDER BY confidence DESC, coalesce(published, ''), article
