// description: Stored articles, 100 a page, page 1 the newest written; with match, every article whose id, record id or title matches
// param: match (string, optional)
// param: page (int, optional)
CALL {
  // Without match, one page: the store numbers articles as it writes them (a.seq) and
  // files each under a.page = seq / 100 (indexed); the 100 of a page span two of those.
  OPTIONAL MATCH (s:Sequence {name: 'article'})
  WITH coalesce(s.last, -1) - 100 * (CASE WHEN $page = '' THEN 1 ELSE $page END) AS lo
  WITH lo, toInteger(floor((lo + 1) / 100.0)) AS pg
  MATCH (a:Article)
  WHERE $match = '' AND a.page IN [pg, pg + 1]
    AND a.seq > lo AND a.seq <= lo + 100
  RETURN a
  UNION
  MATCH (a:Article)
  WHERE $match <> '' AND (a.id = $match OR a.recordId = $match
        OR toLower(coalesce(a.title, '')) CONTAINS toLower($match))
  RETURN a
}
RETURN a.id AS article, a.recordId AS record, a.title AS title, a.published AS published,
       a.url AS url, a.facts AS facts
ORDER BY coalesce(published, ''), article
