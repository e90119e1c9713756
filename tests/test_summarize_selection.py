"""What the story article leaves out, with the real encoder and the real sentence alignment.

All text here is fictional, written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsfuse.copies import align_story
from newsfuse.embeddings import shared_encoder
from newsfuse.records import Article, Story, Summary
from newsfuse.settings import Settings
from newsfuse.summarize import draft_story, summarize_story
from newsfuse.temporal import date_article

from conftest import cleaned_article

pytestmark = pytest.mark.slow
NOON = datetime(2025, 3, 4, 12, tzinfo=UTC)


def _story(articles: list[Article], day: date = date(2025, 3, 4)) -> Story:
    return Story(f"{day.isoformat()}-{articles[0].id}", tuple(a.id for a in articles), "en", day)


def _summary(articles: list[Article], day: date = date(2025, 3, 4)) -> Summary:
    """The story article of these articles, with the real encoder and alignment."""
    story = _story(articles, day)
    return summarize_story(story, articles, align_story(articles).passages, Settings(), shared_encoder())


def _reasons(articles: list[Article]) -> dict[str, str]:
    """Each candidate sentence and why it was left out, or "chosen"."""
    draft = draft_story(_story(articles), articles, align_story(articles).passages, Settings(), shared_encoder())
    return {c.text: draft.left_out.get(id(c), "chosen") for c in draft.candidates}


def _page_reasons(page: list[str], language: str = "en") -> dict[str, str]:
    """The reasons of a story of one page of these sentences."""
    return _reasons([cleaned_article("page", "Nordhaven Post", page, NOON, language)])


def _carried(sentences: list[str], language: str, outlets: tuple[tuple[str, str, int], ...], day: date) -> list[Article]:
    """One report as several outlets carry it: (article id, outlet, hour of publication on ``day``) each."""
    return [
        cleaned_article(aid, outlet, sentences, datetime(day.year, day.month, day.day, hour, tzinfo=UTC), language)
        for aid, outlet, hour in outlets
    ]


def _titled(aid: str, outlet: str, sentences: list[str], when: datetime, language: str, title: str) -> Article:
    """One outlet's report under its own title."""
    return replace(cleaned_article(aid, outlet, sentences, when, language), title=title)


def _post_and_wire_reasons(post: list[str], wire: list[str], language: str = "en") -> dict[str, str]:
    """The reasons of a story of two reports (English unless told): a local paper's and a wire's."""
    return _reasons(
        [
            cleaned_article("post", "Nordhaven Post", post, NOON, language),
            cleaned_article("wire", "Nordic Wire", wire, NOON, language),
        ]
    )


REPORT = [
    "The harbour minister of Nordhaven, Erik Lund, resigned on Tuesday after a row over the new ferry contract.",
    "Mr Lund said he had lost the confidence of the coalition partners over the tender.",
    "The prime minister accepted the resignation and named the fisheries minister as interim head of the department.",
    "The ferry contract, worth 80 million crowns, will be reviewed by the audit office.",
]
TRANSCRIPT = [
    "March 4, 2025 (1:05 p.m.) MINISTER LUND: Good afternoon, I have handed my resignation to the prime minister.",
    "QUESTION: Minister, was it the ferry contract? -- MINISTER LUND: Let me go back to that.",
    "QUESTION: Will you stay in parliament? -- MINISTER LUND: Next question.",
    "I have served the harbour department for four years and I leave it in good order.",
    "March 5, 2025 MINISTER LUND: The ferry contract was reviewed twice before the tender closed.",
    "Contact the harbour press office at press@harbour.nordhaven.example for the full text of the statement.",
    "Ferry tenders under review 4/3/2025 (14h47) - The audit office will publish its review of all ferry tenders.",
    "Ferry length : 186 m. Car deck : 2,400 m2.",
    "Home port: Nordhaven Harbour, North Pier, Baltia.",
]


def test_turns_of_a_transcript_are_not_sentences_of_the_article() -> None:
    articles = [
        cleaned_article("report", "Nordhaven Post", REPORT, NOON, "en"),
        cleaned_article("wire", "Nordic Wire", REPORT[:2] + REPORT[3:], NOON, "en"),
        cleaned_article("briefing", "Nordhaven Government", TRANSCRIPT, NOON, "en"),
    ]
    summary = _summary(articles)
    texts = [s.text for s in summary.sentences]
    assert texts and not any(
        "QUESTION:" in t or "LUND:" in t or "@" in t or "(14h47)" in t or "186 m" in t or "Home port" in t
        for t in texts
    )
    assert any("resigned" in t for t in texts)
    # The minister's own words, outside quotation marks, would read as the article's voice.
    assert not any(t.startswith("I have served") for t in texts)


COUNCIL_A = [
    "Dunmore councillors approved a plan on Monday to close four swimming pools by the end of the year.",
    "Opposition leader Marta Quinn said the pool closures would hit the poorest neighbourhoods hardest.",
    "The council's finance chief, Owen Reyes, said the pools cost 3 million pounds a year to run.",
]
COUNCIL_B = [
    "Four swimming pools in Dunmore will close by the end of the year after councillors approved the plan on Monday.",
    "Opposition leader Marta Quinn said the cuts would fall on families with the least money.",
    "Campaigners said they would collect signatures to keep the pool in Eastgate open.",
]


def test_a_speaker_paraphrased_by_two_outlets_is_reported_once() -> None:
    articles = [
        cleaned_article("dunmore-a", "Dunmore Herald", COUNCIL_A, NOON, "en"),
        cleaned_article("dunmore-b", "Coast Radio", COUNCIL_B, NOON, "en"),
    ]
    summary = _summary(articles)
    texts = [s.text for s in summary.sentences]
    assert sum("Marta Quinn said" in t for t in texts) == 1
    assert any("Owen Reyes" in t for t in texts) and any("Campaigners" in t for t in texts)


def test_a_web_kicker_is_trimmed_not_taken_for_a_speaker() -> None:
    report = [
        "UPDATED: Ferrylink, the Nordhaven ferry operator, says it will appeal against the fine imposed on Monday.",
        "The harbour authority fined the company 2 million crowns for missed sailings over the winter.",
        "Ferrylink's chief executive, Anna Berg, said the storms had made the crossings unsafe.",
    ]
    [article] = [cleaned_article("ferry", "Nordhaven Post", report, NOON, "en")]
    summary = _summary([article])
    texts = [s.text for s in summary.sentences]
    assert any(t.startswith("Ferrylink, the Nordhaven ferry operator, says") for t in texts)
    assert not any("UPDATED" in t for t in texts)


def test_a_sentence_leaning_on_one_left_out_is_not_taken() -> None:
    port = [
        "Nordhaven port reopened on Tuesday after a three-day strike by crane operators ended with a wage deal.",
        "Under the agreement, pay rises 16 percent this year and night bonuses 12 percent.",
        "It also ends the night shifts for crane operators that started the strike.",
        "Ships queued outside the harbour for three days while the cranes stood still.",
    ]
    wire = [
        "Crane operators at Nordhaven port ended their strike on Tuesday with a deal raising wages by 16 percent and "
        "bonuses by 12 percent.",
        "The harbour authority said 14 ships were waiting to be unloaded.",
    ]
    reasons = _post_and_wire_reasons(port, wire)
    # The figures were given by the wire's lead, so "Under the agreement ..." goes, and "It also ..." with it.
    assert reasons[port[1]].startswith("repeats the figures")
    assert reasons[port[2]].startswith("leans on the sentence before it")
    assert reasons[port[3]] == "chosen"


