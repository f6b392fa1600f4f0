// description: One company: its facts, 50 at a time (by relation, direction, other end), each with article count, first/last seen and a sample evidence sentence; with after ("RELATION direction other" of the last row seen) the next 50
// param: company (company, required)
// param: after (string, optional)
MATCH (c:Company {id: $company})-[r]-(o)
WITH c, r, o, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction
WITH r, o, direction, type(r) + ' ' + direction + ' ' + o.id AS sk
WHERE sk > $after
ORDER BY sk
LIMIT 50
UNWIND r.sources AS aid
MATCH (a:Article {id: aid})
WITH r, o, direction, sk, coalesce(a.published, left(a.ingestedAt, 10)) AS seen
WITH r, o, direction, sk, min(seen) AS first_seen, max(seen) AS last_seen
RETURN type(r) AS relation, direction, o.id AS other, labels(o)[0] AS other_kind,
       coalesce(o.name, o.title, o.id) AS other_name, head([x IN r.roles WHERE x <> '']) AS role,
       size(r.sources) AS articles, first_seen, last_seen,
       head([x IN r.evidence WHERE x <> '']) AS evidence
ORDER BY relation, direction, other
