// description: Every edge between two entities (articles are the evidence, not ends), with both ends' kinds, keys and names: the entity graph kg path and kg analyze load
MATCH (s)-[r]->(o)
WHERE NOT s:Article AND NOT o:Article
RETURN s.id AS subject, labels(s)[0] AS subject_kind, coalesce(s.name, s.id) AS subject_name,
       type(r) AS relation,
       o.id AS object, labels(o)[0] AS object_kind, coalesce(o.name, o.id) AS object_name
ORDER BY relation, subject, object