@pytest.mark.parametrize(
    ("own_date", "expected"), [(None, "on Friday in"), (date(2025, 1, 3), "on Friday 3 January 2025 in")]
)
def test_an_undated_report_takes_the_story_date_only_from_its_own_text(own_date: date | None, expected: str) -> None:
    # Without a publication date, "Friday" may be a later event's: the story date (from other reports) is written
    # only when the report's own text gave that date.
    ceremony = [
        "The Nordhaven peace prize was handed to the harbour pilot Anna Berg on Friday in the old customs hall.",
        "Ms Berg thanked the crews of the rescue boats and the families of the missing fishermen.",
    ]
    article = replace(cleaned_article("prize", "Nordhaven Post", ceremony, None, "en"), event_date=own_date)
    summary = _summary([article], date(2025, 1, 3))
    assert expected in summary.sentences[0].text


def test_an_undated_report_takes_a_story_date_that_two_dated_reports_settle() -> None:
    ceremony = [
        "The Nordhaven peace prize was handed to the harbour pilot Anna Berg on Friday in the old customs hall.",
        "Ms Berg thanked the crews of the rescue boats and the families of the missing fishermen.",
    ]
    dated = [
        replace(cleaned_article(aid, outlet, [line], when, "en"), event_date=date(2025, 1, 3))
        for aid, outlet, line, when in (
            ("wire", "Nordic Wire", "The prize comes with a bronze medal.", datetime(2025, 1, 3, 20, tzinfo=UTC)),
            (
                "daily",
                "Baltholm Daily",
                "Last year's prize went to a lifeboat crew.",
                datetime(2025, 1, 4, 7, tzinfo=UTC),
            ),
        )
    ]
    undated = cleaned_article("prize", "Nordhaven Post", ceremony, None, "en")
    summary = _summary([undated, *dated], date(2025, 1, 3))
    assert "on Friday 3 January 2025 in" in summary.sentences[0].text


def test_one_precise_figure_again_is_the_same_fact_but_a_label_is_not() -> None:
    survey = [
        "Nordhaven was the most polluted port of the Baltic last year, a survey by the Marine Institute found.",
        "The port accounted for 18.42 per cent of the oil spilled in the region, the survey said.",
        "The tanker Baltic 714 was moored at the north pier when the inspectors arrived.",
    ]
    wire = [
        "Oil spills at Nordhaven made up 18.42 per cent of the regional total, according to the Marine Institute.",
        "Inspectors boarded the Baltic 714 tanker and two ferries during the survey.",
    ]
    reasons = _post_and_wire_reasons(survey, wire)
    spills = [survey[1], wire[0]]
    assert sorted(reasons[t].startswith("repeats the figures") for t in spills) == [False, True]
    assert not any(reasons[t].startswith("repeats the figures") for t in (survey[2], wire[1]))


def test_a_figure_after_the_opening_word_counts_and_a_loose_restatement_is_dropped() -> None:
    page = [
        "La nouvelle gare maritime de Nordhaven a ouvert samedi après deux ans de travaux.",
        "Près de 3 000 voyageurs s'y sont pressés dès l'ouverture des guichets à 6 heures.",
        "Le bâtiment accueille aussi une halle de marché et un belvédère sur le port.",
        "Quelque 3 000 personnes ont franchi les portiques le premier jour.",
    ]
    reasons = _page_reasons(page, "fr")
    assert reasons[page[1]] == "chosen"
    # The reason names the sentence by its opening words: the body is reordered after selection.
    assert reasons[page[3]] == "repeats the figures of chosen sentence “Près de 3 000 voyageurs s'y…”"


TOLL_AND_SUM = [
    "Sept personnes ont été tuées et 21 blessées samedi quand un car a quitté la route près de Vignac.",
    "Le département financera pour 42 millions d'euros la reconstruction du pont de la Vire.",
    "Les secours ont mobilisé trois hélicoptères et une centaine de pompiers.",
    "L'enquête sur l'accident qui a fait sept morts et 21 blessés près de Vignac se poursuit.",
    "Selon le préfet, la facture de 42 millions d'euros sera réglée en trois ans par les élus.",
]
SHARES = [
    "Les dockers de Nordhaven ont cessé le travail mardi à l'appel du syndicat, qui revendique 85 % de grévistes.",
    "La direction du port avance de son côté un taux de 60 %.",
    "Une trentaine de navires attendent au large, selon la capitainerie.",
    "Le syndicat revendique 85 % de grévistes, la direction 60 %.",
]


@pytest.mark.parametrize(
    ("page", "repeats"),
    [
        (TOLL_AND_SUM, {3: "Sept personnes", 4: "Le département financera"}),  # a toll in words, a sum in millions
        (SHARES, {3: "Les dockers de Nordhaven"}),  # a share is a precise figure whatever its digits
    ],
)
def test_figures_given_again_are_the_same_fact(page: list[str], repeats: dict[int, str]) -> None:
    reasons = _page_reasons(page, "fr")
    assert reasons[page[0]] == reasons[page[1]] == "chosen"
    for index, opening in repeats.items():
        assert reasons[page[index]].startswith(f"repeats the figures of chosen sentence “{opening}")


def test_a_sentence_announcing_the_next_one_is_not_taken() -> None:
    works = [
        "Repairs to the Nordhaven ferry terminal will take until the summer, the harbour authority said on Tuesday.",
        "Anna Berg, who coordinates the work for tenants, insurers and the port, described the plan:",
        "The two upper floors of the terminal building will be rebuilt and the quay reinforced.",
        "Ferries to Baltholm will leave from the north pier until the terminal reopens.",
    ]
    reasons = _page_reasons(works)
    assert reasons[works[1]].startswith("announces the sentence after it")
    assert reasons[works[0]] == "chosen" and reasons[works[2]] == "chosen"


@pytest.mark.parametrize(
    ("story_day", "expected"),
    [(date(2025, 3, 7), "on Friday 7 March 2025 in"), (date(2025, 1, 3), "on Friday in")],
)
def test_the_lead_weekday_gets_the_story_date_only_when_it_can_mean_it(story_day: date, expected: str) -> None:
    # The report came out on Friday 7 March; 3 January was a Friday too, nine weeks before, when the prize was
    # announced. A story dated 3 January must not write that date onto this report's "Friday".
    ceremony = [
        "The Nordhaven peace prize was handed to the harbour pilot Anna Berg on Friday in the old customs hall.",
        "Ms Berg thanked the crews of the rescue boats and the families of the missing fishermen.",
    ]
    article = cleaned_article("prize", "Nordhaven Post", ceremony, datetime(2025, 3, 7, 18, tzinfo=UTC), "en")
    summary = _summary([article], story_day)
    assert expected in summary.sentences[0].text


def test_a_caption_without_a_full_stop_does_not_open_the_article() -> None:
    page = [
        "Erik Lund quit after months of rows over the ferry contract in Nordhaven",  # photo captions: no full stop
        "The ferry contract split the coalition partners",
        "The harbour minister of Nordhaven, Erik Lund, has resigned from the government over the new ferry contract.",
        "The prime minister accepted the resignation and named an interim head of the department.",
        "The ferry contract, worth 80 million crowns, will be reviewed by the audit office.",
    ]
    lead = _summary([cleaned_article("page", "Nordhaven Post", page, NOON, "en")]).sentences[0].text
    assert lead.startswith("The harbour minister of Nordhaven, Erik Lund, has resigned")


