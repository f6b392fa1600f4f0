// description: Events in date order (event date, else the article's), optionally for one company and since a date
// param: company (company, optional)
// param: since (date, optional)
MATCH (a:Article)-[r:REPORTS]->(e:Event)
WHERE $company = '' OR EXISTS { (e)-[:INVOLVES]->(:Company {id: $company}) }
// An event's own dates win; an undated event takes the date of each article that reports it.
WITH e, a, r, CASE WHEN size(coalesce(e.dates, [])) > 0 THEN e.dates
                   ELSE [coalesce(a.published, '')] END AS d0s
WITH e, a, r, [d IN d0s WHERE $since = '' OR d >= $since] AS ds
WHERE size(ds) > 0
WITH e, count(DISTINCT a) AS articles, collect(r) AS rs,
     min(reduce(m = null, x IN ds | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)) AS date
OPTIONAL MATCH (e)-[:AT]->(pl)
WITH e, articles, rs, date, min(coalesce(pl.name, pl.id)) AS place
RETURN e.id AS event, date, e.eventType AS type, e.name AS name, e.amount AS amount, place,
       articles, head([r IN rs WHERE r.evidence[0] <> '' | r.evidence[0]]) AS evidence
ORDER BY date, event
