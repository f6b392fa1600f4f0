// description: Facilities with their operator, kind, status and place; every filter is optional
// param: company (company, optional)
// param: city (string, optional)
// param: country (country, optional)
// param: kind (string, optional)
// param: status (string, optional)
MATCH (op:Company)-[r:OPERATES]->(f:Facility)
WHERE ($company = '' OR op.id = $company) AND ($kind = '' OR f.facilityKind = $kind)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(ci:City)
OPTIONAL MATCH (f)-[:IN_COUNTRY]->(co:Country)
WITH op, r, f, co,
     [s IN coalesce(f.statuses, []) WHERE $status = '' OR s = $status] AS sts,
     [n IN coalesce(ci.names, []) WHERE $city = '' OR toLower(n) = toLower($city)] AS cns
WHERE ($status = '' OR size(sts) > 0) AND ($city = '' OR size(cns) > 0)
  AND ($country = '' OR co.isoCode = toUpper($country))
WITH op, r, f, sts, reduce(m = null, x IN cns | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)
     AS city_name, min(co.isoCode) AS country_code
RETURN f.id AS facility, op.id AS operator, op.name AS operator_name,
       f.facilityKind AS facility_kind,
       CASE WHEN size(sts) > 0 THEN
         reduce(j = '', s IN COLLECT { UNWIND sts AS s RETURN DISTINCT s ORDER BY s } |
                j + CASE WHEN j = '' THEN '' ELSE ', ' END + s) END AS statuses,
       city_name, country_code, size(r.sources) AS articles
ORDER BY operator, coalesce(country_code, ''), coalesce(city_name, ''), facility
