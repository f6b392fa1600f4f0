// description: Where a company operates: facilities per country and city, with their kinds
// param: company (company, required)
MATCH (c:Company {id: $company})-[:OPERATES]->(f:Facility)
OPTIONAL MATCH (f)-[:IN_COUNTRY]->(co:Country)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(ci:City)
UNWIND CASE WHEN ci IS NULL THEN [''] ELSE coalesce(ci.names, [ci.id]) END AS city
WITH coalesce(co.isoCode, '') AS country, city, count(DISTINCT f) AS facilities,
     collect(DISTINCT f.facilityKind) AS ks
RETURN country, city, facilities,
       reduce(j = '', k IN COLLECT { UNWIND ks AS k RETURN k ORDER BY k } |
              j + CASE WHEN j = '' THEN '' ELSE ', ' END + k) AS kinds
ORDER BY facilities DESC, country, city
