"""Dates beyond dateparser: weekdays disambiguated by tense and context, day-times, months, anaphora, in each language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsfuse.knowledge.dates import article_dates, resolve_sentence
from newsfuse.records import Article, Sentence
from newsfuse.temporal import date_article, plain_weekdays


def _resolved(text: str, anchor: date, language: str) -> list[tuple[str, date]]:
    return [(e.expression, e.value) for e in resolve_sentence(text, anchor, "test", {}, None, language)]


TUESDAY = date(2025, 3, 11)
THURSDAY = date(2025, 4, 10)


@pytest.mark.parametrize(
    ("language", "text", "anchor", "expected"),
    [
        # fr: "mardi dernier" and "jeudi prochain", which dateparser gives as None
        ("fr", "Il l'avait annoncé mardi dernier.", TUESDAY, date(2025, 3, 4)),
        ("fr", "Les deux ministres se retrouveront jeudi prochain.", TUESDAY, date(2025, 3, 13)),
        ("fr", "Le travail doit reprendre mercredi à 6 heures.", TUESDAY, date(2025, 3, 12)),
        ("fr", "La grève a commencé lundi.", TUESDAY, date(2025, 3, 10)),
        ("fr", "Les deux ministres doivent se retrouver en juin à Saragosse.", TUESDAY, date(2025, 6, 1)),
        # en
        ("en", "The fire broke out on Wednesday evening.", THURSDAY, date(2025, 4, 9)),
        ("en", "The council will vote next Monday.", THURSDAY, date(2025, 4, 14)),
        ("en", "Councillors approved the budget last night.", THURSDAY, date(2025, 4, 9)),
        ("en", "Protesters interrupted the debate twice this evening.", THURSDAY, date(2025, 4, 10)),
        # de: weekday and time of day in one word, "in der Nacht zum"
        ("de", "Der Brand war am Dienstagabend ausgebrochen.", THURSDAY, date(2025, 4, 8)),
        ("de", "Die Feuerwehr löschte in der Nacht zum Donnerstag.", THURSDAY, date(2025, 4, 10)),
        ("de", "Die Sperre soll bis 30. Mai dauern.", date(2025, 4, 14), date(2025, 5, 30)),
        ("de", "Die Brücke ist seit vergangenen Montag gesperrt.", THURSDAY, date(2025, 4, 7)),
        # es
        ("es", "La empresa y el sindicato se reunirán el lunes con un mediador.", date(2025, 4, 18), date(2025, 4, 21)),
        ("es", "El accidente ocurrió el martes pasado.", THURSDAY, date(2025, 4, 8)),
        ("es", "El tren chocó ayer por la mañana.", THURSDAY, date(2025, 4, 9)),
        # it
        ("it", "Una valanga si è staccata questa mattina.", date(2025, 4, 12), date(2025, 4, 12)),
        ("it", "Il sindaco ne parlerà giovedì prossimo.", THURSDAY, date(2025, 4, 17)),
        ("it", "La frana è caduta lunedì scorso.", THURSDAY, date(2025, 4, 7)),
        # nl: weekday and time of day in one word
        ("nl", "De gemeente heeft dinsdagavond de brug afgesloten.", THURSDAY, date(2025, 4, 8)),
        # sv, no, da: weekday compounds, "i går", "forrige", the day before the month with a full stop
        ("sv", "Tidigt på onsdagsmorgonen inträffade en kraftig explosion.", THURSDAY, date(2025, 4, 9)),
        ("sv", "Den 3 december släpptes mannen från häktet.", date(2025, 12, 8), date(2025, 12, 3)),
        ("sv", "Polisen grep mannen i går.", THURSDAY, date(2025, 4, 9)),
        ("no", "Brannen startet forrige tirsdag.", THURSDAY, date(2025, 4, 8)),
        ("no", "Broen åpner igjen 8. desember.", date(2025, 12, 1), date(2025, 12, 8)),
        ("da", "Mødet blev holdt den 21. marts.", date(2025, 3, 24), date(2025, 3, 21)),
    ],
)
def test_expression_resolves_in_each_language(language: str, text: str, anchor: date, expected: date) -> None:
    values = [v for _, v in _resolved(text, anchor, language)]
    assert expected in values, (text, values)


def test_a_bare_weekday_named_after_next_takes_its_day() -> None:
    article = Article(
        "a",
        "test",
        "",
        published=datetime(2025, 3, 12, 8),
        language="fr",
        sentences=(
            Sentence(0, "La direction propose une réunion lundi prochain.", 0),
            Sentence(1, "« Si lundi ne donne rien, nous reviendrons », a prévenu M. Benhaddou.", 1),
        ),
    )
    dates = article_dates(article, date(2025, 3, 12), "publication date")
    assert [m.value for m in dates.mentions] == [date(2025, 3, 17), date(2025, 3, 17)]


def test_that_day_takes_the_date_named_before() -> None:
    article = Article(
        "a",
        "test",
        "",
        published=datetime(2025, 4, 17, 12),
        language="es",
        sentences=(
            Sentence(0, "El tren chocó este jueves cerca de Valencia.", 0),
            Sentence(1, "La empresa prestaba ese día servicios mínimos.", 1),
        ),
    )
    dates = article_dates(article, date(2025, 4, 17), "publication date")
    assert [m.value for m in dates.mentions] == [date(2025, 4, 17), date(2025, 4, 17)]
    assert dates.mentions[1].basis == "the date the article named before"
    assert dates.event_date == date(2025, 4, 17)


def test_a_relative_day_the_source_dates_itself_gives_no_evidence_of_its_own() -> None:
    # The page's date (an update line) said 28 December; "tomorrow" would be the 29th, which the source contradicts.
    found = _resolved("The kits leave tomorrow (28 December) for Nordhaven.", date(2004, 12, 28), "en")
    assert found == [("28 december", date(2004, 12, 28))]


def test_a_time_after_a_weekday_does_not_date_it() -> None:
    found = _resolved("Des rafales sont attendues dès samedi 17h sur le lac.", date(2025, 3, 14), "fr")
    assert [value for _, value in found] == [date(2025, 3, 15)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Microsoft releases its updates on the second Tuesday of the month.", "en"),
        ("Le marché se tient chaque mardi sur le port.", "fr"),
        ("Die Fähre fährt jeden Dienstag nach Baltholm.", "de"),
        # A day with a name of its own: Super Tuesday, mardi gras.
        ("Turnout on Super Tuesday was the highest in a decade.", "en"),
        ("Le carnaval de Vignac défile pour mardi gras.", "fr"),
        # The days a place opens: no date.
        ("O mercado funciona de terça-feira a sábado e é classificado como imóvel de interesse municipal.", "pt"),
        ("Die Hütte ist von Dienstag bis Samstag geöffnet.", "de"),
    ],
)
def test_a_recurring_weekday_is_no_date(text: str, language: str) -> None:
    assert _resolved(text, TUESDAY, language) == []


@pytest.mark.parametrize(
    ("text", "weekdays"),
    [
        ("Moscou a intensifié mardi ses opérations en Syrie.", {1}),
        ("Der Damm brach am Dienstagabend, die Räumung begann Mittwoch.", {1, 2}),
        ("Le marché se tient chaque mardi sur le port.", set()),  # recurring
        ("The mayor said last Friday that the bridge would reopen.", set()),  # "last": another week
        ("La séance du lundi 21 décembre a été levée tôt.", set()),  # the source dates the day itself
    ],
)
def test_the_plain_weekdays_of_a_sentence_are_the_days_it_names_without_a_date(text: str, weekdays: set[int]) -> None:
    assert plain_weekdays(text) == weekdays


def test_an_undated_page_is_not_dated_by_a_day_still_to_come() -> None:
    lead = ["The asteroid will pass the Earth on 13 April 2029, closer than the Moon's satellites."]
    # Written before that day, it is a forecast; read after it, the page may report the passage itself.
    assert date_article("Asteroid watch", lead, None, "none", "en", today=date(2026, 11, 26)).event_date is None
    after = date_article("Asteroid watch", lead, None, "none", "en", today=date(2030, 1, 1)).event_date
    assert after == date(2029, 4, 13)


def test_abbreviated_months_date_a_line_with_its_year_and_parts_of_a_day_are_relative_days() -> None:
    assert _resolved("Nov. 26, 2025 12:05 p.m. ET", date(2025, 11, 26), "en") == [("nov. 26, 2025", date(2025, 11, 26))]
    assert _resolved("11 Nov 2025 | 16:05 GMT", date(2025, 11, 11), "en") == [("11 nov 2025", date(2025, 11, 11))]
    # Without a year an abbreviation is another word: "il 5 ago" is not 5 August.
    assert _resolved("Era successo il 5 ago, disse.", date(2025, 8, 20), "it") == []
    assert [v for _, v in _resolved("O prédio ruiu esta manhã no Troino.", date(2025, 11, 18), "pt")] == [
        date(2025, 11, 18)
    ]
    assert [v for _, v in _resolved("De trein ontspoorde gisteravond bij Geulbroek.", date(2025, 10, 22), "nl")] == [
        date(2025, 10, 21)
    ]


def test_a_weekday_joined_to_a_part_of_the_day_names_that_day() -> None:
    from newsfuse.temporal import names_day

    monday = date(2025, 9, 15)
    assert names_day("In Schweinfurt ist am Montagabend ein Großbrand ausgebrochen.", monday) is True
    assert names_day("Am Dienstagabend brannte es wieder.", monday) is False
    assert names_day("Das Feuer war gegen 19.40 Uhr entdeckt worden.", monday) is None


def test_swedish_last_weekday_and_nordic_parts_of_the_day() -> None:
    wednesday = date(2025, 10, 15)
    swedish = date_article(None, ["Färjan gick på grund utanför Rörö i måndags kväll."], wednesday, "test", "sv")
    assert swedish.event_date == date(2025, 10, 13)
    danish = date_article(None, ["Havnearbejderne nedlagde i morges arbejdet på Aarhus Havn."], date(2025, 10, 16), "t", "da")
    assert danish.event_date == date(2025, 10, 16)


@pytest.mark.parametrize(
    ("language", "lead", "expected"),
    [
        # The closure is today's news; Tuesday dates the collapse it follows from.
        (
            "it",
            "Il viadotto è chiuso da oggi pomeriggio, dopo le verifiche disposte in seguito al crollo del ponte "
            "avvenuto martedì a Roccaverde.",
            date(2025, 10, 16),
        ),
        (
            "en",
            "The viaduct has been closed since this afternoon, following the collapse that happened on Tuesday.",
            date(2025, 10, 16),
        ),
        # A participle alone gives the event its own day.
        ("fr", "Onze personnes ont été blessées lors de la collision survenue mardi, a annoncé la préfecture.", date(2025, 10, 14)),
    ],
)
def test_the_day_of_an_earlier_event_the_report_follows_from_is_not_its_event(
    language: str, lead: str, expected: date
) -> None:
    thursday = date(2025, 10, 16)
    assert date_article(None, [lead], thursday, "test", language).event_date == expected


def test_spanish_irregular_futures_point_a_weekday_forward() -> None:
    monday = date(2025, 10, 13)
    lead = ["El sábado habrá talleres infantiles en la plaza y el domingo se podrá visitar el museo."]
    dating = date_article(None, lead, monday, "test", "es")
    assert dating.event_date is None
    assert {e.value for e in dating.mentions} == {date(2025, 10, 18), date(2025, 10, 19)}


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("sv", "Färjan gick på grund i går kväll strax efter klockan 21 utanför Rörö.", "i gar kvall"),
        ("it", "Ieri sera un incendio ha distrutto il capannone della ditta.", "ieri sera"),
        ("pt", "Ontem à noite houve um incêndio no armazém do porto.", "ontem a noite"),
    ],
)
def test_yesterday_evening_is_one_expression_not_yesterday_and_a_word(language: str, text: str, expression: str) -> None:
    from newsfuse.temporal import resolve_sentence

    tuesday = date(2025, 10, 14)
    assert [(e.expression, e.value) for e in resolve_sentence(text, tuesday, "t", {}, None, language)] == [
        (expression, date(2025, 10, 13))
    ]


def test_a_nordic_weekday_in_the_genitive_names_that_day() -> None:
    wednesday = date(2025, 11, 19)
    danish = date_article(None, ["Socialdemokratiet fik ved tirsdagens kommunalvalg 31,4 procent."], wednesday, "t", "da")
    assert danish.event_date == date(2025, 11, 18)


def test_a_weekday_with_its_day_number_or_after_a_weekday_to_come_is_not_last_week() -> None:
    from newsfuse.temporal import resolve_sentence

    thursday = date(2025, 7, 17)
    numbered = resolve_sentence("Il bollino rosso vale per 17 città sabato 19.", thursday, "t", {}, None, "it")
    assert [e.value for e in numbered] == [date(2025, 7, 19)]
    listed = resolve_sentence("Caldo, bollino rosso in 14 città venerdì e in 17 sabato", thursday, "t", {}, None, "it")
    assert [e.value for e in listed] == [date(2025, 7, 18), date(2025, 7, 19)]
    future = resolve_sentence("Sabato sarà la giornata più calda.", thursday, "t", {}, None, "it")
    assert [e.value for e in future] == [date(2025, 7, 19)]


def test_about_is_no_month_and_a_relative_day_dated_with_its_weekday_keeps_its_date() -> None:
    from newsfuse.temporal import _key, dated_after, find_expressions

    assert not find_expressions("Prosecutors say he raised about $310 million from investors.")
    assert [f.expression for f in find_expressions("La rivière a débordé à la mi-mars.")] == ["mi-mars"]
    text = _key("mentre domani, sabato 19 luglio, il livello massimo di allerta si estenderà")
    assert dated_after(text, text.index("domani") + len("domani"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mit einem solchen Sonntag hatte am Flughafen niemand gerechnet."),
        ("en", "It was a Sunday like no other at the airport."),
        ("fr", "Un dimanche comme les autres, pensaient les voyageurs."),
    ],
)
def test_a_kind_of_day_is_no_date(language: str, text: str) -> None:
    assert _resolved(text, date(2026, 3, 9), language) == []
    # The bare weekday still is one.
    plain = text.replace("einem solchen Sonntag", "dem Sonntag").replace("a Sunday", "Sunday").replace("Un dimanche", "Dimanche")
    assert _resolved(plain, date(2026, 3, 9), language) != []
    # "à" before a weekday is no article: "jusqu'à mercredi" is a date.
    assert _resolved("Le préavis court jusqu'à mercredi 6 heures.", date(2026, 3, 9), "fr") != []


def test_an_overnight_event_is_dated_by_its_hour() -> None:
    wednesday = date(2026, 9, 16)
    lead = [
        "Nine people were injured after a fire broke out in the engine room of a ferry in the Adriatic early on Tuesday.",
        "The ferry left Ancona at 8.30 pm on Monday on its overnight crossing to Split with 436 passengers.",
    ]
    assert date_article(None, lead, wednesday, "test", "en").event_date == date(2026, 9, 15)
    # A start before midnight keeps the earlier day.
    before = ["A fire broke out shortly before midnight on Monday and burned until early on Tuesday."]
    assert date_article(None, before, wednesday, "test", "en").event_date == date(2026, 9, 14)
    # A fire that broke out in the evening and was brought under control early the next day began that evening.
    evening = [
        "A fire at a chemical plant burned through the night before firefighters brought it under control early on "
        "Tuesday.",
        "The blaze broke out at about 6.40pm on Monday in a solvent storage hall.",
    ]
    assert date_article(None, evening, wednesday, "test", "en").event_date == date(2026, 9, 14)
    # French "de lundi à mardi": the "à" is no article, and the night's hour dates it.
    french = ["Le feu s'est déclaré dans la nuit de lundi à mardi, vers 2 h 30 du matin, dans la salle des machines."]
    assert date_article(None, french, wednesday, "test", "fr").event_date == date(2026, 9, 15)


def test_a_spanish_noun_in_era_is_no_future_tense() -> None:
    thursday = date(2026, 9, 17)
    lead = ["Siete personas resultaron heridas en la madrugada del martes, según el balance de la naviera."]
    assert date_article(None, lead, thursday, "test", "es").event_date == date(2026, 9, 15)


def test_dutch_yesterday_morning_and_last_night_are_days() -> None:
    tuesday = date(2026, 10, 27)
    lead = ["De ministers kwamen gisterenochtend in Brussel samen en bereikten pas vannacht rond 3 uur een akkoord."]
    assert date_article(None, lead, tuesday, "test", "nl").event_date == date(2026, 10, 27)


def test_the_night_to_a_weekday_is_the_night_before_it_and_not_until_it() -> None:
    night = date_article(None, ["Ett radhus brann i Lindköping natten till söndag."], date(2026, 11, 16), "", "sv")
    assert night.event_date == date(2026, 11, 15)
    until = date_article(None, ["Vägen är avstängd till söndag enligt kommunen."], date(2026, 11, 16), "", "sv")
    assert until.event_date is None


def test_until_monday_and_an_expected_return_point_ahead_and_date_no_event() -> None:
    anchor = date(2027, 4, 8)  # a Thursday
    closed = date_article(None, ["Die A22 bleibt bis mindestens Montag gesperrt, teilte der Betreiber mit."], anchor, "", "de")
    assert closed.event_date != date(2027, 4, 5)
    italian = date_article(None, ["«Riapriremo una corsia, ma non prima di lunedì», ha detto la portavoce."], anchor, "", "it")
    assert italian.event_date != date(2027, 4, 5)
    home = date_article(None, ["The choir now expects to fly home from Gothenburg on Monday."], anchor, "", "en")
    assert home.event_date != date(2027, 4, 5)


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("de", "Seit Dienstag sind im Kaltental 60 bis 90 Zentimeter Neuschnee gefallen. Am Donnerstag wurde gewarnt."),
        ("fr", "Depuis mardi, la neige tombe sans arrêt sur la vallée. Jeudi, la préfecture a relevé l'alerte."),
        ("en", "Snow has fallen since Tuesday across the valley. On Thursday the warning level was raised."),
        # the span began at an hour of that day
        ("es", "Desde las 23.40 horas del martes se han registrado catorce temblores. El jueves el colegio hizo un simulacro."),
        ("en", "Since 10 pm on Tuesday the station has logged fourteen tremors. On Thursday the school held a drill."),
        ("fr", "Depuis la nuit de mardi, quatorze secousses ont été enregistrées. Jeudi, l'école a fait un exercice."),
    ],
)
def test_the_day_a_span_began_is_not_the_reports_day(language: str, lead: str) -> None:
    first, second = lead.split(". ", 1)
    assert date_article(None, [first + ".", second], THURSDAY, "test", language).event_date == THURSDAY


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Las previsiones apuntan a máximas de 44 grados el viernes.", date(2025, 4, 11)),
        ("en", "Forecasters expect gusts of 120 km/h on Friday.", date(2025, 4, 11)),
    ],
)
def test_a_forecasts_weekday_is_the_next_one(language: str, text: str, expected: date) -> None:
    assert dict(_resolved(text, THURSDAY, language))["viernes" if language == "es" else "friday"] == expected


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        # the pluperfect goes back to an earlier event
        ("fr", "Dylan K., qui s'était évadé mardi lors d'un transfert, a été interpellé jeudi matin aux Pays-Bas."),
        ("en", "The inmate, who had escaped on Tuesday during a transfer, was arrested on Thursday morning."),
        # last week's day beside the lead's own
        ("no", "Kommunestyret vedtok torsdag kveld sammenslåingen. Nabokommunen gjorde et likelydende vedtak forrige torsdag."),
        # a perfective Polish verb is a future: the march "will not pass" on Sunday
        ("pl", "Sąd oddalił w czwartek odwołanie organizatorów. Marsz miał przejść w niedzielę przez most."),
    ],
)
def test_days_of_other_events_in_the_lead_do_not_date_the_report(language: str, lead: str) -> None:
    sentences = [s if s.endswith(".") else s + "." for s in lead.split(". ")]
    assert date_article(None, sentences, THURSDAY, "test", language).event_date == THURSDAY


def test_the_italian_stamani_is_the_day_of_writing() -> None:
    # Without it, the lead named no day and the first day further down (the road's reopening) dated the crash.
    sentences = [
        "Un pullman con 42 studenti si è ribaltato stamani sulla provinciale del passo.",
        "I feriti sono quattordici, nessuno è grave.",
        "Sul posto sono intervenuti i vigili del fuoco e il soccorso alpino.",
        "Gli studenti erano in gita con i compagni francesi.",
        "L'autista è risultato negativo all'alcoltest.",
        "La provinciale, riaperta il 14 maggio dopo la frana, è rimasta chiusa tre ore.",
    ]
    assert date_article(None, sentences, date(2027, 5, 20), "test", "it").event_date == date(2027, 5, 20)


def test_this_weekday_written_on_that_weekday_is_the_day_of_writing() -> None:
    article = Article(
        "a",
        "test",
        "",
        published=datetime(2027, 7, 2, 19, 48),
        language="es",
        sentences=(
            Sentence(0, "La huelga se repite este sábado y el próximo viernes.", 0),
            Sentence(1, "La primera jornada de huelga obligó este viernes a cancelar 1.140 vuelos.", 1),
        ),
    )
    dates = article_dates(article, date(2027, 7, 2), "publication date")
    assert [m.value for m in dates.mentions] == [date(2027, 7, 3), date(2027, 7, 9), date(2027, 7, 2)]


def test_a_span_of_days_without_opening_hours_keeps_its_dates_and_eira_is_no_future() -> None:
    friday = date(2025, 3, 14)
    assert [value for _, value in _resolved("La grève a duré de lundi à jeudi.", friday, "fr")] == [
        date(2025, 3, 10),
        date(2025, 3, 13),
    ]
    saturday = date(2027, 4, 10)
    # "câmara" and "primeira" end like Portuguese futures ("-ará", "-eirá" folded); the inspection was the Friday before.
    text = "A inspeção realizada na sexta-feira pela primeira vez foi contratada pela câmara municipal."
    assert _resolved(text, saturday, "pt") == [("sexta-feira", date(2027, 4, 9))]


def test_a_stamp_set_with_middle_dots_and_a_two_digit_year_is_a_date() -> None:
    from newsfuse.temporal import find_mentions

    [mention] = find_mentions("Actualizado 10·03·27 | 17:12")
    assert mention.value == date(2027, 3, 10)


def test_a_feasts_weekday_names_that_weekday() -> None:
    monday = date(2027, 5, 17)
    lead = ["Nach tagelangem Starkregen ist am Pfingstsonntag im Tiroler Wildachtal eine Mure abgegangen."]
    # The rain that led to it began on Friday evening, which is not the event's day.
    body = "Laut Wetterdienst waren in der Region seit Freitagabend bis zu 120 Liter Regen gefallen."
    assert date_article(None, [*lead, body], monday, "test", "de").event_date == date(2027, 5, 16)
    dutch = date_article(None, ["Op Paasmaandag reden er geen treinen tussen Venlo en Roermond."], monday, "t", "nl")
    assert dutch.event_date == date(2027, 5, 17)
    # "Kirchensonntag" is no Sunday of a feast the pattern knows, and no weekday.
    assert date_article(None, ["Der Kirchensonntag wird in Bergdorf seit Jahren begangen."], monday, "t", "de").event_date is None


def test_a_bare_weekday_is_the_one_the_article_dates_further_down_and_today_beside_every_day_is_nowadays() -> None:
    from newsfuse.temporal import nowadays

    thursday = date(2027, 6, 17)
    sentences = [
        "Fondée en 1927, la boulangerie est tenue par la quatrième génération. Samedi, elle ouvre ses portes.",
        "La famille organise une journée portes ouvertes ce samedi 19 juin, de 9 h à 17 h.",
    ]
    dating = date_article(None, sentences, thursday, "test", "fr")
    assert {(m.expression, m.value) for m in dating.mentions} == {("samedi", date(2027, 6, 19)), ("samedi 19 juin", date(2027, 6, 19))}
    # Without the dated one, a bare Saturday is the last one, as before.
    assert date_article(None, sentences[:1], thursday, "test", "fr").mentions[0].value == date(2027, 6, 12)
    assert nowadays("La boulangerie emploie aujourd'hui sept personnes et sort chaque jour 900 pistolets.", "", 2027)
    assert nowadays("Cent ans plus tard, ce sont aujourd'hui ses arrière-petits-enfants qui pétrissent.", "", 2027)
    assert not nowadays("Le chantier de la rue du Moulin débute aujourd'hui, a annoncé la commune.", "", 2027)


def test_days_with_their_articles_span_every_week() -> None:
    from newsfuse.temporal import find_mentions

    assert find_mentions("La linea effettuerà 18 corse al giorno dal lunedì al sabato.", "it") == []
    assert find_mentions("El autobús circulará del lunes al viernes.", "es") == []
    assert [m.expression for m in find_mentions("Le bus partira samedi de la gare.", "fr")] == ["samedi"]


def test_a_headlines_bare_weekday_is_the_one_its_report_says_is_to_come_and_nordic_habits_are_no_day() -> None:
    saturday = date(2027, 3, 20)
    dating = date_article(
        "Biblioteca, lunedì la riapertura dopo i lavori",
        ["La biblioteca civica è stata inaugurata ieri pomeriggio.", "Da lunedì sarà di nuovo aperta al pubblico."],
        saturday,
        "test",
        "it",
    )
    assert dating.event_date == date(2027, 3, 19)
    danish = date_article(
        None,
        ["Bageriet lukker efter 60 år.", "Om lørdagen står kunderne i kø, og hver søndag kommer de samme kunder."],
        date(2027, 3, 17),
        "test",
        "da",
    )
    assert all(e.expression not in ("lørdagen", "søndag") for e in danish.mentions)