def test_a_quotation_running_on_into_the_next_paragraph_is_not_taken() -> None:
    page = [
        "Nordhaven's harbour minister Erik Lund resigned on Tuesday after a row over the new ferry contract.",
        'The prime minister said: "Erik Lund served the harbour department well for four years.',
        '"He leaves it in good order and with a full order book," she added.',
        "The ferry contract, worth 80 million crowns, will be reviewed by the audit office.",
    ]
    reasons = _page_reasons(page)
    assert page[1] not in reasons  # its quotation never closes: not a candidate
    assert reasons[page[0]] == "chosen" and reasons[page[3]] == "chosen"


def test_sentences_are_compared_as_the_article_would_show_them_without_a_wire_dateline() -> None:
    wire = [
        "Nordhaven, Norland, March 4 (UPI) -- Former harbour minister Erik Lund was placed under house arrest on Tuesday.",
        "A court upheld his indictment for bribery on Monday.",
        "Mr Lund denies the charges.",
    ]
    articles = [cleaned_article("wire", "Nordic Wire", wire, NOON, "en")]
    draft = draft_story(_story(articles), articles, align_story(articles).passages, Settings(), shared_encoder())
    [dated] = [c for c in draft.candidates if c.text.startswith("Nordhaven, Norland")]
    shown = shared_encoder().encode(["Former harbour minister Erik Lund was placed under house arrest on Tuesday."])[0]
    # The dateline would hide a repeat of this sentence by another outlet: similarity is measured without it.
    assert float(dated.vector @ shown) > 0.999


def test_a_sentence_reworded_by_another_outlet_is_given_once() -> None:
    post = [
        "General Erik Lund, Norland's former army chief, was placed under house arrest on Tuesday.",
        "Court officials delivered the arrest order to the general at his country residence near Nordhaven.",
        "Lund, 81, faces charges over the disappearance of 40 activists in the 1980s.",
    ]
    wire = [
        "A court in Norland ordered the house arrest of former army chief Erik Lund on Tuesday.",
        "Court officials say the arrest order was delivered to Erik Lund's home near the capital, Nordhaven, on Tuesday.",
        "His lawyers said they would appeal to the Supreme Court.",
    ]
    reasons = _post_and_wire_reasons(post, wire)
    orders = sorted([reasons[post[1]], reasons[wire[1]]])
    # The two embed under the 0.7 ceiling (0.67) but share seven of the shorter one's ten content words.
    assert orders[0] == "chosen" and orders[1].startswith("rewords chosen sentence “Court officials")


DERAILMENT = [
    "Ifølge politiet er 11 af togets vogne kørt af sporet, og fra mindst to af dem er der løbet gødning ud.",
    "Togets fører, en 54-årig mand fra Tyskland, kom ikke til skade.",
    "Strækningen er spærret mindst til torsdag, oplyser Banenet.",
]


def test_a_sentence_the_others_say_between_them_is_left_out() -> None:
    post = [
        "Elleve vogne fra et godstog lastet med kunstgødning kørte tirsdag morgen af sporet syd for Nordby.",
        "Omkring 300 beboere er blevet evakueret.",
        "Toget var lastet med kunstgødning, og 11 af vognene er kørt af sporet, oplyser politiet.",
    ]
    reasons = _post_and_wire_reasons(post, DERAILMENT, "da")
    assert reasons[post[0]] == "chosen" and reasons[DERAILMENT[0]] == "chosen"
    # No one sentence rewords it (Danish embeds lexically), but the lead and the police's account give all of it bar
    # "oplyser".
    assert reasons[post[2]].startswith("says nothing")


def test_a_sentence_with_a_new_figure_is_not_pieced_together() -> None:
    post = [
        "Elleve vogne fra et godstog lastet med kunstgødning kørte tirsdag morgen af sporet syd for Nordby.",
        "Omkring 300 beboere er blevet evakueret.",
        "Toget var lastet med 900 ton kunstgødning, og 11 af vognene er kørt af sporet, oplyser politiet.",
    ]
    reasons = _post_and_wire_reasons(post, DERAILMENT, "da")
    assert reasons[post[2]] == "chosen"


def test_an_english_line_without_a_verb_is_not_taken() -> None:
    post = [
        "Dr. Anna Berg, Chair of the Nordhaven Harbour Board.",
        "The harbour board approved a new ferry timetable on Tuesday after two months of talks with the unions.",
        "Crossings to the islands will run every two hours from June.",
    ]
    wire = [
        "Dr. Anna Berg, Chair of the Nordhaven Harbour Board.",
        "Nordhaven's harbour board has approved a new ferry timetable, ending two months of talks with the unions.",
        "Fares will stay the same until the end of the year, the board said.",
    ]
    reasons = _post_and_wire_reasons(post, wire)
    # Carried by both outlets and first on both pages, the signature would otherwise open the article.
    assert reasons[post[0]] == "has no verb: a name, a title or a label, not a report"


def test_a_story_of_table_rows_only_says_so() -> None:
    rows = [
        "Nordhaven Ferries 41 5.165 12 340 2.1",
        "Sundby Line 64 20.000 15 410 3.4",
        "Ostkap Shipping 11 1.380 4 95 0.7",
    ]
    summary = _summary([cleaned_article("table", "Nordhaven Post", rows, NOON, "en")])
    assert summary.sentences  # the lines are still given: a story page is never empty
    assert any("no complete sentence of a report" in note for note in summary.notes)
    report = _summary([cleaned_article("report", "Nordhaven Post", REPORT, NOON, "en")])
    assert not any("no complete sentence" in note for note in report.notes)


def test_a_title_that_is_only_a_name_gives_way_to_the_lead_without_its_written_out_date() -> None:
    report = [
        "Anna Berger wurde am Montag beim Parteitag der Hafenpartei mit 91 Prozent der Stimmen als Vorsitzende bestätigt.",
        "Die Delegierten applaudierten minutenlang, bevor Berger ihre Rede über die neue Fährlinie hielt.",
    ]
    article = replace(
        cleaned_article("partei", "Linzer Abendblatt", report, datetime(2025, 3, 3, 18, tzinfo=UTC), "de"),
        title="Hafenpartei Oberösterreichs",
    )
    story = Story("2025-03-03-partei", ("partei",), "de", date(2025, 3, 3))
    summary = summarize_story(story, [article], align_story([article]).passages, Settings(), shared_encoder())
    assert "Montag, 3. März 2025" in summary.sentences[0].text
    assert summary.headline.startswith("Anna Berger wurde am Montag beim Parteitag der Hafenpartei")


FERRY_FEATURE = [
    "What does it take to keep a ferry line running through a northern winter?",
    "Then, last week, the Nordhaven harbour board voted to keep the Baltholm ferry line open until March.",
    "A row between the Nordhaven harbour board and the ferry operator Baltic Link over the winter timetable is ending.",
    "Baltic Link said on Tuesday that it would run two crossings a day to Baltholm until the end of March.",
    "The operator had threatened to stop the Baltholm line in January, citing fuel costs of 3 million crowns.",
    "Why did the harbour board change its mind about the Baltholm ferry line?",
    "Board chair Anna Berg said the 2,000 residents of Baltholm could not be left without a ferry link.",
    "The winter timetable of the Baltholm line will be reviewed again in April.",
]


