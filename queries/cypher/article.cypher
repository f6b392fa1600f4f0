// description: One stored article by its content id or record id: title, date, url, facts, sequence number
// param: id (string, required)
CALL {
  MATCH (a:Article {id: $id}) RETURN a
  UNION
  MATCH (a:Article {recordId: $id}) RETURN a
}
RETURN a.id AS article, a.recordId AS record, a.title AS title, a.published AS published,
       a.url AS url, a.facts AS facts, a.seq AS seq
ORDER BY article
