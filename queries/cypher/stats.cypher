// description: How many nodes of each kind and distinct edges of each type the graph holds
CALL () {
  MATCH (n)
  UNWIND labels(n) AS name
  WITH name, n WHERE name IN ['Company', 'Facility', 'City', 'Country', 'Event', 'Article']
  RETURN 'node' AS what, name, count(n) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'edge' AS what, type(r) AS name, count(r) AS count
}
RETURN what, name, count
ORDER BY what, name
