// description: Rival pairs (stored once per pair), optionally only those of one company
// param: company (company, optional)
MATCH (ca:Company)-[r:COMPETES_WITH]->(cb:Company)
WHERE $company = '' OR ca.id = $company OR cb.id = $company
RETURN ca.id AS a, cb.id AS b, ca.name AS a_name, cb.name AS b_name,
       size(r.sources) AS articles, head([x IN r.evidence WHERE x <> '']) AS evidence
ORDER BY articles DESC, a, b
