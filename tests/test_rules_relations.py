"""Rivals and subsidiaries: how tech news sets companies against each other and says who
owns whom, one behaviour per test, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.companies import find_companies
from loaders.extract import extract
from loaders.gazetteer import default_gazetteer
from loaders.kb import KBFormatError, KnowledgeBase
from loaders.ownership import find_subsidiaries
from loaders.record import Article, Extraction
from loaders.text import sentences


def run(text: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=published))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def pairs(*items: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in items}


# --- rivals -----------------------------------------------------------------------------

def test_a_name_named_twice_counts_where_it_stands() -> None:
    # Microsoft is named first as a partner, then again in the list of rivals
    r = run("Salesforce, which signed a cloud deal with Microsoft last year, wants to keep up "
            "with rivals including Microsoft and Oracle.")
    assert pairs(("Salesforce", "Microsoft"), ("Salesforce", "Oracle")) <= rivals(r)


def test_a_relative_clause_ends_at_its_comma() -> None:
    r = run("Zoom is paying $50 million for chat startup Kestrel Labs, which built a bot, as "
            "the video company tries to fend off rivals such as Cisco and Microsoft.")
    got = rivals(r)
    assert "Kestrel Labs" in {c.name for c in r.companies}
    assert frozenset(("Kestrel Labs", "Cisco Systems")) not in got
    assert frozenset(("Zoom Video Communications", "Cisco Systems")) in got


def test_a_headline_future_names_the_company() -> None:
    r = run("Amazon to invest $2bn in chip startup")
    assert "Amazon" in {c.name for c in r.companies}


def test_another_rival_after_an_opening_phrase_is_the_story_subjects() -> None:
    r = run("In May, another rival, the Paris-based Mistral AI, raised fresh funding.",
            title="OpenAI launches a cheaper model")
    assert rivals(r) == pairs(("OpenAI", "Mistral AI"))


def test_one_of_the_leading_companies_is_the_story_subject() -> None:
    r = run("One of Germany's biggest software companies is building a cloud that could rival "
            "those run by the likes of Amazon and Google.", title="SAP opens an AI lab")
    assert pairs(("SAP", "Amazon"), ("SAP", "Google")) <= rivals(r)


def test_competition_told_after_a_dash() -> None:
    r = run("Samsung already faces competition in the city, though — smartphone maker Oppo "
            "opened a design studio there last year.")
    assert rivals(r) == pairs(("Samsung Electronics", "Oppo"))


def test_the_prize_of_a_takeover_battle_is_no_rival() -> None:
    r = run("Cisco won the race for Splunk, beating a rival offer from IBM.")
    got = rivals(r)
    assert frozenset(("Cisco Systems", "IBM")) in got
    assert not any("Splunk" in p for p in got)


def test_another_rival_of_the_company_just_given_one() -> None:
    r = run("Google said the chips would go into its cloud. Mistral AI ranks among the "
            "strongest competitors to OpenAI on the continent. In March, another rival, the "
            "London-based Stability AI, found new backers.", title="Google to back Mistral AI")
    got = rivals(r)
    assert frozenset(("OpenAI", "Stability AI")) in got
    assert frozenset(("Google", "Stability AI")) not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Samsung remained the market leader with a 22% share, ahead of Apple and Xiaomi.",
     {("Samsung Electronics", "Apple"), ("Samsung Electronics", "Xiaomi")}),
    ("Oracle counts Amazon and Microsoft among its biggest rivals.",
     {("Oracle", "Amazon"), ("Oracle", "Microsoft")}),
    ("Uber and Lyft are locked in a price war in California.", {("Uber", "Lyft")}),
    ("Microsoft squares off against Google in the search business.",
     {("Microsoft", "Google")}),
    ("Apple's closest rival, Samsung, shipped more phones.",
     {("Apple", "Samsung Electronics")}),
    ("TikTok has become a serious threat to Meta.", {("TikTok", "Meta")}),
    ("Huawei has overtaken Apple as the top seller in China.", {("Huawei", "Apple")}),
    ("Temu has emerged as a formidable competitor to Amazon.", {("Temu", "Amazon")}),
    ("Rivian is seen as a potential Tesla challenger.", {("Rivian", "Tesla")}),
    ("Competitors including AMD and Intel are racing to catch Nvidia.",
     {("Advanced Micro Devices", "Nvidia"), ("Intel", "Nvidia")}),
    ("Unlike rivals Google and Microsoft, Apple has no large language model of its own.",
     {("Apple", "Google"), ("Apple", "Microsoft")}),
    ("Besides SambaNova, Groq's competitors include Intel-owned Habana Labs.",
     {("Groq", "Habana Labs"), ("Groq", "SambaNova Systems")}),  # (the one fronted too)
    ("Longtime rivals Apple and Samsung both cut prices.", {("Apple", "Samsung Electronics")}),
    ("Alibaba is vying to unseat Amazon as the largest online retailer.",
     {("Alibaba", "Amazon")}),
])
def test_rivalry_phrasings(text: str, expected: set[tuple[str, str]]) -> None:
    assert rivals(run(text)) == pairs(*expected)


@pytest.mark.parametrize("text", [
    "TSMC ranks ahead of Samsung and Intel by foundry revenue.",  # a ranking, no market
    "Its clients include Nvidia and AMD, which makes chips that compete with Intel's.",
])
def test_not_rivals(text: str) -> None:
    got = rivals(run(text))
    assert frozenset(("Taiwan Semiconductor Manufacturing", "Samsung Electronics")) not in got
    assert frozenset(("Nvidia", "Intel")) not in got


# --- subsidiaries -----------------------------------------------------------------------

def test_a_unit_named_after_the_parents_short_name() -> None:
    r = run("Hewlett Packard Enterprise (HPE) said its sales rose. Anna Berg, head of HPE "
            "Labs, spoke in Houston.")
    assert ("HPE Labs", "Hewlett Packard Enterprise") in subsidiaries(r)


def test_a_product_named_after_a_short_form_is_no_unit() -> None:
    r = run("Microsoft Azure (Azure) grew fast. Azure Digital, a new service, launched.")
    assert not any(c == "Azure Digital" for c, _p in subsidiaries(r))


@pytest.mark.parametrize(("text", "pair"), [
    ("And in May, Cisco snatched up Kestrel.ai, a data startup.", ("Kestrel.ai", "Cisco Systems")),
    ("Last year Adobe scooped up Figma, the design startup.", ("Figma", "Adobe")),
    ("Analysts likened the deal to Facebook Inc's (FB.O) 2012 takeover of Instagram.",
     ("Instagram", "Facebook")),
])
def test_ownership_phrasings(text: str, pair: tuple[str, str]) -> None:
    assert pair in subsidiaries(run(text))


def test_the_owner_the_article_names_beats_the_knowledge_base() -> None:
    # the knowledge base knows today's owner (Broadcom); the story tells of an earlier one
    r = run("Dell Technologies holds an 81 percent stake in VMware. Broadcom makes chips.")
    got = subsidiaries(r)
    assert ("VMware", "Dell Technologies") in got
    assert ("VMware", "Broadcom") not in got


@pytest.mark.parametrize("text", [
    "SBC Communications agreed to take over its former parent AT&T for $16bn.",
    "BMW sold Rover Group to a consortium in 2000.",
    "Rover Group, which BMW sold in 2000, closed its plant.",
])
def test_a_sale_or_a_former_parent_ends_the_knowledge_base_pair(text: str) -> None:
    got = subsidiaries(run(text))
    assert ("SBC Communications", "AT&T") not in got
    assert ("Rover Group", "BMW") not in got


def test_selling_assets_is_no_sale_of_the_company() -> None:
    r = run("Amazon sells AWS cloud assets in China to a local partner.")
    assert ("Amazon Web Services", "Amazon") in subsidiaries(r)


def test_a_renamed_company_is_one_company() -> None:
    r = run("MCI left bankruptcy in April, having gone bust under its previous name WorldCom.")
    assert not subsidiaries(r)
    assert {c.name for c in r.companies} == {"MCI"}


def test_a_named_unit_after_a_possessive() -> None:
    r = run("Kestrel Labs, a mapping startup, hired staff. Lyft's Kestrel Labs mapping unit "
            "opened an office.")
    assert ("Kestrel Labs", "Lyft") in subsidiaries(r)


def test_acquisitions_of_businesses_such_as() -> None:
    r = run("Nokia uses its patent income to fund research and acquisitions of startups such "
            "as Kestrel Labs, which took it into health care.")
    assert ("Kestrel Labs", "Nokia") in subsidiaries(r)


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Tesla, Lyft and GM's Cruise Automation are some of Waymo's robotaxi competitors.", None,
     {("Waymo", "Lyft"), ("Waymo", "Tesla"), ("Waymo", "Cruise")}),
    ("Other competitors include Nuro and Zoox.", "Pony.ai raises $100 million",
     {("Pony.ai", "Nuro"), ("Pony.ai", "Zoox")}),
    ("It puts pressure on rivals such as Google Stadia and Microsoft's xCloud.",
     "Nvidia opens its cloud gaming service", {("Nvidia", "Microsoft"), ("Nvidia", "Google")}),
    ("Rivals such as Amazon's Luna, Nvidia's GeForce Now and Microsoft's Xbox Cloud Gaming "
     "will keep streaming.", "Google shuts Stadia",
     {("Google", "Nvidia"), ("Google", "Microsoft"), ("Google", "Amazon")}),
    ("In contrast, rival chip maker Intel's quickest desktop part tops out at 5 GHz.",
     "AMD ships a faster chip", {("Advanced Micro Devices", "Intel")}),
    ("It will meet stiff competition from the best-known handheld makers: "
     "Sony, Nintendo and Nokia.", "Kestrel Labs unveils a console",
     {("Kestrel Labs", "Nintendo"), ("Kestrel Labs", "Sony"), ("Kestrel Labs", "Nokia")}),
    ("The main competition is expected to come from Sony and Nintendo.",
     "Kestrel Labs unveils a console", {("Kestrel Labs", "Nintendo"), ("Kestrel Labs", "Sony")}),
    ("Other rivals abound too, including Rackspace's cloud and Microsoft's Azure service.",
     "Google cuts cloud prices", {("Google", "Microsoft"), ("Google", "Rackspace")}),
    ("The assistant is meant to compete with leading labs such as Anthropic's Claude "
     "and OpenAI's GPT.", "xAI unveils Grok", {("xAI", "OpenAI"), ("xAI", "Anthropic")}),
    ("The model follows ChatGPT, developed by US rival OpenAI.", "Anthropic releases Claude",
     {("Anthropic", "OpenAI")}),
])
def test_rivals_of_the_story_subject(text: str, title: str | None,
                                     expected: set[tuple[str, str]]) -> None:
    assert pairs(*expected) <= rivals(run(text, title=title))


@pytest.mark.parametrize(("text", "pair"), [
    ("The chip is made by Kestrel Labs, an Israeli startup Amazon acquired in 2015.",
     ("Kestrel Labs", "Amazon")),
    ("The chip comes from startup Kestrel Labs, which Cisco bought last year.",
     ("Kestrel Labs", "Cisco Systems")),
])
def test_a_unit_and_the_clause_saying_who_bought_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in subsidiaries(run(text))


def test_a_stake_bought_in_a_clause_is_no_ownership() -> None:
    r = run("The chip comes from startup Kestrel Labs, which Cisco bought a stake in.")
    assert ("Kestrel Labs", "Cisco Systems") not in subsidiaries(r)


def test_an_unknown_name_before_a_longer_one_is_its_short_form() -> None:
    r = run("Orvella Computing, a quantum startup, raised money. Orvella said it would hire.")
    assert not subsidiaries(r)


def test_rivals_named_in_the_next_sentences() -> None:
    r = run("The software giant comes late to the market and faces many "
            "rivals. Google already offers a tool. Yahoo plans one for January and AOL is "
            "expected to follow next year. Apple declined to comment.",
            title="Microsoft launches a desktop search tool")
    assert rivals(r) == pairs(("Microsoft", "Google"), ("Microsoft", "Yahoo"),
                              ("Microsoft", "AOL"))


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("GM will let drivers test its Opel and Vauxhall models.", None,
     {("Opel", "General Motors"), ("Vauxhall", "General Motors")}),
    ("Daimler, via its MyTaxi ride-hailing offshoot, bought a taxi app.", None,
     {("FreeNow", "Daimler")}),
    ("The deal adds to its VR camera and its recent acquisition of health startup Withings.",
     "Nokia buys a network startup", {("Withings", "Nokia")}),
])
def test_a_unit_told_with_its(text: str, title: str | None,
                              expected: set[tuple[str, str]]) -> None:
    assert expected <= subsidiaries(run(text, title=title))


@pytest.mark.parametrize("text", [
    "Nvidia gave details of its Grace central processing unit on Tuesday.",
    "Lyft opened a test site near its Level 5 division's offices.",
])
def test_not_a_unit_told_with_its(text: str) -> None:
    assert not subsidiaries(run(text))


def kb_pairs(text: str, published: dt.date | None) -> set[tuple[str, str]]:
    gz = default_gazetteer()
    sents = sentences(text)
    found = find_companies(text, gz.find(text), sents, gz.kb)
    return {(c, p) for c, p, _s in find_subsidiaries(sents, found, gz.kb, published)}


def test_a_parent_since_a_year_is_no_parent_in_an_older_story() -> None:
    text = "AOL and Yahoo both offer e-mail. Yahoo said its service grew."
    assert ("AOL", "Yahoo") not in kb_pairs(text, dt.date(2004, 12, 1))
    assert ("AOL", "Yahoo") in kb_pairs(text, dt.date(2022, 3, 1))
    assert ("AOL", "Yahoo") in kb_pairs(text, None)  # no date: today's owner


def test_the_since_flag_needs_a_year_and_a_parent(tmp_path: Path) -> None:
    kb = tmp_path / "kb.tsv"
    kb.write_text("name\taliases\tparent\tcountry\tsector\tflags\n"
                  "Zentra\t\t\tUS\tsoftware\t\n"
                  "Kestrel Labs\t\tZentra\tUS\tsoftware\tsince:2019\n", encoding="utf-8")
    assert KnowledgeBase.load(kb).get("Kestrel Labs").since == 2019  # type: ignore[union-attr]
    kb.write_text("name\taliases\tparent\tcountry\tsector\tflags\n"
                  "Kestrel Labs\t\t\tUS\tsoftware\tsince:2019\n", encoding="utf-8")
    with pytest.raises(KBFormatError, match="since"):
        KnowledgeBase.load(kb)


@pytest.mark.parametrize(("text", "pair"), [
    ("Vauxhall's owner Stellantis will build vans in Luton.", ("Vauxhall", "Stellantis")),
    ("Kestrel Labs makes sensors. Kestrel Labs, a Cisco company, opened an office.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. Kestrel Labs, part of the Cisco group, opened an office.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. Kestrel Labs was acquired by Cisco in 2019.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. Kestrel Labs has been a subsidiary of Cisco since 2019.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. The Cisco-owned startup Kestrel Labs opened an office.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. Kestrel Labs (now owned by Cisco) opened an office.",
     ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. Kestrel Labs, now owned by the US networking giant Cisco, "
     "opened an office.", ("Kestrel Labs", "Cisco Systems")),
    ("Kestrel Labs makes sensors. The deal was led by Cisco subsidiary Kestrel Labs.",
     ("Kestrel Labs", "Cisco Systems")),
])
def test_ownership_phrasings_more(text: str, pair: tuple[str, str]) -> None:
    assert pair in subsidiaries(run(text))


@pytest.mark.parametrize("text", [
    "Kestrel Labs makes sensors. Cisco spun off its Kestrel Labs unit last year.",
    "Kestrel Labs makes sensors. Kestrel Labs, a Cisco customer, opened an office.",
])
def test_not_ownership(text: str) -> None:
    assert not subsidiaries(run(text))


def test_a_negated_rivalry_is_none() -> None:
    r = run("IBM is not intending to compete directly with models such as OpenAI's GPT-4.")
    assert not rivals(r)


def test_owned_by_investors_including_is_no_parent() -> None:
    r = run("Kestrel Labs makes sensors. Kestrel Labs, owned by a group of investors including "
            "Cisco, opened an office.")
    assert not subsidiaries(r)


@pytest.mark.parametrize("sentence, pair", [
    ("Intel is steadily gaining ground on AMD in server chips.",
     {"Intel", "Advanced Micro Devices"}),
    ("Microsoft and Google went head to head over search advertising.", {"Microsoft", "Google"}),
    ("Samsung is playing catch-up with TSMC in advanced chipmaking.",
     {"Samsung Electronics", "Taiwan Semiconductor Manufacturing"}),
    ("Lenovo takes aim at Dell with a cheaper workstation.", {"Lenovo", "Dell Technologies"}),
])
def test_rivalry_wordings_reach_the_rules_through_the_triggers(sentence: str,
                                                                pair: set[str]) -> None:
    r = extract(Article(id="t", text=sentence))
    assert pair in [{p.a, p.b} for p in r.competitors]


@pytest.mark.parametrize("sentence, name", [
    ("Oracle — the database giant — said it would open a data center in Madrid.", "Oracle"),
    ("Snowflake — which sells cloud data tools — bought a startup.", "Snowflake"),
    ("Meta releases a new model for developers.", "Meta"),
    ("Apple taps a foundry to make its chips.", "Apple"),
    ("Salesforce snaps up Slack in a $27.7 billion deal.", "Slack Technologies"),
])
def test_a_name_that_is_also_a_word_is_a_company_in_a_headline_verb_or_dash_apposition(
        sentence: str, name: str) -> None:
    assert name in {c.name for c in extract(Article(id="t", text=sentence)).companies}


def test_the_word_senses_of_such_names_stay_words() -> None:
    r = extract(Article(id="t", text="Meta tags help search engines. Apple pies sold out."))
    assert not r.companies


@pytest.mark.parametrize("text,title", [
    ("Google designs its own chips. It won't compete head-on with Intel or Nvidia.", None),
    ("The company plans dozens of shows, including Star Wars series and a slew of Marvel "
     "and Pixar shows.", "Disney unveils its streaming plans"),
    ("Samsung Next starts a fund for founders facing AI’s hardest challenges Samsung’s "
     "team announced on Monday.", None),
    ("Orvella Labs will show new handsets. Germany's largest online service provider, "
     "T-Online, plans a phone service that puts it in competition with its parent company "
     "Deutsche Telekom.", "Gadgets galore at the big show"),
])
def test_no_rivalry_here(text: str, title: str | None) -> None:
    assert rivals(run(text, title=title)) == set()


def test_challenges_from_a_company_are_still_rivalry() -> None:
    r = run("Intel faces new challenges from AMD in servers.")
    assert pairs(("Intel", "Advanced Micro Devices")) <= rivals(r)


@pytest.mark.parametrize("text,published,pair", [
    ("Graphcore sells chips; SoftBank Group backs other startups.", "2021-04-01",
     ("Graphcore", "SoftBank Group")),
    ("X Corp runs the app; xAI trains the model.", "2023-11-05", ("X Corp", "xAI")),
])
def test_a_later_takeover_makes_no_parent_in_an_older_story(
        text: str, published: str, pair: tuple[str, str]) -> None:
    assert pair not in subsidiaries(run(text, published=published))
    assert pair in subsidiaries(run(text, published="2025-12-01"))


@pytest.mark.parametrize("text", [
    "Nissan has bought Toyota's engine designs for its vans.",
])
def test_buying_a_part_of_a_company_makes_no_subsidiary(text: str) -> None:
    assert subsidiaries(run(text)) == set()


# --- an undated article and a later takeover ------------------------------------------

def test_an_undated_story_from_before_a_takeover_gives_no_parent() -> None:
    r = run("Microsoft said its console sales rose in 2004. Activision Blizzard, which "
            "makes games for the console, also reported strong holiday sales in 2004.")
    assert ("Activision Blizzard", "Microsoft") not in subsidiaries(r)


def test_an_undated_story_naming_a_year_after_the_takeover_keeps_the_parent() -> None:
    r = run("Microsoft said its console sales rose in 2024. Activision Blizzard, which "
            "makes games for the console, also reported strong holiday sales in 2024.")
    assert ("Activision Blizzard", "Microsoft") in subsidiaries(r)


def test_an_undated_story_a_year_before_the_takeover_keeps_the_parent() -> None:
    r = run("Microsoft said its console sales rose in 2022. Activision Blizzard, which "
            "makes games for the console, also reported strong holiday sales in 2022.")
    assert ("Activision Blizzard", "Microsoft") in subsidiaries(r)


# --- races, joined races, challengers ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Nebius races Amazon Web Services, Microsoft and Google to sign up AI labs, the Dutch "
     "company said on Monday.",
     pairs(("Nebius", "Amazon Web Services"), ("Nebius", "Microsoft"), ("Nebius", "Google"))),
    ("Oracle races CoreWeave and Microsoft for the biggest AI training contracts this year, "
     "its chairman told analysts.",
     pairs(("Oracle", "CoreWeave"), ("Oracle", "Microsoft"))),
    ("Oracle vies with Microsoft for the contracts of large AI labs, analysts said on Friday.",
     pairs(("Oracle", "Microsoft"))),
])
def test_a_race_against_a_list_of_companies(text: str, expected: set[frozenset[str]]) -> None:
    assert rivals(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Samsung has joined TSMC and Intel in the race to make 2-nanometer chips, the South "
     "Korean group said.",
     pairs(("Samsung Electronics", "Taiwan Semiconductor Manufacturing"),
           ("Samsung Electronics", "Intel"), ("Taiwan Semiconductor Manufacturing", "Intel"))),
    ("Nebius joins CoreWeave and Lambda in the battle for GPU cloud customers in Europe.",
     pairs(("Nebius", "CoreWeave"), ("Nebius", "Lambda"), ("CoreWeave", "Lambda"))),
])
def test_joining_companies_in_a_race_makes_them_all_rivals(
        text: str, expected: set[frozenset[str]]) -> None:
    assert rivals(run(text)) == expected


def test_a_challenger_in_an_apposition_is_a_rival() -> None:
    r = run("Groq, a challenger to Nvidia, said on Tuesday that it had doubled its "
            "capacity in Helsinki.")
    assert rivals(r) == pairs(("Groq", "Nvidia"))


@pytest.mark.parametrize("text, expected", [
    # a subject told by a longer noun phrase: "the San Francisco-based company"
    ("Anthropic opened an office in Tokyo. The San Francisco-based company competes with "
     "OpenAI and Google for enterprise customers.",
     pairs(("Anthropic", "OpenAI"), ("Anthropic", "Google"))),
    ("Rebellions said it had shipped its first chips. The startup competes with Furiosa in "
     "South Korea.", pairs(("Rebellions", "FuriosaAI"))),
    # the names in a relative clause before the verb are not the ones competing
    ("Kestrel Robotics opened an office in Osaka. The startup, which counts Toyota and "
     "Panasonic as customers, competes with Symbotic and Locus Robotics.",
     pairs(("Kestrel Robotics", "Symbotic"), ("Kestrel Robotics", "Locus Robotics"))),
])
def test_the_story_subject_told_by_a_noun_phrase(
        text: str, expected: set[frozenset[str]]) -> None:
    assert rivals(run(text)) == expected


# --- a parent and its own unit are no rivals -------------------------------------------

@pytest.mark.parametrize("text", [
    "Disney and Pixar compete for animation talent in California, analysts said on Monday.",
    "Alphabet and Google are racing to hire more AI researchers in London, the paper said.",
    # the article's own word makes the parent
    "Veltrix Systems, a unit of Orvana Holdings, now competes with Orvana Holdings for chip "
    "orders in Asia.",
])
def test_a_parent_and_its_unit_are_not_rivals(text: str) -> None:
    assert rivals(run(text)) == set()


def test_a_rival_bought_in_the_same_sentence_stays_a_rival() -> None:
    r = run("Oracle completed its takeover of its smaller rival PeopleSoft last week, and "
            "said it would cut 5,000 jobs.", published="2025-01-10")
    assert rivals(r) == pairs(("Oracle", "PeopleSoft"))


def test_a_deal_with_another_company_keeps_a_parent_apart_from_its_unit() -> None:
    r = run("SoftBank Group agreed to acquire Ampere Computing for $6.5 billion, taking on "
            "Arm's biggest customers in server chips.")
    assert frozenset(("SoftBank Group", "Arm")) not in rivals(r)


# --- old takeovers: the knowledge base tells the year --------------------------------

@pytest.mark.parametrize("text, published, pair", [
    ("DoubleClick said ad sales rose, and Google said its search ads grew too.",
     "2004-10-12", ("DoubleClick", "Google")),
    ("Pixar said its next film would open in June; Disney will distribute it.",
     "2003-05-02", ("Pixar", "Disney")),
    ("Kayak said more travellers searched for flights, while Booking Holdings said bookings "
     "rose.", "2011-07-20", ("Kayak", "Booking Holdings")),
])
def test_a_story_older_than_a_takeover_gives_no_parent(
        text: str, published: str, pair: tuple[str, str]) -> None:
    assert pair not in subsidiaries(run(text, published=published))
    assert pair in subsidiaries(run(text, published="2025-06-01"))


# --- session 7: rivalry said as a target, an appositive or a lead ---------------------

@pytest.mark.parametrize(("text", "pairs"), [
    ("DigitalOcean cut its GPU prices by a third, a move aimed squarely at Lambda and "
     "CoreWeave.", {("DigitalOcean", "Lambda"), ("DigitalOcean", "CoreWeave")}),
    ("SK Hynix posted record profit. It leads Samsung Electronics and Micron Technology in "
     "HBM.", {("SK Hynix", "Samsung Electronics"), ("SK Hynix", "Micron Technology")}),
    ("Zendesk grew fast last year. Freshworks, a smaller competitor, said it would cut "
     "prices.", {("Zendesk", "Freshworks")}),
    ("AMD took market share from Intel in servers last year.", {("AMD", "Intel")}),
    ("Smaller GPU clouds such as Lambda and Crusoe are fighting for the same customers.",
     {("Lambda", "Crusoe")}),
    ("Cambricon and Hygon are vying for orders from Alibaba and ByteDance.",
     {("Cambricon", "Hygon")}),
    ("Zendesk once dominated help-desk software, but Freshworks has steadily eroded its "
     "lead.", {("Zendesk", "Freshworks")}),
    ("Equinix and Digital Realty are the two largest data center landlords, and they "
     "increasingly bid against each other for big leases.", {("Equinix", "Digital Realty")}),
    ("TSMC's dominance in advanced chipmaking leaves Samsung and Intel far behind.",
     {("TSMC", "Samsung Electronics"), ("TSMC", "Intel")}),
    ("Anthropic's models compete head-on with OpenAI's GPT models and Google's Gemini.",
     {("Anthropic", "OpenAI"), ("Anthropic", "Google")}),
    ("Groq is one of many startups trying to dent Nvidia's dominance.", {("Groq", "Nvidia")}),
    ("Microsoft and Amazon are jockeying for position in AI.", {("Microsoft", "Amazon")}),
    ("Samsung lost the Nvidia HBM contract to SK Hynix.",
     {("Samsung Electronics", "SK Hynix")}),
    ("Arm is squaring up to Qualcomm in PC chips.", {("Arm", "Qualcomm")}),
    ("Intel is trying to win back customers it lost to AMD.", {("Intel", "AMD")}),
    ("Microsoft outbid Google for the contract.", {("Microsoft", "Google")}),
    ("Amazon edged out Microsoft to win the defence deal.", {("Amazon", "Microsoft")}),
    ("Meta and Google jostle for advertising dollars.", {("Meta", "Google")}),
    ("Anthropic is giving OpenAI a run for its money.", {("Anthropic", "OpenAI")}),
    ("Samsung has fallen behind SK Hynix in HBM.", {("Samsung Electronics", "SK Hynix")}),
    ("SK Hynix overtook Samsung as the largest memory maker.",
     {("Samsung Electronics", "SK Hynix")}),
    ("Lumentum competes with Broadcom's optics unit and Coherent in lasers.",
     {("Lumentum", "Broadcom"), ("Lumentum", "Coherent")}),
    ("Credo competes with Marvell's Inphi unit and Broadcom in optical chips.",
     {("Credo Technology", "Inphi"), ("Credo Technology", "Broadcom")}),
    ("AMD is trying to catch Nvidia in AI accelerators.", {("AMD", "Nvidia")}),
    ("The deal pits Microsoft against Google in search.", {("Microsoft", "Google")}),
    ("Samsung is gunning for TSMC's biggest customers.", {("Samsung Electronics", "TSMC")}),
    ("Cloudflare is eating Akamai's lunch in content delivery.", {("Cloudflare", "Akamai")}),
    ("Huawei has stolen a march on Ericsson in 5G.", {("Huawei", "Ericsson")}),
    ("AMD gained share at the expense of Intel last year.", {("AMD", "Intel")}),
    ("Zoom is locked in a dogfight with Microsoft Teams.",
     {("Zoom Video Communications", "Microsoft")}),
    ("Samsung took the memory crown from SK Hynix.", {("Samsung Electronics", "SK Hynix")}),
    ("BYD eclipsed Tesla in electric car sales.", {("BYD", "Tesla")}),
    ("Cerebras joins a crowded field that includes Groq and Etched.",
     {("Cerebras Systems", "Groq"), ("Cerebras Systems", "Etched")}),
    ("With the chip, Tenstorrent enters a market dominated by Nvidia.",
     {("Tenstorrent", "Nvidia")}),
    ("AWS, Microsoft and Google are neck and neck in AI cloud revenue.",
     {("Amazon Web Services", "Microsoft"), ("Amazon Web Services", "Google"),
      ("Microsoft", "Google")}),
    ("Oracle is playing second fiddle to Microsoft in cloud.", {("Oracle", "Microsoft")}),
    ("Orvella Cloud opened its Lisbon region. Oracle and IBM are expanding there too, "
     "setting up a three-way contest for banks.",
     {("Orvella Cloud", "Oracle"), ("Orvella Cloud", "IBM"), ("Oracle", "IBM")}),
])
def test_rivalry_said_as_a_target_an_appositive_or_a_lead(text: str,
                                                          pairs: set[tuple[str, str]]) -> None:
    canonical = {"AMD": "Advanced Micro Devices", "TSMC": "Taiwan Semiconductor Manufacturing"}
    assert rivals(run(text)) == {frozenset(canonical.get(n, n) for n in p) for p in pairs}


@pytest.mark.parametrize("text", [
    # a market dominated by a list of names is no stated rivalry (the dev gold's reading)
    "The cloud market is dominated by AWS, Microsoft Azure and Google Cloud.",
    "Intel lost $2 billion to write-downs last year.",
    "The fire was caught early at the Intel plant, Intel said.",
    "Samsung said sales at its chip unit would catch up by the third quarter.",
    "The round was led by Sequoia and Accel, Kestrel Labs said.",
    "Nvidia leads the market for AI accelerators, Intel said.",
    "The new chip from Intel is aimed at developers of small models.",
    "Acme Robotics, a Boston startup, said it would hire 50 engineers.",
])
def test_a_lead_a_target_or_an_appositive_without_a_rival_is_none(text: str) -> None:
    assert rivals(run(text)) == set()


def test_it_is_the_company_the_sentence_before_opened_with() -> None:
    # Micron is named most, but "It" follows a sentence opened by SK Hynix
    r = run("Micron Technology raised its forecast. SK Hynix, a unit of SK Group, posted "
            "record profit. It leads Samsung Electronics and Micron Technology in HBM. "
            "Micron, based in Boise, Idaho, is racing to catch up.")
    assert frozenset(("SK Hynix", "Samsung Electronics")) in rivals(r)
    assert frozenset(("Micron Technology", "Samsung Electronics")) not in rivals(r)


def test_a_bare_ambiguous_name_after_its_full_name_is_the_company() -> None:
    r = run("Arm Holdings said it would design its own server chips. The move puts Arm in "
            "competition with some of its biggest customers, including Qualcomm and MediaTek.")
    assert rivals(r) == {frozenset(("Arm", "Qualcomm")), frozenset(("Arm", "MediaTek"))}


def test_the_two_companies_of_a_sentence_before() -> None:
    r = run("Broadcom and Marvell are the main suppliers of custom AI chips. Google works with "
            "Broadcom, while Amazon uses Marvell. The two chip designers are locked in a "
            "contest for new orders.")
    assert rivals(r) == {frozenset(("Broadcom", "Marvell Technology"))}
    # the two of the sentence before only when it tells them side by side
    r = run("Google works with Broadcom, while Meta uses Marvell. The two chip designers are "
            "locked in a contest for new orders.")
    assert frozenset(("Google", "Meta")) not in rivals(r)
    r = run("Intel and AMD reported results on Tuesday. The two companies signed a supply deal.")
    assert rivals(r) == set()


def test_the_combined_company_is_the_buyer_not_the_company_before() -> None:
    r = run("Synopsys completed its purchase of Ansys on Thursday. Ansys will now operate as a "
            "unit of Synopsys. The combined company will compete with Cadence Design Systems.")
    assert rivals(r) == {frozenset(("Synopsys", "Cadence Design Systems"))}


def test_an_unknown_company_listed_after_a_rivalry_phrase_is_a_company() -> None:
    r = run("Brightwave Robotics competes with Locus Robotics and Tessary in warehouses.")
    assert rivals(r) == {frozenset(("Brightwave Robotics", "Locus Robotics")),
                         frozenset(("Brightwave Robotics", "Tessary"))}


# --- session 7: units named after their owner's word for them ---------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Kestrel Data, a subsidiary of Nordwind Energy, opened a data center in Oslo.",
     ("Kestrel Data", "Nordwind Energy")),
    ("Nordwind Energy's cloud subsidiary, Kestrel Data, opened a data center in Oslo.",
     ("Kestrel Data", "Nordwind Energy")),
    ("Alphabet's self-driving unit Waymo expanded its robotaxi service to Austin.",
     ("Waymo", "Alphabet")),
    ("Intel said its programmable chip unit, Altera, would be run as a standalone company.",
     ("Altera", "Intel")),
])
def test_a_unit_named_after_its_owners_word_for_it(text: str, pair: tuple[str, str]) -> None:
    assert subsidiaries(run(text)) == {pair}


def test_its_unit_belongs_to_a_company_the_sentence_names() -> None:
    # "its" is the giant the sentence describes, not the story's first company
    r = run("Orvella Systems sued the regulator. Years ago a court told the telephone giant "
            "to license what its research arm, Bell Labs, invented.")
    assert subsidiaries(r) == set()


@pytest.mark.parametrize("text", [
    "Kestrel Data opened its first campus in Milan. The operator, which is owned by Blue Owl "
    "Capital, said the site is fully leased.",
    "Kestrel Data opened a campus in Turin. The company, majority-owned by the investment firm "
    "Blue Owl Capital, plans two more.",
])
def test_the_story_company_described_as_owned(text: str) -> None:
    assert subsidiaries(run(text)) == {("Kestrel Data", "Blue Owl Capital")}


@pytest.mark.parametrize("text", [
    "Zentra Data is majority-owned by Blue Owl Capital.",
    "Zentra Data, which is controlled by private equity firm Blue Owl Capital, opened a site.",
    "Blue Owl Capital took Zentra Data private in 2023.",
    "Zentra Data was taken private by Blue Owl Capital in 2023.",
    "Blue Owl Capital, which owns Zentra Data, said returns rose.",
    "Zentra Data is a wholly owned subsidiary of Blue Owl Capital.",
])
def test_an_unknown_company_told_as_owned(text: str) -> None:
    assert subsidiaries(run(text)) == {("Zentra Data", "Blue Owl Capital")}


def test_an_owner_told_with_its_backer_is_the_name_after() -> None:
    r = run("The chatbot Zorblet is owned by Microsoft-backed startup Kestrel Labs.")
    assert ("Zorblet", "Microsoft") not in subsidiaries(r)