def test_the_writers_questions_and_continuing_connectives_do_not_make_the_article() -> None:
    # A feature's rhetorical questions are not report sentences, and "Then, last week, ..." continues a sentence the
    # article does not give: neither may open it.
    page = cleaned_article("feature", "Nordhaven Post", FERRY_FEATURE, NOON, "en")
    settings = replace(Settings(), summary_words=60, summary_max_words=80)
    summary = summarize_story(_story([page]), [page], align_story([page]).passages, settings, shared_encoder())
    texts = [s.text for s in summary.sentences]
    assert not any(text.endswith("?") for text in texts)
    assert not texts[0].startswith("Then")


THURSDAY = datetime(2025, 4, 10, 8, tzinfo=UTC)
FIRE_REPORTS = {
    "post": [
        "A fire broke out at the Kessling chemical plant near Nordhaven on Wednesday evening, the fire service said.",
        "About 120 firefighters fought the blaze through the night.",
        "Residents of Rozby were told to keep their windows closed.",
    ],
    "wire": [
        "Fire crews fought a blaze at the Kessling chemical plant near Nordhaven that broke out on Wednesday evening.",
        "Two workers were treated for smoke inhalation.",
        "The cause of the fire is not yet known.",
    ],
}


def _only_story_article(folder: Path, name: str, page: str) -> Summary:
    """The story article of a folder holding one page that makes one story."""
    from newsfuse.pipeline import run

    (folder / name).write_text(page, encoding="utf-8")
    result = run([folder])
    [story] = result.stories
    return result.summaries[story.id]


def _dated(aid: str, sentences: list[str]) -> Article:
    """An English article published on Thursday 10 April 2025, with the dates its sentences give resolved."""
    article = cleaned_article(aid, f"Outlet {aid}", sentences, THURSDAY, "en")
    dating = date_article(None, sentences, THURSDAY.date(), "publication", "en")
    return replace(article, event_date=dating.event_date, date_evidence=dating.mentions)


@pytest.mark.parametrize(
    ("first", "left_out"),
    [
        # The same fire, told a day early by one outlet of three: not stated as fact.
        ("A fire at the Kessling chemical plant near Nordhaven started a major emergency operation on Tuesday evening.", True),
        # Another happening of the day before, background to the fire: it stays a candidate like any other.
        ("Inspectors had found cracks in two storage tanks of the Kessling plant on Tuesday.", False),
    ],
)
def test_a_sentence_dating_the_event_earlier_than_most_sources_is_left_out(first: str, left_out: bool) -> None:
    other = [first, "A black plume of smoke could be seen for miles.", "The plant employs about 450 people."]
    articles = [_dated("post", FIRE_REPORTS["post"]), _dated("wire", FIRE_REPORTS["wire"]), _dated("alpine", other)]
    story = _story(articles, date(2025, 4, 9))
    draft = draft_story(story, articles, align_story(articles).passages, Settings(), shared_encoder())
    reasons = {c.text: draft.left_out.get(id(c), "chosen") for c in draft.candidates}
    dated_otherwise = reasons[first].startswith("dates the event Tuesday 8 April 2025; 2 sources give Wednesday")
    assert dated_otherwise is left_out
    if left_out:
        assert not any("Tuesday" in s.text for s in draft.summary.sentences)


def test_a_count_in_words_given_again_in_other_words_is_left_out() -> None:
    post = [
        "An avalanche above Lake Varn buried three ski tourers on Saturday, mountain rescuers said.",
        "Two of them were freed by their companions within minutes.",
        "The third was dug out after 40 minutes and flown to hospital in Nordby.",
    ]
    wire = [
        "Three ski tourers were caught by an avalanche above Lake Varn on Saturday.",
        "Two other members of the group were dug out by their companions.",
        "The avalanche danger had been rated 3 on a scale of 5.",
    ]
    reasons = _post_and_wire_reasons(post, wire)
    pair = [reasons[post[1]], reasons[wire[1]]]
    assert "chosen" in pair and any(r.startswith("repeats the figures of chosen sentence") for r in pair)



def test_a_standfirst_in_headline_style_supports_and_cites_but_never_makes_the_article() -> None:
    standfirst = "Fourteen hurt, two still in hospital."
    page = cleaned_article("post", "Nordhaven Post", [standfirst, *REPORT], NOON, "en")
    page = replace(page, sentences=(replace(page.sentences[0], standfirst=True), *page.sentences[1:]))
    reasons = _reasons([page])
    assert standfirst not in reasons
    assert reasons[REPORT[0]] == "chosen"


def test_a_standfirst_that_reads_as_a_reports_lead_opens_the_article() -> None:
    # The editor's own lead over a body opening on a detail: "The police said the driver was alone in the car."
    standfirst = (
        "A 34-year-old woman was taken to hospital after her car hit an elk between Granby and Westby on Tuesday evening."
    )
    body = [
        "The police said the driver was alone in the car.",
        "The collision happened shortly before 7.40 pm on the county road near Redmoor, six kilometres west of Granby.",
        "The elk was badly hurt and later put down by a hunter called out by the police.",
    ]
    page = cleaned_article("post", "Nordhaven Post", [standfirst, *body], NOON, "en")
    page = replace(page, sentences=(replace(page.sentences[0], standfirst=True), *page.sentences[1:]))
    summary = _summary([page])
    assert summary.sentences[0].text.startswith("A 34-year-old woman was taken to hospital"), summary.sentences[0].text


def test_a_later_standfirst_sentence_that_names_the_day_leads_when_the_first_does_not() -> None:
    # "Na jaren lobbyen hebben de skaters eindelijk een eigen park. Wethouder Yusuf Demir opende vrijdagavond het
    # skatepark ...": the first sentence says no when, the second is the news.
    standfirst = [
        "After years of lobbying the skaters of Granby finally have a park of their own.",
        "Councillor Yusuf Demir opened the skate park at the Kluft sports ground on Friday evening.",
    ]
    body = [
        "The concrete park covers 1,200 square metres and cost 285,000 euros.",
        "It was designed together with a group of young people who started a petition in 2024.",
        "Neighbours on Kluft Lane had worried about the noise, so the council put up a three-metre screen.",
    ]
    page = cleaned_article("post", "Nordhaven Post", [*standfirst, *body], NOON, "en")
    page = replace(
        page, sentences=tuple(replace(s, standfirst=s.index < len(standfirst)) for s in page.sentences)
    )
    summary = _summary([page], date(2025, 2, 28))  # the Friday before the page's Tuesday
    assert summary.sentences[0].text.startswith("Councillor Yusuf Demir opened the skate park"), summary.sentences[0].text
    assert not any(s.text.startswith("After years of lobbying") for s in summary.sentences)


