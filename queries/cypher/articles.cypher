// description: Stored articles with their content id, record id, title, date and how many facts each asserts
// param: match (string, optional)
MATCH (a:Article)
WHERE $match = '' OR a.id = $match OR a.recordId = $match
   OR toLower(coalesce(a.title, '')) CONTAINS toLower($match)
RETURN a.id AS article, a.recordId AS record, a.title AS title, a.published AS published,
       a.url AS url, a.facts AS facts
ORDER BY coalesce(published, ''), article
