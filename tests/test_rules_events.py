"""Event rules: deals, rounds, launches and partnerships as tech news tells them, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.dates import find_date
from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=published))


def events(r: Extraction) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.type, tuple(e.companies)) for e in r.events}


def types(r: Extraction) -> list[str]:
    return [e.type for e in r.events]


# --- clauses ---------------------------------------------------------------------------

def test_an_aside_between_dashes_leaves_the_subject_with_its_verb() -> None:
    r = run("Spotify — still losing money on every stream — closed a $40 million funding "
            "round on Monday.")
    assert ("investment", ("Spotify",)) in events(r)
    r = run("Microsoft — through its gaming unit, which it runs from Redmond — acquired "
            "Dropbox last spring.")
    assert ("acquisition", ("Microsoft", "Dropbox")) in events(r)


def test_a_single_dash_still_ends_a_clause() -> None:
    r = run("Salesforce raised its forecast — and Workday closed a $30 million round.")
    assert ("investment", ("Workday",)) in events(r)
    assert not any("Salesforce" in e.companies for e in r.events)


def test_a_name_past_a_comma_and_a_new_phrase_is_not_the_target() -> None:
    r = run("Oracle acquired a small Greek database startup, mainly to compete with "
            "Microsoft in Europe.")
    assert not any(e.type == "acquisition" for e in r.events)
    r = run("Oracle acquired Dropbox, the file-sharing company, for $9 billion.")
    assert ("acquisition", ("Oracle", "Dropbox")) in events(r)


# --- investments -------------------------------------------------------------------------

def test_investing_in_a_field_is_not_a_deal_between_the_companies_named() -> None:
    r = run("Like Microsoft, Amazon is investing heavily in quantum computing, and the two "
            "firms compete for researchers.")
    assert "investment" not in types(r)
    r = run("Nvidia will invest in Arm's research and keep its licensing model, Intel said.")
    assert "investment" not in types(r)


def test_an_investment_in_a_company_or_a_country_is_a_deal() -> None:
    r = run("Last week, Microsoft announced a multiyear investment in OpenAI in the form of "
            "cloud credits.")
    assert ("investment", ("Microsoft", "OpenAI")) in events(r)
    r = run("Google and Facebook promised to grow their research investment in Canada.")
    assert "investment" in types(r)


def test_money_raised_before_is_history_not_a_round() -> None:
    r = run("Before the deal, Zendesk had raised $85 million from venture firms.")
    assert "investment" not in types(r)
    r = run("Stripe has raised about $200 million, with Sequoia and Accel joining in previous "
            "rounds.")
    assert "investment" not in types(r)


def test_a_stake_kept_or_inherited_is_not_a_new_investment() -> None:
    r = run("After the merger, Dell inherited a 70 percent stake in VMware.")
    assert "investment" not in types(r)
    r = run("Uber sold its Russian business to Yandex, retaining a 30 percent stake in the "
            "venture.")
    assert "investment" not in types(r)
    r = run("SoftBank took a 20 percent stake in Uber for $8 billion.")
    assert ("investment", ("SoftBank Group", "Uber")) in events(r)


def test_a_round_in_reported_speech_is_news() -> None:
    r = run("On Tuesday, Databricks announced it had raised $250 million from Andreessen "
            "Horowitz.")
    assert "investment" in types(r)


def test_the_round_told_without_its_company_is_the_story_company_s() -> None:
    r = run("Zendesk raised $40 million to expand in Europe. The funding round was led by "
            "Sequoia Capital, with Accel joining.", title="Zendesk raises $40 million")
    assert all(e.companies[0] == "Zendesk" for e in r.events if e.type == "investment")
    r = run("Zendesk is growing fast. The startup raised $40 million from Sequoia Capital.",
            title="Zendesk raises money")
    assert ("investment", ("Zendesk", "Sequoia Capital")) in events(r)


def test_money_pledged_or_spent_with_a_hedge_or_in_words_is_an_investment() -> None:
    r = run("Siemens said it would spend almost 12 billion euros on factory software by 2030.")
    assert ("investment", ("Siemens",)) in events(r)
    r = run("Microsoft pledged up to $2 billion for new AI research labs.")
    assert ("investment", ("Microsoft",)) in events(r)


def test_backing_received_from_a_company_is_an_investment() -> None:
    r = run("Anthropic, which has received multibillion-dollar backing from Google, opened an "
            "office in Dublin.")
    assert any(e.type == "investment" and set(e.companies) == {"Anthropic", "Google"}
               for e in r.events)


def test_running_costs_and_support_are_not_investments() -> None:
    r = run("Dropbox now spends about $3,000 a month on Amazon Web Services.")
    assert "investment" not in types(r)
    r = run("The format has won backing from Sony and Samsung.")
    assert "investment" not in types(r)


# --- one deal, told again -----------------------------------------------------------------

def test_one_buyer_and_one_target_are_one_deal_whatever_the_sums() -> None:
    r = run("Adobe buys Figma for $20 billion. Adobe will acquire all of Figma's shares and "
            "has raised $19.6 billion to fund the acquisition of Figma.")
    assert types(r).count("acquisition") == 1


def test_working_with_the_company_bought_is_the_deal_told_again() -> None:
    r = run("Intel acquired Habana Labs for $2 billion. Habana said it was proud to "
            "collaborate with Intel, which invested in Habana Labs two years ago.")
    assert events(r) == {("acquisition", ("Intel", "Habana Labs"))}


def test_a_clause_between_dashes_opened_by_which_tells_of_the_name_before() -> None:
    r = run("Databricks — which raised $450 million in a round led by Sequoia Capital, "
            "Altimeter and others last spring — will stay independent, its chief said.")
    assert any(e.type == "investment" and e.companies[0] == "Databricks" for e in r.events)


def test_a_total_raised_is_not_a_round() -> None:
    r = run("The new round brings Zendesk's total raised to over $300 million.")
    assert "investment" not in types(r)
    r = run("Zendesk closed a $40 million series C round led by Sequoia Capital, bringing its "
            "total funding to $90 million.")
    assert ("investment", ("Zendesk", "Sequoia Capital")) in events(r)


# --- partnerships --------------------------------------------------------------------------

def test_a_company_and_its_own_unit_are_no_partnership() -> None:
    r = run("Google said Google Cloud would work with its partners to sell the service.")
    assert "partnership" not in types(r)


def test_one_partnership_told_with_a_unit_and_with_its_parent_is_one() -> None:
    r = run("Cohere partnered with Google Cloud to train its models. Cohere said its work with "
            "Google would cut costs.")
    assert types(r).count("partnership") == 1


def test_partnership_phrasings_of_tech_news() -> None:
    r = run("Last year, Uber joined forces with Yandex in Eastern Europe.")
    assert ("partnership", ("Uber", "Yandex")) in events(r)
    r = run("Daimler and BMW announced plans to merge their car-sharing units.")
    assert ("partnership", ("Daimler", "BMW")) in events(r)
    r = run("We are proud of the collaboration between Ampere and our engineers, a TSMC "
            "executive said.")
    assert ("partnership", ("Ampere Computing", "Taiwan Semiconductor Manufacturing")) in \
        events(r)
    r = run("Nokia inked a patent licensing agreement with Xiaomi.")
    assert ("partnership", ("Nokia", "Xiaomi")) in events(r)


# --- acquisitions --------------------------------------------------------------------------

def test_a_decision_to_sell_a_business_is_the_buyer_s_acquisition() -> None:
    r = run("Nokia later made a decision to sell its handset business to Microsoft.")
    assert ("acquisition", ("Microsoft", "Nokia")) in events(r)


def test_the_owner_of_a_takeover_is_the_buyer() -> None:
    r = run("Watchdogs stopped Qualcomm's planned purchase of NXP in 2018, while Washington "
            "blocked Broadcom's hostile takeover of Qualcomm on security grounds.")
    assert ("other", ("Broadcom", "Qualcomm")) in events(r)
    assert ("other", ("Qualcomm", "NXP Semiconductors")) in events(r)


def test_a_business_handed_on_is_the_receiver_s_acquisition() -> None:
    r = run("Fujitsu is leaving the market by transferring its display operations to Japanese "
            "manufacturer Sharp.")
    assert ("acquisition", ("Sharp", "Fujitsu")) in events(r)
    r = run("Since offloading its maps unit and shifting its phone division to Microsoft, "
            "Nokia has focused on networks.")
    assert ("acquisition", ("Microsoft", "Nokia")) in events(r)
    r = run("Nokia is shifting its production to Vietnam and Flex.")
    assert "acquisition" not in types(r)


# --- sites ---------------------------------------------------------------------------------

def test_a_fire_at_a_site_is_an_other_event_not_an_opening() -> None:
    r = run("Hetzner said on Monday that a fire destroyed its data center in Nuremberg.")
    assert [(e.type, e.companies, e.city) for e in r.events] == [
        ("other", ["Hetzner"], "Nuremberg")]


def test_after_acquiring_x_the_buyer_is_the_subject_after_the_comma() -> None:
    r = run("After acquiring a chip startup called Annapurna Labs, based in Israel, Amazon "
            "began designing its own processors.")
    assert ("acquisition", ("Amazon", "Annapurna Labs")) in events(r)


def test_headline_deal_verbs() -> None:
    r = run("Cisco scoops up Splunk in a $28 billion deal.")
    assert ("acquisition", ("Cisco Systems", "Splunk")) in events(r)
    r = run("Microsoft nabs Nuance for $19.7 billion.")
    assert ("acquisition", ("Microsoft", "Nuance Communications")) in events(r)
    r = run("Databricks nabs $500 million from Nvidia and others.")
    assert "acquisition" not in types(r)


def test_two_companies_agreeing_to_merge_is_a_deal() -> None:
    r = run("AMD and Xilinx agreed to merge in an all-stock deal.")
    assert ("acquisition", ("Advanced Micro Devices", "Xilinx")) in events(r)
    r = run("Daimler and BMW agreed to merge their taxi units.")
    assert "acquisition" not in types(r)


def test_a_spin_off_is_an_other_event() -> None:
    r = run("Intel spun off Mobileye in a public offering.")
    assert ("other", ("Intel", "Mobileye")) in events(r)


def test_money_bagged_from_investors_is_an_investment() -> None:
    r = run("Figure AI gets $675 million from Microsoft and Nvidia.")
    assert any(e.type == "investment" and "Figure AI" in e.companies for e in r.events)
    r = run("SoftBank may get up to $5 billion more in cash, subject to targets.")
    assert "investment" not in types(r)


def test_teaming_up_is_a_partnership() -> None:
    r = run("Samsung and Google are teaming up on a new headset.")
    assert ("partnership", ("Samsung Electronics", "Google")) in events(r)
    r = run("Siemens said it plans to spin off its energy unit next year.")
    assert ("other", ("Siemens",)) in events(r)
    r = run("Regulators halted Ant Group, a fintech spin-off of Alibaba, from listing.")
    assert "other" not in types(r)


# --- dates -----------------------------------------------------------------------------------

PUB = dt.date(2024, 5, 2)


@pytest.mark.parametrize(("sentence", "date"), [
    ("Last year, Google invested $300 million in the startup.", "2023"),
    ("In February, the startup raised $1.3 billion.", "2024-02"),
    ("In 2018, regulators blocked the deal.", "2018"),
    ("Arm had been bought by SoftBank five years ago.", "2019"),
    ("The plant opened two months ago.", "2024-03"),
    ("Microsoft opened two regions last March.", "2023-03"),
    ("Last month, Equinix opened a site.", "2024-04"),
    ("Volkswagen said earlier this month it would spend $50 billion by 2030.", "2024-05"),
    ("The company will spend $50 billion by 2030.", "2030"),
])
def test_dates_told_relative_to_the_publish_date(sentence: str, date: str) -> None:
    assert find_date(sentence, PUB) == date


def test_the_story_s_own_news_is_dated_on_the_publish_day() -> None:
    r = run("Oracle said the deal would close soon.", title="Oracle acquires Cerner",
            published="2021-12-20")
    assert [(e.type, e.date) for e in r.events] == [("acquisition", "2021-12-20")]
    r = run("Google has officially opened its first cloud region in Warsaw, Poland.",
            published="2021-04-15")
    assert [(e.type, e.date) for e in r.events] == [("facility_opening", "2021-04-15")]
    r = run("Meta announced a data center in Odense, Denmark, that will open in 2026.",
            published="2024-05-02")
    assert [(e.type, e.date) for e in r.events] == [("facility_announcement", "2024-05-02")]


def test_a_deal_is_dated_by_the_date_told_with_it() -> None:
    r = run("Intel said it would spend more on chips than it did when it bought Altera in "
            "2015, having signed with Microsoft in March 2014.", published="2019-12-16")
    assert [(e.type, e.date) for e in r.events if e.type == "acquisition"] == [
        ("acquisition", "2015")]


def test_a_joint_project_is_a_partnership() -> None:
    r = run("Last year, Google and Meta completed their 7,000-mile subsea cable linking Asia "
            "and America.")
    assert ("partnership", ("Google", "Meta")) in events(r)
    r = run("The new cable will be co-owned by Telxius and Microsoft.")
    assert ("partnership", ("Telxius", "Microsoft")) in events(r)
    r = run("Apple and Samsung launched their own phones this month.")
    assert "partnership" not in types(r)


def test_a_company_investing_in_one_project_is_an_investment() -> None:
    r = run("Google said this week it is investing in a 10,000-mile undersea cable to Chile.")
    assert ("investment", ("Google",)) in events(r)
    r = run("Google is investing heavily in AI research.")
    assert "investment" not in types(r)


def test_budgets_and_past_investments_are_not_deals() -> None:
    r = run("Intel is spending $33 billion on capital expenditures this year.")
    assert "investment" not in types(r)
    r = run("Before the announcement, BMW had invested some $300 million in Mini production.")
    assert "investment" not in types(r)


def test_one_target_at_one_price_is_one_deal() -> None:
    r = run("Toyota buys Lyft's mapping unit for $550 million. Woven Planet said it would "
            "acquire Lyft's mapping unit in a deal worth $550 million.")
    assert types(r).count("acquisition") == 1


def test_a_company_launched_is_a_founding_not_a_product() -> None:
    r = run("When its founders launched iRobot in 1990, home robots were rare.")
    assert "product_launch" not in types(r)
    r = run("Nvidia launched DGX Cloud in 2023.")
    assert "product_launch" in types(r)
    r = run("Amazon launches AWS SageMaker, a labeling service.")
    assert "product_launch" in types(r)


def test_a_launch_in_a_market_is_a_product_launch() -> None:
    r = run("Notion said it has formally launched in Japan, with local support.")
    assert ("product_launch", ("Notion Labs",)) in events(r)
    r = run("Zendesk, launched in Copenhagen in 2007, now sells worldwide.")
    assert "product_launch" not in types(r)
    r = run("Notion launched in March with a free plan.")
    assert "product_launch" not in types(r)


def test_raising_a_forecast_prices_or_bonds_is_no_round() -> None:
    for text in ("Nvidia raised its revenue forecast to $28 billion on Wednesday.",
                 "Apple raised prices of the iPhone by $100 in India.",
                 "Intel raised $11 billion by selling bonds."):
        assert "investment" not in types(run(text)), text
    r = run("Mistral raised $600 million in a round led by General Catalyst.")
    assert "investment" in types(r)


def test_a_company_hired_for_a_job_is_a_partnership() -> None:
    r = run("Microsoft taps TSMC to make its next AI chips.")
    assert ("partnership", ("Microsoft", "Taiwan Semiconductor Manufacturing")) in events(r)
    r = run("Samsung will supply Nvidia with high-bandwidth memory.")
    assert ("partnership", ("Samsung Electronics", "Nvidia")) in events(r)
    r = run("Apple tapped into new markets while Samsung picks up the pace.")
    assert "partnership" not in types(r)


def test_money_invested_over_years_is_a_total() -> None:
    r = run("Over the past five years, Microsoft has invested $30 billion in its data centers.")
    assert "investment" not in types(r)


@pytest.mark.parametrize("text", [
    "Although it hasn't yet launched a taxi service, unlike Waymo, Zoox has driven far.",
    "Google moves before cloud providers like Oracle, which have yet to launch such chips.",
])
def test_a_launch_that_has_not_happened_is_no_event(text: str) -> None:
    assert [e for e in run(text).events if e.type == "product_launch"] == []


def test_a_valuation_or_a_running_total_is_no_amount() -> None:
    r = run("The round, which lifts Velmora's valuation to $3 billion and its total funding "
            "to $440 million, was led by Kestrel Capital.")
    assert all(e.amount is None for e in r.events)
    r = run("Velmora raised $40 million at a $2 billion valuation.")
    assert [e.amount for e in r.events if e.type == "investment"] == ["$40M"]


@pytest.mark.parametrize("text", [
    "Starship Technologies builds delivery robots for campuses. The company was set up by "
    "Skype’s Ahti Heinla in 2014, and it has raised about $17 million in venture funding.",
    "Asana sells work tracking software to teams. It has also raised nearly $90 million from "
    "backers such as Andreessen Horowitz.",
])
def test_the_story_company_raised_what_it_raised(text: str) -> None:
    r = run(text, title=None)
    first = r.companies[0].name
    assert [e.companies[0] for e in r.events if e.type == "investment"] == [first]


def test_a_company_valuation_is_not_the_rounds_amount() -> None:
    r = run("Quorlix Labs builds sensors. In May, Quorlix Labs, which is valued at $500 "
            "million, raised $35 million in a series C round.")
    assert [e.amount for e in r.events if e.type == "investment"] == ["$35M"]


def test_a_name_describing_a_product_is_no_party() -> None:
    r = run("The part shows Amazon is keen on investing in Arm-based chips.")
    assert all("Arm" not in e.companies for e in r.events)


# --- a partner as a job title ------------------------------------------------------------

def test_a_partner_at_a_fund_is_a_job_not_a_partnership() -> None:
    r = run("Quillmark raised $30 million this week. Dana Ortiz, a partner at Greylock "
            "Partners, said Quillmark has built a strong sales team.")
    assert "partnership" not in types(r)


def test_a_fund_partner_quoted_by_name_is_not_a_partnership() -> None:
    r = run("Quillmark raised $30 million this week. \"We like the team,\" said Sequoia "
            "Capital partner Dana Ortiz, who backed Quillmark early.")
    assert "partnership" not in types(r)


def test_a_named_partner_company_is_still_a_partnership() -> None:
    r = run("Siemens said on Monday that it had partnered with Nokia on factory networks.")
    assert "partnership" in types(r)


# --- partners, not customers or a listed set ------------------------------------------

def test_a_customer_list_is_no_partnership() -> None:
    r = run("Databricks said on Tuesday it had partnered with Anthropic, and that its "
            "customers include Shell, Comcast and Rivian.")
    assert events(r) == {("partnership", ("Databricks", "Anthropic"))}


def test_companies_counted_as_customers_are_not_partners() -> None:
    r = run("Orvella Labs opened a lab in Lyon. The startup counts Toyota and Hyundai as "
            "customers and works with Nvidia on chips.")
    assert ("partnership", ("Toyota", "Hyundai Motor", "Nvidia")) not in events(r)
    assert all(e.type != "partnership" or "Toyota" not in e.companies for e in r.events)


@pytest.mark.parametrize("text", [
    "The software works with carmakers such as Toyota and Hyundai, the developer said.",
    "Its boards are sold through partners like Seeed Studio and Foxconn in Asia.",
])
def test_a_listed_set_of_companies_are_not_partners_of_each_other(text: str) -> None:
    assert [e for e in run(text).events if e.type == "partnership"] == []


def test_a_listed_set_are_the_partners_of_the_story_company() -> None:
    r = run("Qorvex builds chips for robots. It has partnered with companies like Sony, "
            "Samsung and Bosch for the next generation.", title="Qorvex Inc. expands")
    assert ("partnership", ("Qorvex", "Sony", "Samsung Electronics", "Bosch")) in events(r)


def test_an_unnamed_partner_makes_no_partnership() -> None:
    r = run("Mistral AI said on Monday it had partnered with several European banks to run "
            "its models on their own servers.")
    assert [e for e in r.events if e.type == "partnership"] == []


# --- an aside on the subject of a round --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Groq, a challenger to Nvidia, raised $640 million on Monday.", ("Groq",)),
    ("Zentrix Labs opened an office in Austin. The company, which was spun off from Intel "
     "last year, raised $70 million from investors including Accel and Index Ventures.",
     ("Zentrix Labs", "Accel", "Index Ventures")),
])
def test_a_company_named_in_an_aside_on_the_subject_is_no_side_of_the_round(
        text: str, expected: tuple[str, ...]) -> None:
    r = run(text, title="Zentrix Labs expands" if "Zentrix" in text else None)
    assert [tuple(e.companies) for e in r.events if e.type == "investment"] == [expected]


def test_a_backer_in_the_aside_is_still_a_side() -> None:
    r = run("Kestrel, a startup backed by Sequoia Capital, raised $5 million on Monday.")
    assert ("investment", ("Kestrel", "Sequoia Capital")) in events(r)


# --- who launched ------------------------------------------------------------------------

@pytest.mark.parametrize("text, launcher", [
    ("Google launched its Bard chatbot in the US in March, its answer to OpenAI's ChatGPT "
     "and Microsoft's Bing Chat.", ("Google",)),
    ("Hitachi has unveiled its first humanoid robot, built to challenge Honda's Asimo and "
     "Sony's Qrio.", ("Hitachi",)),
    ("Lyft and Aptiv launched a pickup service in Las Vegas that used eight BMW cars.",
     ("Lyft", "Aptiv")),
])
def test_the_launcher_is_the_company_before_the_launch_word(
        text: str, launcher: tuple[str, ...]) -> None:
    r = run(text)
    assert [tuple(e.companies) for e in r.events if e.type == "product_launch"] == [launcher]
