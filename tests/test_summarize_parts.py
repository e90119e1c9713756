"""The summarizer's parts that need no model: repairs, trims, language choice, titles, reference cleaning.

All text here is fictional, written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from newsfuse.evaluate import faithfulness_problem
from newsfuse.evaluate.wikinewssum import captions, clean_reference
from newsfuse.knowledge import build_knowledge
from newsfuse.records import Article, CitedSentence, Repair, Sentence, Story, Summary
from newsfuse.settings import Settings
from newsfuse.summarize import choose_language, name_speakers
from newsfuse.summarize.candidates import DANGLING, content_bigrams, first_person, leans_on_context, well_formed
from newsfuse.summarize.headline import name_only, title_without_counts, trim_title
from newsfuse.summarize.repairs import (
    expand_first_mentions,
    full_names,
    resolve_date,
    resolve_relative,
    titled_people,
    trim,
    trim_repeated_descriptions,
)


def _article(aid: str, language: str, text: str = "Une phrase de test assez longue pour compter.") -> Article:
    return Article(aid, aid, text, language=language, clean_text=text, sentences=(Sentence(0, text, 0),))


def test_wire_dateline_is_trimmed_and_recorded() -> None:
    text, repairs = trim("NORDHAVEN (Reuters) - The harbour council approved the new ferry line on Tuesday.")
    assert text == "The harbour council approved the new ferry line on Tuesday."
    assert [(r.kind, r.before, r.after) for r in repairs] == [("trim", "NORDHAVEN (Reuters) -", "")]


def test_place_datelines_are_trimmed_but_not_ordinary_dashes() -> None:
    assert (
        trim("COLICO, Ruritania (CP) - A skier was buried above the lake.")[0] == "A skier was buried above the lake."
    )
    assert trim("BOURG-MADAME - Après la rencontre de Lyon, les irrigants attendent.")[0].startswith("Après")
    assert trim("UE - La Commission a publié son avis.")[1] == []
    assert trim("La France - et la Russie - ont signé.")[1] == []
    assert trim("Linz – Die Stadt Linz hat die Brücke gesperrt.")[0] == "Die Stadt Linz hat die Brücke gesperrt."
    assert trim("Saint-Jean-de-Luz — La mairie a rouvert la plage.")[0] == "La mairie a rouvert la plage."
    assert trim("Le maire – et son adjoint – ont signé.")[1] == []
    assert trim("Paris-Lyon: le TGV a repris.")[1] == []
    assert trim("NORDHAVEN, Dec. 29 (Xinhuanet) -- The port reopened.")[0] == "The port reopened."
    assert trim("Port aware, silent NORDHAVEN (Kyodo) Nordhaven said it was watching.")[0].startswith("Nordhaven said")
    assert trim("The council met in NORDHAVEN (Reuters) Monday.")[0] == "The council met in NORDHAVEN Monday."
    assert trim("Colico, Italy, Jan. 5 -- The skier was found alive.")[0] == "The skier was found alive."
    assert trim("Colico, Italy, Jan. 5 (UPI) -- The skier was found.")[0] == "The skier was found."
    assert trim("NORDHAVEN, Ore. - December 15, 2024 - The port reopened.")[0] == "The port reopened."
    assert trim("Friday, Dec 31, 2024,Page 16 Advertising Harbour Lights topped the box office.")[0].startswith(
        "Harbour"
    )
    assert trim("December 15, 2024 was a cold day.")[1] == []
    assert trim("HARBOUR DESK COLUMNIST As chief of the port, Ann Cole has seen it all.")[0].startswith("As chief")
    assert trim("HARBOUR, FERRIES FOR ALL: NORDHAVEN Nordhaven's council has approved the line.")[0].startswith("Nordhaven's")
    assert trim("UNICEF Director Anne Lake said the camp was full.")[1] == []
    assert trim("US TV stations said the vote was close.")[1] == []
    assert trim(" -- Thousands of residents gave blood on Friday.")[0] == "Thousands of residents gave blood on Friday."
    assert (
        trim("By Anna Norcross Dec. 8, 2024 | On Monday the ferry line opened.")[0]
        == "On Monday the ferry line opened."
    )
    assert trim("By Anna Norcross 30 November 2024 Old rivals in Nordhaven agreed.")[0] == "Old rivals in Nordhaven agreed."
    assert trim("By Tuesday the ferry line had opened.")[1] == []
    assert trim("Mr Lund said the plan -- which Labour opposed -- was dead.")[1] == []
    assert (
        trim("UPDATED: Ferrylink, a Nordhaven operator, says it will appeal.")[0]
        == "Ferrylink, a Nordhaven operator, says it will appeal."
    )
    assert trim("EXCLUSIF - Le maire de Vignac quitte son parti.")[0] == "Le maire de Vignac quitte son parti."
    assert trim("LIVERPOOL: The port reopened.")[1] == []
    assert trim("Advertisement At least one ferry line has changed its timetable.")[0].startswith("At least")
    assert trim("Advertisement spending rose by a third.")[1] == []
    assert trim("Agência Estado Dois advogados foram presos no Rio.")[0] == "Dois advogados foram presos no Rio."
    release = "Ferrylink Buys Baltline For 80 Million Crowns NORDHAVEN, Ore. - December 15, 2024 - Ferrylink bought it."
    assert trim(release)[0] == "Ferrylink bought it."
    assert trim("President Lund and Mayor Berg met at CAMP NORD - the old base - on Monday.")[1] == []
    assert trim("Agence France-Presse a indiqué que le port a rouvert.")[1] == []
    assert trim("NORDHAVEN (CNN/Money) - Ferrylink is buying Baltline.")[0] == "Ferrylink is buying Baltline."
    # A day after the place and an agency named in words, as Spanish and French wires write them.
    assert trim("NORDAVILA, 17 abr (Agencia Boreal) - Un ferry chocó.")[0] == "Un ferry chocó."
    assert trim("NORDHAVEN, 3 mars (AFP) - Le port a rouvert.")[0] == "Le port a rouvert."
    assert trim("HARBOUR NEWS NETWORK ANNA BERG NORDHAVEN: The markets rose.")[0] == "The markets rose."
    assert trim("US TV: The vote was close.")[1] == []
    assert trim("INTERNATIONAL The harbour pilot kept silent.")[0] == "The harbour pilot kept silent."
    assert trim("NASA said the launch is on.")[1] == []


def test_body_weekdays_with_a_direction_or_ambiguous_are_left_alone() -> None:
    evidence = [("lundi", date(2025, 3, 10)), ("mercredi", date(2025, 3, 5))]
    text, repair = resolve_relative("Une réunion est prévue lundi prochain.", evidence, date(2025, 3, 11), "fr")
    assert repair is None and text.endswith("lundi prochain.")
    text, repair = resolve_relative("Le préavis court jusqu'à mercredi.", evidence, date(2025, 3, 11), "fr")
    assert repair is None  # a bare weekday in the body may be next week's as well as last week's
    text, repair = resolve_date("La grève a commencé hier à Marseille.", date(2025, 3, 11), "fr")
    assert repair is None  # without the source's own evidence, "hier" is not guessed
    # The page's date said 28 December, but the source dates its "tomorrow" itself: it stays as written.
    evidence = [("tomorrow", date(2024, 12, 29))]
    text, repair = resolve_relative("The kits leave tomorrow (28 December) for Nordhaven.", evidence, None, "en")
    assert repair is None and "tomorrow (28 December)" in text
    text, repair = resolve_relative("The kits leave tomorrow for Nordhaven.", evidence, None, "en")
    assert repair is not None and "on Sunday 29 December 2024" in text
    # "Demain vendredi": the written date names the weekday, which is not said twice
    evidence = [("demain", date(2027, 3, 19))]
    text, repair = resolve_relative("Demain vendredi, les trams reprendront dès 5h30.", evidence, date(2027, 3, 18), "fr")
    assert text == "Vendredi 19 mars 2027, les trams reprendront dès 5h30."


def test_a_title_case_headline_glued_before_the_first_sentence_is_trimmed_and_can_be_the_headline() -> None:
    from newsfuse.embeddings import shared_encoder
    from newsfuse.summarize.headline import choose_headline
    from newsfuse.summarize.repairs import glued_headline

    glued = "Ferry Captain Fined After Racing His Boat The skipper says the race was a test of the new engines."
    assert trim(glued) == (
        "The skipper says the race was a test of the new engines.",
        [Repair("trim", "Ferry Captain Fined After Racing His Boat", "")],
    )
    # Names and offices in title case are part of the sentence: nothing is glued before them.
    for sentence in (
        "Harbour Master Anna Berg of Nordhaven Port said the ferry would sail.",
        "Nordhaven Mayor Anna Berg said A new line was near.",  # a verb in lower case ends the title-case run
        "The Nordhaven Post reported the sinking.",  # too few words before
    ):
        assert glued_headline(sentence) is None
    assert glued_headline("NORDHAVEN POST ANNA BERG NORDHAVEN: The ferry sailed.") is None  # a byline
    # The page's <title> names a place only; the headline glued to its first sentence says what happened.
    article = Article(
        "a",
        "test:a",
        glued,
        title="Nordhaven, Harbour County",
        language="en",
        outlet="Nordhaven Post",
        sentences=(Sentence(0, glued, 0),),
    )
    centre = shared_encoder().encode(["A ferry captain was fined for racing his boat."])[0]
    assert choose_headline([article], "en", centre, shared_encoder(), "A lead.", "a")[0] == (
        "Ferry Captain Fined After Racing His Boat"
    )


def test_agency_attribution_and_credits_are_trimmed_but_never_inside_a_quote() -> None:
    text, repairs = trim("Le conseil a voté le budget du port (AFP), selon l'AFP.")
    assert text == "Le conseil a voté le budget du port."
    assert {r.before for r in repairs} == {"selon l'AFP", "(AFP)"}
    quoted = "« Le port (AFP) restera ouvert », a dit la maire, selon l'AFP."
    text, repairs = trim(quoted)
    assert "« Le port (AFP) restera ouvert »" in text
    assert "selon l'AFP" in text  # a sentence with a quote keeps its attribution
    assert repairs == []


def test_trimmed_sentence_stays_faithful() -> None:
    source = "NORDHAVEN (Reuters) - The harbour council approved the new ferry line on Tuesday."
    article = Article("n1", "n1", source, language="en", clean_text=source)
    text, repairs = trim(source)
    assert faithfulness_problem(CitedSentence(text, ("n1",), 1, tuple(repairs)), {"n1": article}) is None


def test_first_mention_gets_the_full_name_outside_quotes_only() -> None:
    names = full_names(["La maire Camille Verdier a inauguré le pont."])
    assert names["Verdier"] == "Camille Verdier"
    out = expand_first_mentions(
        ["Mme Verdier a salué les ouvriers.", "Mme Verdier a ensuite quitté le chantier."], names, set()
    )
    assert out[0][0] == "Camille Verdier a salué les ouvriers."
    assert out[0][1] is not None and out[0][1].before == "Mme Verdier"
    assert out[1][0] == "Mme Verdier a ensuite quitté le chantier." and out[1][1] is None
    quoted = expand_first_mentions(["« Mme Verdier a raison », a dit le préfet."], names, set())
    assert quoted[0][0] == "« Mme Verdier a raison », a dit le préfet."



def test_a_description_run_into_a_name_is_no_first_name() -> None:
    # Wire copies write "le ministre de la Défense Jean-Yves ..." again and again: "Défense" is not a first name.
    copies = ["Le ministre de la Défense Jean-Yves Lebrun est à Nordhaven.", "a dit le ministre de la Défense Jean-Yves Lebrun."]
    assert full_names(copies)["Lebrun"] == "Jean-Yves Lebrun"
    assert full_names(["Health Secretary Anna Cole said so."])["Cole"] == "Anna Cole"
    assert full_names(["Mary Ann Cole spoke first.", "Then Mary Ann Cole left."])["Cole"] == "Mary Ann Cole"
    assert full_names(["said Trade Minister Luiz Fernando Lund on Monday."])["Lund"] == "Luiz Fernando Lund"
    assert full_names(["Premier Hari Lund quit.", "Yesterday Anna Cole left."]) == {"Lund": "Hari Lund", "Cole": "Anna Cole"}
    # A courtesy title is no first name, so "Mr Cole's" gets no edit that gives it back unchanged.
    assert "Cole's" not in full_names(["Mr Cole's plan was approved."])


def test_a_description_given_twice_is_cut_at_the_later_mention() -> None:
    sources = ["La mairie a rouvert le pont, a annoncé l'adjoint aux mobilités Paul Varenne.", "M. Varenne était satisfait."]
    people = titled_people(full_names(sources), sources)
    assert people == ["Paul Varenne"]
    texts = [
        "Le pont a rouvert mardi, a annoncé l'adjoint aux mobilités Paul Varenne à Nordhaven.",
        "Les travaux ont coûté 4 millions d'euros, a précisé l'adjoint aux mobilités Paul Varenne à la presse.",
        "« L'adjoint aux mobilités Paul Varenne a tenu parole », a dit le maire.",
    ]
    out = trim_repeated_descriptions(texts, people)
    assert out[0] == (texts[0], None)
    assert out[1][0] == "Les travaux ont coûté 4 millions d'euros, a précisé Paul Varenne à la presse."
    assert out[1][1] == Repair("trim", "l'adjoint aux mobilités", "")
    assert out[2] == (texts[2], None)  # a quote is never altered
    # An apposition keeps its head, and a name never called by a title (a movement, a court) keeps its words.
    apposition = ["Health Secretary Anna Cole spoke.", "The Health Secretary, Anna Cole, left."]
    assert trim_repeated_descriptions(apposition, ["Anna Cole"])[1][1] is None
    # A description given after the name, then again before it, is cut with its commas.
    after = [
        "« Le bac reprendra », a dit Paul Varenne, l'adjoint aux mobilités, devant la mairie.",
        "« Le pont suivra », a ajouté l'adjoint aux mobilités, Paul Varenne, devant la presse.",
    ]
    assert trim_repeated_descriptions(after, people)[1] == (
        "« Le pont suivra », a ajouté Paul Varenne devant la presse.",
        Repair("trim", "l'adjoint aux mobilités", ""),
    )
    movement = ["The work of the Green Belt Movement grew.", "Through education, the Green Belt Movement grew."]
    assert titled_people(full_names(movement), movement) == []

def test_lead_weekday_becomes_the_absolute_date() -> None:
    text, repair = resolve_date("Le pont a été inauguré lundi à Nordhaven.", date(2025, 3, 3), "fr")
    assert text == "Le pont a été inauguré lundi 3 mars 2025 à Nordhaven."
    assert repair is not None and (repair.before, repair.after) == ("lundi", "lundi 3 mars 2025")
    same, none = resolve_date("Le pont sera inauguré lundi 3 mars.", date(2025, 3, 3), "fr")
    assert none is None and same.endswith("lundi 3 mars.")
    # The month before the day, as English writes it: the source dates the weekday itself.
    for english in ("The ferry sailed on Monday, March 3.", "The ferry sailed on Monday, Mar. 3, at noon."):
        assert resolve_date(english, date(2025, 3, 3), "en") == (english, None)
    monday = date(2025, 4, 14)
    german, _ = resolve_date("Die Stadt hat die Brücke heute um 5 Uhr gesperrt.", monday, "de")
    assert german == "Die Stadt hat die Brücke am Montag, 14. April 2025 um 5 Uhr gesperrt."
    # A preposition already governs the day: no second one.
    governed, _ = resolve_date("Ab heute fahren die Busse über Ebelsberg.", monday, "de")
    assert governed == "Ab Montag, 14. April 2025 fahren die Busse über Ebelsberg."
    until, _ = resolve_date("The bridge stays shut until today.", monday, "en")
    assert until == "The bridge stays shut until Monday 14 April 2025."
    english, _ = resolve_date("Today the council closed the bridge.", monday, "en")
    assert english == "On Monday 14 April 2025 the council closed the bridge."
    french, _ = resolve_date("Le pont est fermé aujourd'hui.", monday, "fr")
    assert french == "Le pont est fermé lundi 14 avril 2025."


def test_body_relative_day_is_resolved_from_its_own_evidence_but_not_inside_quotes() -> None:
    evidence = [("hier", date(2025, 3, 2)), ("lundi", date(2025, 3, 3))]
    text, repair = resolve_relative("Les travaux ont fini hier soir.", evidence, date(2025, 3, 3), "fr")
    assert text == "Les travaux ont fini dimanche 2 mars 2025 au soir."
    assert repair is not None and repair.before == "hier soir"
    text, repair = resolve_relative("« Nous avons fini hier », dit-il.", evidence, date(2025, 3, 3), "fr")
    assert repair is None and text == "« Nous avons fini hier », dit-il."
    # The story's own date is left as the source says it: the lead already writes it out.
    text, repair = resolve_relative("Le maire a parlé lundi.", evidence, date(2025, 3, 3), "fr")
    assert repair is None


def test_requested_language_needs_enough_sources() -> None:
    story = Story("s", ("f1", "f2", "f3", "e1"), "fr", None)
    articles = [_article("f1", "fr"), _article("f2", "fr"), _article("f3", "fr"), _article("e1", "en")]
    settings = Settings()
    assert choose_language(story, articles, settings) == "fr"
    assert choose_language(story, articles, replace(settings, summary_language="en")) == "fr"  # one source only
    two = [*articles, _article("e2", "en")]
    assert choose_language(story, two, replace(settings, summary_language="en")) == "en"
    pair = [_article("p1", "pt"), _article("e1", "en")]
    assert choose_language(Story("t", ("p1", "e1"), "pt", None), pair, replace(settings, summary_language="en")) == "en"


def test_titles_lose_site_names_and_rubrics() -> None:
    assert trim_title("VIDEO. Le pont de Nordhaven ouvre enfin - Le Courrier du Nord", None) == (
        "Le pont de Nordhaven ouvre enfin"
    )
    assert trim_title("Ferry line approved | Harbour Times", "Harbour Times") == "Ferry line approved"
    assert trim_title("Simple ferry survival kit (with kids) - The Anti-Storm Gazette", "anti-storm.example") == (
        "Simple ferry survival kit (with kids)"
    )
    assert trim_title("HarbourTimes.com > News > Local -- Ferry line approved after two years", None) == (
        "Ferry line approved after two years"
    )
    assert trim_title("Ferry line approved Posted by Anna @ 08:11 GMT", None) == "Ferry line approved"
    # A dash glued to the last word: cut only when what follows is the site's own name.
    assert trim_title("Ferry line approved- The Harbour Times", "harbourtimes.example.com") == "Ferry line approved"
    assert trim_title("Ferry line approved- Harbour Times", "harbourtimes.example.com") == "Ferry line approved"
    assert trim_title("Port of Leith boss quits- union", "harbourtimes.example.com") == "Port of Leith boss quits- union"
    assert trim_title("Harbour Mojo > People > Anna Cole", None) == "Anna Cole"
    assert trim_title("Ferry line approved: November 02, 2024: By : HARBOUR", None) == "Ferry line approved"
    # A site's name before a colon, spelt out or as the initials of its domain; a columnist's name in capitals.
    assert trim_title("Nordhaven Evening Post:'Ferry' opens to crowds", "nep.example") == "'Ferry' opens to crowds"
    assert trim_title("Harbour Times: Ferry line approved", "harbourtimes.example.com") == "Ferry line approved"
    assert trim_title("Judge: Ross is fit to stand trial", "nep.example") == "Judge: Ross is fit to stand trial"
    assert trim_title("Marseille : le port bloqué", "laprovence.example") == "Marseille : le port bloqué"
    assert trim_title("ANNA COLE: Ferry talks reach the harbour", None) == "Ferry talks reach the harbour"
    assert trim_title("UN: Ferry talks reach the harbour", None) == "UN: Ferry talks reach the harbour"
    assert trim_title("Analysis: Ferry line is on course", None) == "Ferry line is on course"


def test_a_page_title_naming_the_site_is_not_a_headline() -> None:
    from newsfuse.summarize.headline import is_site_title

    assert is_site_title("The Harbour Times Online", "harbourtimes.com")
    assert is_site_title("Latest News & Headlines", "news.example.org")
    assert is_site_title("Nordhaven Gazette Home Page", "gazette.example")
    assert is_site_title("Tuesday March 4, 2025 6:20PM", None)
    assert not is_site_title("Harbour council approves the ferry line", "harbourtimes.com")
    assert not is_site_title("Times to cut 200 jobs", "thetimes.example")
    # Slogans: news words and at most two others.
    assert is_site_title("The trusted news source for information on Nordhaven", "nordhaventimes.example")
    assert is_site_title("Today's Top Breaking News Headlines for Nordhaven and the Nation", "gazette.example")
    assert is_site_title("The Harbour Press -- Independent News Media", "harbourpress.example")
    assert not is_site_title("News of the Harbour to close", "bbc.example")
    assert not is_site_title("Breaking news: ferry sinks off Nordhaven", None)
    # The site and a page type.
    assert is_site_title("Nordhaven Independent Media Center: feature", None)
    assert not is_site_title("Ferry strike: the full story behind the talks", None)
    # A month's archive names no story either.
    assert is_site_title("Older News: November of 2024", None) and is_site_title("Archives du mois de mars 2025", None)
    assert not is_site_title("November storms close the ferry line", None)


def test_without_a_usable_title_the_headline_is_the_lead_clause_not_its_opening_phrase() -> None:
    from newsfuse.embeddings import shared_encoder
    from newsfuse.summarize.headline import choose_headline

    def headline(lead: str) -> str:
        return choose_headline([], "en", np.zeros(512, dtype=np.float32), shared_encoder(), lead, "a")[0]

    assert headline("The harbour council approved the ferry line, ending a year of talks.") == (
        "The harbour council approved the ferry line"
    )
    assert headline("On June 15, the harbour pilot Anna Berg reported the missing logs.") == (
        "On June 15, the harbour pilot Anna Berg reported the missing logs"
    )
    assert headline("For the first time in history, the ferry runs all winter.") == (
        "For the first time in history, the ferry runs all winter"
    )
    # Cut at 14 words, not on a word that leads on to the next.
    assert headline("Ferry line would bring the island of Nordhaven closer to its goal of a daily crossing.") == (
        "Ferry line would bring the island of Nordhaven closer to its goal…"
    )


@pytest.mark.parametrize(("language", "expected"), [("en", "Ferry workers end Nordhaven harbour strike"), ("fr", None)])
def test_an_english_headline_with_a_verb_beats_a_slightly_closer_label(language: str, expected: str | None) -> None:
    from newsfuse.embeddings import shared_encoder
    from newsfuse.summarize.headline import choose_headline

    label, news = "Nordhaven harbour and its ferries", "Ferry workers end Nordhaven harbour strike"
    articles = [
        Article(aid, f"test:{aid}", "", title=title, language=language, outlet=outlet)
        for aid, title, outlet in (("a", label, "Nordhaven Post"), ("b", news, "Nordic Wire"))
    ]
    vectors = shared_encoder().encode([label, news])
    # The label a little closer to the centre (by less than the margin), so no tie is left to rounding.
    mix = 1.05 * vectors[0] + vectors[1]
    centre = mix / np.linalg.norm(mix)
    chosen = choose_headline(articles, language, centre, shared_encoder(), "A lead.", "a")[0]
    # French headlines are often nominal: closeness alone decides there.
    assert chosen == (expected or label)


def test_sentence_shape_checks() -> None:
    assert well_formed("« Nous avons fini », dit-il.")
    assert not well_formed("« Nous avons fini, dit-il.")
    assert not well_formed("lire aussi notre dossier")
    assert well_formed("»Wir gehen kein Risiko ein«, sagte die Stadträtin.")
    assert well_formed("„Die Risse wachsen“, sagte der Ingenieur.")
    assert well_formed("“We are done,” she said.")
    assert not well_formed("„Die Risse wachsen, sagte der Ingenieur.")
    assert ("ferry", "line") in content_bigrams("The new ferry line opens.")
    assert ("de", "la") not in content_bigrams("Le budget de la ville.")


def test_the_lead_names_the_story_day_not_an_earlier_one() -> None:
    from newsfuse.temporal import names_day

    monday = date(2025, 4, 14)
    assert names_day("Die Stadt hat die Brücke heute um 5 Uhr gesperrt.", monday) is True
    assert names_day("Bei einer Prüfung waren am Freitag Risse entdeckt worden.", monday) is False
    assert names_day("Le pont a été fermé lundi 14 avril.", monday) is True
    assert names_day("The bridge carries 31,000 vehicles a day.", monday) is None


def test_reference_cleaning_removes_wiki_leftovers_and_captions() -> None:
    markup = "[[File:Bridge.jpg|thumb|left|The new bridge over the [[Ister|river Ister]]]]\n{{date|March 3, 2025}}"
    assert captions(markup) == ["The new bridge over the river Ister"]
    raw = "The new bridge over the river Ister\n\n The ''Harbour Times'' said the  opened ( ) on Monday .\n(...)\n"
    assert clean_reference(raw, captions(markup)) == "The Harbour Times said the opened on Monday."


def test_a_pronoun_attributing_a_quote_gets_the_name_the_source_gave_just_before() -> None:
    from newsfuse.summarize.repairs import name_pronoun_speaker

    quote = '"We will keep the ferry running," he added.'
    text, repair = name_pronoun_speaker(quote, "The harbour master, Erik Lund, said the storm had passed.")
    assert text == '"We will keep the ferry running," Erik Lund added.'
    assert repair is not None and (repair.kind, repair.before, repair.after) == ("speaker", "he", "Erik Lund")
    assert name_pronoun_speaker(quote, "Mr Lund accepted that the timetable had slipped.")[0].endswith("Mr Lund added.")
    # No person named as the subject just before: the pronoun stays.
    assert name_pronoun_speaker(quote, "The storm passed during the night.") == (quote, None)


def test_a_french_pronoun_after_the_verb_gets_the_speaker_named_just_before() -> None:
    from newsfuse.summarize.repairs import name_pronoun_speaker

    before = "« Le bac reprendra lundi », a déclaré Mme Varenne à l'issue de la réunion."
    text, repair = name_pronoun_speaker("« Le plus dur est fait », a-t-elle ajouté, sans plus de détails.", before)
    assert text == "« Le plus dur est fait », a ajouté Mme Varenne, sans plus de détails."
    assert repair == Repair("speaker", "a-t-elle ajouté", "a ajouté Mme Varenne")
    subject = "M. Lund a annoncé la fin de la grève."
    assert name_pronoun_speaker("« C'est un soulagement », poursuit-il.", subject)[0] == (
        "« C'est un soulagement », poursuit M. Lund."
    )
    # "il" is not Mme Varenne, and a sentence naming nobody leaves the pronoun.
    assert name_pronoun_speaker("« Enfin », ajoute-t-il.", before)[1] is None
    assert name_pronoun_speaker("« Enfin », ajoute-t-il.", "Le bac a repris lundi.")[1] is None


@pytest.mark.parametrize(
    ("text", "language", "speaks"),
    [
        ("As you know, I submitted my resignation to the prime minister on Friday.", "en", True),
        (
            "In a week, we will have the list of illegal buildings, the commissioner told the Nordhaven Post.",
            "en",
            False,
        ),
        ('The minister said: "I will always treasure these four years."', "en", False),
        ("World War I ended in 1918, and the US army left.", "en", False),
        ("On Friday I will go to the shielded lab and test the new variants.", "en", True),
        ("Then I called the harbour master.", "en", True),
        ("We’ll try to answer questions about the ferry promptly.", "en", True),
        ("Queen Elizabeth I ruled for 44 years.", "en", False),
        ("Nous pouvons, par une confiance forte, établir une plus grande efficacité.", "fr", True),
        ("J'ai quitté le port ce matin.", "fr", True),
        ("Nous avons vendu sa maison de Nantes.", "fr", True),
        ("Vi har inte fått några svar, sa Anna Berg.", "sv", False),
        ("Os navios estão nos portos desde segunda-feira.", "pt", False),
    ],
)
def test_first_person_outside_quotation_marks(text: str, language: str, speaks: bool) -> None:
    assert first_person(text, language) is speaks


def test_a_day_and_month_in_figures_after_the_day_still_date_it() -> None:
    for text in ("Le match a lieu samedi 15.03.2025 au stade.", "The match is on Saturday 15/3 at noon."):
        assert resolve_date(text, date(2025, 3, 15), "fr")[1] is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La grève des dockers, lancée mardi matin, a pris fin.", "fr", "lancée mardi 11 mars 2025 au matin, a pris"),
        ("The fire broke out on Tuesday evening near the port.", "en", "on Tuesday 11 March 2025 in the evening near"),
        ("The fire broke out on Tuesday near the port.", "en", "on Tuesday 11 March 2025 near"),
        ("Il Comune ha chiuso martedì sera il ponte sul Po.", "it", "chiuso martedì 11 marzo 2025 in serata il ponte"),
        ("Raset gikk tirsdag kveld ved Odda.", "no", "gikk tirsdag 11. mars 2025 om kvelden ved"),
        # A clock time is joined by the language's "at"; "17.00" is a time, not the source's date (no month 00).
        ("Des rafales sont attendues dès mardi 17h sur le Léman.", "fr", "dès mardi 11 mars 2025 à 17h sur"),
        ("The polls close on Tuesday 5pm local time.", "en", "on Tuesday 11 March 2025 at 5pm local"),
        ("Die Sperre gilt ab Dienstag 17 Uhr.", "de", "ab Dienstag, 11. März 2025, um 17 Uhr."),
        ("De brug gaat dinsdag 17.00 uur dicht.", "nl", "dinsdag 11 maart 2025 om 17.00 uur"),
        # A weekday and a time of day written as one word keep it, and the date follows.
        ("Die Brücke wurde am Dienstagabend gesperrt.", "de", "am Dienstagabend, 11. März 2025, gesperrt."),
        ("De brug ging dinsdagavond dicht.", "nl", "ging dinsdagavond 11 maart 2025 dicht."),
        ("Bron stängdes på tisdagskvällen.", "sv", "på tisdagskvällen den 11 mars 2025."),
    ],
)
def test_what_follows_the_day_goes_after_the_written_date(text: str, language: str, expected: str) -> None:
    written, repair = resolve_date(text, date(2025, 3, 11), language)
    assert expected in written
    assert repair is not None and written.replace(repair.after, repair.before) == text


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("Han hade tillgång till arkiven i biblioteket.", True),
        ("Hij zei dat de brug gesloten blijft.", True),
        ("Ela foi libertada na manhã de sexta-feira.", True),
        ("De översta våningarna byggs om.", False),
        ("Het kabinet wil de wet wijzigen.", False),
        ("Men armed with knives attacked the depot.", False),
        # A subject pronoun after a short opening phrase; an impersonal "it" and a name there do not lean.
        ("Today, they announced that the ferry line will open in May.", True),
        ("Lundi, il a annoncé la fermeture du pont.", True),
        ("In 2004, it was clear that the depot would close.", False),
        ("On Monday, Anna Cole said the depot would close.", False),
        ("Lund betonte, er wolle die Brücke bis Mai öffnen.", False),
        # A share of a group counted in the sentence before.
        ("Of the latter, 229 were detained while pregnant.", True),
        ("Parmi eux, douze ont été blessés.", True),
        ("Of the 35,868 respondents, 229 were detained while pregnant.", False),
        ("Deux d'entre elles ont été transportées à l'hôpital de Strasbourg.", True),
        ("Two of them were taken to hospital.", True),
        ("Two ministers met in Baltholm on Monday.", False),
        ("Hon räknar med att många kunder får tillbaka strömmen under dagen.", True),
        # The page's earlier words.
        ("Like Ero mentioned earlier, MS04-040 fixes the vulnerability.", True),
        ("As reported above, the ferry line opens in May.", True),
        ("As the mayor said, the ferry line opens in May.", False),
        # A connective that continues the sentence before; one that opens a phrase of its own only with its comma.
        ("Then, last week, the board voted to keep the line open.", True),
        ("For example, the port of Baltholm closes at noon.", True),
        ("Toutefois le pont restera fermé jusqu'en mai.", True),
        ("Außerdem bleibt die Brücke bis Mai gesperrt.", True),
        ("Sin embargo, el puente seguirá cerrado.", True),
        ("Si tratta di una tradizione nata negli anni Sessanta.", True),  # "it is about": what, the sentence before says
        ("In addition to the fines, the court ordered a review.", False),
        ("Instead of a bridge, the council chose a ferry.", False),
        ("Thenardier Street will close in May.", False),
        # A pronoun subject of both clauses; one that looks ahead to the name it stands for does not lean.
        ("As they stepped outside the airport, one after the other, they appeared sad.", True),
        ("Quand elle est arrivée au port, elle a appelé les secours.", True),
        ("When he arrived in Baltholm, Erik Lund said the ferry would run.", False),
        ("Lorsqu'il est arrivé à Vignac, le ministre a parlé aux élus.", False),
        # A copula whose subject the language leaves out: "it is" what the sentence before told; a passive stands.
        ("È la sentenza pronunciata oggi dal tribunale di Valmorena.", True),
        ("É a maior greve da década na companhia.", True),
        ("Es el tercer accidente en el túnel este año.", True),
        ("È stato arrestato un uomo di 45 anni.", False),
    ],
)
def test_missing_context_openers_in_more_languages(text: str, leans: bool) -> None:
    assert bool(DANGLING.match(text)) is leans


def test_an_opener_leans_on_context_in_its_own_language_only() -> None:
    assert leans_on_context("Et il a ajouté que le pont resterait fermé.", "fr")
    # Norwegian and Danish "Et" is an article: "Et jordskred" is "a landslide".
    assert not leans_on_context("Et jordskred stengte riksvei 13 natt til onsdag.", "no")
    assert not leans_on_context("Et skib grundstødte ud for Skagen i nat.", "da")
    assert leans_on_context("Han sa at veien blir stengt.", "no")
    # Italian "Il" is "the"; French "Il" is "he".
    assert not leans_on_context("Il bilancio, fornito dalla Prefettura, è di 14 feriti.", "it")
    assert leans_on_context("Il a ajouté que le pont resterait fermé.", "fr")


@pytest.mark.parametrize(
    ("text", "language", "leans"),
    [
        ("This morning, firefighters rescued two people from the river.", "en", False),
        ("Questa mattina un incendio ha distrutto un capannone a Brescia.", "it", False),
        ("Este lunes comenzó la huelga del autobús urbano.", "es", False),
        ("Diese Woche hat der Rat die Brücke gesperrt.", "de", False),
        ("Deze week stemde de raad over de dijk.", "nl", False),
        ("Ce matin, les pompiers sont intervenus au port.", "fr", False),
        # Without a time word, the demonstrative points back.
        ("This is the third closure of the bridge.", "en", True),
        ("These figures show a rise in closures.", "en", True),
        ("Ce chiffre est contesté par le syndicat.", "fr", True),
        ("Este fin de semana se registraron tres incendios.", "es", False),
        ("This fine is the largest the regulator has imposed.", "en", True),
    ],
)
def test_a_demonstrative_before_a_time_word_dates_the_sentence(text: str, language: str, leans: bool) -> None:
    assert leans_on_context(text, language) is leans


def test_a_recurring_weekday_keeps_no_written_date() -> None:
    text = "Updates come out on the second Tuesday of the month, and this one was no different."
    assert resolve_date(text, date(2025, 3, 11), "en") == (text, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("As every year on Black Friday, shoppers queued outside the Nordhaven stores.", "en"),
        ("La procession du Vendredi saint a réuni des milliers de fidèles à Vignac.", "fr"),
        ("La procesión del Viernes Santo recorrió el centro de Vilaclara.", "es"),
    ],
)
def test_a_day_with_a_name_of_its_own_keeps_no_written_date(text: str, language: str) -> None:
    # 14 March 2025 is a Friday, but "Black Friday" is a day of its own, not the Friday of the report's week.
    assert resolve_date(text, date(2025, 3, 14), language) == (text, None)


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("Bowling O M R W Lund 20.1 3 66 4 (2nb) Berg 19 4 37 3 Cole 28 5 65 1", True),
        ("Baltia 04/28/25, expires on 10/29/ 2025.", True),
        ("FoW: 1-137 (Lund, 44.2 ov), 2-240 (Berg, 67.4 ov), 3-261 (Cole, 72.6 ov)", True),
        ("Environ 1 300 exploitations sont concernées, dont 500 en France.", False),
        ("Turnout was 41.3%, down from 44.2% in the election of 2021.", False),
        ("Of the detainees, 766 were between 16 and 17 years old.", False),
    ],
)
def test_rows_of_tables_and_lists_are_told_from_sentences_with_figures(text: str, table: bool) -> None:
    from newsfuse.summarize.candidates import tabular

    assert tabular(text) is table


def test_table_rows_headings_labels_mail_headers_and_halves_of_sentences_are_no_candidates() -> None:
    from newsfuse.copies import align_story
    from newsfuse.summarize.candidates import build_candidates

    from conftest import cleaned_article

    sentences = [
        "Nordhaven beat Baltia by 213 runs on Monday to win the series.",
        "Bowling O M R W Lund 20.1 3 66 4 (2nb) Berg 19 4 37 3 Cole 28 5 65 1",
        "The stand of 184 runs was the highest for the fourth wicket (the old record was set in Perth.",
        "It had stood since 1998.)",
        "Highest stand for the fourth wicket in a home series since the club was founded",
        "Excerpts from the report of the Nordhaven Cricket Board, as translated by the Post.",
        "From: Anna Cole To: Per Lund Date: May 7, 2024 Subject: Re: The tour Fine, go ahead.",
        "which was the last of the three tests played at the Nordhaven ground.",
    ]
    article = cleaned_article("a", "Nordhaven Post", sentences, language="en")
    texts = [c.text for c in build_candidates([article], align_story([article]).passages, "en", Settings())]
    assert texts == sentences[:1]


def test_counts_name_what_they_count_and_leave_out_years_times_dates_and_labels() -> None:
    from newsfuse.summarize.figures import counts

    toll = "Sept personnes ont été tuées et 21 blessées samedi sur la route nationale 90 et le 15 mars 2025 à 18 heures."
    assert counts(toll, "fr") == {("7", "perso"), ("21", "bless")}
    assert counts("They killed eight people, among them two teenagers.", "en") == {("8", "peopl"), ("2", "teena")}
    assert counts("Quelque 1 300 exploitations, dont 500 en France.", "fr") == {("1300", "explo")}
    assert counts("The Boeing 767 tanker deal of 2004 was cut by 2,500 jobs.", "en") == {("2500", "jobs")}


def test_two_versions_contradict_only_when_they_count_one_thing_differently() -> None:
    from newsfuse.summarize.figures import counted_differently, counts

    seven = counts("Sept personnes ont été tuées et 21 blessées samedi.", "fr")
    assert counted_differently(seven, counts("Huit personnes ont été tuées et 21 blessées samedi.", "fr"))
    assert not counted_differently(seven, counts("Sept personnes ont été tuées samedi.", "fr"))  # one leaves out
    assert not counted_differently(
        counts("The bloc joins four countries of the south.", "en"), counts("The south has two big blocs.", "en")
    )


@pytest.mark.slow  # the spaCy pipeline loads
def test_a_person_described_twice_without_a_courtesy_title_loses_the_second_description() -> None:
    texts = [
        "Council leader Priya Halloran said the authority had no good options.",
        '"It is a balanced budget," said council leader Priya Halloran.',
        "Opposition leader Gareth Moss told the meeting it was a surrender.",
        "Opposition leader Gareth Moss said the cuts would hurt.",
    ]
    named = full_names(texts).values()
    out = trim_repeated_descriptions(texts, [], named, "en")
    assert out[1] == ('"It is a balanced budget," said Priya Halloran.', Repair("trim", "council leader", ""))
    assert out[3] == ("Gareth Moss said the cuts would hurt.", Repair("trim", "Opposition leader", ""))
    # Capitalised words in the description, or a name the recogniser does not read as a person's, keep their words.
    movement = ["The work of the Green Belt Movement grew.", "Through schools, the Green Belt Movement grew."]
    assert trim_repeated_descriptions(movement, [], full_names(movement).values(), "en")[1][1] is None


def test_entries_of_a_timeline_are_not_sentences_of_a_report() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("March 2019: Ferry line opened; long dispute over fares June 2021: Fares cut by half.", "en")
    assert not reportable("Days later the council votes in Nordhaven August 2022: Port extension approved.", "en")
    assert not reportable("Février 2024 : la ligne rouvre après deux ans de travaux.", "fr")
    assert reportable("In March 2019 the ferry line opened after a long dispute over fares.", "en")
    # Nor are a page's footnotes and numbered entries.
    assert not reportable("(2) Data for the ferry lines of each island may be found by clicking its name.", "en")
    assert reportable("(Ferry lines) The council voted on Monday.", "en")


def test_a_name_given_with_its_acronym_is_the_acronym_the_second_time() -> None:
    from newsfuse.summarize.repairs import shorten_repeated_acronyms

    texts = [
        "La grève a été lancée par le Syndicat des marins de Nordhaven (SMN), qui revendique 80 % de grévistes.",
        "À l'appel du Syndicat des marins de Nordhaven (SMN), les équipages ont quitté les quais.",
        "« Le Syndicat des marins de Nordhaven (SMN) tiendra », a dit son chef.",
    ]
    out = shorten_repeated_acronyms(texts)
    assert out[0] == (texts[0], None)
    assert out[1] == (
        "À l'appel du SMN, les équipages ont quitté les quais.",
        Repair("acronym", "Syndicat des marins de Nordhaven (SMN)", "SMN"),
    )
    assert out[2] == (texts[2], None)  # a quote is never altered


@pytest.mark.parametrize(
    ("title", "language", "label"),
    [
        ("Sozialdemokratische Partei Österreichs", "de", True),
        ("Gusenbauer mit 88,93 Prozent wiedergewählt", "de", False),
        ("Jean-Yves Le Drian à Moscou", "fr", False),
        ("Misstänkt boktjuv hittad död", "sv", False),
        # English headlines are often written in title case.
        ("Firefox Takes Torch From Microsoft Browser", "en", False),
    ],
)
def test_a_title_that_is_only_a_name_is_no_headline_where_headlines_are_in_sentence_case(
    title: str, language: str, label: bool
) -> None:
    assert name_only(title, language) is label


def test_a_part_of_the_day_keeps_its_words_and_takes_the_date_after_it() -> None:
    tuesday = date(2025, 10, 14)
    italian, repair = resolve_date("Paura stamattina a Roccaverde per il crollo del ponte.", tuesday, "it")
    assert italian == "Paura stamattina, martedì 14 ottobre 2025, a Roccaverde per il crollo del ponte."
    assert repair is not None and repair.before == "stamattina"
    portuguese, _ = resolve_date("O prédio ruiu esta manhã.", date(2025, 11, 18), "pt")
    assert portuguese == "O prédio ruiu esta manhã, terça-feira 18 de novembro de 2025."
    # Inside a quotation the words stay as they are.
    quoted = "«Stamattina è crollato tutto», ha detto la sindaca."
    assert resolve_date(quoted, tuesday, "it") == (quoted, None)


def test_a_sentence_referring_back_to_a_figure_it_does_not_give_leans_on_context() -> None:
    assert leans_on_context("The administrators said the earlier figure had excluded online bookings.", "en")
    assert leans_on_context("Ce chiffre pourrait encore augmenter, selon la préfecture.", "fr")
    assert leans_on_context("Dat cijfer kan nog oplopen, zegt de politie.", "nl")
    assert not leans_on_context("The first figure skater took the ice at noon.", "en")
    assert not leans_on_context("The toll rose to nine on Wednesday, the fire service said.", "en")


def test_a_german_part_of_the_day_joins_the_weekday() -> None:
    text, repair = resolve_date("Heute Morgen rissen Bagger die Reste der Halle auf.", date(2025, 9, 16), "de")
    assert text == "Am Dienstagmorgen, 16. September 2025, rissen Bagger die Reste der Halle auf."
    assert repair is not None and repair.before == "Heute Morgen"


def test_a_part_of_a_past_day_its_source_dates_takes_that_date_after_it() -> None:
    text, repair = resolve_relative(
        "Een trein is gisteravond in Geulbroek ontspoord.", [("gisteravond", date(2025, 10, 21))], None, "nl", True
    )
    assert text == "Een trein is gisteravond, dinsdag 21 oktober 2025, in Geulbroek ontspoord."
    assert repair is not None and repair.before == "gisteravond"
    # In the body, the story's own day is not written out again.
    same, none = resolve_relative(
        "Een trein is gisteravond ontspoord.", [("gisteravond", date(2025, 10, 21))], date(2025, 10, 21), "nl"
    )
    assert none is None and same == "Een trein is gisteravond ontspoord."


def test_a_figure_with_a_suffix_after_a_hyphen_is_precise_but_a_score_is_not() -> None:
    from newsfuse.summarize import _precise_figures

    assert _precise_figures("Färjan stötte på grund vid 21.40-tiden i går kväll.") == {"21.40"}
    assert _precise_figures("The home side won 2-1 after extra time.") == set()


def test_an_update_kicker_with_its_time_is_trimmed() -> None:
    text, repairs = trim("UPDATE, 7:40 a.m. Friday: The number of people killed in the crash has risen to three.")
    assert text == "The number of people killed in the crash has risen to three."
    assert repairs and repairs[0].before.startswith("UPDATE, 7:40 a.m. Friday:")


def test_a_dateline_with_a_country_and_a_date_is_trimmed() -> None:
    text, repairs = trim("BRACKWATER, England, April 14 (BRITWIRE) - About 25 tonnes of styrene leaked into the estuary.")
    assert text == "About 25 tonnes of styrene leaked into the estuary."
    assert [r.before for r in repairs] == ["BRACKWATER, England, April 14 (BRITWIRE) -"]


def test_a_party_prefix_glued_to_a_word_is_no_dateline() -> None:
    text = "SPD-Spitzenkandidatin Petra Lohmeier nannte das Format „eine Wahlkampfhilfe für die Ränder“."
    assert trim(text) == (text, [])


def test_a_short_sentence_whose_language_drops_its_subject_leans_on_context() -> None:
    assert leans_on_context("Non sarebbe in pericolo di vita.", "it")
    assert leans_on_context("Nie jest w stanie zagrożenia życia.", "pl")
    # A longer sentence, or one whose subject follows its verb, stands alone.
    assert not leans_on_context("Non è chiaro quando la nave potrà ripartire verso il porto di Spalato.", "it")
    assert not leans_on_context("Non ci sono feriti gravi.", "it")
    # Only in the languages that drop their subjects: Spanish "No" opens English sentences too.
    assert not leans_on_context("No injuries were reported.", "en")


def test_a_today_the_source_dates_itself_is_not_dated_again() -> None:
    text = "A greve levou hoje, quinta-feira, 3 de setembro, à supressão de 689 dos 1.128 comboios."
    assert resolve_date(text, date(2026, 9, 3), "pt") == (text, None)


def test_here_in_dutch_and_german_is_no_yesterday() -> None:
    from newsfuse.temporal import find_mentions

    assert find_mentions("De Raad van State zegt niet dat hier nooit windmolens mogen komen.", "nl") == []
    assert find_mentions("Hier wurde die Straße gesperrt.", "de") == []
    assert [m.expression for m in find_mentions("La grève a commencé hier à Marseille.", "fr")] == ["hier"]


def test_until_then_leans_on_the_time_the_sentence_before_set() -> None:
    assert leans_on_context("Fram till dess drivs nätet i västra Jämtland utan förbindelsen till Norge.", "sv")
    assert leans_on_context("Seitdem ist die Straße gesperrt.", "de")
    assert not leans_on_context("Depuis 2019, la ligne est fermée le dimanche.", "fr")


def test_polish_weekdays_in_their_cases_are_read_and_keep_their_case_when_dated() -> None:
    from newsfuse.temporal import find_mentions

    found = [m.weekday for t in ("w środę", "w sobotę", "w niedzielę", "od wtorku") for m in find_mentions(t, "pl")]
    assert found == [2, 5, 6, 1]
    text, _ = resolve_date("Złotnica wylała w środę wieczorem i zalała piwnice.", date(2026, 10, 28), "pl")
    assert text == "Złotnica wylała w środę 28 października 2026 wieczorem i zalała piwnice.", text


def test_a_live_pages_words_about_itself_and_an_also_opener_are_not_the_articles_sentences() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("C'est la fin de ce direct, merci de l'avoir suivi.", "fr")
    assert not reportable("Welcome to our live coverage of the harbour fire in Eastmere.", "en")
    assert reportable("Le direct de la préfecture a été suivi par des milliers de personnes.", "fr")
    assert not reportable("Sigue la noche electoral del 23 de mayo: participación, escrutinio y reacciones.", "es")
    assert reportable("Follow-up checks found no further cracks in the bridge, the council said.", "en")
    assert leans_on_context("Ebenfalls angenommen wurde am Sonntag die Revision der Gemeindeordnung.", "de")
    assert leans_on_context("Ook de burgemeester was aanwezig bij de opening van de brug.", "nl")


def test_a_weekday_dated_by_its_span_or_after_its_part_of_the_day_keeps_the_sources_date() -> None:
    spanned = "Des parents ont occupé la mairie dans la nuit de lundi 16 à mardi 17 novembre."
    assert resolve_date(spanned, date(2026, 11, 16), "fr") == (spanned, None)
    parted = "The ferry drifted for three hours on Tuesday afternoon (13 October) after a steering failure."
    assert resolve_date(parted, date(2026, 10, 13), "en") == (parted, None)
    text, repair = resolve_date("The ferry drifted for three hours on Tuesday afternoon.", date(2026, 10, 13), "en")
    assert repair is not None and "Tuesday 13 October 2026" in text
    evidence = [("tuesday", date(2026, 10, 13))]
    assert resolve_relative(parted, evidence, None, "en", weekdays=True) == (parted, None)


def test_a_german_sentence_may_open_on_a_number_and_its_capitalised_noun() -> None:
    assert well_formed("1'284 Ja gegen 1'211 Nein: So knapp ist in Brugghof keine Vorlage entschieden worden.")
    assert well_formed("300 Menschen mussten in der Nacht ihre Häuser verlassen.")
    assert not well_formed("12 December 2004 Tsunami hits the coast of Aceh.")
    assert not well_formed("7 A close encounter with the comet is expected.")


def test_an_impersonal_pronoun_before_the_clock_leans_on_nothing() -> None:
    assert not leans_on_context("Il était 6 h 15 ce mardi lorsque le bus a quitté la route près de Wavremont.", "fr")
    assert not leans_on_context("It was around 2am when the fire broke out in the warehouse on Dock Street.", "en")
    assert leans_on_context("Il a annoncé sa démission devant le conseil municipal.", "fr")


def test_a_polish_live_pages_greeting_is_no_sentence_of_the_article() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("Dzień dobry, rozpoczynamy relację na żywo z wybrzeża.", "pl")


def test_a_live_pages_closing_words_are_no_sentence_of_the_article() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("La diretta si chiude qui: risultati completi sul giornale in edicola domani.", "it")
    assert not reportable("Hier endet unser Ticker für heute, danke fürs Mitlesen.", "de")
    assert reportable("La diretta della notte elettorale ha mostrato un calo dell'affluenza in tutta la regione.", "it")


def test_an_agency_first_dateline_and_a_town_with_its_agency_before_a_hyphen_are_trimmed() -> None:
    text, repairs = trim("(ANSA) - MADRID, 07 MAR - Quattro dipinti sono stati rubati nella notte.")
    assert text == "Quattro dipinti sono stati rubati nella notte."
    assert [r.before for r in repairs] == ["(ANSA) -", "MADRID, 07 MAR -"]
    assert trim("Weilersheim (dpa/lsw) - Bei einer Explosion sind neun Menschen verletzt worden.")[0].startswith("Bei")
    # Without an agency, a spaced hyphen may part a sentence's clauses.
    assert trim("Merkel - Die Kanzlerin sagte das.")[1] == []


def test_a_dateline_with_its_day_and_a_portuguese_agency_is_trimmed() -> None:
    text, repairs = trim("Lisboa, 17 jul 2027 (Lusa) – A estação meteorológica registou 47,1 graus.")
    assert text == "A estação meteorológica registou 47,1 graus."
    assert [r.before for r in repairs] == ["Lisboa, 17 jul 2027 (Lusa) –"]


def test_a_key_points_bullet_is_shown_without_its_mark() -> None:
    text, repairs = trim("• Unión Aragonesa (UA), de Javier Lanuza, gana con el 31,2% de los votos y 27 escaños.")
    assert text.startswith("Unión Aragonesa") and [r.before for r in repairs] == ["•"]
    assert trim("– Vi er glade, sier han.")[1] == []  # a dash opens a quotation in Nordic papers: it stays


def test_a_relative_day_with_its_weekday_in_apposition_is_written_once() -> None:
    text, repair = resolve_relative(
        "A unidade foi inaugurada ontem, sexta-feira, pela secretária de Estado.", [("ontem", date(2027, 6, 11))], None, "pt"
    )
    assert text == "A unidade foi inaugurada sexta-feira 11 de junho de 2027, pela secretária de Estado."
    assert repair is not None and repair.before == "ontem, sexta-feira"


def test_an_efe_dateline_with_its_hyphen_glued_to_the_month_is_trimmed() -> None:
    assert trim("Madrid, 18 oct.- Un apagón dejó sin luz a tres millones de personas.")[0].startswith("Un apagón")
    assert trim("Sr.- López dijo que sí.")[1] == []


def test_an_efe_dateline_of_a_town_with_a_particle_and_its_province_is_trimmed() -> None:
    assert trim("Villanueva del Río (Sevilla) (EFE).- Un incendio calcinó ayer 40 hectáreas de pinar.")[0] == (
        "Un incendio calcinó ayer 40 hectáreas de pinar."
    )
    assert trim("Alcalá de los Gazules (EFE) - El pleno aprobó el presupuesto.")[0] == "El pleno aprobó el presupuesto."
    # a town in a sentence keeps its place: no agency, no dash
    assert trim("Villanueva del Río (Sevilla) vivió ayer un susto.")[1] == []


def test_a_live_updates_stamp_and_a_dateline_of_two_places_are_trimmed() -> None:
    assert trim("Update 19.48 uur: Rond 19.30 uur werd de maatregel opgeheven.")[0] == "Rond 19.30 uur werd de maatregel opgeheven."
    assert trim("Uppdatering 11.58: Polisen bekräftar att en moped hittats.")[0] == "Polisen bekräftar att en moped hittats."
    assert trim("Innsbruck/Pfurnes – Die Gruppe war am Vormittag aufgebrochen.")[0] == "Die Gruppe war am Vormittag aufgebrochen."
    # the word alone is the report's own: "Update: the figure was revised."
    assert trim("Update: the figure was revised.")[0] == "Update: the figure was revised."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dazu kommt stürmischer Nordwestwind mit Spitzen von bis zu 90 km/h.", "de"),
        ("Het gaat onder meer om lekkende flenzen in de opslag van TDI.", "nl"),
        ("Il s'agit du troisième incident sur le site cette année.", "fr"),
    ],
)
def test_openers_that_add_to_or_name_what_came_before_lean_on_it(text: str, language: str) -> None:
    assert leans_on_context(text, language)


def test_a_speaker_named_by_surname_after_the_verb_of_saying_gets_the_full_name_once() -> None:
    names = full_names(["Andreas Kofler, Geschäftsführer der Bergbahnen, sprach von einem schwarzen Tag."])
    out = expand_first_mentions(
        ['"Das ist ein schwarzer Tag", sagte Kofler.', '"Wir werden das prüfen", sagte Kofler.'], names, set()
    )
    assert out[0][0] == '"Das ist ein schwarzer Tag", sagte Andreas Kofler.'
    assert out[0][1] is not None and (out[0][1].before, out[0][1].after) == ("Kofler", "Andreas Kofler")
    assert out[1][0] == '"Wir werden das prüfen", sagte Kofler.' and out[1][1] is None


def test_a_short_sentence_quoting_a_cut_of_a_fuller_quotation_gives_way_to_it() -> None:
    import numpy as np

    from newsfuse.records import Passage
    from newsfuse.summarize import quoted_within
    from newsfuse.summarize.candidates import Candidate

    def cand(text: str) -> Candidate:
        passage = Passage(members=(("a", 0),), articles=("a",), outlets=("A",), kind="single", text="", first_article="a")
        return Candidate(passage, text, "a", 0, np.zeros(0), 0.0, 0, ("a",), ("A",))

    short = cand('Andreas Kofler sprach von einem "schwarzen Tag für den Tourismus im Tal".')
    full = cand('"Das ist ein schwarzer Tag für den Tourismus im Tal. Ohne Gletscher geht es nicht", sagte Kofler.')
    assert quoted_within(short, full) and not quoted_within(full, short)
    other = cand('Kofler sprach von einem "Neuanfang für das ganze Tal".')
    assert not quoted_within(other, full)


def test_a_count_of_those_aboard_given_differently_is_kept_from_the_headline() -> None:
    from newsfuse.records import Sentence
    from newsfuse.summarize.figures import disputed_counts, story_counts

    def page(aid: str, text: str, language: str) -> Article:
        return Article(aid, aid, text, language=language, clean_text=text, sentences=(Sentence(0, text, 0),))

    norwegian = page("nb", "Om bord var 287 passasjerer og 26 mannskaper.", "no")
    swedish = page("sv", "Alla 312 passagerare evakuerades med räddningsbåtar.", "sv")
    assert disputed_counts(story_counts([norwegian, swedish])) == {"287", "312"}
    same = page("nb2", "Hurtigbåten hadde 287 passasjerer om bord.", "no")
    assert disputed_counts(story_counts([norwegian, same])) == set()


def test_a_clause_after_a_titles_dash_is_the_headlines_not_a_site_name() -> None:
    assert trim_title("Skagerak Kystferjer slår seg konkurs – 212 mister jobben", "Kystnytt") == (
        "Skagerak Kystferjer slår seg konkurs – 212 mister jobben"
    )
    assert trim_title("Fergeselskap begjært konkurs: – En svart dag for kysten", "Lindvik Tidende") == (
        "Fergeselskap begjært konkurs: – En svart dag for kysten"
    )
    assert trim_title("Le Drian à Moscou - Le Figaro", "lemonde.fr") == "Le Drian à Moscou"


def test_today_set_against_then_is_nowadays_and_today_with_its_weekday_is_written_once() -> None:
    from newsfuse.temporal import nowadays

    assert nowadays("Heute hat sie 48 aktive Mitglieder.", "Damals zählte die Wehr 23 Mann und eine Handdruckspritze.")
    assert not nowadays("Heute hat sie 48 aktive Mitglieder.", "Die Feuerwehr feierte am Sonntag ihr Jubiläum.")
    text, repair = resolve_date(
        "Am Abend wurde im Festzelt gefeiert, heute, Montag, folgt der Frühschoppen.", date(2027, 10, 11), "de"
    )
    assert text == "Am Abend wurde im Festzelt gefeiert, am Montag, 11. Oktober 2027, folgt der Frühschoppen."
    assert repair is not None and repair.before == "heute, Montag"


def test_a_live_pages_label_after_its_title_is_trimmed() -> None:
    assert trim_title("Etna, fontana di lava e nube alta 9 km: chiuso l'aeroporto di Catania. LIVE", "Gazzetta") == (
        "Etna, fontana di lava e nube alta 9 km: chiuso l'aeroporto di Catania"
    )
    assert trim_title("Live music returns to Brixton", "Brixton Post") == "Live music returns to Brixton"


def test_today_against_an_old_year_or_ending_a_span_has_no_day_of_its_own() -> None:
    from newsfuse.temporal import nowadays, up_to

    before = "Albertina Rosa Lopes nasceu a 14 de abril de 1927, onde trabalhou a terra."
    assert nowadays("Hoje tem 11 netos e 9 bisnetos.", before, 2027)
    assert not nowadays("Hoje tem 11 netos e 9 bisnetos.", before.replace("1927", "2025"), 2027)
    text = "Da ottobre a oggi le piogge sono state inferiori di circa il 60% rispetto alla media."
    assert up_to(text, text.index("oggi"))
    assert resolve_relative(text, [("oggi", date(2027, 7, 9))], date(2027, 7, 5), "it") == (text, None)
    assert resolve_date(text, date(2027, 7, 9), "it") == (text, None)


def test_an_announcement_names_only_days_to_come_and_an_italian_future_in_rr() -> None:
    from newsfuse.knowledge.dates import resolve_sentence
    from newsfuse.temporal import only_later

    text = "La empresa municipal cortará el suministro el lunes 24 de mayo entre las 8.00 y las 14.00 horas."
    assert only_later(text, date(2027, 5, 20), "es")
    assert not only_later("El incendio se declaró el miércoles 19 de mayo.", date(2027, 5, 20), "es")
    found = resolve_sentence("Da lunedì il gestore ridurrà la pressione nelle reti.", date(2027, 7, 9), "t", {}, None, "it")
    assert [e.value for e in found] == [date(2027, 7, 12)]


def test_a_greeting_to_the_readers_is_no_sentence_of_a_report() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("Goedenavond en welkom bij ons liveblog.", "nl")
    assert not reportable("Bonjour et bienvenue dans ce direct consacré à la grève.", "fr")
    assert not reportable("Merci de l'avoir suivi.", "fr")
    assert reportable("Welcome news came for farmers on Monday as prices rose again.", "en")


def test_a_pronoun_after_the_verb_second_leans_on_context_and_halves_of_parentheses_are_no_sentence() -> None:
    from newsfuse.summarize.candidates import reportable
    from newsfuse.temporal import nowadays

    assert leans_on_context("Dinsdagavond boden zij een petitie met 640 handtekeningen aan.", "nl")
    assert leans_on_context("I går sa hon att färjan hade problem med motorn.", "sv")
    assert not leans_on_context("Politiet sier de har kontroll på brannen.", "no")
    assert not leans_on_context("Los bomberos han controlado el fuego esta mañana.", "es")
    assert not reportable("Pietrzak), Bronowicki – Sitarz, Olejnik (63.", "pl")
    assert reportable("Bramki: Lenart 51., Bronowicki 84. (karny) – Żurawski 23.", "pl")
    assert nowadays("Le club compte aujourd'hui 84 licenciés.", "Il a pris sa première licence en 1975.", 2027)


def test_a_weekday_ending_a_span_of_days_still_gets_its_date() -> None:
    night = "Des roches ont recouvert la RD 1006 dans la nuit de mercredi à jeudi, en Haute-Maurienne."
    text, repair = resolve_relative(night, [("jeudi", date(2026, 6, 11))], None, "fr", weekdays=True)
    assert text == "Des roches ont recouvert la RD 1006 dans la nuit de mercredi à jeudi 11 juin 2026, en Haute-Maurienne."
    assert repair is not None


def test_a_sentence_in_capitals_is_written_in_sentence_case_as_the_sources_write_its_words() -> None:
    from newsfuse.summarize.repairs import case_forms, recase_shouting

    page = (
        "Witamy w Grońcu, gdzie za godzinę rozpocznie się konkurs. Prowadzi Kacper Wierzbicki.\n"
        "Haugland tylko 133 m! KACPER WIERZBICKI WYGRYWA W GROŃCU! To jego pierwsze zwycięstwo."
    )
    shout = "KACPER WIERZBICKI WYGRYWA W GROŃCU!"
    text, repair = recase_shouting(shout, case_forms([page]))
    assert text == "Kacper Wierzbicki wygrywa w Grońcu!"  # the shout's own capitals are no evidence of a name
    assert repair == Repair("case", shout, text)
    assert faithfulness_problem(CitedSentence(text, ("a",), 1, (repair,)), {"a": _article("a", "pl", page)}) is None
    # An acronym written in capitals among ordinary words keeps them; a quotation is left as it was said.
    forms = case_forms(["El partido del Valdemora CF acabó en empate."])
    assert recase_shouting("54' | ¡GOL DEL VALDEMORA CF!", forms)[0] == "54' | ¡Gol del Valdemora CF!"
    assert recase_shouting("«NO PASARÁN» GRITARON LOS VECINOS", forms)[0] == "«NO PASARÁN» gritaron los vecinos"
    # Ordinary sentences and a single acronym are not shouting.
    assert recase_shouting("La UEFA y la FIFA sancionan al club.", forms) == ("La UEFA y la FIFA sancionan al club.", None)


def test_a_live_page_looking_back_on_itself_or_promising_tomorrows_analysis_is_no_sentence_of_the_article() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("Dit was het liveblog van het begrotingsdebat.", "nl")
    assert not reportable("Mañana, todo el análisis de los resultados en El Diario del Ebro.", "es")
    assert reportable("Mañana se reunirá el nuevo Parlamento de La Rioja por primera vez.", "es")


def test_today_dated_by_its_source_with_an_accented_weekday_is_left_as_it_is() -> None:
    text = "La Protezione civile ha diramato oggi, lunedì 12 luglio, un'allerta arancione per temporali forti."
    assert resolve_date(text, date(2027, 7, 12), "it") == (text, None)
    assert resolve_relative(text, [("oggi", date(2027, 7, 12))], None, "it", weekdays=True) == (text, None)


def _one_sentence_per_line(article_id: str, lines: list[str], language: str) -> Article:
    """A cleaned article whose every line is one sentence."""
    text = "\n".join(lines)
    sentences = tuple(Sentence(i, t, i) for i, t in enumerate(lines))
    return Article(article_id, f"{article_id}.txt", text, language=language, clean_text=text, sentences=sentences)


@pytest.mark.slow  # the knowledge stage's spaCy pipelines load
def test_a_pronoun_speaker_is_named_where_the_sentence_naming_them_is_left_out() -> None:
    lines = [
        "Die Bahnstrecke zwischen Lindenfurt und Marktredach bleibt nach dem Unfall vom Donnerstag gesperrt.",
        "Bürgermeister Bernd Aschauer sagte, die Stadt habe seit Jahren vor dem Zustand der Brücke gewarnt.",
        "«Wir haben seit Jahren auf den veralteten Anprallschutz hingewiesen», sagte er.",
        "Eine Sprecherin des Netzbetreibers, Katrin Lohmeier, sagte: «Kein Zug fährt über die Brücke, bevor sie "
        "freigegeben ist.»",
        "«Wir rechnen mit mindestens drei Wochen Reparaturzeit», sagte sie.",
    ]
    article = _one_sentence_per_line("kurier", lines, "de")
    knowledge = build_knowledge(Story("s", ("kurier",), "de", None), [article])

    def summary(*indices: int) -> Summary:
        cited = tuple(CitedSentence(lines[i], ("kurier",), 1) for i in indices)
        return Summary("s", "Schiff rammt Brücke", "kurier", cited, "de", None)

    named = name_speakers(summary(0, 2, 3, 4), knowledge, [article]).sentences
    assert named[1].text == "«Wir haben seit Jahren auf den veralteten Anprallschutz hingewiesen», sagte Bernd Aschauer."
    assert named[1].repairs == (Repair("speaker", "sagte er", "sagte Bernd Aschauer"),)
    assert faithfulness_problem(named[1], {"kurier": article}) is None
    # Right after the sentence naming her, "sagte sie" is clear and stays.
    assert named[3].text == lines[4]
    # A later mention gives the surname; right after the sentence naming him, nothing changes.
    assert name_speakers(summary(1, 0, 2), knowledge, [article]).sentences[2].text.endswith("», sagte Aschauer.")
    assert name_speakers(summary(1, 2), knowledge, [article]).sentences[1].text == lines[2]
    # The rules may give "sagte sie" to the last person they recognised; with another name right before the
    # quotation (one the recogniser missed), no name is written.
    assert name_speakers(summary(0, 4), knowledge, [article]).sentences[1].text in (
        lines[4],
        "«Wir rechnen mit mindestens drei Wochen Reparaturzeit», sagte Katrin Lohmeier.",
    )


@pytest.mark.slow  # the knowledge stage's spaCy pipelines load
def test_the_name_written_is_never_that_of_someone_who_spoke_before_the_person_named_just_before() -> None:
    lines = [
        "«La situazione è sotto controllo», ha assicurato il direttore della società, Marc-Antoine Réveillard.",
        "Più cauto il geologo regionale Piero Scaglia, che da due anni segue il versante con una rete di sensori.",
        "«Negli ultimi mesi alcune fessure si sono allargate di qualche millimetro alla settimana», ha spiegato.",
    ]
    article = _one_sentence_per_line("eco", lines, "it")
    knowledge = build_knowledge(Story("s", ("eco",), "it", None), [article])
    cited = (CitedSentence("Il traforo è stato riaperto.", ("eco",), 1), CitedSentence(lines[2], ("eco",), 1))
    summary = Summary("s", "Frana al traforo", "eco", cited, "it", None)
    # The geologist named just before speaks, not the director who spoke before him.
    assert "Réveillard" not in name_speakers(summary, knowledge, [article]).sentences[1].text


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        ('"Desligámos todos os sistemas", disse ela.', "disse ela", '"Desligámos todos os sistemas", disse Teresa Moutinho.'),
        ("« Nous avons tout coupé », a-t-elle dit.", "a-t-elle", "« Nous avons tout coupé », a dit Teresa Moutinho."),
        ("« Nous avons tout coupé », poursuit-elle.", "poursuit-elle", "« Nous avons tout coupé », poursuit Teresa Moutinho."),
        ("«Abbiamo preferito non rischiare», ha spiegato.", "ha spiegato", "«Abbiamo preferito non rischiare», ha spiegato Teresa Moutinho."),
        ("– Vi stopper hele parken, siger hun til Ritzau.", "siger hun", "– Vi stopper hele parken, siger Teresa Moutinho til Ritzau."),
        ('"We shut everything down," she said.', "she said", '"We shut everything down," Teresa Moutinho said.'),
    ],
)
def test_a_pronoun_or_a_bare_verb_of_saying_takes_the_name_in_each_language(text: str, words: str, named: str) -> None:
    from newsfuse.summarize.attribution import _with_name

    edited = _with_name(text, words, "Teresa Moutinho")
    assert edited is not None and edited[0] == named


def test_a_description_after_the_verb_takes_the_name_in_apposition_and_a_name_no_other_name() -> None:
    from newsfuse.summarize.attribution import _with_name

    assert _with_name('"Não há prova", afirmou o autarca.', "afirmou o autarca", "Rui Sousa") == (
        '"Não há prova", afirmou o autarca, Rui Sousa.',
        "afirmou o autarca",
        "afirmou o autarca, Rui Sousa",
    )
    assert _with_name('"Van dichtbij zie je rijen", zegt Oudewater.', "zegt Oudewater", "Marjolein Hoogendijk") is None


def test_a_subheading_in_quotation_marks_is_no_sentence_of_the_report() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("« Une croûte qui chante »", "fr")
    assert not reportable("„Oddajemy Stare Miasto ludziom”", "pl")
    assert reportable("« Nous allons reconstruire le village. »", "fr")
    assert reportable('"The ferry will run again on Monday."', "en")


def test_a_speaker_repair_may_part_a_french_inverted_verb_but_adds_no_other_word() -> None:
    lines = ["Nadia Belkacem attend depuis l'aube.", "« Le prochain vol est lundi », soupire-t-elle."]
    article = _one_sentence_per_line("echo", lines, "fr")
    named = "« Le prochain vol est lundi », soupire Nadia Belkacem."
    repair = Repair("speaker", "soupire-t-elle", "soupire Nadia Belkacem")
    assert faithfulness_problem(CitedSentence(named, ("echo",), 1, (repair,)), {"echo": article}) is None
    invented = Repair("speaker", "soupire-t-elle", "gémit Nadia Belkacem")
    sentence = CitedSentence("« Le prochain vol est lundi », gémit Nadia Belkacem.", ("echo",), 1, (invented,))
    assert faithfulness_problem(sentence, {"echo": article}) is not None


def test_a_live_page_greeting_its_readers_or_sending_them_to_a_later_edition_is_no_sentence_of_the_article() -> None:
    from newsfuse.summarize.candidates import reportable

    assert not reportable("Hei, og velkommen til Fjelltidendes direktedekning av siste runde!", "no")
    assert not reportable("Full reportasje fra siste runde kommer i mandagens avis.", "no")
    assert not reportable("Amanhã, na edição impressa, a reportagem completa e as reações dos novos campeões.", "pt")
    assert not reportable("Obrigado por ter estado connosco ao longo da tarde.", "pt")
    assert not reportable("Dermed takker vi for oss fra Brekkestad og turneringen.", "no")
    assert reportable("Haugland har fortsatt over en time på klokka, og Sæther bare tolv minutter.", "no")
    assert reportable("Hei Lindqvist ble nummer tre i turneringen etter remis i siste runde.", "no")


def test_a_live_pages_summary_label_is_trimmed() -> None:
    text, repairs = trim("Resumo: Duarte Pestana venceu a final masculina com 16,90 pontos.")
    assert text == "Duarte Pestana venceu a final masculina com 16,90 pontos."
    assert [(r.kind, r.before) for r in repairs] == [("trim", "Resumo:")]
    assert trim("Resumo da prova: oito surfistas chegaram aos quartos de final.")[1] == []


def test_a_europa_press_dateline_with_a_day_alone_and_a_place_with_its_river_are_trimmed() -> None:
    assert trim("TORREBLANCA, 14 (EUROPA PRESS) Un incendio ha obligado este martes a desalojar a 300 vecinos.")[0] == (
        "Un incendio ha obligado este martes a desalojar a 300 vecinos."
    )
    assert trim("MADRID, 14 Oct. (EUROPA PRESS) - El Gobierno aprobó el decreto.")[0] == "El Gobierno aprobó el decreto."
    assert trim("Neustadt an der Weinstraße – Die Brücke bleibt bis Ende März gesperrt.")[0] == (
        "Die Brücke bleibt bis Ende März gesperrt."
    )
    # a sentence that opens on a place is no dateline without its dash
    assert trim("Lindenau am Rhein hat eine neue Brücke.")[0] == "Lindenau am Rhein hat eine neue Brücke."


def test_yesterday_in_a_next_morning_report_is_written_out_even_on_the_storys_day() -> None:
    evidence = [("ayer", date(2027, 10, 11))]
    text, repair = resolve_relative(
        "El fuego se declaró sobre las 15.00 horas de ayer en una nave del polígono.", evidence, date(2027, 10, 11), "es"
    )
    assert text == "El fuego se declaró sobre las 15.00 horas del lunes 11 de octubre de 2027 en una nave del polígono."
    assert repair is not None and repair.before == "de ayer"
    # a likeness is no date: "una domenica come ieri"
    text, repair = resolve_relative(
        "La capanna aprì il 9 luglio 1927, una domenica come ieri.", [("ieri", date(2027, 7, 11))], date(2027, 7, 11), "it"
    )
    assert repair is None
    # "today" on the story's day is what the article's own frame says already
    text, repair = resolve_relative("Hoy el polígono sigue cerrado.", [("hoy", date(2027, 10, 11))], date(2027, 10, 11), "es")
    assert repair is None


def test_a_nordic_past_weekday_in_the_lead_takes_its_date_in_apposition() -> None:
    evidence = [("i lordags", date(2027, 6, 5))]
    text, repair = resolve_relative("I lördags öppnade bageriet igen efter branden.", evidence, None, "sv", weekdays=True)
    assert text == "I lördags, 5 juni 2027, öppnade bageriet igen efter branden."
    assert repair is not None and repair.before == "I lördags"
    # with its part of the day, which stays with it
    evening = [("i mandags", date(2027, 5, 31))]
    text, _ = resolve_relative("Färjan gick på grund i måndags kväll utanför Rörö.", evening, None, "sv")
    assert text == "Färjan gick på grund i måndags kväll, 31 maj 2027, utanför Rörö."
    text, _ = resolve_relative("Klockan 06.40 i måndags morse löste skydden ut.", evening, None, "sv")
    assert text == "Klockan 06.40 i måndags morse, 31 maj 2027, löste skydden ut."


def test_a_report_whose_headline_gives_the_figure_otherwise_does_not_carry_the_sentence_stating_it() -> None:
    from newsfuse.copies import align_story
    from newsfuse.summarize.candidates import build_candidates

    from conftest import cleaned_article

    first = cleaned_article(
        "a",
        "Crónica del Cinca",
        [
            "Un ciberataque ha dejado este martes sin sistemas al hospital de Barbastre, que ha tenido que aplazar unas "
            "90 operaciones programadas.",
            "El ataque se detectó de madrugada, según fuentes del centro.",
        ],
        language="es",
    )
    sentences = [
        "Un ciberataque ha dejado este martes sin sistemas al hospital de Barbastre, que ha tenido que aplazar unas "
        "90 operaciones programadas.",
        "El ataque se detectó de madrugada, según fuentes del centro.",
    ]
    later = replace(
        cleaned_article("b", "Diario del Alto Aragón", sentences, language="es"),
        title="El hospital de Barbastre sigue en papel: 130 operaciones aplazadas",
    )
    # another sentence counting operations otherwise says nothing of this one: it may count other operations
    other = cleaned_article(
        "c", "Heraldo del Somontano", [*sentences, "El hospital hace unas 12.000 operaciones al año."], language="es"
    )
    # a headline counting otherwise does not matter when the report's own version gives the figure
    owned = replace(
        cleaned_article("d", "La Voz del Vero", [first.sentences[0].text, *sentences[1:]], language="es"),
        title="Los hospitales aragoneses suman 400 operaciones aplazadas este año",
    )
    later = replace(later, sentences=(replace(later.sentences[0], text=later.sentences[0].text.replace(
        ", que ha tenido que aplazar unas 90 operaciones programadas", ", que ha vuelto al papel")), *later.sentences[1:]))
    # nor one counting another thing of that name, far from the figure: a year's operations, not the postponed ones
    yearly = replace(later, id="e", outlet="Radio Somontano", title="Barbastre, un hospital de 12.000 operaciones al año")
    articles = [first, later, other, owned, yearly]
    candidates = build_candidates(articles, align_story(articles).passages, "es", Settings())
    by_text = {c.text: set(c.sources) for c in candidates}
    stated = next(k for k in by_text if "90 operaciones" in k)
    assert by_text[stated] == {"a", "c", "d", "e"}
    assert by_text["El ataque se detectó de madrugada, según fuentes del centro."] == {"a", "b", "c", "d", "e"}


def test_a_weekday_said_to_be_the_last_one_is_written_out_with_its_qualifier() -> None:
    text, repair = resolve_date("Domenica scorsa, a Torino, la squadra ha vinto il titolo.", date(2027, 3, 14), "it")
    assert text == "Domenica 14 marzo 2027, a Torino, la squadra ha vinto il titolo."
    assert repair is not None and repair.before == "Domenica scorsa"
    evidence = [("lundi", date(2025, 3, 10))]
    text, _ = resolve_relative(
        "Le conseil a voté lundi dernier la fermeture.", evidence, date(2025, 3, 11), "fr", weekdays=True
    )
    assert "lundi 10 mars 2025 la fermeture" in text
    text, repair = resolve_relative(
        "Une réunion est prévue lundi prochain.", evidence, date(2025, 3, 11), "fr", weekdays=True
    )
    assert repair is None  # the next one is still left alone
    text, repair = resolve_relative(
        "The dog ran off on Tuesday last week.", [("tuesday", date(2026, 11, 17))], date(2026, 11, 19), "en", weekdays=True
    )
    assert repair is None  # last week's Tuesday, in English


@pytest.mark.slow  # the knowledge stage's spaCy pipelines load
def test_a_speaker_described_after_the_verb_is_named_where_the_sentence_naming_them_is_left_out() -> None:
    lines = [
        "La maison de santé de Vaubrac a ouvert ses portes lundi avec trois médecins.",
        "« Nos aînés ne se soignaient plus », rappelle le maire, Jean-Pierre Lacombe.",
        "« C'était une question de survie pour le village », estime l'élu.",
    ]
    article = _one_sentence_per_line("echo", lines, "fr")
    knowledge = build_knowledge(Story("s", ("echo",), "fr", None), [article])
    cited = (CitedSentence(lines[0], ("echo",), 1), CitedSentence(lines[2], ("echo",), 1))
    named = name_speakers(Summary("s", "Une maison de santé", "echo", cited, "fr", None), knowledge, [article])
    assert named.sentences[1].text == "« C'était une question de survie pour le village », estime l'élu, Jean-Pierre Lacombe."
    assert named.sentences[1].repairs == (Repair("speaker", "estime l'élu", "estime l'élu, Jean-Pierre Lacombe"),)
    assert faithfulness_problem(named.sentences[1], {"echo": article}) is None


def test_a_route_after_a_colon_stays_in_the_title_and_an_object_pronoun_leans_on_context() -> None:
    assert trim_title("Etapa 4 en directo: Villarmenta – Collado Barrueco", None) == (
        "Etapa 4 en directo: Villarmenta – Collado Barrueco"
    )
    assert trim_title("Incendio nel porto di Ravello – Gazzetta del Golfo", None) == "Incendio nel porto di Ravello"
    assert leans_on_context("Lo hanno confermato questa mattina i geologi del Centro di monitoraggio.", "it")
    assert leans_on_context("Lo confirmó el alcalde en una rueda de prensa.", "es")
    assert not leans_on_context("Lo stadio resterà chiuso fino a domenica.", "it")


def test_a_relative_day_of_two_words_is_written_out_like_one_of_one_word() -> None:
    evidence = [("i gar", date(2027, 10, 14))]
    text, repair = resolve_relative("Statsforvalteren ga i går tillatelse til fellingen.", evidence, date(2027, 10, 15), "no")
    assert text == "Statsforvalteren ga torsdag 14. oktober 2027 tillatelse til fellingen."
    assert repair is not None and repair.before == "i går"
    # the story's own day stays as the source says it, as a one-word "today" does
    text, repair = resolve_relative("Skolene holder stengt i dag.", [("i dag", date(2027, 10, 14))], date(2027, 10, 14), "no")
    assert repair is None
    # nor is speech without quotation marks, after a dash or before the verb saying whose it is
    later = [("i dag", date(2027, 4, 25))]
    assert resolve_relative("Haugland tar tapet med fatning: – Han spilte bedre i dag.", later, date(2027, 4, 24), "no")[1] is None
    spoken = "Att se alla människor här i dag är en dröm, säger Gunnar Halvarsson."
    assert resolve_relative(spoken, later, date(2027, 4, 24), "sv")[1] is None


def test_a_title_stating_a_disputed_count_gives_up_the_clause_that_states_it() -> None:
    disputed = frozenset({"11", "16"})
    assert title_without_counts(
        "Un terremoto de magnitud 4,8 daña la torre de la iglesia de Torres de Alhamar y deja once heridos", disputed, "es"
    ) == "Un terremoto de magnitud 4,8 daña la torre de la iglesia de Torres de Alhamar"
    # too little is left without the count: no title
    assert title_without_counts("Dieciséis heridos y 450 vecinos fuera de casa tras el terremoto", disputed, "es") is None
