// description: Stored articles, 100 a page in the order they were written (no page: the newest page); with match, every article whose id, record id or title matches
// param: match (string, optional)
// param: page (int, optional)
CALL {
  // A page is read by lookup: the store numbers articles as it writes them (a.seq) and
  // files each under a.page = seq / 100 + 1 (indexed); the last number is on :Sequence.
  OPTIONAL MATCH (s:Sequence {name: 'article'})
  WITH CASE WHEN $page = '' THEN coalesce(s.last, -1) / 100 + 1 ELSE $page END AS pg
  MATCH (a:Article {page: pg})
  WHERE $match = ''
  RETURN a
  UNION
  MATCH (a:Article)
  WHERE $match <> '' AND (a.id = $match OR a.recordId = $match
        OR toLower(coalesce(a.title, '')) CONTAINS toLower($match))
  RETURN a
}
RETURN a.id AS article, a.recordId AS record, a.title AS title, a.published AS published,
       a.url AS url, a.facts AS facts, a.seq AS seq
ORDER BY seq DESC, article