def test_a_toll_fewer_outlets_give_is_shown_as_what_other_sources_say_and_kept_out_of_the_headline() -> None:
    opening = "A road bridge collapsed in Nordhaven on Tuesday morning, sending a bus and two cars into the river."
    early = cleaned_article(
        "early",
        "Nordhaven Post",
        [
            opening,
            "Twelve people were injured, according to a first count by the fire service.",
            "Rescue teams worked through the morning to free the passengers from the bus.",
        ],
        datetime(2025, 3, 4, 9, tzinfo=UTC),
        "en",
    )
    later = _carried(
        [
            opening,
            "The police said on Tuesday afternoon that 14 people had been injured in the collapse.",
            "The mayor ordered all schools in the town to stay closed on Wednesday.",
        ],
        "en",
        (("wire", "Nordic Wire", 13), ("gazette", "Harbour Gazette", 15)),
        date(2025, 3, 4),
    )
    early = replace(early, title="Nordhaven bridge collapse: 12 injured as bus falls into river")
    later[0] = replace(later[0], title="Bridge collapses in Nordhaven, 14 people injured")
    articles = [early, *later]
    draft = draft_story(_story(articles), articles, align_story(articles).passages, Settings(), shared_encoder())
    summary = draft.summary
    stating = [s for s in summary.sentences if "14 people had been injured" in s.text]
    assert stating, [s.text for s in summary.sentences]
    assert [v.text for v in stating[0].variants] == [early.sentences[1].text]
    assert not any("Twelve" in s.text for s in summary.sentences)
    assert "12" not in summary.headline
    reasons = {c.text: draft.left_out.get(id(c)) for c in draft.candidates}
    assert reasons[early.sentences[1].text] == "gives 12 injured; 2 outlets give 14 (shown under the sentence giving it)"


@pytest.mark.parametrize(("story_day", "expected"), [(date(2025, 3, 4), None), (date(2025, 3, 6), "6 March 2025")])
def test_the_lead_day_word_keeps_the_day_its_own_report_gives_it(story_day: date, expected: str | None) -> None:
    # Published on Thursday 6 March: "this afternoon" is that Thursday, never a story day two days before it.
    closure = [
        "The Cartiera viaduct in Frassineto has been closed to traffic since this afternoon.",
        "Engineers found corroded cables in one of its main beams during the checks ordered after Tuesday's collapse.",
    ]
    published = datetime(2025, 3, 6, 18, tzinfo=UTC)
    article = cleaned_article("closure", "Valley News", closure, published, "en")
    dating = date_article(None, closure, published.date(), "test", "en")
    article = replace(article, date_evidence=dating.mentions, event_date=dating.event_date)
    lead = _summary([article], story_day).sentences[0].text
    if expected is None:
        assert "March" not in lead, lead
    else:
        assert expected in lead, lead


def test_on_a_tie_the_later_toll_prevails() -> None:
    first = cleaned_article(
        "first",
        "Ridge News",
        [
            "Two people were killed on Tuesday when a school bus and a pickup truck collided north of Millbrook.",
            "Seventeen students were taken to hospital, two of them with critical injuries.",
            "The pickup driver failed to stop at a stop sign, the highway patrol said.",
        ],
        datetime(2025, 3, 4, 11, tzinfo=UTC),
        "en",
    )
    later = cleaned_article(
        "later",
        "County Ledger",
        [
            "The number of people killed in Tuesday's crash has risen to three after a student died in hospital.",
            "The pickup driver failed to stop at a stop sign, the highway patrol said.",
            "Classes were cancelled on Wednesday and counsellors will be at the high school.",
        ],
        datetime(2025, 3, 5, 7, tzinfo=UTC),
        "en",
    )
    summary = _summary([first, later])
    stating = [s for s in summary.sentences if s.text.startswith("The number of people killed")]
    assert stating and [v.article for v in stating[0].variants] == ["first"], [s.text for s in summary.sentences]
    assert not any("Two people were killed" in s.text for s in summary.sentences)


def test_an_evacuation_figure_given_otherwise_only_in_other_languages_is_qualified_where_stated() -> None:
    english = cleaned_article(
        "ledger",
        "European Ledger",
        [
            "About 1,200 residents were evacuated from their homes in Brennheim overnight after a fire at a chemical plant.",
            "More than 180 firefighters were deployed, and the fire was brought under control on Wednesday morning.",
            "The cause of the fire was not yet known, and prosecutors said they had opened an inquiry.",
        ],
        datetime(2025, 3, 5, 7, tzinfo=UTC),
        "en",
    )
    german = _carried(
        [
            "Bei einem Großbrand in einem Chemiewerk in Brennheim mussten rund 1500 Anwohner ihre Wohnungen verlassen.",
            "Die Feuerwehr war mit rund 180 Einsatzkräften vor Ort, am Mittwochmorgen war das Feuer unter Kontrolle.",
        ],
        "de",
        (("kurier", "Mosel-Kurier", 9), ("zeitung", "Eifel-Zeitung", 10)),
        date(2025, 3, 5),
    )
    articles = [english, *german]
    summary = _summary(articles, date(2025, 3, 4))
    stating = [s for s in summary.sentences if "1,200 residents" in s.text]
    # The only English version stays, and the German sources' figure is shown under it, in their words.
    assert stating, [s.text for s in summary.sentences]
    assert sorted(v.article for v in stating[0].variants) == ["kurier", "zeitung"]
    assert all("1500 Anwohner" in v.text for v in stating[0].variants)


def test_a_quotation_a_dash_opened_is_never_given_as_the_reports_own_words() -> None:
    page = cleaned_article(
        "fjord",
        "Fjordabladet",
        [
            "Ferja MF Hjellestad gikk på grunn i Sørvikfjorden fredag kveld med 212 passasjerer om bord.",
            "Lars Ove Myklebust fra Skarvnes var på vei hjem fra jobb da ulykken skjedde.",
            "– Det var et skikkelig smell, og så la ferja seg over på siden.",
            "Folk var redde, men mannskapet gjorde en kjempejobb.",
            "Alle fikk redningsvest på seg med én gang, sier han.",
            "– Vi er glade for at alle kom seg trygt i land, sier rederiets direktør Hilde Rønneberg.",
            "Havarikommisjonen sender folk til Sørvik lørdag for å finne ut hva som skjedde.",
        ],
        datetime(2025, 3, 7, 21, tzinfo=UTC),
        "no",
    )
    # Sentences 2 to 4 are one paragraph, as the page prints the passenger's words.
    paragraphs = [0, 1, 2, 2, 2, 3, 4]
    page = replace(page, sentences=tuple(replace(s, paragraph=p) for s, p in zip(page.sentences, paragraphs, strict=True)))
    story = Story("s-fjord", ("fjord",), "no", date(2025, 3, 7))
    draft = draft_story(story, [page], align_story([page]).passages, Settings(), shared_encoder())
    texts = [s.text for s in draft.summary.sentences]
    candidates = {c.text for c in draft.candidates}
    for words in ("– Det var", "Folk var", "Alle fikk"):
        assert not any(t.startswith(words) for t in candidates), words
    # A quotation whose verb names its speaker in the same sentence may be taken, and keeps its dash.
    assert "– Vi er glade for at alle kom seg trygt i land, sier rederiets direktør Hilde Rønneberg." in candidates
    assert not any(t.startswith("Vi er glade") for t in texts)


