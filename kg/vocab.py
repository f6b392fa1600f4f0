"""The techkg ontology as an rdflib DefinedNamespace. GENERATED: do not edit.

Regenerate with `python tools/gen_vocab.py` after changing schemas/techkg.ttl;
tests/test_vocab.py fails when this file is stale.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class TKG(DefinedNamespace):
    """techkg ontology terms (https://techkg.dev/ontology#); unknown names raise AttributeError."""

    _fail = True
    _NS = Namespace("https://techkg.dev/ontology#")

    # Classes
    Alias: URIRef  # A name key that resolves to a company (or a city key to its GeoNames city).
    Article: URIRef  # A news article; its id is a hash of its normalised content.
    Assertion: URIRef  # One edge as stated by one article: the reified triple with its ...
    City: URIRef  # A populated place, owl:sameAs its GeoNames feature when known.
    Company: URIRef  # A business organisation; its id is the canonical key of its normalised name.
    Country: URIRef  # A country identified by its ISO 3166-1 alpha-2 code.
    Event: URIRef  # Something that happened (acquisition, opening, investment...), one node ...
    Extraction: URIRef  # A run of the techkg extractor at one version that produced assertions.
    Facility: URIRef  # A physical site run by a company: data centre, cloud region, fab, ...
    Merge: URIRef  # A logged decision that a name denotes an existing company.
    Override: URIRef  # An undone merge that later ingests must respect.

    # Object properties
    aliasOf: URIRef  # The entity the alias key resolves to.
    at: URIRef  # Where the event happened: a city, else a country.
    competesWith: URIRef  # The two companies are rivals; stored once, subject id sorted before ...
    concerns: URIRef  # The event is about the facility (an opening, an expansion).
    headquarteredIn: URIRef  # The company's head office is in the city.
    inCountry: URIRef  # The city or facility is in the country.
    into: URIRef  # The company a merge folded the name into.
    involves: URIRef  # The company takes part in the event; its part is the assertion's tkg:role.
    locatedIn: URIRef  # The facility is in the city.
    mentions: URIRef  # The article names the entity.
    operates: URIRef  # The company runs the facility (a kind of org:hasSite, the inverse of ...
    pending: URIRef  # An article whose batch is being written; a store opened with such a ...
    reports: URIRef  # The article tells of the event.
    subsidiaryOf: URIRef  # The company is owned by the other (child to parent).
    undoes: URIRef  # The merge this override cancels.

    # Datatype properties
    aliasKey: URIRef  # The name key (kg.identity.name_key) that the alias, merge or override ...
    amount: URIRef  # Money involved in the event, normalised, e.g. $28B or €300M.
    articleCount: URIRef  # How many articles mention the company (tkg:summary graph).
    capacity: URIRef  # Stated capacity with its unit, as written, e.g. 300 MW.
    confidence: URIRef  # How sure the extractor is of the fact, from 0 to 1.
    contentHash: URIRef  # First 16 hex digits of the sha256 of the article's normalised text ...
    count: URIRef  # On a node class: how many nodes of it the graph holds; on a relation: how ...
    countryCode: URIRef  # ISO 3166-1 alpha-2 code of the company's home country, when stated.
    end: URIRef  # Character offset just past the evidence sentence.
    eventCount: URIRef  # How many distinct events involve the company (tkg:summary graph).
    eventType: URIRef  # acquisition, partnership, investment, facility_opening, ...
    evidence: URIRef  # The sentence that states the fact.
    extractor: URIRef  # Version of the techkg extractor that read the article or produced the ...
    facilityCount: URIRef  # How many distinct facilities the company operates (tkg:summary graph).
    facilityKind: URIRef  # data_center, cloud_region, campus, fab, factory, office, ...
    factCount: URIRef  # How many facts (assertions) the article states (tkg:summary graph).
    field: URIRef  # Which article field the offsets index: text or title.
    geonamesId: URIRef  # GeoNames feature id; the city is also owl:sameAs ...
    ingestedAt: URIRef  # When the store last wrote the article (store bookkeeping, tkg:meta ...
    investment: URIRef  # Money committed to the facility, normalised, e.g. $1.5B.
    isoCode: URIRef  # Two upper-case letters (ISO 3166-1 alpha-2), e.g. IE; also the country's ...
    key: URIRef  # The deterministic id of the node within its kind (see kg/identity.py); the ...
    lastPage: URIRef  # On tkg:meta: the page of the article with the highest sequence number ...
    lastSeq: URIRef  # On tkg:meta: the highest sequence number the store has given an article.
    loggedAt: URIRef  # When the merge or override was recorded.
    mergeId: URIRef  # Short hash naming the merge, as `kg unmerge` takes it.
    mergedName: URIRef  # The name as written in the article that was folded into another company.
    ordinal: URIRef  # Which one of several same-kind facilities of the operator in one place ...
    page: URIRef  # The page of the article listing the article is on: its sequence number ...
    record: URIRef  # The extraction record as JSON, kept so an unmerge can re-ingest the article.
    recordHash: URIRef  # Hash of the stored record: an unchanged re-ingest is skipped.
    recordId: URIRef  # The id the extraction record gave the article.
    role: URIRef  # Part a company plays in an event: acquirer, target, partner, operator, ...
    rule: URIRef  # exact, suffix, kb, mention or geonames.
    sector: URIRef  # Industry sector from the knowledge base, e.g. cloud, semiconductor.
    seq: URIRef  # The article's place in the order the store wrote articles (0, 1, 2, ...; a ...
    start: URIRef  # Character offset where the evidence sentence starts in the article field.
    status: URIRef  # Lifecycle stage the article reports: planned, announced, ...

    # Annotation properties
    neo4jLabel: URIRef  # The node label this class becomes in a property graph.
    neo4jType: URIRef  # The relationship type this object property becomes in a property graph.

    # Individuals
    meta: URIRef  # Named graph holding ingest times, stored records, aliases, the merge log ...
    summary: URIRef  # Named graph of counts a store keeps exact with every write, so listings ...
