// description: The facts (subject, relation, object) touching one entity (by key or exact name), 50 at a time (by relation, subject, object), each with its source articles and a sample evidence sentence; with after ("RELATION subject object" of the last row seen) the next 50
// param: entity (entity, required)
// param: after (string, optional)
MATCH (e) WHERE e.id = $entity OR $entity IN coalesce(e.names, [])
MATCH (e)-[r]-()
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS o
WITH s, r, o, type(r) + ' ' + s.id + ' ' + o.id AS sk
WHERE sk > $after
ORDER BY sk
LIMIT 50
RETURN s.id AS subject, labels(s)[0] AS subject_kind, coalesce(s.name, s.title, s.id) AS subject_name,
       type(r) AS relation, o.id AS object, labels(o)[0] AS object_kind,
       coalesce(o.name, o.title, o.id) AS object_name,
       head([x IN r.roles WHERE x <> '']) AS role, size(r.sources) AS articles,
       reduce(j = '', x IN COLLECT { UNWIND r.sources AS x RETURN x ORDER BY x } |
              j + CASE WHEN j = '' THEN '' ELSE ' ' END + x) AS sources,
       head([x IN r.evidence WHERE x <> '']) AS evidence
ORDER BY relation, subject, object