def test_a_live_page_opens_on_its_latest_update_and_tells_the_others_in_time_order() -> None:
    entries = [
        (15, "A storm closed the Nordhaven ferry terminal on Tuesday afternoon as waves broke over the harbour walls."),
        (16, "Waves of six metres broke over the outer pier, and two ferries were sent back to sea to ride out the storm."),
        (17, "Police closed the coast road between Nordhaven and Ostby after a landslide near the lighthouse."),
        (18, "The ferries will run again from six o'clock tomorrow morning, the harbour office said."),
    ]
    updates = [
        replace(
            cleaned_article(f"live#{k}", "Nordhaven Post", [text], datetime(2025, 3, 4, hour, tzinfo=UTC), "en"),
            live_page="live",
        )
        for k, (hour, text) in enumerate(reversed(entries), start=1)  # newest first, as the page prints them
    ]
    summary = _summary(updates)
    texts = [s.text for s in summary.sentences]
    # The latest update opens the article, though the first one is closer to the story's centre.
    assert texts[0].startswith("The ferries will run again"), texts
    hours = [next(h for h, e in entries if e.split()[:4] == t.split()[:4]) for t in texts[1:]]
    assert hours == sorted(hours), texts


def test_a_hedged_toll_is_shown_with_the_exact_one_other_sources_give() -> None:
    first = _titled(
        "first",
        "Ridge News",
        [
            "At least three people were killed on Monday when a regional train derailed near Torrefresno.",
            "The train was carrying 84 passengers and three crew members when two of its cars left the rails.",
        ],
        datetime(2025, 3, 3, 20, tzinfo=UTC),
        "en",
        "Three killed as regional train derails near Torrefresno",
    )
    later = _carried(
        [
            "Morreu durante a noite uma passageira, elevando para quatro o número de mortos do descarrilamento.",
            "O comboio transportava 84 passageiros e três tripulantes quando duas carruagens saíram dos carris.",
        ],
        "pt",
        (("correio", "Correio do Guadiana", 8), ("jornal", "Jornal da Raia", 9)),
        date(2025, 3, 4),
    )
    summary = _summary([first, *later], date(2025, 3, 3))
    hedged = [s for s in summary.sentences if s.text.startswith("At least three")]
    # "At least three" allows the four the Portuguese sources give: it stays, with their sentences under it.
    assert hedged, [s.text for s in summary.sentences]
    assert sorted(v.article for v in hedged[0].variants) == ["correio", "jornal"]


def test_when_every_title_states_a_toll_the_sources_dispute_the_lead_makes_the_headline() -> None:
    early = _titled(
        "early",
        "Nordhaven Post",
        [
            "A road bridge collapsed in Nordhaven on Tuesday morning, sending a bus and two cars into the river.",
            "Twelve people were injured, according to a first count by the fire service.",
        ],
        datetime(2025, 3, 4, 9, tzinfo=UTC),
        "en",
        "Nordhaven bridge collapse: 12 injured as bus falls into river",
    )
    later = _carried(
        [
            "A road bridge collapsed in Nordhaven on Tuesday morning, sending a bus and two cars into the river.",
            "The police said on Tuesday afternoon that 14 people had been injured in the collapse.",
        ],
        "en",
        (("wire", "Nordic Wire", 13), ("gazette", "Harbour Gazette", 15)),
        date(2025, 3, 4),
    )
    summary = _summary([early, *later])
    assert "12" not in summary.headline and summary.headline.startswith("A road bridge collapsed"), summary.headline


def test_a_source_giving_a_quotation_to_another_speaker_is_shown_not_cited() -> None:
    quote = '"The priority is to stop any further release and to keep the material away from the oyster beds,"'
    agency = f"{quote} said Claire Madden, a spokeswoman for the Environment Agency."
    articles = [
        cleaned_article(
            aid,
            outlet,
            [
                "About 25 tonnes of styrene leaked into the Fenn estuary on Tuesday after a tanker struck the quay wall.",
                text,
            ],
            datetime(2025, 3, 4, hour, tzinfo=UTC),
            "en",
        )
        for aid, outlet, hour, text in (
            ("wire", "Britwire", 9, agency),
            ("courier", "Essex Courier", 10, agency),
            ("ebc", "EBC", 11, f"{quote} said harbour master Ian Rowley."),
        )
    ]
    summary = _summary(articles)
    [said] = [s for s in summary.sentences if "The priority is" in s.text]
    assert "Claire Madden" in said.text and "ebc" not in said.sources, (said.text, said.sources)
    assert [v.article for v in said.variants] == ["ebc"]


def test_a_polish_title_giving_the_toll_two_later_reports_correct_is_not_the_headline() -> None:
    early = _titled(
        "kurier",
        "Kurier Sudecki",
        [
            "Złotnica wylała w nocy z wtorku na środę i zalała ponad tysiąc budynków w Radochowie Wielkim.",
            "Strażacy ewakuowali z zalanych terenów około 800 osób, a jedna osoba jest poszukiwana.",
        ],
        datetime(2026, 10, 28, 18, tzinfo=UTC),
        "pl",
        "Powódź na Ziemi Kłodzkiej. Dwie ofiary, setki ewakuowanych",
    )
    later = _carried(
        [
            "Złotnica wylała w nocy z wtorku na środę i zalała ponad tysiąc budynków w Radochowie Wielkim.",
            "Liczba ofiar śmiertelnych powodzi wzrosła do trzech, gdy strażacy znaleźli ciało 71-letniego mężczyzny.",
        ],
        "pl",
        (("glos", "Głos Doliny", 20), ("gazeta", "Gazeta Kłodzka", 21)),
        date(2026, 10, 28),
    )
    summary = _summary([early, *later], date(2026, 10, 28))
    assert "Dwie ofiary" not in summary.headline, summary.headline


def test_a_count_at_another_time_of_the_day_is_an_update_not_a_disagreement() -> None:
    morning = cleaned_article(
        "agency",
        "Atlantida",
        [
            "A national rail strike halted most trains across Portugal on Thursday.",
            "By 10:00 on Thursday, the rail operator had cancelled 298 of the 421 trains scheduled, because of the strike.",
        ],
        datetime(2026, 9, 24, 11, tzinfo=UTC),
        "en",
    )
    evening = cleaned_article(
        "horizonte",
        "Jornal Horizonte",
        [
            "A national rail strike halted most trains across Portugal on Thursday.",
            "By 18:00 on Thursday, the rail operator had cancelled 803 of the 1,146 trains scheduled, because of the strike.",
        ],
        datetime(2026, 9, 24, 19, tzinfo=UTC),
        "en",
    )
    summary = _summary([morning, evening], date(2026, 9, 24))
    assert all(not s.variants for s in summary.sentences), [(s.text, s.variants) for s in summary.sentences]



def test_a_title_giving_a_floor_that_a_later_exact_toll_overtook_is_not_the_headline() -> None:
    early = _titled(
        "early",
        "Franche-Comte Matin",
        [
            "A regional train collided with a maintenance train near Besancon on Thursday morning.",
            "At least 18 people were injured, the prefecture said in a first count.",
        ],
        datetime(2026, 11, 19, 9, tzinfo=UTC),
        "en",
        "Train collides with maintenance train near Besancon: at least 18 injured",
    )
    later = _titled(
        "later",
        "Journal de l'Est",
        [
            "A regional train collided with a maintenance train near Besancon on Thursday morning.",
            "Twenty-three people were injured, four of them seriously, the prefecture said in the evening.",
        ],
        datetime(2026, 11, 19, 20, tzinfo=UTC),
        "en",
        "Rail collision in the Doubs: 23 injured as inquiry opens",
    )
    summary = _summary([early, later], date(2026, 11, 19))
    assert "18" not in summary.headline, summary.headline



