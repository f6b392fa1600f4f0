// description: Every stored fact (subject, relation, object) with its source articles and a sample evidence sentence; optionally only those touching one entity
// param: entity (entity, optional)
MATCH (s)-[r]->(o)
WITH s, r, o, coalesce(s.name, s.title, s.id) AS subject_name,
     coalesce(o.name, o.title, o.id) AS object_name
WHERE $entity = '' OR s.id = $entity OR o.id = $entity
   OR $entity IN coalesce(s.names, []) OR $entity IN coalesce(o.names, [])
RETURN s.id AS subject, labels(s)[0] AS subject_kind, subject_name, type(r) AS relation,
       o.id AS object, labels(o)[0] AS object_kind, object_name,
       head([x IN r.roles WHERE x <> '']) AS role, size(r.sources) AS articles,
       reduce(j = '', x IN COLLECT { UNWIND r.sources AS x RETURN x ORDER BY x } |
              j + CASE WHEN j = '' THEN '' ELSE ' ' END + x) AS sources,
       head([x IN r.evidence WHERE x <> '']) AS evidence
ORDER BY relation, subject, object
