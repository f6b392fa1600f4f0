// description: One company: every fact about it, with article counts, first/last seen and a sample evidence sentence
// param: company (company, required)
MATCH (c:Company {id: $company})-[r]-(o)
WITH c, r, o, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction
UNWIND r.sources AS aid
MATCH (a:Article {id: aid})
WITH r, o, direction, coalesce(a.published, left(a.ingestedAt, 10)) AS seen
WITH r, o, direction, min(seen) AS first_seen, max(seen) AS last_seen
RETURN type(r) AS relation, direction, o.id AS other, labels(o)[0] AS other_kind,
       coalesce(o.name, o.title, o.id) AS other_name, head([x IN r.roles WHERE x <> '']) AS role,
       size(r.sources) AS articles, first_seen, last_seen,
       head([x IN r.evidence WHERE x <> '']) AS evidence
ORDER BY relation, direction, articles DESC, other