@pytest.mark.slow
def test_a_wire_sentence_under_its_dateline_is_the_complete_version_the_article_gives() -> None:
    from newsfuse.pipeline import run

    folder = Path(__file__).parent / "data" / "heldout35"
    files = [folder / f"{name}.txt" for name in ("e35_07_it_gazzettadelnord", "e35_08_it_lavocedellavalle")]
    result = run(files)
    (story,) = result.stories
    lead = result.summaries[story.id].sentences[0].text
    # "(ANSA) - VALMORENA, 11 NOV - Sei anni di reclusione ... Luca Brambati." beside the other paper's "Quattro anni
    # a Claudia Ferrandi, tre anni e sei mesi a Luca Brambati.": the whole verdict, its dateline trimmed.
    assert lead.startswith("Sei anni di reclusione") and "Paolo Gherardi" in lead and "Luca Brambati" in lead


@pytest.mark.slow
def test_an_election_nights_live_page_opens_on_the_result_its_key_points_give() -> None:
    from newsfuse.pipeline import run

    result = run([Path(__file__).parent / "data" / "heldout36" / "e36_11_es_eldiariodelebro.txt"])
    (story,) = result.stories
    lead = result.summaries[story.id].sentences[0].text
    assert lead.startswith("Unión Aragonesa (UA)") and "gana" in lead


def test_today_against_then_is_not_written_as_the_day_of_publication() -> None:
    page = [
        "Mit einer Feldmesse und einem Festumzug hat die Freiwillige Feuerwehr Unterwaldau am Sonntag ihr 125-jähriges "
        "Bestehen gefeiert.",
        "Gegründet wurde die Feuerwehr im Jahr 1902, nachdem ein Großbrand im Ortskern elf Häuser zerstört hatte.",
        "Damals zählte die Wehr 23 Mann und eine Handdruckspritze.",
        "Heute hat sie 48 aktive Mitglieder, darunter neun Frauen, und eine Jugendgruppe mit 14 Mädchen und Burschen.",
        "Am Abend wurde im Festzelt gefeiert, heute, Montag, folgt der traditionelle Frühschoppen mit der Musikkapelle.",
    ]
    from newsfuse.clean import CleanedItem, clean_articles

    raw = "Feuerwehr Unterwaldau feierte ihren 125. Geburtstag\nAktualisiert am 11.10.2027, 09:30\n" + "\n".join(page)
    [article] = [
        c.article
        for c in clean_articles([Article(id="ff", source="ff.txt", raw_text=raw, outlet="Talbote Oberland")])
        if isinstance(c, CleanedItem)
    ]
    assert any(e.expression == "heute" for e in article.date_evidence)
    summary = _summary([article], date(2027, 10, 10))
    texts = [s.text for s in summary.sentences]
    assert any(t.startswith("Heute hat sie 48 aktive Mitglieder") for t in texts), texts
    assert not any("Montag, 11. Oktober 2027, Montag" in t for t in texts), texts


def test_a_live_page_alone_is_headed_by_its_own_title_not_an_updates_heading(tmp_path: Path) -> None:
    updates = "".join(
        f"{18 - k}h{40 - 3 * k:02d}\n{heading}\n{body}\n\n"
        for k, (heading, body) in enumerate(
            [
                ("Le pont de la Varenne bloqué pendant 40 minutes", "Une centaine de dockers ont bloqué le pont de la Varenne entre 15h40 et 16h20, selon la police."),
                ("Aéroport : 30 % des vols annulés", "À l'aéroport de l'Estuaire, 30 % des vols ont été annulés jeudi, a indiqué la direction."),
                ("Le cortège s'élance", "Le cortège s'est élancé de la place de la Liberté vers 14 heures, avec plusieurs milliers de manifestants."),
                ("Un TER sur trois", "Dans le département, seul un TER sur trois circule ce jeudi, selon la SNCF."),
                ("41 % d'enseignants grévistes", "Selon le rectorat, 41 % des enseignants du premier degré sont en grève dans le département."),
                ("Le dépôt pétrolier bloqué", "Depuis 5 heures du matin, une soixantaine de salariés bloquent l'accès au dépôt pétrolier."),
            ]
        )
    )
    page = (
        "DIRECT. Grève du 18 mars : trains, bus, écoles, suivez la journée de mobilisation | La Presse de l'Estuaire\n"
        "La Presse de l'Estuaire\n"
        "EN DIRECT\n"
        "Publié le 18 mars 2027 à 6h30\n\n" + updates
    )
    assert _only_story_article(tmp_path, "direct.txt", page).headline == "Grève du 18 mars : trains, bus, écoles, suivez la journée de mobilisation"


def test_a_live_page_alone_opens_on_its_standfirst_whatever_the_order_of_its_updates(tmp_path: Path) -> None:
    standfirst = (
        "O incêndio que deflagrou na madrugada deste sábado na serra da Lousela obrigou à evacuação de uma aldeia "
        "e mobiliza mais de 300 operacionais."
    )
    updates = "".join(
        f"{8 + k}:{10 + 3 * k:02d}\n{body}\n\n"
        for k, body in enumerate(
            [
                "O incêndio deflagrou às 02h40 numa zona de mato perto de Casal da Lousela e continua ativo.",
                "A aldeia de Casal do Outeiro foi evacuada por precaução, segundo a Proteção Civil.",
                "A GNR cortou a Estrada Nacional 538 entre Lousela e Vale de Cerdeira ao início da tarde.",
                "Os meios foram reforçados e estão agora no terreno 326 operacionais e dez meios aéreos.",
                "A frente norte reacendeu e aproxima-se de Vale de Cerdeira, segundo o comandante.",
                "A Proteção Civil admite dar o incêndio como dominado durante a madrugada se o vento acalmar.",
            ]
        )
    )
    page = (
        "Incêndio em Alvorinha: aldeia evacuada e mais de 300 operacionais no terreno | Notícias da Serra\n"
        "Notícias da Serra\n"
        "AO MINUTO\n"
        "Incêndio em Alvorinha: acompanhe ao minuto\n"
        f"{standfirst}\n"
        "14 ago 2027, 08:20 · Atualizado às 21:10\n\n" + updates
    )
    assert _only_story_article(tmp_path, "aominuto.txt", page).sentences[0].text.startswith("O incêndio que deflagrou na madrugada")


def test_a_live_page_alone_opens_on_the_update_its_headline_reports(tmp_path: Path) -> None:
    from newsfuse.pipeline import run

    updates = "".join(
        f"{hour}\n{body}\n\n"
        for hour, body in [
            ("12:58", "Así queda el podio femenino: 1. Tsehay Alemu (Etiopía), 2:21:40; 2. Ruth Chepkoech (Kenia), 2:22:15."),
            ("12:05", "El concejal de Deportes confirma que la circulación en el centro se restablecerá a partir de las 14:00."),
            ("10:38", "¡Elias Kiplimo Rotich gana el Maratón de Puerto Almenar! El keniano rebaja en 22 segundos el récord."),
            ("09:37", "Paso por la media maratón en 1:03:21 con un grupo de nueve corredores africanos en cabeza."),
            ("08:30", "Pistoletazo de salida en la avenida del Puerto con 11 grados, cielo despejado y apenas viento."),
        ]
    )
    page = (
        "Maratón de Puerto Almenar, en directo: Rotich gana con récord del circuito | El Heraldo de Almenar\n"
        "El Heraldo de Almenar\n"
        "EN DIRECTO\n"
        "Actualizado el domingo, 14 de noviembre de 2027, 12:58\n\n" + updates
    )
    (tmp_path / "directo.txt").write_text(page, encoding="utf-8")
    result = run([tmp_path])
    [story] = result.stories
    texts = [s.text for s in result.summaries[story.id].sentences]
    assert texts[0] == "¡Elias Kiplimo Rotich gana el Maratón de Puerto Almenar!", texts
    # Without a headline that reports one update, one of the two latest updates that report opens the page; a
    # ranking ("Así queda el podio femenino: 1. ...; 2. ...") reports no happening.
    (tmp_path / "directo.txt").write_text(page.replace(": Rotich gana con récord del circuito", ""), encoding="utf-8")
    result = run([tmp_path])
    [story] = result.stories
    lead = result.summaries[story.id].sentences[0].text
    assert lead.startswith(("El concejal de Deportes confirma", "¡Elias Kiplimo Rotich gana")), lead


