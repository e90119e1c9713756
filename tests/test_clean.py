"""Cleaning on the real seeds and on small cases in several languages."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from newsfuse.clean import CleanedItem, clean_articles, split_sentences
from newsfuse.clean.metadata import infer_published
from newsfuse.cli import main
from newsfuse.evaluate import score_files
from newsfuse.ingest import read_inputs
from newsfuse.records import Article
from newsfuse.settings import Settings
from newsfuse.temporal import find_mentions, format_date, resolve

from conftest import ROOT


def _cleaned(paths: list[Path]) -> list[Article]:
    raw = [a for a in read_inputs(paths) if isinstance(a, Article)]
    return [c.article for c in clean_articles(raw) if isinstance(c, CleanedItem)]


def test_seed_furniture_precision_recall_and_news_recall(seeds: Path) -> None:
    labels = json.loads((ROOT / "tests" / "data" / "seed_furniture.json").read_text())["files"]
    totals = score_files({seeds / name: lines for name, lines in labels.items()}, _cleaned([seeds]))
    assert totals.furniture.precision >= 0.97
    assert totals.furniture.recall >= 0.97
    assert totals.news_recall == 1.0


def test_seed_page_with_two_items_is_split_in_page_order(seeds: Path) -> None:
    ids = [a.id for a in _cleaned([seeds / "000_3f9906dd629083e6.txt"])]
    assert ids == ["000_3f9906dd629083e6#1", "000_3f9906dd629083e6#2"]


def test_seed_metadata_inferred_from_text(seeds: Path) -> None:
    by_id = {a.id: a for a in _cleaned([seeds])}
    assert by_id["004_c0b0d63a5f0cf3d9"].outlet == "RTL"
    assert by_id["004_c0b0d63a5f0cf3d9"].event_date == date(2015, 12, 21)
    assert by_id["003_88db39ec24d024ab"].title == "Syrie: Moscou va coopérer avec ses «alliés» français"
    assert all(a.language == "fr" for a in by_id.values())


def test_caption_glued_to_credit_is_removed_and_body_sentence_kept(seeds: Path) -> None:
    article = next(a for a in _cleaned([seeds / "002_782f633ee9fe343a.txt"]))
    reasons = {r.number: r.reason for r in article.removed_lines}
    assert 10 in reasons and 12 not in reasons
    assert reasons[35] == "teaser cut off"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Le Drian a parlé. Il est parti.", ["M. Le Drian a parlé.", "Il est parti."]),
        (
            "\"Ce n'est pas s'allier. Il y a un ennemi\", a dit le ministre. Puis il est parti.",
            ["\"Ce n'est pas s'allier. Il y a un ennemi\", a dit le ministre.", "Puis il est parti."],
        ),
        ("« Nous partons. Vite », dit-il. Fin.", ["« Nous partons. Vite », dit-il.", "Fin."]),
        ("Dr. Smith arrived on Jan. 5. He spoke.", ["Dr. Smith arrived on Jan. 5.", "He spoke."]),
        (
            "Maj. Ann Cole and Spc. Tom Reyes led the convoy. It left.",
            ["Maj. Ann Cole and Spc. Tom Reyes led the convoy.", "It left."],
        ),
        (
            "Protesters gathered at Ft. Benning, near Mt. Elbert Road. They left.",
            ["Protesters gathered at Ft. Benning, near Mt. Elbert Road.", "They left."],
        ),
        (
            "Sgt. Ann Cole, Co. C, 2nd Battalion, led it. Ford Motor Co. fell.",
            ["Sgt. Ann Cole, Co. C, 2nd Battalion, led it.", "Ford Motor Co. fell."],
        ),
        ("Die Brücke ist z.B. gesperrt. Das ist neu.", ["Die Brücke ist z.B. gesperrt.", "Das ist neu."]),
        ("¿Qué pasó? Nadie lo sabe.", ["¿Qué pasó?", "Nadie lo sabe."]),
        # Single quotation marks (Dutch, English) hold sentences too; "’" is also the apostrophe.
        (
            "‘We staken niet. Onze mensen zijn op’, zei Marloes van Dijk. Ze ging.",
            ["‘We staken niet. Onze mensen zijn op’, zei Marloes van Dijk.", "Ze ging."],
        ),
        ("It’s over. The ‘90s are gone. He left.", ["It’s over.", "The ‘90s are gone.", "He left."]),
        ("Fundado em 1996.Beira-Mar venceu.", ["Fundado em 1996.", "Beira-Mar venceu."]),
        ("Il est parti.Le lendemain il revint.", ["Il est parti.", "Le lendemain il revint."]),
        ("Lisez news.Google.com ou www.Example.org.", ["Lisez news.Google.com ou www.Example.org."]),
        ("In a SciDev.Net editorial, Huq wrote it.", ["In a SciDev.Net editorial, Huq wrote it."]),
        ("Han hittades död. > Alla artiklar • Senaste nytt", ["Han hittades död.", "> Alla artiklar • Senaste nytt"]),
        ("« Il partit.Puis revint », dit-il.", ["« Il partit.Puis revint », dit-il."]),
        ('"It is feasting."Radio jets show it.', ['"It is feasting."', "Radio jets show it."]),
        # The mark after the stop opens the next sentence's quotation: it goes with that sentence.
        ('He said."Hello there," she replied.', ["He said.", '"Hello there," she replied.']),
        (
            'She said, "Wars start. We must act.""Peace needs care," it said.',
            ['She said, "Wars start. We must act."', '"Peace needs care," it said.'],
        ),
        # German closes „ with “, and the sentence with it.
        (
            "„Aber seit heute früh ist Cadelvo eine Insel.“ Die Straße bleibt gesperrt.",
            ["„Aber seit heute früh ist Cadelvo eine Insel.“", "Die Straße bleibt gesperrt."],
        ),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("a annoncé lundi le ministre", date(2015, 12, 22), date(2015, 12, 21)),
        ("rencontré hier à Moscou", date(2015, 12, 22), date(2015, 12, 21)),
        ("said on Tuesday", date(2025, 4, 10), date(2025, 4, 8)),
        ("sagte am Montag", date(2025, 4, 15), date(2025, 4, 14)),
        ("ocurrió ayer", date(2025, 4, 18), date(2025, 4, 17)),
        ("le 26 novembre", date(2015, 12, 22), date(2015, 11, 26)),
        ("mardi dernier", date(2015, 12, 22), date(2015, 12, 15)),
        ("jeudi prochain", date(2015, 12, 22), date(2015, 12, 24)),
        ("le 1er janvier", date(2015, 12, 14), date(2015, 1, 1)),
    ],
)
def test_relative_dates(text: str, anchor: date, expected: date) -> None:
    mention = find_mentions(text)[0]
    assert resolve(mention, anchor) == expected


def test_format_date_per_language() -> None:
    assert format_date(date(2015, 12, 21), "fr") == "lundi 21 décembre 2015"
    assert format_date(date(2025, 4, 9), "de") == "Mittwoch, 9. April 2025"
    assert format_date(date(2025, 4, 17), "es") == "jueves 17 de abril de 2025"
    assert format_date(date(2004, 12, 8), "sv") == "onsdag 8 december 2004"
    assert format_date(date(2004, 12, 8), "no") == "onsdag 8. desember 2004"
    assert format_date(date(2004, 12, 8), "nl", weekday=False) == "8 december 2004"
    assert format_date(date(2004, 12, 8), "pl") == "środa 8 grudnia 2004"


def test_cookie_and_paywall_lines_in_other_languages(tmp_path: Path) -> None:
    page = tmp_path / "de.txt"
    page.write_text(
        "Wir nutzen Cookies, um Ihnen das beste Erlebnis zu bieten. Alle akzeptieren\n"
        "Brücke in Linz gesperrt\n"
        "Die Stadt Linz hat am Montag die Weikerlbrücke für den gesamten Verkehr gesperrt.\n"
        "„Die Sicherheit geht vor“, sagte Bürgermeisterin Anna Berger.\n"
        "Jetzt abonnieren und weiterlesen\n"
        "Kommentare (3)\n",
        encoding="utf-8",
    )
    article = _cleaned([page])[0]
    assert [r.number for r in article.removed_lines] == [1, 5, 6]
    assert article.title == "Brücke in Linz gesperrt"
    assert article.language == "de"


def test_clean_explain_prints_every_line_with_reason(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(seeds / "001_4abc9afbb70f35b4.txt"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "  11 DROP advertising" in out
    assert "   1 keep news" in out


def test_undated_page_is_not_dated_by_a_forecast(tmp_path: Path) -> None:
    page = tmp_path / "asteroid.txt"
    page.write_text(
        "Asteroid risk lowered\n\n"
        "Astronomers said on Tuesday, 21 December 2004, that the asteroid is smaller than first thought.\n"
        "The chance of an impact on 13 April 2087 was put at one in 300 by the team.\n"
        "Another close approach is expected on 13 April 2129, when the risk will be measured again.\n",
        encoding="utf-8",
    )
    (article,) = _cleaned([page])
    assert article.published is None
    assert article.event_date == date(2004, 12, 21)


def test_error_notices_are_told_from_reports_about_them() -> None:
    from newsfuse.clean.errorpages import error_page_notice

    assert error_page_notice(["Sorry, the page you are looking for could not be found.", "Try the home page."])
    assert error_page_notice(["Die Seite wurde nicht gefunden."])
    assert error_page_notice(["Unfortunately we are unable to process your request at this time.", "Try later."])
    assert error_page_notice(
        ["Unable to find requested news story If you are looking for an article, try our archive."]
    )
    report = ["The ministry's website showed a 'page not found' notice for three hours on Monday.", "It is back."]
    assert error_page_notice(report) is None
    assert error_page_notice(["Page not found."] + ["The council met on Monday and voted the budget."] * 30) is None


def test_paywalls_are_told_from_reports_about_them() -> None:
    from newsfuse.clean.errorpages import paywall_notice

    wall = [
        "Readers with a site licence can open this article from their institution's network.",
        "In order to purchase this article you must be a registered user.",
        "Already a subscriber? Log in via the box at the top of this page.",
        "Prices may change without notice.",
    ]
    assert paywall_notice(wall) == wall[0]
    assert paywall_notice(
        ["Article réservé aux abonnés.", "Déjà abonné ? Connectez-vous.", "Abonnez-vous pour lire la suite."]
    )
    # A report about a paywall quotes a prompt or two among its own sentences.
    report = [
        "The Harbour Gazette will put its local news behind a paywall from 1 June, its editor said on Tuesday.",
        "Readers will see a notice asking them to subscribe to continue reading after three free articles a month.",
        "Subscribers only will be able to comment, and those who are already a subscriber to the print edition will get access free.",
        "The paper lost a third of its advertising income in two years.",
        "Its rival, the Nordhaven Post, dropped its own paywall in 2023.",
        "The union said it had not been consulted.",
    ]
    assert paywall_notice(report) is None
    assert paywall_notice(wall * 20) is None  # long: a page that has more than its prompts


_BILINGUAL_EN = (
    "Observers question the count in Lakeview\n\n"
    "Election observers said on Tuesday that several tally sheets in the northern districts showed impossible turnout.\n"
    "The mission asked the electoral commission to publish the results of every polling station before the final "
    "count.\n"
)
_BILINGUAL_FR = (
    "Les observateurs électoraux ont déclaré mardi que plusieurs procès-verbaux des districts du nord montraient une "
    "participation impossible.\n"
)


def test_translation_on_a_bilingual_page_is_removed_with_its_language(tmp_path: Path) -> None:
    page = tmp_path / "bilingual.txt"
    page.write_text(_BILINGUAL_EN + _BILINGUAL_FR, encoding="utf-8")
    [item] = [c for c in clean_articles(read_inputs([page])) if isinstance(c, CleanedItem)]
    assert item.article.language == "en"
    assert [r.reason for r in item.article.removed_lines] == ["in another language (fr)"]
    assert "procès-verbaux" not in item.article.clean_text
    assert len(item.article.sentences) == 2


def test_a_wrongly_stated_language_is_corrected_or_else_leaves_the_text_whole() -> None:
    # The input says Norwegian, the text reads as English: the statement is wrong, not the lines.
    page = Article(id="n", source="n.jsonl:1", raw_text=_BILINGUAL_EN + _BILINGUAL_FR, language="no")
    [item] = [c for c in clean_articles([page]) if isinstance(c, CleanedItem)]
    assert item.article.language == "en"
    assert item.article.provenance["language"] == "identified (1.00); given as no"
    assert [r.reason for r in item.article.removed_lines] == ["in another language (fr)"]
    # Where the language it reads as is not one newsfuse handles, the statement stays and nothing is removed.
    settings = replace(Settings(), languages=("no", "fr"))
    [kept] = [c for c in clean_articles([page], settings) if isinstance(c, CleanedItem)]
    assert kept.article.language == "no"
    assert not kept.article.removed_lines
    assert len(kept.article.sentences) == 3


def test_an_afternoon_time_on_a_timestamp_line_is_read_as_such() -> None:
    found = infer_published(["Sports · December 5, 2021 · 9:15 PM UTC"])
    assert found is not None and found[0] == datetime(2021, 12, 5, 21, 15)


def test_an_austrian_january_and_a_stamp_after_its_place_are_read() -> None:
    found = infer_published(["14. Jänner 2027 · 15:20"])
    assert found is not None and found[0] == datetime(2027, 1, 14, 15, 20)
    found = infer_published(["Madrid | 18·03·27 | 15:31"])
    assert found is not None and found[0] == datetime(2027, 3, 18, 15, 31)


def test_a_dutch_time_after_om_is_read() -> None:
    found = infer_published(["dinsdag 27 oktober 2026 om 09.14"])
    assert found is not None and found[0] == datetime(2026, 10, 27, 9, 14)


def test_a_german_ordinal_after_its_article_ends_no_sentence_and_a_live_page_stands_at_its_last_update() -> None:
    assert split_sentences("Nach Ansicht der 2. Kammer war die Sitzung schlecht vorbereitet. Die Stadt prüft eine Beschwerde.") == [
        "Nach Ansicht der 2. Kammer war die Sitzung schlecht vorbereitet.",
        "Die Stadt prüft eine Beschwerde.",
    ]
    started = infer_published(["Direct commencé le 12/11/2026 à 06h50 · Dernière mise à jour à 19h02"])
    assert started is not None and started[0] == datetime(2026, 11, 12, 19, 2)
    article = infer_published(["Publié le 12/11/2026 à 06h50, mis à jour à 09h15"])
    assert article is not None and article[0] == datetime(2026, 11, 12, 6, 50)


def test_a_live_pages_updates_are_dated_from_where_the_page_stands_across_midnight() -> None:
    page = (
        "LIVE\n"
        "Ferje på grunn ved Hvaler: følg saken her\n"
        "Ferja Ytre Hvaler grunnstøtte sør for Vesterøy i kveld med 212 passasjerer om bord.\n"
        "Publisert 10.11.2026 kl. 22.05\n"
        "Sist oppdatert 11.11.2026 kl. 07.30\n"
        "07.30\n"
        "Alle passasjerene er nå kommet i land i Skjærhalden, opplyser redningstjenesten.\n"
        "00.40\n"
        "Evakueringen av passasjerene pågår fortsatt med flere redningsskøyter i området.\n"
        "23.50\n"
        "Redningstjenesten bekrefter at ferja står fast og at ingen er meldt skadet så langt.\n"
    )
    items = [c for c in clean_articles([Article(id="live", source="live.txt", raw_text=page, language="no")]) if isinstance(c, CleanedItem)]
    assert [c.article.published for c in items] == [
        datetime(2026, 11, 11, 7, 30),
        datetime(2026, 11, 11, 0, 40),
        datetime(2026, 11, 10, 23, 50),
    ]


def test_a_british_stamp_with_a_full_stop_in_its_clock_dates_an_oldest_first_live_page_across_midnight() -> None:
    page = (
        "Greyford by-election: Greens take the seat – as it happened\n"
        "Politics live\n"
        "Greyford by-election: Greens take the seat by 312 votes after a night count\n"
        "Fri 14 May 2027 02.40 BST\n"
        "22.00 BST\n"
        "Polls have now closed in Greyford, where eight candidates are standing.\n"
        "23.35 BST\n"
        "The first ballot boxes have arrived at the town hall, where the count is under way.\n"
        "00.20 BST\n"
        "Turnout has been confirmed at 38.2 per cent, down from 61 per cent at the general election.\n"
        "01.05 BST\n"
        "The Labour candidate has asked for a recount of two ballot bundles from the harbour ward.\n"
        "01.50 BST\n"
        "The returning officer has declared the result: the Green candidate wins by 312 votes.\n"
    )
    items = [c for c in clean_articles([Article(id="live", source="live.txt", raw_text=page, language="en")]) if isinstance(c, CleanedItem)]
    assert [c.article.published for c in items] == [
        datetime(2027, 5, 13, 22, 0),
        datetime(2027, 5, 13, 23, 35),
        datetime(2027, 5, 14, 0, 20),
        datetime(2027, 5, 14, 1, 5),
        datetime(2027, 5, 14, 1, 50),
    ]


def test_a_page_of_timed_briefs_gives_each_its_own_headline_and_the_nordic_clock_splits_no_sentence() -> None:
    assert split_sentences("Vejen lukker fra fredag kl. 20 til mandag kl. 05, mens kørebanen får ny asfalt.") == [
        "Vejen lukker fra fredag kl. 20 til mandag kl. 05, mens kørebanen får ny asfalt."
    ]
    page = (
        "Lokalt nu: Vejarbejde, skolesejr og brand | Limfjordsnyt\n"
        "LOKALT NU\n"
        "Torsdag 5. november 2026\n"
        "Kl. 07.15\n"
        "Vejarbejde lukker Sundvej i to weekender\n"
        "Vejdirektoratet lukker Sundvej mellem Nørreby og broen fra fredag kl. 20 til mandag kl. 5, oplyser direktoratet.\n"
        "Kl. 09.40\n"
        "Skoleelever vinder DM i robotbyg\n"
        "Fem elever fra Østre Skole vandt onsdag danmarksmesterskabet i robotbyg for folkeskoler i Odense.\n"
    )
    items = [c.article for c in clean_articles([Article(id="b", source="b.txt", raw_text=page, language="da")]) if isinstance(c, CleanedItem)]
    assert [a.title for a in items] == ["Vejarbejde lukker Sundvej i to weekender", "Skoleelever vinder DM i robotbyg"]
    # "til mandag" is until Monday, ahead: the roadworks are announced on the page's day, not dated to last Monday.
    assert items[0].event_date != date(2026, 11, 2)


def test_a_two_digit_year_after_a_stamps_word_is_read() -> None:
    found = infer_published(["Publisert: 08.09.27 kl. 21:41"])
    assert found is not None and found[0] == datetime(2027, 9, 8, 21, 41)


def test_the_first_item_of_a_page_of_two_takes_its_headline_not_a_standfirst_of_two_sentences() -> None:
    page = (
        "Borgonuovo, aperto il nuovo ponte sul Lerio | Lerio Oggi\n"
        "LERIO OGGI\n"
        "Home  Cronaca  Sport  Cultura\n"
        "CRONACA · BORGONUOVO\n"
        "Borgonuovo, aperto il nuovo ponte sul Lerio: quaranta metri di acciaio tra le due sponde\n"
        "Inaugurazione ieri pomeriggio con la banda e duecento persone. L'opera è costata 2,1 milioni di euro\n"
        "di Marta Ferrini\n"
        "12 ottobre 2027 · 09:10\n"
        "Duecento persone hanno attraversato ieri pomeriggio per la prima volta il nuovo ponte pedonale sul Lerio, "
        "che collega il centro di Borgonuovo al quartiere della Fornace.\n"
        "Il ponte è lungo quaranta metri e sostituisce la passerella chiusa dopo la piena del 2025.\n"
        "SPORT · PALLAVOLO\n"
        "Pallavolo, la Lerio Volley vince il derby e vola in testa alla classifica\n"
        "Le ragazze di coach Sandri hanno battuto 3-1 il Castelfranco davanti a ottocento tifosi.\n"
        "di Paolo Guidi\n"
        "11 ottobre 2027 · 22:40\n"
        "La Lerio Volley ha vinto il derby con il Castelfranco per 3-1 e guida da sola la classifica di serie B2.\n"
        "Decisiva la rimonta nel terzo set, vinto 27-25 dopo essere state sotto di cinque punti.\n"
    )
    items = [c.article for c in clean_articles([Article(id="due", source="due.txt", raw_text=page, language="it")]) if isinstance(c, CleanedItem)]
    assert len(items) == 2
    assert items[0].title == (
        "Borgonuovo, aperto il nuovo ponte sul Lerio: quaranta metri di acciaio tra le due sponde"
    ), items[0].title