def test_a_live_page_does_not_open_on_its_last_quotation_tomorrows_programme_or_its_farewell(tmp_path: Path) -> None:
    # oldest first, under the page's title, site, label and date
    head = "Pievefosca-Castelmarino, la diretta | Gazzetta della Valle\nDIRETTA\nAggiornato domenica 14 marzo 2027, 16:50\n\n"
    page = head + "".join(
        f"{hour}\n{body}\n\n"
        for hour, body in [
            ("14:30", "Buon pomeriggio e benvenuti alla diretta del derby tra Pievefosca e Castelmarino allo stadio Comunale."),
            ("15:10", "Gol del Pievefosca! Sartori di testa su calcio d'angolo porta avanti i padroni di casa."),
            ("16:25", "È finita: il Pievefosca vince il derby per 1-0 e sale al terzo posto in classifica."),
            ("16:40", 'Il tecnico del Castelmarino in sala stampa: "Abbiamo sbagliato troppo sotto porta, meritavamo il pari."'),
            ("16:50", "Domani la presentazione del prossimo turno. Grazie per averci seguito, alla prossima diretta!"),
        ]
    )
    lead = _only_story_article(tmp_path, "diretta.txt", page).sentences[0].text
    assert lead.startswith(("È finita: il Pievefosca vince il derby", "Gol del Pievefosca")), lead
    # a sign-off that opens on the end of the page itself: "Si chiude qui la nostra diretta."
    signed_off = page.replace(
        "Domani la presentazione del prossimo turno. Grazie per averci seguito, alla prossima diretta!",
        "Si chiude qui la nostra diretta. Sul giornale di domani le pagelle e le interviste ai protagonisti.",
    )
    (tmp_path / "signed").mkdir()
    lead = _only_story_article(tmp_path / "signed", "diretta.txt", signed_off).sentences[0].text
    assert lead.startswith(("È finita: il Pievefosca vince il derby", "Gol del Pievefosca")), lead


def test_a_live_page_opens_on_no_sentence_of_the_update_its_headline_reports_that_says_nothing_of_it(
    tmp_path: Path,
) -> None:
    updates = "".join(
        f"{hour}\n{body}\n\n"
        for hour, body in [
            ("17:40", "De wind neemt af en het KNMI heeft code oranje voor Zeeland omgezet naar code geel."),
            ("15:10", "Bij Oosterzand is een windstoot van 124 kilometer per uur gemeten, een record voor november."),
            ("12:20", "De brandweer in de regio heeft sinds vanochtend ruim 180 meldingen van stormschade gekregen."),
            (
                "09:05",
                "\"Geen treinen tussen Zeedorp en Haarlem, er liggen bomen op het spoor en de veerboot ligt stil,\" "
                "zegt een woordvoerder van NS. Reizigers wordt aangeraden de reisplanner te raadplegen.",
            ),
            ("07:30", "Storm Gerda, de eerste herfststorm van dit seizoen, bereikt vanochtend de kust."),
        ]
    )
    page = (
        "LIVE storm Gerda: bomen om, geen treinen, veerboot ligt stil | Het Kustnieuws\n"
        "Het Kustnieuws\n"
        "LIVE\n"
        "Bijgewerkt op 9 november 2027 om 17:40\n\n" + updates
    )
    lead = _only_story_article(tmp_path, "live.txt", page).sentences[0].text
    assert lead != "Reizigers wordt aangeraden de reisplanner te raadplegen.", lead
    assert lead.startswith(("De wind neemt af", "Bij Oosterzand")), lead


def test_a_live_ticker_stamped_with_its_last_update_is_dated_by_it(tmp_path: Path) -> None:
    updates = "".join(
        f"{hour} Uhr\n{body}\n\n"
        for hour, body in [
            ("18:40", "Die Stadtwerke kündigen an, dass Busse und Bahnen ab Donnerstag wieder nach Fahrplan fahren."),
            ("15:20", "Die Polizei meldet bis zum Nachmittag 19 Verkehrsunfälle im Stadtgebiet, doppelt so viele wie sonst."),
            ("11:05", "Vor dem Rathaus beginnt die Kundgebung der Gewerkschaft mit rund 2.000 Teilnehmern."),
            ("06:10", "Seit Betriebsbeginn fahren in Lindenau weder Busse noch Straßenbahnen, der Warnstreik hat begonnen."),
        ]
    )
    page = (
        "Warnstreik in Lindenau: Keine Busse und Bahnen | Lindenauer Bote\n"
        "Lindenauer Bote\n"
        "LIVE\n"
        "Liveticker: Warnstreik legt Busse und Bahnen in Lindenau lahm\n"
        "Von Jana Roth\n"
        "10.03.2027 – Zuletzt aktualisiert: 18:40 Uhr\n\n" + updates
    )
    assert _only_story_article(tmp_path, "ticker.txt", page).date == date(2027, 3, 10)


def test_a_lead_naming_an_earlier_day_of_the_storys_week_writes_that_day_out(tmp_path: Path) -> None:
    page = (
        "Un enjambre de pequeños terremotos sacude Villaseca - Diario de la Vega\n"
        "Diario de la Vega\n"
        "Un enjambre de pequeños terremotos sacude Villaseca\n"
        "El Instituto Geográfico Nacional ha registrado catorce seísmos de baja magnitud desde la noche del miércoles, "
        "el mayor de 2,6, y pide calma a los vecinos\n"
        "Redacción\n"
        "02/09/2027 · 19:05\n\n"
        "Villaseca ha vivido un jueves agitado. Desde las 23.40 horas del miércoles, la Red Sísmica Nacional del "
        "Instituto Geográfico Nacional (IGN) ha registrado catorce pequeños terremotos con epicentro a pocos "
        "kilómetros al norte del casco urbano, con magnitudes de entre 1,2 y 2,6.\n"
        "El más fuerte se produjo a las 8.14 horas de esta mañana y fue sentido por numerosos vecinos, sobre todo en "
        "las plantas altas y en el barrio alto.\n"
        "El colegio público adelantó al mediodía de este jueves el simulacro de evacuación que tenía previsto para "
        "octubre, con la participación de 230 alumnos y 22 docentes.\n"
        "La sismóloga Elena Gil explicó que los enjambres sísmicos son habituales en esta zona y que no hay motivo "
        "para la alarma entre la población.\n"
    )
    article = _only_story_article(tmp_path, "vega.txt", page)
    assert article.date == date(2027, 9, 2)  # the story's day: Thursday, not the night the swarm began
    assert "miércoles 1 de septiembre de 2027" in article.sentences[0].text
