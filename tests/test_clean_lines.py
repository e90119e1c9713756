"""Line cleaning on small fictional pages: cues in eleven languages, news sentences that must stay, repairs,
repetition, segmentation, galleries, evidence across documents and the page's zones."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.clean import CleanedItem, ItemLines, classify_pages, clean_articles
from newsfuse.clean.furniture import cue_reason, table_row
from newsfuse.clean.segment import split_items, split_page
from newsfuse.records import Article


def _items(*texts: str, outlet: str | None = None) -> list[ItemLines]:
    pages = [Article(id=f"p{i}", source=f"p{i}.txt", raw_text=t, outlet=outlet) for i, t in enumerate(texts)]
    return list(classify_pages(pages))


def _reasons(text: str) -> dict[str, str]:
    """Each non-blank line of a one-item page, mapped to its decision's reason."""
    [item] = _items(text)
    return {d.text: d.reason for d in item.decisions}


def _outlet_of(page: str) -> str | None:
    """The outlet cleaning names for a one-item page."""
    [cleaned] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    return cleaned.article.outlet


FURNITURE = {
    "fr": [
        "Je m'abonne à la newsletter « Matin »",
        "Recevez gratuitement notre newsletter",
        "Il vous reste 70% de l'article à lire.",
        "Accepter et fermer",
        "Gérer mes choix",
        "Partager sur Facebook",
        "Lire aussi : Le gouvernement présente son budget",
        "Les plus lus",
        "Mis à jour le 12 mars 2025 à 10h02",
        "Temps de lecture : 3 min",
        "Crédit photo : Jean Dupont",
        "Voir les commentaires",
        "Suivez-nous sur Instagram",
        "Réagir à cet article (4)",
        "Correction : une précédente version de cet article indiquait 2 000 forfaits.",
        "Abonnés",
        "4 commentaires – Réagir à cet article",
        "Le plus lu",
        "Offre d'été : 1 € le premier mois, sans engagement · Je m'abonne · Se connecter",
        "Tendances : Tour de France · Tunnel du Fréjus · Prix des forfaits",
        "Par Clémence Vuillermoz – Publié le mercredi 14 août 2024 à 11h42, mis à jour à 14h05",
        "Clémence Vuillermoz couvre le secours en montagne pour Le Courrier des Alpes depuis 2016.",
        "+ Suivre cette autrice",
        "Une erreur dans cet article ? Signalez-la · Notre politique de corrections",
        "Agenda : Fête des guides de Chamonix, jeudi 15 août à 10 h, place de l'Église",
        "Choisir mon édition : Brest · Quimper · Lorient · Saint-Malo",
        "Ce contenu est bloqué. Acceptez les cookies pour l'afficher.",
        "Carte : le port de Roscoff",
        "Agrandir la carte",
        "Lire le journal en version numérique",
    ],
    "en": [
        "Subscribe to our daily briefing newsletter",
        "Sign in to comment",
        "Most popular",
        "Read more: Council approves new budget",
        "Share on X",
        "Updated 12 March 2025, 10:02 GMT",
        "Reuse this content",
        "Skip to main content",
        "Story continues below advertisement",
        "Did you enjoy this article? Support local journalism",
        "Have you been affected? Email newsdesk@valleytimes.example",
        "Home · News · Sport · What's On · Jobs",
        "Weather in Hawes: 9 °C, light rain",
        "Press Association",
        "The MV Kestrel leaving Port Ellan in September (John Mercer/PA)",
        "1,482 people are reading this now",
        "Watch: Dad films the moment the lights come back on (1:42)",
        "We may earn commission from some links on this page, but we only recommend products we back. Why trust us?",
        "Comments (87) · Join the conversation",
        "This article is also available in English (machine translated) – Read in English",
        "In this article: The new plant · What the council said",
        "Scroll to continue with content",
        "Click to enlarge",
        "More on this topic",
        "Our journalism depends on you. Support local news from £1 a week.",
        "Comments are closed for this article.",
    ],
    "de": [
        "Jetzt abonnieren und weiterlesen",
        "Mehr zum Thema",
        "Kommentare (12)",
        "Artikel teilen",
        "Lesezeit: 4 Minuten",
        "Foto: Max Mustermann/dpa",
        "Zum Inhalt springen",
        "Wir verwenden Cookies, um unsere Website zu verbessern. Alle akzeptieren",
        "Artikel anhören",
        "Lesen Sie jetzt weiter mit NZ+",
        "Empfehlungen der Redaktion",
        "Hat Ihnen dieser Artikel gefallen?",
        "Auch lesen: Neue Weinkönigin gewählt",
        "Sie haben einen Fehler gefunden? Schreiben Sie uns.",
        "Stellenangebote: Pflegefachkraft (m/w/d) – Sozialstation Oberwang",
        "Traueranzeigen aus dem Allgäu",
        "Artikel anhören · 1:58 Min.",
        "Keine Eilmeldung mehr verpassen: Jetzt die Saarbote-App herunterladen",
        "Fehler gefunden? Jetzt melden",
        "Von Jörg Weiland | 19.11.2024, 14:05 Uhr | Lesedauer: 2 Min.",
        "RK+",
        "Zur Person: Tobias Reinhardt ist Redakteur in der Lokalredaktion Bad Dürkheim.",
        "Mehr Artikel von Tobias Reinhardt · Autor folgen",
        "Unwetterwarnung: Glatteis im Vogelsberg bis Freitagmittag – alle Infos im Liveticker",
        "Weiterlesen nach der Anzeige",
        "Zum Thema",
        "Kommentieren können nur angemeldete Abonnenten. Jetzt einloggen",
        "Hinweis an die Redaktion? redaktion@mittelhessenpost.example",
    ],
    "es": [
        "Suscríbete a nuestro boletín",
        "Te puede interesar",
        "Comentarios (3)",
        "Compartir en Facebook",
        "Actualizado el 12/03/2025 a las 10:02",
        "Lee también: El Gobierno aprueba los presupuestos",
        "ÚLTIMA HORA | Controlado el incendio forestal de la comarca",
        "Valencia  Comarcas  Deportes  Economía  Opinión",
        "EN DIRECTO · Jornada 12: Puerto Azul 2-1 Almendros (Final)",
        "VÍDEO | Los goles del Puerto Azul - Almendros (2:45)",
        "Dani Ferrer celebra el gol de la victoria ante la grada. | JAVIER ROMÁN",
        "Encuesta: ¿Apoya usted la huelga de los estibadores? Sí / No / No sabe",
        "Especial Economía Gaditana, en colaboración con Fundación Mar del Sur",
        "Empleo: Se busca mecánico naval con experiencia para taller en la Zona Franca. Ver oferta",
        "Saltar publicidad",
        "Cargando…",
        "Utilizamos cookies propias y de terceros. Aceptar",
    ],
    "it": [
        "Iscriviti alla nostra newsletter",
        "Leggi anche",
        "Condividi su WhatsApp",
        "Ultimo aggiornamento: 12 marzo 2025",
        "Tempo di lettura: 3 minuti",
        "© RIPRODUZIONE RISERVATA",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti",
        "Ti è piaciuto questo articolo? Sostieni l'informazione locale",
        "Meteo Garda: oggi 9°C, nuvoloso · Lago: vento da nord 12 nodi",
        "21 novembre 2024 - 09:15 · Lettura 3 min",
        "DIRETTA · Maltempo in Veneto, tutti gli aggiornamenti minuto per minuto",
        "Sintesi generata con l'intelligenza artificiale e verificata dalla redazione",
    ],
    "pt": [
        "Assine a nossa newsletter",
        "Leia também: Governo aprova orçamento",
        "Partilhe este artigo",
        "Comentários (5)",
        "Atualizado em 12/03/2025 às 10h02",
        "Continua após a publicidade",
        "Este site utiliza cookies para melhorar a sua experiência. Aceitar",
        "Gostou deste artigo? Partilhe com os seus amigos",
        "Seja o primeiro a comentar",
        "• Região • País • Desporto • Opinião • Necrologia",
        "Esta notícia foi útil? Sim | Não",
        "Bombeiros de Portimão junto à estrada nacional 266. Fotografia: Carla Sousa",
        "Esta reportagem foi produzida com o apoio do programa de jornalismo local da Fundação Serra Algarvia.",
        "Imobiliário: Moradia T3 com piscina em Lagoa, 485 000 €",
        "Estatuto Editorial | Ficha Técnica | Contactos: redacao@diariodoalgarve.example | © 2024 Diário do Algarve",
        "Continue a ler a seguir à publicidade",
        "Mapa interativo",
        "Ver mapa maior",
        "Relacionados",
    ],
    "pl": [
        "Subskrybuj nasz newsletter",
        "Czytaj także: Rząd przyjął budżet",
        "Udostępnij na Facebooku",
        "Komentarze (7)",
        "Zobacz także",
        "Najnowsze wiadomości",
        "Aktualizacja: 12.03.2025, 10:02",
        "Ta strona używa plików cookie. Zamknij",
        "Słuchaj artykułu",
        "Zerwany dach domu przy ul. Polnej. Fot. Tomasz Kaczmarek / Głos Śląski",
        "Masz zdjęcia z nawałnicy? Wyślij je na alarm@glosslaski.example",
        "Posłuchaj podcastu „Śląsk po godzinach”",
        "Galeria zdjęć: 1 z 14",
        "Materiał partnera: Opony zimowe nawet 30% taniej – sprawdź ofertę",
        "Masz informacje? Napisz do nas: alarm@kurierpodlaski.example",
        "Wspieraj dziennikarstwo lokalne – wpłać darowiznę",
    ],
    "nl": [
        "Log in om te reageren",
        "Word abonnee: lees verder met Kempen Plus",
        "Meest gelezen",
        "Nieuwsbrief: ontvang elke ochtend het nieuws uit je gemeente",
        "Ook lezen: Nieuwe fietsstraat is klaar",
        "woensdag 14 mei 2025 om 16:02",
        "Advertentie",
        "Heb jij foto's van iets opvallends in de stad? Stuur ze via tips@haagsebode.example",
        "Verkeer nu: 14 km file in de regio Haaglanden",
        "Zet pushmeldingen aan voor het laatste nieuws uit Den Haag",
        "Colofon · Privacy · Cookie-instellingen · Contact · © 2024 Haagse Bode B.V.",
        "21 nov. 2024, 10:32 Laatst bijgewerkt: 13:05",
        "Volg dit onderwerp: Werkgelegenheid in Limburg + Volgen",
        "Reageer (12)",
        "Vacatures in Limburg: Productiemedewerker ploegendienst – Venlo – € 2.900 p/m",
    ],
    "sv": [
        "Annons",
        "Dela artikeln",
        "Mest läst",
        "Publicerad 14 maj 2025 06:30 · Uppdaterad 09:12",
        "Få nyheterna direkt i mejlen – anmäl dig till vårt nyhetsbrev",
        "Artikeln fortsätter under annonsen",
        "Logga in | Bli prenumerant – första månaden för 1 kr",
        "JUST NU: Stora störningar i tågtrafiken mellan Uppsala och Arlanda",
        "Sara Lindqvist är reporter på UT:s nyhetsredaktion och bevakar skola och utbildning.",
        "Har du sett något? Tipsa oss på tips@upsalatidning.example eller sms:a 72 123",
        "Rättelsepolicy | Så arbetar vi med journalistik",
        "Bostad: Nyproducerad trea i Rosendal, 52 kvm, från 3 195 000 kr",
        "Fler nyheter från Upsala Tidning",
        "Kommentera artikeln",
    ],
    "da": [
        "Af Mette Kragh",
        "Fredag 6. juni 2025 kl. 14.22",
        "Læs også: Havnebadet åbner igen",
        "Emner: Lundeby, Havnebad, Fritid",
        "Kommentarer (12)",
        "Var denne artikel nyttig? Ja / Nej",
        "Indholdsfortegnelse",
        "Billedserie: Byrådsmødet i billeder (1/8)",
        "Indlæser kommentarer…",
    ],
    "no": [
        "Været i Bergen: 9° regn",
        "Journalist",
        "Sist oppdatert: 03.11.2025 10:02",
        "Artikkelen fortsetter under annonsen",
        "Avisen arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
        "Del saken",
        "Siste nytt",
        "Kommenter saken",
    ],
}


@pytest.mark.parametrize(("language", "line"), [(lang, line) for lang, lines in FURNITURE.items() for line in lines])
def test_furniture_cues_in_our_languages(language: str, line: str) -> None:
    assert cue_reason(line) is not None, f"{language}: {line!r} not recognised as furniture"


# News sentences that hold furniture words, short sentences, quotes and datelines: none may be removed.
NEWS = [
    "Share prices fell 3% in early trading on Monday.",
    "A spokesperson for the council declined to comment.",
    "Latest figures show unemployment rose to 7.4% in March.",
    "Contact tracing will resume next week, the ministry said.",
    "The court ruled that websites must let users refuse cookies.",
    "The company's newsletter reached 2 million subscribers in May.",
    "Welcome to Kraków, the mayor told the visiting delegation.",
    "Related charges were dropped on Tuesday.",
    "Subscribers to the service will pay 20% more from June.",
    '"We will rebuild," he said.',
    "No one was hurt.",
    "It did not.",
    "BERLIN (dpa) – Die Koalition hat sich am Montag auf einen Haushalt geeinigt.",
    "Kontakt zu den Entführern gebe es nicht, sagte der Sprecher.",
    "Verletzt wurde niemand.",
    "Según el Boletín Oficial del Estado, la norma entra en vigor el lunes.",
    "La empresa se negó a comentar la información.",
    "Nadie resultó herido.",
    "«Non ci arrenderemo»",
    "Nessuno è rimasto ferito.",
    "Não há feridos.",
    "LISBOA, 3 mar (AIN) – O Governo aprovou hoje o orçamento retificativo.",
    "Nikt nie zginął.",
    "Wykup akcji zakończy się w piątek, poinformowała spółka.",
    "„Sytuacja jest opanowana” – powiedział wojewoda.",
    "Le Premier ministre a refusé de commenter.",
    "Registreren is de eerste maand gratis.",
    "Inwoners reserveren de auto's via een app of telefonisch.",
    "Weather forecasters expect 30 °C on Friday.",
    "Jobs in the region fell by 3% in May.",
    "Annonsen i lokaltidningen kostade 2 000 kronor.",
    "Journalisten Karin Berg vann priset i fjol.",
    "Residents can send complaints to the council at info@nordhaven.example.",
    "Die neue App der Stadtwerke lässt sich ab Montag kostenlos herunterladen.",
    "The club's app crashed as 30,000 fans tried to buy tickets.",
    "The browser was also available in more than a dozen languages on its first day.",
    "Emploi : le chômage recule de 2 % dans la région",
    "Amazon changed the rules of its affiliate links programme in May.",
    "Le projet est mené en colaboration avec la région.",
    "In this article, and in the coming weeks, I am sharing my approach to growth.",
    "Die Karte zeigt, wo das Hochwasser am höchsten stand.",
    "Loading of the ferry began at dawn, the harbour master said.",
    "Personne n'a été blessé.",
    "Il est aussi sur TikTok depuis mars, a précisé son équipe.",
]


def test_no_news_sentence_is_removed_for_being_short_or_holding_cue_words() -> None:
    page = "Ministers meet in Brussels over budget rules\n" + "\n".join(NEWS)
    reasons = _reasons(page)
    removed = {line: reason for line, reason in reasons.items() if line in NEWS and reason not in ("news", "heading")}
    assert removed == {}
    assert reasons["«Non ci arrenderemo»"] == "news"


def test_news_sentences_recurring_across_articles_stay_but_recurring_prompts_go() -> None:
    pages = [
        f"Storm closes road {i}\nHeavy rain closed the road through the valley number {i} on Monday morning.\n"
        "No one was hurt.\nGet the app for breaking alerts\n"
        for i in range(3)
    ]
    for item in _items(*pages, outlet="Valley Times"):
        reasons = {d.text: d.reason for d in item.decisions}
        assert reasons["No one was hurt."] == "news"
        assert reasons["Get the app for breaking alerts"].startswith("recurs in 3 articles of Valley Times")


def test_caption_glued_to_credit_repeating_the_body_is_removed() -> None:
    body = "Firefighters battled the blaze at the Kessling warehouse for six hours on Wednesday night."
    reasons = _reasons(f"Warehouse fire in Botlek\n{body}Pieter Mol/CP\n{body}\nThe cause is not yet known.")
    assert reasons[f"{body}Pieter Mol/CP"] == "caption repeating line 3"
    assert reasons[body] == "news"


def test_credit_glued_to_a_news_paragraph_is_cut_and_the_paragraph_kept() -> None:
    paragraph = (
        "The council approved the plan on Tuesday after a four-hour debate in a packed chamber. "
        "Opposition members walked out before the final vote and promised to challenge it in court."
    )
    [item] = _items(
        f"Council approves harbour plan\n{paragraph} Photo: R. Adeyemi/Harbour Gazette\nThe vote was 31 to 20."
    )
    line = item.decisions[1]
    assert line.reason == "news" and line.shown == paragraph
    assert "credit 'Photo: R. Adeyemi/Harbour Gazette' cut" in line.repair
    assert "Adeyemi" not in item.body_text


def test_short_caption_with_credit_is_removed_with_the_credit_named() -> None:
    reasons = _reasons(
        "Bridge closed in Linz\nDie Brücke ist seit Montag für den Verkehr gesperrt, teilte die Stadt mit.\n"
        "Die gesperrte Brücke am Montagmorgen. Foto: Stadt Linz/Reischl\nDer Umweg dauert 20 Minuten."
    )
    assert reasons["Die gesperrte Brücke am Montagmorgen. Foto: Stadt Linz/Reischl"].startswith(
        "caption with credit (Foto: Stadt Linz/Reischl)"
    )


def test_agency_signoff_glued_to_the_last_sentence_is_cut() -> None:
    [item] = _items(
        "Lausanne : le lac déborde\nLes quais d'Ouchy ont été inondés mardi, a indiqué la police. (nxp/ats)"
    )
    line = item.decisions[1]
    assert line.reason == "news" and line.shown.endswith("a indiqué la police.")
    assert "(nxp/ats)" not in item.body_text



def test_company_link_widgets_inside_a_sentence_are_cut() -> None:
    [item] = _items(
        "Quillstream loses ground\nAlthough Quillstream (Profile, Products, Articles) Ltd. still leads the market, "
        "Harbourware (Overview, Articles, Company) gained two points, the agencies (Reuters, AP) said."
    )
    line = item.decisions[1]
    assert line.reason == "news"
    assert line.shown == (
        "Although Quillstream Ltd. still leads the market, Harbourware gained two points, the agencies (Reuters, AP) said."
    )
    assert "link widget '(Profile, Products, Articles)' cut" in line.repair and "Overview" not in item.body_text

@pytest.mark.parametrize(
    ("page", "kept_end", "furniture"),
    [
        (
            "Brand i Västerhamn\nEn lagerbyggnad brann ner i Västerhamn under tisdagskvällen.\nBranden släcktes på natten, säger räddningsledaren Eva Lind. Per Holm Utskriftsvänligt format Tipsa någon om artikeln",
            "säger räddningsledaren Eva Lind.",
            "Utskriftsvänligt format",
        ),
        (
            "Ponte reaberta em Vila Serena\nA ponte foi reaberta ao trânsito nesta terça-feira, informou a prefeitura. Comunicar erros Enviar por e-mail Imprimir",
            "informou a prefeitura.",
            "Imprimir",
        ),
        (
            "Ponte reaberta em Vila Serena\nAs obras custaram 2 milhões de reais, segundo a prefeitura. 15:10 04/02/14 Envie para um amigo",
            "segundo a prefeitura.",
            "Envie para um amigo",
        ),
        (
            "Ponte reaberta em Vila Serena\nA ponte foi reaberta ao trânsito nesta terça-feira, informou a prefeitura em nota. DESTAQUES Trânsito: Obras fecham avenida central Cultura: Festival de teatro abre inscrições Esporte: Clube local vence clássico Comunicar erros Enviar por e-mail Imprimir Grupos de discussão",
            "informou a prefeitura em nota.",
            "DESTAQUES",
        ),
    ],
)
def test_page_tools_glued_after_the_last_sentence_are_cut(page: str, kept_end: str, furniture: str) -> None:
    [item] = _items(page)
    [line] = [d for d in item.decisions if kept_end in d.text]
    assert line.reason == "news" and line.shown.endswith(kept_end)
    assert furniture not in item.body_text
    assert "share widget" in line.repair


def test_prompts_anywhere_in_a_paragraph_are_cut_and_the_news_kept() -> None:
    line = (
        "Click here for the timetable. The ferry will sail again on Monday, the operator said. "
        "Sign up for our free daily newsletter. Tickets bought for the cancelled crossings will be refunded."
    )
    [item] = _items(f"Ferry back on Monday\nThe strike at the Nordhaven ferry ended on Friday.\n{line}")
    [decision] = [d for d in item.decisions if d.text == line]
    assert decision.shown == (
        "The ferry will sail again on Monday, the operator said. "
        "Tickets bought for the cancelled crossings will be refunded."
    )
    assert "Click here for the timetable. Sign up for our free daily newsletter." in decision.repair


def test_a_paragraph_without_glued_tools_is_not_repaired() -> None:
    [item] = _items("Ponte reaberta em Vila Serena\nA ponte foi reaberta. O prefeito enviou uma carta aos moradores.")
    assert item.decisions[1].repaired is None


def test_a_page_structure_repeated_three_times_is_not_furniture() -> None:
    lines = [
        "Interview series: three chefs",
        "What inspired you to open your own kitchen in this town?",
        "My grandmother cooked for the whole village every Sunday.",
        "What inspired you to open your own kitchen in this town?",
        "I wanted a place where farmers could bring what they grow.",
        "What inspired you to open your own kitchen in this town?",
        "Honestly, the rent was cheap and the market is next door.",
    ]
    reasons = _reasons("\n".join(lines))
    assert all(r in ("news", "heading", "title") for r in reasons.values())


def test_lines_that_differ_in_a_figure_are_not_repeats() -> None:
    reasons = _reasons(
        "Results\nTurnout in the northern district reached 61 percent of registered voters on Sunday.\n"
        "Turnout in the northern district reached 67 percent of registered voters on Sunday."
    )
    assert set(reasons.values()) <= {"news", "heading", "title"}


def test_an_ellipsis_inside_the_article_is_style_but_a_teaser_after_the_footer_goes() -> None:
    reasons = _reasons(
        "Mayor answers critics\n"
        "The mayor opened the meeting with a line everyone expected, something along the lines of …\n"
        '"We did what we promised," she said to applause from her own benches.\n'
        "Comments (4)\n"
        "Ferry timetable cut again as crew shortage bites on the island routes this summer...\n"
    )
    assert (
        reasons["The mayor opened the meeting with a line everyone expected, something along the lines of …"] == "news"
    )
    assert reasons["Ferry timetable cut again as crew shortage bites on the island routes this summer..."] == (
        "teaser cut off"
    )


def test_site_header_above_the_title_goes_and_the_standfirst_stays() -> None:
    reasons = _reasons(
        "Il Giornale del Garda\nCronaca\nFrana sulla Gardesana, strada chiusa per due giorni\n"
        "I tecnici della Provincia al lavoro da stamattina\n"
        "Una frana è caduta nella notte sulla strada Gardesana occidentale tra Limone e Riva.\n"
        "Nessuno è rimasto ferito."
    )
    assert reasons["Il Giornale del Garda"] == "page header"
    assert reasons["Cronaca"] == "page header"
    assert reasons["Frana sulla Gardesana, strada chiusa per due giorni"] == "title"
    assert reasons["I tecnici della Provincia al lavoro da stamattina"] == "heading"
    assert reasons["Nessuno è rimasto ferito."] == "news"


def test_gallery_of_dated_captions_for_other_stories_is_removed() -> None:
    reasons = _reasons(
        "Fire in Botlek\nA fire broke out at a chemical plant near Rotterdam on Wednesday evening.\n"
        "1 / 24\n"
        "08.04 Dock workers in Antwerp vote on a new pay offer after a week of stoppages.\n"
        "Anna de Vries\n"
        "07.04 A grain carrier runs aground in the Scheldt estuary; no injuries are reported.\n"
        "Firefighters kept cooling the tanks through the night, a spokeswoman said."
    )
    assert reasons["1 / 24"] == "counter"
    assert reasons["08.04 Dock workers in Antwerp vote on a new pay offer after a week of stoppages."] == (
        "gallery caption"
    )
    assert reasons["Anna de Vries"] == "photo credit"
    assert reasons["Firefighters kept cooling the tanks through the night, a spokeswoman said."] == "news"


def test_link_list_items_end_before_a_subheading_that_opens_news() -> None:
    reasons = _reasons(
        "Wisbech bypass delayed\nThe opening of the bypass has been pushed back to 2027, the council said on Monday.\n"
        "Most read\nA47 dualling plan approved by ministers\nCouncil tax to rise by 4.99%\n"
        "Why it matters\nLorries still cross the town centre every day, and residents have complained for years."
    )
    assert reasons["A47 dualling plan approved by ministers"] == "related links"
    assert reasons["Council tax to rise by 4.99%"] == "related links"
    assert reasons["Why it matters"] == "heading"


def test_live_page_is_split_at_its_time_headers() -> None:
    page = (
        "Strajk w stoczni. Relacja na żywo\n\n14:30\nZwiązkowcy zapowiedzieli, że protest potrwa do poniedziałku.\n\n"
        "12:10\nZarząd stoczni wydał komunikat w sprawie rozmów.\n\n"
        "09:05\nOd rana przed bramą stoczni zbierają się pracownicy.\n"
    )
    items = split_items(page)
    assert len(items) == 3
    assert next(t for _, t in items[1] if t.strip()) == "12:10"


def test_page_with_repeated_date_headers_is_split() -> None:
    page = (
        "Chronique du conseil municipal\n"
        "Lundi 3 mars 2025\nLe conseil a voté le budget des écoles à l'unanimité des présents.\n"
        "Mardi 4 mars 2025\nLa commission des travaux a reporté l'examen du projet de parking.\n"
    )
    assert len(split_items(page)) == 2


def test_a_lone_time_is_not_a_live_page() -> None:
    page = "Title of the story here\n10:32\nThe minister resigned on Friday after a week of pressure from her party.\n"
    assert len(split_items(page)) == 1


def test_typographic_quotes_are_folded_for_matching_only() -> None:
    line = "“Nous n’avons pas le choix”, a déclaré l’adjoint au maire, selon l’AFP."
    [cleaned] = [
        c for c in clean_articles([Article("q", "q.txt", f"Un titre de test\n{line}\n")]) if isinstance(c, CleanedItem)
    ]
    assert cleaned.article.clean_text == line
    assert cleaned.article.sentences[0].text == line


def test_repeated_title_with_a_glued_section_name_is_removed(tmp_path: Path) -> None:
    reasons = _reasons(
        "Eau: Paris et Madrid trouvent un terrain d'entente\n"
        "MondeEau: Paris et Madrid trouvent un terrain d'entente\n"
        "La France et l'Espagne se sont entendues lundi à Lyon sur un accord de partage de l'eau."
    )
    assert reasons["MondeEau: Paris et Madrid trouvent un terrain d'entente"] == "repeats line 1"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Shows ------ RADIO ------ Morning Desk. Drive Home Sports Hour Late Edition", "navigation"),
        ("Harbourline News, a division of Harbourline Media, is the world's largest multimedia news provider.", "site branding"),
        ("Full report (2.1MB): you may need to download Adobe Reader to open it.", "software prompt"),
        ("Enviar por e-mail Imprimir 12/03/2025 - 10h02 Câmara aprova orçamento", "share widget"),
        ("formatar impressão | imagens do dia | enviar por e-mail | fazer comentário", "share widget"),
        ("Lees ook Brug in Veendam weer open De wethouder blij met de uitkomst", "related links"),
        ("Läs också: Färjan till Ön går igen", "related links"),
        ("3 / 12 04/05/2025 - Des enfants jouent sur la place du marché de Vignac", "gallery caption"),
        ("To subscribe to Harbour Notes, send an e-mail to notes@harbour.example with the word subscribe.", "subscription prompt"),
        ("This article is available in full (approx. 640 words) to Gazette Archive subscribers.", "subscription prompt"),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "software prompt"),
        ("Weekend deals from our premier advertisers.", "advertising"),
        ("Click here for the full story.", "related links"),
        ('See "Harbour Watch" for a list of ferries laid up this winter.', "related links"),
        ("Please visit www.harbourwatch.example to learn more about Harbour Watch.", "related links"),
        ("For more information contact, Ferry Users Group, Anna Cole, 0417 555 013.", "related links"),
        ("Pour en savoir plus, rendez-vous sur www.nordhaven.example.", "related links"),
        ("The Nordhaven Gazette Ltd.", "site branding"),
        ("12.03.2025 10:41 << Previous | Next >>", "navigation"),
        ("Poor (-1) Fair (0) Good (+1) Very good (+2) Excellent (+3)", "comment widget"),
        ("Mayor Ann Cole (L) greets the ferry crew in Nordhaven on Monday", "photo caption"),
        ("The Nordhaven Post: Mar. 4, 2025", "timestamp"),
        ("Harbour Guard photo by Cpl. Ann Reyes Crew members of the Nordhaven ferry at the quay.", "photo credit"),
        ("Breaking News Alerts Text e-mail when a major news event happens.", "subscription prompt"),
        ("Today's Gazette headlines sent to your inbox every morning.", "subscription prompt"),
        ("Title (click to view) Studio Release Date Harbour Lights Uni. 1/7/25", "navigation"),
        ("This site is optimized for viewing with Netscape or Internet Explorer, version 4.0 or above.", "software prompt"),
        ("Home > Programs > Harbour Hour > Thur., Dec. 9, 2024 Harbour Hour", "navigation"),
        ("The Harbour Report > Harbour News > Ferry Line Reopens!", "navigation"),
        ("Source: Nordhaven Ferries Return to Harbour News.", "navigation"),
        ("Channel: Business World Politics Entertainment Technology & Science Sports Health", "navigation"),
        ("If the story is not showing, please refresh your browser.", "software prompt"),
        ("Harbour Notes is written by Anna Cole and published by the Nordhaven Press Club.", "site branding"),
        ("Updated Thursdays at around 3 to 4 P.M.", "timestamp"),
        ("Harbour News | Messageboards | Print Version | Email to friend | Previous Page", "navigation"),
        ("Get your FREE Ringtones, Java Games & Colour Logos from Harbour's NEW My Mobile site", "advertising"),
        ("Printable view | Email this article | Send comments", "share widget"),
        ("About us / Contact us / Advertising / Subscribe", "navigation"),
        ("Click the Back button to try another link.", "navigation"),
        ("Anna Cole waits on the quay for the first ferry © Harbour Images", "caption with credit"),
        ("I want to subscribe to Harbour Weekly Select this option to purchase a personal subscription", "subscription prompt"),
        ("Listen to the show Help stream [RealAudio]: whole show download [mp3]: whole show", "navigation"),
        ("The post Ferry line approved after two years appeared first on The Harbour Gazette.", "feed footer"),
        ("L'article Le pont de la Digue rouvre est apparu en premier sur Le Courrier du Nord.", "feed footer"),
        ("ATENÇÃO: Comentários com ofensas ao usuário não serão aprovados pelo moderador.", "comment policy"),
        ("Les commentaires injurieux ne seront pas publiés.", "comment policy"),
        ("ferry timetable 2025, nordhaven ferries, harbour nordhaven, ferry tickets, ferry to lund, Nordhaven port", "tags"),
    ],
)
def test_menus_publisher_blurbs_and_software_prompts(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_title_case_headlines_and_german_sentences_are_not_menus() -> None:
    assert cue_reason("Harbour Council Approves New Ferry Line After Two Years Of Talks") is None
    assert cue_reason("The post office appeared first on the list of closures, the council said.") is None
    assert cue_reason("The council said comments from residents will not be published before the vote.") is None
    assert cue_reason("apples, pears, plums, cherries, grapes and figs were sold at the market on sunday, said Ann") is None
    assert cue_reason("Die Stadt hat die Brücke über den Fluss für den gesamten Verkehr gesperrt, sagte die Stadträtin.") is None
    assert cue_reason("Politics, Business and Sport: What Changes for Readers in the New Year Edition of the Paper") is None
    assert cue_reason("Provided The Line Opens On Time, The Harbour Will Handle Twice As Many Ferries Each Summer Week") is None
    # A photograph in the news is no credit.
    assert cue_reason("The photo by the agency showed the minister smiling at the quay.") is None
    assert cue_reason("A picture by Monet was sold for 12 million euros in Nordhaven on Monday.") is None
    assert cue_reason("Section: the council said the ferry timetable would change in May.") is None
    # A programme's whole rundown run into its player's line stays: tools only remove short lines.
    rundown = (
        "Listen to the show [RealAudio]: whole show Ferry Crews Strike in Nordhaven The harbour's ferry crews walked "
        "out on Monday over night shifts, and the council said talks would resume on Thursday with a mediator."
    )
    assert cue_reason(rundown) is None
    assert cue_reason("The report is written by two economists and published by the central bank each year.") is None
    assert cue_reason("For more information about the plan, the council said residents should wait for its letter.") is None
    assert cue_reason("Visitors to www.harbourwatch.example said the timetable was wrong for a week.") is None
    assert cue_reason("The ferry contract went to Baltic Shipping Ltd.") is None
    assert cue_reason("Les salariés de Nordhaven Ferries SA") is None
    assert cue_reason("Updated figures showed a rise of 3% in ferry traffic.") is None


@pytest.mark.parametrize(
    ("before", "cuts"),
    [
        ("", ("title",)),
        ("12.03.2025 10:41 << Previous | Next >> ", ("navigation", "title")),
        ("Saturday March 12, 2025 8:16 PM AP Photo NOR104 By ANNA COLE Associated Press Writer ", ("timestamp",)),
    ],
)
def test_a_known_title_and_links_glued_to_the_first_line_are_cut(before: str, cuts: tuple[str, ...]) -> None:
    title = "Harbour strike ends after two days"
    page = Article(
        id="t",
        source="t.json",
        raw_text=f"{before}{title} NORDHAVEN: Dockers returned to work on Friday after the union accepted a new offer.\n"
        "The port authority said ships would leave on schedule from Saturday.",
        title=title,
    )
    [item] = classify_pages([page])
    first = next(d for d in item.decisions if d.kept)
    assert first.shown == "NORDHAVEN: Dockers returned to work on Friday after the union accepted a new offer."
    assert all(cut in first.repair for cut in cuts)


def test_a_first_sentence_that_merely_opens_like_the_title_is_kept() -> None:
    title = "Harbour strike ends after two days"
    line = f"{title} of talks, the union said on Friday."
    [item] = classify_pages([Article(id="t", source="t.json", raw_text=line + "\nShips will sail again.", title=title)])
    assert next(d for d in item.decisions if d.kept).shown == line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Price: US$30* In order to purchase this article you must be a registered user.", "subscription prompt"),
        ("Word Count: 1,018 | Companies Featured in This Article: Sprint, Time Warner", "reading time"),
    ],
)
def test_a_paywall_offer_and_a_word_count_are_furniture(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_lone_byline_beside_the_date_goes_but_a_short_title_case_title_stays() -> None:
    reasons = _reasons(
        "Harbour Strike Ends\n"
        "13.05.2025 12:40\n"
        "Marta Kowalczyk\n"
        "Dockers at the port of Gdynia returned to work on Tuesday after a nine-day strike over pay.\n"
        "Tomasz Wilk\n"
        "The union said the deal would be put to a vote next week.\n"
    )
    assert reasons["Harbour Strike Ends"] == "title"
    assert reasons["Marta Kowalczyk"] == "byline"
    # A name between two news paragraphs is a subheading or a quote's speaker, not a byline.
    assert reasons["Tomasz Wilk"] == "heading"


def test_tags_under_a_header_with_a_colon_and_a_footer_row_of_links_go() -> None:
    news = (
        "Fähre fällt wegen Sturm aus\n"
        "Wegen des Sturms hat die Reederei am Montag alle Fahrten nach Helgoland abgesagt, teilte sie mit.\n"
        "Über Kosten | Preise | Fahrplan gibt die Reederei am Dienstag Auskunft.\n"
        "Die Fähre soll am Mittwoch wieder fahren.\n"
    )
    tagged = _reasons(news + "Schlagwörter:\nHelgoland\nAnzeige\nSturm\n")
    # A badge inside the list does not end it.
    assert tagged["Helgoland"] == "tags" and tagged["Sturm"] == "tags"
    footed = _reasons(news + "Über uns | Kontakt | Mediadaten\n")
    assert footed["Über uns | Kontakt | Mediadaten"] == "navigation"
    assert footed["Über Kosten | Preise | Fahrplan gibt die Reederei am Dienstag Auskunft."] == "news"
    assert _reasons(news + "Startseite · Region · Sport · Kultur\n")["Startseite · Region · Sport · Kultur"] == "navigation"


def test_caption_ending_with_a_copyright_credit_is_removed() -> None:
    reasons = _reasons(
        "Brand im Hafen\n"
        "In einer Lagerhalle im Hafen ist in der Nacht zu Donnerstag ein Feuer ausgebrochen, verletzt wurde niemand.\n"
        "Rauch über dem Hafen. © Hafen-Kurier/Jan Vogt\n"
        "Die Polizei ermittelt zur Brandursache.\n"
    )
    assert reasons["Rauch über dem Hafen. © Hafen-Kurier/Jan Vogt"].startswith("caption with credit")


def test_a_byline_over_the_date_is_not_taken_for_a_photo_credit_nor_the_standfirst_for_its_caption() -> None:
    standfirst = "Avec des températures de 12 °C en février, la neige a fondu sur la plupart des 45 kilomètres de pistes."
    reasons = _reasons(
        f"Faute de neige, le domaine nordique ferme avec un mois d'avance\n{standfirst}\nJulien Perrot\n"
        "Le 28/02/2025 à 18:05\n"
        "Le domaine nordique des Grands-Prés fermera ses pistes dimanche soir, a annoncé la commune.\n"
    )
    assert reasons["Julien Perrot"] == "byline"
    assert reasons[standfirst] == "standfirst"  # kept with the text, not a caption
    # The place and the date in one row are the page's dateline, and the name above it its author.
    row = _reasons(
        "Santa Olaya tendrá un aparcamiento de 320 plazas\nLaura Gutiérrez Sainz\n"
        "Santa Olaya de Mar | 12/03/2025 - 19:40 h\n"
        "El Ayuntamiento construirá el aparcamiento en la entrada sur del municipio, junto a la rotonda.\n"
    )
    assert row["Santa Olaya de Mar | 12/03/2025 - 19:40 h"] == "timestamp"
    assert row["Laura Gutiérrez Sainz"] == "byline"


def test_a_link_under_a_related_header_a_role_under_a_byline_and_a_slash_credit_go() -> None:
    reasons = _reasons(
        "Villalba cortará el agua por las noches\n"
        "Lucía Ferrer\n"
        "Villalba de la Marina | 15·08·25 | 10:14\n"
        "El depósito municipal, en una imagen de esta semana. / Joan Borràs\n"
        "Los cortes se producirán cada noche entre las 23.00 y las 6.00 horas desde este sábado.\n"
        "Te puede interesar\n"
        "Alerta amarilla por calor en el litoral este jueves\n"
        "El concejal de Servicios aseguró que los hoteles de la zona han reducido su consumo un 15 %.\n"
    )
    assert reasons["Villalba de la Marina | 15·08·25 | 10:14"] == "timestamp"
    assert reasons["Lucía Ferrer"] == "byline"
    assert reasons["El depósito municipal, en una imagen de esta semana. / Joan Borràs"].startswith("caption")
    # The only line under the header is its link, even with news after it.
    assert reasons["Alerta amarilla por calor en el litoral este jueves"] == "related links"
    role = _reasons(
        "Ras stengte fylkesveien\nIngrid Solheim\nJournalist\n"
        "Et jordras gikk over fylkesvei 714 natt til mandag, og veien blir trolig stengt til onsdag.\n"
    )
    assert role["Ingrid Solheim"] == role["Journalist"] == "byline"


def test_a_masthead_goes_when_a_headline_follows_and_sponsored_teasers_go_with_their_label() -> None:
    body = "Die Polizei sucht nach einem Unfall auf der A6 bei Homburg weiter nach dem Fahrer eines grauen Kombis.\n"
    reasons = _reasons(
        "Saarbote – Die Zeitung für das Saarland\n"
        "Saarland Saarbrücken Neunkirchen Saarlouis Homburg Sport Kultur Anmelden Abo\n"
        "Unfallflucht auf der A6: Polizei sucht Zeugen\n" + body + "Contenuto sponsorizzato\n"
        "Garda Wellness Resort: il weekend di benessere che cercavi\n"
    )
    assert reasons["Saarbote – Die Zeitung für das Saarland"] == "site branding"
    assert reasons["Saarland Saarbrücken Neunkirchen Saarlouis Homburg Sport Kultur Anmelden Abo"] == "navigation"
    assert reasons["Unfallflucht auf der A6: Polizei sucht Zeugen"] == "title"
    assert reasons["Garda Wellness Resort: il weekend di benessere che cercavi"] == "sponsored content"
    # Without a headline below it, the same shape is the title.
    alone = _reasons("Brexit – the latest news on the deal\n" + body)
    assert alone["Brexit – the latest news on the deal"] == "title"


def test_the_items_of_a_table_of_contents_and_of_a_summary_box_go_with_their_label() -> None:
    reasons = _reasons(
        "Byrådet siger ja til vindmøller ved Hvidsand\n"
        "Indholdsfortegnelse\nSådan stemte partierne\nNaboerne vil klage\n"
        "Byrådet i Hvidsand stemte torsdag aften for en ny vindmøllepark med seks møller ved kysten.\n"
        "Sintesi generata con l'intelligenza artificiale e verificata dalla redazione\n"
        "• Il tribunale ha dichiarato la liquidazione del calzaturificio\n• A rischio 230 lavoratori\n"
        "Sådan stemte partierne\nFlertallet bestod af fire partier, mens to stemte imod.\n"
    )
    assert reasons["Naboerne vil klage"] == "table of contents"
    assert reasons["• A rischio 230 lavoratori"] == "summary box"


def test_a_sites_motto_is_no_title_the_headline_under_the_section_path_is() -> None:
    reasons = _reasons(
        "Gazzetta del Tanaro\nIl quotidiano online delle Langhe\nCronaca\nPolitica\nSport\n"
        "Home › Cronaca › Alba\nAlba, crolla il tetto della palestra: nessun ferito\n"
        "Il cedimento nella notte, la scuola resta chiusa\n"
        "Il tetto della palestra della scuola media di Alba è crollato nella notte tra lunedì e martedì.\n"
        "Nessuno si trovava nell'edificio al momento del cedimento, ha detto il sindaco."
    )
    assert reasons["Alba, crolla il tetto della palestra: nessun ferito"] == "title"
    assert reasons["Il quotidiano online delle Langhe"] == "page header"
    assert reasons["Politica"] == "page header"


def test_a_dutch_consent_banner_and_a_page_without_section_path_still_find_the_title() -> None:
    reasons = _reasons(
        "Dagblad Zeeland\nWij en onze partners gebruiken cookies om je een betere ervaring te bieden.\n"
        "Alles accepteren\nVoorkeuren beheren\nNieuws\nRegio\n"
        "Veerboot vaart tegen kade in Vlissingen, drie gewonden\n"
        "wo 22/10/2025 - 07:30\nLeestijd 2 min.\n"
        "Een veerboot is gisteravond in de haven van Vlissingen tegen de kade gevaren.\n"
        "Drie passagiers raakten lichtgewond, meldt de veiligheidsregio."
    )
    assert reasons["Wij en onze partners gebruiken cookies om je een betere ervaring te bieden."] == "cookie prompt"
    assert reasons["Alles accepteren"] == "cookie prompt"
    assert reasons["Veerboot vaart tegen kade in Vlissingen, drie gewonden"] == "title"
    assert reasons["Regio"] == "page header"
    assert reasons["wo 22/10/2025 - 07:30"] == "timestamp"
    assert reasons["Leestijd 2 min."] == "reading time"


def test_a_menu_list_stops_at_the_title_and_a_teaser_list_keeps_its_questions() -> None:
    reasons = _reasons(
        "Latest\nFinance\nProperty\nTourism\n"
        "Harbour ferry operator cuts winter timetable as fuel costs rise\n"
        "The operator of the harbour ferry said on Tuesday it would cut its winter timetable by a third.\n"
        "Read more:\nFerry fares to rise in spring\nWhat next for the harbour?\n"
        "The company blamed fuel costs, which it said had doubled in two years."
    )
    assert reasons["Harbour ferry operator cuts winter timetable as fuel costs rise"] == "title"
    assert reasons["Finance"] == "related links"
    assert reasons["Ferry fares to rise in spring"] == "related links"
    assert reasons["What next for the harbour?"] == "related links"


def test_a_standfirst_over_the_byline_is_a_sentence_marked_as_such_and_the_outlets_agency_credit_goes() -> None:
    page = (
        "Jornal Minho\nInício › País\nCheias em Braga: rio Este galga as margens\n"
        "Há ainda 40 desalojados, dez deles crianças, e a câmara abriu dois pavilhões para os acolher esta noite.\n"
        "Jornal Minho com ALN\n"
        "O rio Este galgou as margens esta madrugada em Braga, obrigando a retirar 40 pessoas das suas casas.\n"
        "Os bombeiros mantêm-se no local, disse o comandante distrital.\n\n© 2025 Jornal Minho"
    )
    reasons = _reasons(page)
    standfirst = "Há ainda 40 desalojados, dez deles crianças, e a câmara abriu dois pavilhões para os acolher esta noite."
    assert reasons[standfirst] == "standfirst"
    assert reasons["Jornal Minho com ALN"] == "byline"
    [item] = [i for i in clean_articles([Article(id="p", source="p.txt", raw_text=page)]) if isinstance(i, CleanedItem)]
    # It dates and matches the report like its lead; the summary leaves it out (tests/test_summarize_selection.py).
    first, second = item.article.sentences[:2]
    assert first.standfirst and first.text.startswith("Há ainda 40 desalojados")
    assert not second.standfirst


def test_an_outlet_loses_its_legal_form_and_a_two_digit_year_dates_the_page() -> None:
    from newsfuse.clean.metadata import infer_outlet, infer_published

    found = infer_outlet(["© 2025 Limburgse Mediagroep B.V. Alle rechten voorbehouden."])
    assert found is not None and found[0] == "Limburgse Mediagroep"
    assert infer_outlet(["© 2025 Oggi24 Media srl - Tutti i diritti riservati"]) is not None
    published = infer_published(["22-10-25, 16:40"])
    assert published is not None and published[0].isoformat() == "2025-10-22T16:40:00"
    assert infer_published(["Ticket 22-10-2519"]) is None


def test_polish_abbreviations_end_no_sentence_and_a_dash_opens_a_quotation() -> None:
    from newsfuse.clean.sentences import split_sentences

    text = "Do wypadku doszło około godz. 7.15 na drodze nr 16. – Był trzeźwy – powiedziała podkom. Anna Nowak."
    assert split_sentences(text) == [
        "Do wypadku doszło około godz. 7.15 na drodze nr 16.",
        "– Był trzeźwy – powiedziała podkom. Anna Nowak.",
    ]


def test_a_publication_line_and_its_update_line_are_one_header_not_two_items() -> None:
    page = (
        "Fuite d'ammoniac : le parquet ouvre une enquête\nDeux jours après la fuite, quatre personnes restent "
        "hospitalisées et la préfète a suspendu l'activité de l'unité de stockage du site.\nPar Hélène Marchadier\n"
        "Publié le 11 sept. 2025 à 6h40\nMis à jour le 11 sept. 2025 à 11h05\n"
        "Le bilan s'est alourdi : vingt et une personnes ont été prises en charge après la fuite survenue mardi soir.\n"
        "Le parquet du Havre a ouvert hier une enquête pour mise en danger de la vie d'autrui."
    )
    assert len(split_items(page)) == 1


def test_nordic_pages_consent_dialog_clock_and_a_caption_line_that_names_its_photographer() -> None:
    from newsfuse.clean.language import identify_language
    from newsfuse.clean.metadata import infer_published

    page = (
        "Kustbladet\nVi och våra partner behandlar personuppgifter och använder cookies för annonser och statistik.\n"
        "Acceptera\nHantera val\nDu är här: Hem / Lokalt / Göteborgs skärgård\n"
        "Skärgårdsfärja grundstötte vid Rörö\nAv: STB\n"
        "Färjan gick på grund i går kväll strax efter klockan 21 utanför Rörö i Göteborgs norra skärgård.\n"
        "Samtliga evakuerades med hjälp av Sjöräddningssällskapet, som hade fyra båtar på plats.\n"
        "Bild: Färjan ligger på grund utanför Rörö. Foto: Henrik Sjölund / STB\n"
        "Vad tycker du? Kommentera artikeln"
    )
    reasons = _reasons(page)
    assert reasons["Skärgårdsfärja grundstötte vid Rörö"] == "title"
    assert reasons["Du är här: Hem / Lokalt / Göteborgs skärgård"] == "navigation"
    assert reasons["Hantera val"] == "cookie prompt"
    assert reasons["Av: STB"] == "byline"
    # A news line before a long caption that ends on its credit stays news.
    assert reasons["Samtliga evakuerades med hjälp av Sjöräddningssällskapet, som hade fyra båtar på plats."] == "news"
    assert reasons["Vad tycker du? Kommentera artikeln"] == "comment prompt"
    published = infer_published(["Offentliggjort 16. okt. 2025 kl. 14.22"])
    assert published is not None and published[0].isoformat() == "2025-10-16T14:22:00"
    nynorsk = "Eit jordskred stengde fylkesvegen ved Tverrlid natt til måndag, og ingen vart skadde i raset."
    assert identify_language(nynorsk)[0] == "no"


def test_a_second_report_below_the_first_ones_tags_and_comments_is_its_own_item_dated_by_the_page() -> None:
    page = (
        "Lunes, 13 de octubre de 2025\n"
        "Primer día de huelga del autobús urbano en Zaragoza\n"
        "Los conductores de Movilia Urbana han secundado este lunes el primer día de huelga indefinida en la ciudad.\n"
        "El comité y la empresa están citados el jueves en el servicio de mediación para intentar un acuerdo.\n"
        "Etiquetas: huelga · autobús · Zaragoza · servicios mínimos\n"
        "Comentarios (27) | Para comentar debes estar registrado\n"
        "BARRIOS\n"
        "El Olivar del Gállego celebra su Semana Cultural con teatro y un concurso de tortillas\n"
        "El barrio del Olivar del Gállego celebrará del 17 al 19 de octubre su Semana Cultural de otoño.\n"
        "El programa arrancará el viernes a las 19:00 con el pregón de la vecina más veterana del barrio.\n"
    )
    items = split_items(page)
    assert len(items) == 2
    assert next(t for _, t in items[1] if t.strip()) == "BARRIOS"
    cleaned = [c for c in clean_articles([Article("lavoz", "test:lavoz", page)]) if isinstance(c, CleanedItem)]
    second = next(c.article for c in cleaned if c.article.id == "lavoz#2")
    assert second.title == "El Olivar del Gállego celebra su Semana Cultural con teatro y un concurso de tortillas"
    assert second.published is not None and second.published.date().isoformat() == "2025-10-13"
    # A teaser with its excerpt below the comments is no second report: it holds one paragraph.
    teaser = page.split("BARRIOS")[0] + "Otra noticia del barrio con un titular largo\nUn solo párrafo de resumen que no basta.\n"
    assert len(split_items(teaser)) == 1


def test_the_articles_stamp_under_the_pages_date_is_no_day_header() -> None:
    page = (
        "Quinta-feira, 20 de novembro de 2025\n"
        "Farmacêutica retira lote de medicamento para a tensão arterial\n"
        "Algumas embalagens podem conter comprimidos com o dobro da dosagem indicada, segundo a empresa.\n"
        "20 de novembro de 2025, 18h12\n"
        "A farmacêutica Veridane anunciou esta quinta-feira a recolha voluntária do lote do medicamento Tensivar.\n"
    )
    assert len(split_items(page)) == 1
    english = page.replace("20 de novembro de 2025, 18h12", "Published: 20/11/2025 17:05 | Updated: 20/11/2025 19:30")
    assert len(split_items(english)) == 1


def test_polish_capitals_open_a_sentence_and_about_before_a_number_ends_none() -> None:
    from newsfuse.clean.sentences import split_sentences

    text = "Zgłoszenie wpłynęło o godz. 23.47. Świadek przekazał, że pali się hala o powierzchni ok. 2800 mkw. Łunę widać było z Lipin."
    assert split_sentences(text) == [
        "Zgłoszenie wpłynęło o godz. 23.47.",
        "Świadek przekazał, że pali się hala o powierzchni ok. 2800 mkw.",
        "Łunę widać było z Lipin.",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Alle akzeptieren  Einstellungen  Nur notwendige", "cookie prompt"),
        ("ACCEPT ALL   MORE OPTIONS", "cookie prompt"),
        ("We value your privacy. We and our 142 partners store and/or access information on a device.", "cookie prompt"),
        ("Wir und unsere Partner verarbeiten personenbezogene Daten. Mit einem Klick stimmen Sie zu.", "cookie prompt"),
        ("Deltanieuws gebruikt cookies en vergelijkbare technieken.", "cookie prompt"),
        ("Szanowny Użytkowniku, zapoznaj się z informacjami dotyczącymi przetwarzania Twoich danych osobowych (RODO).", "cookie prompt"),
        ("E-Mail-Adresse eingeben  Jetzt anmelden", "subscription prompt"),
        ("Dagelijks het laatste nieuws in je mailbox? Meld je aan voor de nieuwsbrief.", "subscription prompt"),
        ("Kommentare sind für diesen Artikel deaktiviert.", "comment widget"),
        ("Los comentarios están sujetos a moderación. Consulta nuestras normas de participación.", "comment widget"),
        ("Vos réactions (4)", "comment widget"),
        ("Komentarze (42) – Pokaż komentarze", "comment widget"),
        ("Comentários: para comentar tem de iniciar sessão.", "comment widget"),
        ("🎧 Listen to this article (3 min)  |  🎁 Gift this article", "audio prompt"),
        ("▶ Luister live: Delta Radio  |  Kijk live: Delta TV", "audio prompt"),
        ("[Partager] [Envoyer] [Imprimer] [Ajouter à mes favoris]", "share widget"),
        ("Lo más visto hoy", "related links"),
        ("Contenus sponsorisés", "advertising"),
        ("Strona główna / Wiadomości / Lipinki Wielkie", "navigation"),
        ("Leestijd: 2 minuten", "reading time"),
        ("Beeld: Deltanieuws / Waterschap Maas en Polder", "photo credit"),
        ("¿Has visto algún error en esta noticia? Avísanos", "reader call-out"),
        ("12 nov. 2025, 22:14  Laatste update: 13 nov. 2025, 08:30", "timestamp"),
        ("La Voz del Cierzo S.L. · CIF B99123456 · Inscrita en el Registro Mercantil de Zaragoza", "footer links"),
        ("Harbourside Gazette is a member of the national press council and abides by its Code of Practice.", "footer links"),
        ("Piquete a las puertas de las cocheras, este lunes de madrugada. | CRÓNICA URBANA / D. Tello", "caption with credit"),
        ("Akcja gaśnicza trwała ponad jedenaście godzin. Fot. KP PSP w Lipinach", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batch_11(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_a_byline_with_a_colleague_or_a_place_beside_the_date_goes() -> None:
    page = (
        "Accident ferroviaire près de Kesselfeld : onze blessés\n"
        "Thomas Schaller, avec Hélène Roth à Grenzweiler\n"
        "Le 05/11/2025 à 10:15, modifié le 05/11/2025 à 12:47\n"
        "Onze personnes ont été blessées lors de la collision survenue mardi soir au passage à niveau de Kesselfeld.\n"
        "Le parquet de Strasbourg a ouvert une enquête pour blessures involontaires, confiée à la gendarmerie.\n"
    )
    assert _reasons(page)["Thomas Schaller, avec Hélène Roth à Grenzweiler"] == "byline"
    spanish = page.replace("Thomas Schaller, avec Hélène Roth à Grenzweiler", "Elena Marín | Zaragoza")
    # Above the first paragraph a name and a place also read as a section path: gone either way.
    assert _reasons(spanish)["Elena Marín | Zaragoza"] in ("byline", "navigation")


def test_a_name_over_its_role_an_agency_code_and_a_place_beside_the_date_belong_to_the_byline() -> None:
    header = (
        "Meridian Crest breach far worse than first thought\n"
        "The bank now says 2.3 million customers worldwide had their data stolen, almost double its estimate.\n"
        "{byline}\n"
        "Thursday 23 October 2025 6:05am\n"
        "The bank told the stock exchange on Thursday morning that the breach had reached its Australian customers.\n"
        "Customers will be contacted by e-mail in the coming days, the bank's spokesperson said on Thursday.\n"
    )
    role = _reasons(header.format(byline="Tom Gallagher\nConsumer Affairs Reporter"))
    assert role["Tom Gallagher"] == "byline" and role["Consumer Affairs Reporter"] == "byline"
    assert _reasons(header.format(byline="APC"))["APC"] == "byline"
    place = _reasons(header.format(byline="Redacción Diario del Turia\nValència"))
    assert place["València"] == "byline"
    # A short line with news on one side is no part of the byline.
    assert _reasons(header.format(byline="Sydney"))["Sydney"] != "byline"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Wir brauchen Ihre Zustimmung", "cookie prompt"),
        ("Wir und unsere Partner verwenden Technologien wie Pixel und Gerätekennungen, um Inhalte zu personalisieren.", "cookie prompt"),
        ("Wir verarbeiten Ihre Daten zu den folgenden Zwecken: Speichern von oder Zugriff auf Informationen auf einem Endgerät.", "cookie prompt"),
        ("Sie können Ihre Einwilligung jederzeit widerrufen oder werbefrei mit dem Pur-Abo lesen.", "cookie prompt"),
        ("Noi e terze parti selezionate raccogliamo informazioni personali per finalità tecniche.", "cookie prompt"),
        ("We and our partners use technologies to measure audiences and show you relevant ads.", "cookie prompt"),
        ("You've read 3 of 5 free articles this month.", "subscription prompt"),
        ("[Become a supporter]   Already a supporter? Log in", "subscription prompt"),
        ("[Subscribe]", "subscription prompt"),
        ("[Jetzt kostenlos anmelden]", "subscription prompt"),
        ("Nyhetsbrev: Få morgonens viktigaste nyheter från Bohuslän direkt i mejlen", "subscription prompt"),
        ("Ladda ner Havsbandets app – få pushnotiser när något händer där du bor.", "app prompt"),
        ("Autoplay is paused. Tap to unmute.", "video prompt"),
        ("Story continues below", "advertising"),
        ("WEATHER ALERT: Dense Fog Advisory until 10 AM for Pell and Ashby counties", "weather widget"),
        ("Friday, September 19, 2025   |   Millers Fork  61°F  Fog", "weather widget"),
        ("← Articolo precedente: Roccavella, al via i lavori sul ponte della provinciale", "navigation"),
        ("Home › Sanità › Nuovo ospedale della Valsorba", "navigation"),
        ("ULTIM'ORA ▸ Incidente sulla statale a Borgo Sorba, un ferito grave", "related links"),
        ("Explore more on these topics", "related links"),
        ("Mehr zur Wahl im Kreis Ostermoor", "related links"),
        ("FARMACIE DI TURNO OGGI", "service box"),
        ("Grafik: So hat Ihr Ort gewählt – alle Ergebnisse in der interaktiven Karte", "interactive prompt"),
        ("Denna artikel är öppen för alla – en del av vår samhällsinformation vid kris.", "paywall notice"),
        ("Kommentarsfältet är stängt för den här artikeln.", "comment widget"),
        ("Have a news tip? Email newsdesk@ridgeline12.example or use our Send It to 12 form.", "reader call-out"),
        ("Your town. Your tide. Since 1887.", "site branding"),
        ("Tom covers public safety and the courts for the Ledger. Reach him at 740-555-0142.", "author bio"),
        ("Flowers were left Friday morning at the intersection of County Road 22. (Ledger photo by Carla Mendes)", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batch_12(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_quotation_marks_in_a_teaser_are_no_path_separators() -> None:
    # Folded, "«" and "»" read as '"', as "›" does: only after "Home" does it part a section path.
    assert cue_reason("Passages à niveau : combien sont jugés « préoccupants » dans la région ?") is None
    page = (Path(__file__).parent / "data" / "heldout11" / "fr_lechodesfrontieres_01.txt").read_text(encoding="utf-8")
    assert len(split_items(page)) == 1


def test_weather_words_in_a_sentence_are_news() -> None:
    assert cue_reason("Weather forecasters expect 30 °C on Friday.") is None
    assert cue_reason("Une nuit à -6 °C") is None  # a subheading


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lyt til artiklen · 3 min.", "audio prompt"),
        ("Podcast: »Valgnatten på 20 minutter« – lyt med i Egnsposten-appen", "audio prompt"),
        ("Kilde: Vesterå Kommune, foreløbig optælling. Fintællingen sker onsdag.", "source credit"),
        ("The Leinster Ledger is committed to the Code of Practice of the Press Council of Ireland.", "footer links"),
        ("💬 23 comentarios", "comment widget"),
        ("Réagir (14 commentaires)", "comment widget"),
        ("El humo del incendio, visto desde la carretera este martes por la mañana. ÍÑIGO ALDAZ", "caption with credit"),
        ("Des pompiers surveillent une reprise de feu près du col, le 19 août 2025. (AFP / GAIZKA ARRUTI)", "caption with credit"),
        ("Un Canadair largue son eau au-dessus des crêtes, lundi soir. Photo Le Courrier des Gaves / Peio Labarthe", "caption with credit"),
        ("Esta web utiliza tecnologías propias y de terceros con fines analíticos.", "cookie prompt"),
        ("Hexagone Info et ses 142 partenaires stockent et accèdent à des informations sur votre appareil.", "cookie prompt"),
        ("Utilizamos pequenos ficheiros de texto para melhorar a sua experiência.", "cookie prompt"),
        ("Vos données, vos choix", "cookie prompt"),
        ("Wij vragen je toestemming", "cookie prompt"),
        ("Consentimento", "cookie prompt"),
        ("[Accepter et fermer]   [Paramétrer]   Continuer sans accepter →", "cookie prompt"),
        ("Ja, ik ga akkoord   |   Nee, bedankt   |   Instellingen aanpassen", "cookie prompt"),
        ("FIL INFO 18:52 — Canicule : quatorze départements en vigilance orange mercredi", "related links"),
        ("Mardi 19 août 2025 – Bonne fête aux Jean", "page header"),
        ("Door Sanne ter Horst", "byline"),
        ("Je leest nu gratis artikel 2 van 3 deze maand. Word abonnee voor € 1 per week.", "subscription prompt"),
        ("Tygodnik Ziemi Radlińskiej · Radlinek · Wierzbica · Grabów Leśny", "site branding"),
        ("Wydawca: Wydawnictwo Dolina sp. z o.o., ul. Rynek 7, Radlinek · Redaktor naczelny: Krzysztof Wilk", "footer links"),
        ("País / Sociedade / Mar / Economia / Desporto / Cultura / Multimédia", "navigation"),
        ("Lavradio do Mar: 17 °C, aguaceiros · Maré cheia 14h52", "weather widget"),
        ("O Farol da Costa – Propriedade de Farol Edições, Lda. · Diretor: Álvaro Cunha · Estatuto editorial", "footer links"),
    ],
)
def test_furniture_of_held_out_batch_13(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_a_page_of_briefs_under_its_label_is_cut_even_when_each_brief_is_signed() -> None:
    page = (
        "Głos Doliny\nStrona główna / Wiadomości / Krótko\n\nKrótko\n\n"
        "Ulica Kolejowa zamknięta do 20 października\n"
        "Od poniedziałku 6 października do poniedziałku 20 października zamknięty zostanie odcinek ulicy Kolejowej z "
        "powodu wymiany sieci wodociągowej. Objazd poprowadzono ulicami Polną i Ogrodową, a autobusy pojadą inną trasą. (kw)\n\n"
        "Nowa filia biblioteki na osiedlu Słonecznym\n"
        "W środę 1 października przy ul. Słonecznikowej 4 otwarto filię nr 3 Miejskiej Biblioteki Publicznej. Placówka "
        "ma czytelnię, kącik dla dzieci i kilka tysięcy książek, a czynna będzie od poniedziałku do piątku. (ams)\n"
    )
    assert len(split_items(page)) == 2


def test_a_most_read_list_holding_the_pages_own_title_goes_on_after_it() -> None:
    page = (
        "Rare books worth £1.2m stolen in overnight raid on York library\n"
        "Thieves broke into the Fenwick Library through a skylight just before 3am on Sunday, police said.\n"
        "Detectives are appealing for witnesses who saw a grey van near the library in the early hours.\n"
        "Most Read\n"
        "Family pay tribute to 'gentle giant' killed in Selby crash\n"
        "Rare books worth £1.2m stolen in overnight raid on York library\n"
        "New food hall to open in former department store this autumn\n"
    )
    assert _reasons(page)["New food hall to open in former department store this autumn"] == "related links"


def test_the_pages_date_gives_way_to_its_report_stamp_with_a_time() -> None:
    from newsfuse.clean.metadata import infer_published

    found = infer_published(["Martes, 19 de agosto de 2025 · Pamplona 31 °C", "Pamplona | 19/08/2025 - 13:05 h."])
    assert found is not None and found[0].isoformat() == "2025-08-19T13:05:00"
    glued = infer_published(["17/09/2025 - 09:45h"])
    assert glued is not None and glued[0].isoformat() == "2025-09-17T09:45:00"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- with agencies", "agency sign-off"),
        ("Con información de agencias.", "agency sign-off"),
        ("This story is supplied by the UKNA wire service.", "agency sign-off"),
        ("Larger text size", "page tools"),
        ("Yes, I'm happy", "cookie prompt"),
        ("Usamos tecnologías propias y de terceros para analizar la navegación.", "cookie prompt"),
        ("Noi e i nostri partner memorizziamo e/o accediamo a informazioni su un dispositivo.", "cookie prompt"),
        ("Read our commenting guidelines before posting.", "comment widget"),
        ("Watch: Drone footage shows damage in Chacayén, Chile", "video prompt"),
        ("Video / Andes Photo Agency", "video prompt"),
        ("More coverage of the Quorvane trial", "related links"),
        ("Voir le classement complet de l'étape", "related links"),
        ("$179.99 at Brightcart", "advertising"),
        ("Valley Tech Daily may earn a commission when you buy through links on our site.", "advertising"),
        ("Port Cadrin 14°C Light rain", "weather widget"),
        ("High tide 16:22", "weather widget"),
        ("Fund local journalism", "subscription prompt"),
        ("Escuchar nota", "audio prompt"),
        ("Kōwhai News is a member of the New Zealand Media Council.", "footer links"),
        ("Get news alerts from The Harbourside Herald", "notification prompt"),
        ("Bridget Calloway is a foreign affairs reporter at The Harbourside Herald.", "author bio"),
        ("Sat 14 June 2025 11:02am AEST", "timestamp"),
        ("August 12, 2025 at 3:21 PM PDT", "timestamp"),
    ],
)
def test_furniture_of_held_out_batch_14(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_short_lines_below_the_last_paragraph_are_footer_links_but_a_closing_table_stays() -> None:
    body = (
        "Ferry operator to scrap winter sailings between Port Cadrin and Dublin\n"
        "Celtic Tern Ferries said on Wednesday it would scrap its winter sailings between Port Cadrin and Dublin.\n"
        "The last crossing of the season will leave Port Cadrin on Sunday 2 November, the company said.\n"
    )
    reasons = _reasons(body + "Careers\nWork for us\nOur sites\n")
    assert reasons["Careers"] == "page footer" and reasons["Work for us"] == "page footer"
    table = _reasons(body + "Socialdemokratiet 31,4 (8)\nVenstre 24,8 (6)\n")
    assert table["Venstre 24,8 (6)"] != "page footer"


def test_a_lists_header_inside_another_list_opens_its_own() -> None:
    page = (
        "Chile earthquake: at least seven dead after magnitude 6.4 quake hits remote south\n"
        "A magnitude 6.4 earthquake struck the Quintralhue region of southern Chile on Friday evening, officials said.\n"
        "Rescue teams were still searching collapsed houses in the town of Chacayén on Saturday morning.\n"
        "Tags\nSismo\nSenapred\nLee también\n"
        "Réplica de magnitud 4,9 se sintió con fuerza en Chacayén\n"
        "Cómo armar un kit de emergencia: la guía completa\n"
    )
    assert _reasons(page)["Cómo armar un kit de emergencia: la guía completa"] == "related links"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zustimmung zur Datenverarbeitung", "cookie prompt"),
        ("Um Ihnen ein optimales Angebot zu bieten, nutzen wir Technologien wie Tracking-Pixel.", "cookie prompt"),
        ("Wij en onze partners slaan informatie op of openen deze op je apparaat.", "cookie prompt"),
        ("Klikając „Akceptuję”, wyrażasz zgodę na przetwarzanie Twoich danych osobowych.", "cookie prompt"),
        ("Alles accepteren   Alleen noodzakelijke   Voorkeuren", "cookie prompt"),
        ("Direct naar de inhoud", "navigation"),
        ("Strona główna » Region » Powiat » Bielin Odrzański", "navigation"),
        ("Ein Artikel von Dominik Reuther (Text) und Anja Szymańska (Fotos)", "byline"),
        ("Rapporterar: Johanna Lind och Erik Sandström", "byline"),
        ("Het weer", "weather widget"),
        ("Apotheken-Notdienst: Löwen-Apotheke Hainbach, Marktplatz 3", "service box"),
        ("Kursy walut NBP: EUR 4,2812 | USD 3,7741 | CHF 4,6120", "service box"),
        ("Tarmstrup Auto – brugte biler med 12 mdr. garanti. Se udvalget her", "advertising"),
        ("Okna i drzwi PCV – montaż w 14 dni! Zadzwoń i zamów bezpłatny pomiar.", "advertising"),
        ("Grenzland-Echo App – jetzt im App Store und bei Google Play", "advertising"),
        ("Haben Sie einen Fehler entdeckt? Schreiben Sie uns.", "reader call-out"),
        ("Um zu kommentieren, müssen Sie angemeldet sein. Jetzt anmelden oder kostenlos registrieren.", "comment widget"),
        ("Die wichtigsten Nachrichten aus der Region – montags bis samstags um 6 Uhr in Ihrem Postfach.", "subscription prompt"),
        ("Czas czytania: ok. 3 min", "reading time"),
        ("Visa äldsta först ▾", "page tools"),
    ],
)
def test_furniture_of_held_out_batch_15(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_a_teaser_opening_on_a_widgets_word_is_no_widget() -> None:
    assert cue_reason("Verkeer: werkzaamheden aan de pont Kleinepolder tot vrijdag") is None


def test_a_dashed_section_path_is_navigation_but_a_dashed_title_is_not() -> None:
    body = (
        "Skjoldvind lukker fabrik i Tarmstrup: 400 mister jobbet\n"
        "Vindmøllefabrikanten Skjoldvind lukker sin vingefabrik i Tarmstrup ved udgangen af august, oplyste selskabet.\n"
        "Produktionen flyttes til Polen, og 400 medarbejdere mister deres job, skriver selskabet i en meddelelse.\n"
    )
    assert _reasons("Lokalt — Tarmstrup — Erhverv\n" + body)["Lokalt — Tarmstrup — Erhverv"] == "navigation"
    assert _reasons(body)["Skjoldvind lukker fabrik i Tarmstrup: 400 mister jobbet"] == "title"


def test_a_menu_item_named_like_a_widget_does_not_swallow_the_title() -> None:
    page = (Path(__file__).parent / "data" / "heldout9" / "de_alpenrundschau_01.txt").read_text(encoding="utf-8")
    [item] = _items(page)
    reasons = {d.text: d.reason for d in item.decisions}
    assert reasons["Großbrand in Recyclingbetrieb in Bayern: Riesige Rauchwolke über Schweinfurt"] == "title"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Notícia em atualização", "update notice"),
        ("Dieser Artikel wird laufend aktualisiert.", "update notice"),
        ("Para comentar tem de ser assinante. Saiba mais", "comment widget"),
        ("Réagissez ou posez une question à la rédaction (132 contributions)", "comment widget"),
        ("Ajouter à vos sélections", "page tools"),
        ("Guardar", "page tools"),
        ("Have a confidential tip for our reporters? Get in touch", "reader call-out"),
        ("Zobacz wersję w przeglądarce", "newsletter"),
        ("Dzień dobry! Oto najważniejsze informacje z regionu na początek tygodnia.", "newsletter"),
        (
            "Jeśli ten przegląd przesłał Ci znajomy, zapisz się sam i otrzymuj pięć najważniejszych wiadomości dnia.",
            "newsletter",
        ),
        ("W najnowszym odcinku podcastu „Region na głos” rozmawiamy z sołtysami o małych wsiach.", "newsletter"),
        ("Czytelnicy z pakietem Premium mogą już dziś pobrać nasz bezpłatny przewodnik po ulgach.", "newsletter"),
        ("Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Kuriera Regionalnego.", "newsletter"),
        ("Beeld Reuters", "photo credit"),
        ("LUDOVIC MARIN (EFE)", "photo credit"),
        ("Volg De Nieuwe Courant ook op WhatsApp", "notification prompt"),
        ("Marcus Feld covers white-collar crime and securities litigation for Bloomfield from New York.", "author bio"),
        ("Vigili del fuoco al lavoro nello stabilimento Veltrachem di Brennheim (Ansa/Dpa)", "caption with credit"),
        (
            "Ruben Hoekstra leaves federal court in Manhattan on Wednesday. Photographer: Jenna Ruiz/Bloomfield",
            "caption with credit",
        ),
        ("París - 12 mar 2026 - 21:17 CET", "timestamp"),
    ],
)
def test_furniture_of_held_out_batch_16(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_news_sentences_near_the_batch_16_cues_stay() -> None:
    assert cue_reason("Dzień dobry, powiedział burmistrz, witając mieszkańców na sesji rady.") is None
    assert cue_reason("The town has 5,000 residents and one school.") is None
    assert cue_reason("Police said 300 people were evacuated on Wednesday.") is None


_TITLED = (
    "{first}\n"
    "Skip to main content\n"
    "News   World   Europe   Business   Climate   Culture\n"
    "{kicker}\n"
    "About 1,200 residents were evacuated overnight after a fire broke out at a chemical plant in Brennheim.\n"
    "More than 180 firefighters were deployed, and the fire was brought under control at about 6am on Wednesday.\n"
    "© 2026 The European Ledger Ltd. All rights reserved.\n"
)


def test_a_page_title_on_the_first_line_loses_the_site_name_and_stays_the_title() -> None:
    first = "Fire at German chemical plant forces 1,200 residents from their homes | The European Ledger"
    [item] = _items(_TITLED.format(first=first, kicker="EUROPE"))
    decisions = {d.text: d for d in item.decisions}
    assert decisions[first].reason == "title"
    assert decisions[first].shown == "Fire at German chemical plant forces 1,200 residents from their homes"
    # With no headline on the page, a short line between the title and the report is the page's header.
    assert decisions["EUROPE"].reason == "page header"


def test_a_dash_in_a_headline_or_a_menu_is_no_page_title() -> None:
    # After a dash, words in lower case or figures are the headline's second clause, not a site's name.
    clause = "Brand i Göteborg – 300 evakuerade efter explosionen"
    [item] = _items(_TITLED.format(first=clause, kicker="EUROPE"))
    assert {d.text: d.reason for d in item.decisions}[clause] == "title"
    assert next(d for d in item.decisions if d.text == clause).shown == clause
    menu = "Corriere della Laguna | Venezia | Mestre | Chioggia | Sport | Cultura | Meteo"
    [item] = _items(_TITLED.format(first=menu, kicker="EUROPE"))
    assert {d.text: d.reason for d in item.decisions}[menu] != "title"


def test_the_site_name_after_a_dash_names_the_outlet_when_the_masthead_prints_it_alone() -> None:
    page = (
        "Mann reddet ut av bil etter jordskred i Vassteigdalen - Dalsporten\n"
        "Gå til innhold\n"
        "Dalsporten\n"
        "Innenriks\n"
        "En mann i 40-årene ble tirsdag reddet ut av bilen sin etter at et jordskred begravde fylkesveien.\n"
        "Mannskaper fra brannvesenet jobbet i rundt fem timer før de fikk ham ut, opplyser politiet.\n"
    )
    assert _outlet_of(page) == "Dalsporten"
    # Without the masthead, the dash may end the headline's own clause: no outlet is made up.
    alone = page.replace("Dalsporten\nInnenriks", "Innenriks")
    assert _outlet_of(alone) != "Dalsporten"


def test_the_site_name_after_a_bar_names_the_outlet_when_the_page_does_not() -> None:
    text = _TITLED.format(first="Ferje på grunn i Sørvikfjorden – 212 passasjerer evakuert | Fjordabladet", kicker="112")
    text = text.replace("© 2026 The European Ledger Ltd. All rights reserved.\n", "")
    [cleaned] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=text)]) if isinstance(c, CleanedItem)]
    assert cleaned.article.outlet == "Fjordabladet"
    assert cleaned.article.title == "Ferje på grunn i Sørvikfjorden – 212 passasjerer evakuert"


def test_the_text_of_a_sign_up_box_goes_with_its_label_and_button() -> None:
    page = (Path(__file__).parent / "data" / "heldout16" / "b16_05_fr_echonational.txt").read_text(encoding="utf-8")
    [item] = _items(page)
    reasons = {d.text: d.reason for d in item.decisions}
    assert reasons["« Politique »"] == "subscription prompt"
    assert reasons["Chaque soir, les informations et analyses politiques de la rédaction"] == "subscription prompt"
    # A paragraph between two prompts is never swallowed.
    assert reasons[next(t for t in reasons if t.startswith("Le vote intervient trois semaines"))] == "news"


def test_a_sports_brief_under_a_report_is_its_own_item() -> None:
    page = (Path(__file__).parent / "data" / "heldout16" / "d16_09_no_fjordabladet.txt").read_text(encoding="utf-8")
    items = split_items(page)
    assert len(items) == 2
    assert items[1][0][1] == "Fotball: Sørvik snudde kampen i Hjelmevik"
    # A report that is about that sport keeps its subheading.
    about_football = page.replace("Ferja MF Hjellestad gikk på grunn", "Fotball-laget og ferja MF Hjellestad gikk på grunn")
    assert len(split_items(about_football)) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Continue a ler a seguir ao anúncio", "advertising"),
        ("Par Claire Dumonteil (avec agences)", "byline"),
        ("(Reporting by Marco Bellini; Editing by Helen Ashdown)", "byline"),
        ("A cura della redazione", "byline"),
        ("Commenti — Scrivi il primo commento", "comment widget"),
        ("Reageer op dit artikel (12)", "comment widget"),
        ("Our Standards: The Europe Wire Trust Principles.", "footer links"),
        ("Ci sono 2 nuovi aggiornamenti — clicca per vederli", "page tools"),
        (
            "Der Mittelrhein-Bote am Morgen: Die wichtigsten Nachrichten aus der Region – jetzt kostenlos als Newsletter",
            "subscription prompt",
        ),
        ("Delen via WhatsApp | Delen via Facebook | Kopieer link", "share widget"),
        ("This article is for subscribers only.", "paywall notice"),
        ("Cancel anytime. Terms apply.", "paywall notice"),
    ],
)
def test_furniture_of_held_out_batch_17(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


_LIVE = (
    "Bufera di neve sul Passo della Croce Bianca: la diretta\n"
    "Ultimo aggiornamento: giovedì 12 febbraio 2026, 18:42\n\n"
    "18:42\nAnas: il passo resterà chiuso almeno fino a domattina, dopo il sopralluogo dei tecnici.\n\n"
    "17:31\nEvacuato il rifugio Croce Bianca: i 22 escursionisti sono stati portati a valle dal Soccorso alpino.\n\n"
    "00:40\nPrime nevicate intense sul valico, la Provincia valuta la chiusura della strada del passo.\n"
)


def test_a_live_updates_time_header_heads_it_and_dates_it() -> None:
    cleaned = [c for c in clean_articles([Article(id="live", source="live.txt", raw_text=_LIVE)]) if isinstance(c, CleanedItem)]
    assert len(cleaned) == 3
    # The time stays, as the update's heading, outside its sentences.
    assert [next(d.reason for d in c.decisions if d.text.strip()[:2].isdigit()) for c in cleaned] == ["heading"] * 3
    times = [c.article.published.isoformat() if c.article.published else None for c in cleaned]
    assert times == ["2026-02-12T18:42:00", "2026-02-12T17:31:00", "2026-02-12T00:40:00"]
    assert "17:31" not in " ".join(s.text for s in cleaned[1].article.sentences)
    # An update timed after the page's last one was posted before midnight.
    night = _LIVE.replace("2026, 18:42", "2026, 00:50").replace("18:42\n", "00:50\n").replace("17:31\n", "23:40\n")
    cleaned = [c for c in clean_articles([Article(id="n", source="n.txt", raw_text=night)]) if isinstance(c, CleanedItem)]
    assert [c.article.published.isoformat() for c in cleaned if c.article.published][:2] == [
        "2026-02-12T00:50:00",
        "2026-02-11T23:40:00",
    ]
    # A lone time on an ordinary page is still a counter.
    assert cue_reason("18:42") == "counter"


def test_a_papers_name_at_the_top_is_branding_and_names_the_outlet() -> None:
    page = (
        "LORELEY-ANZEIGER\n"
        "Region   Rhein-Lahn   Sport   Kultur\n"
        "Frachter läuft bei Oberwinzen auf Grund\n"
        "Das Gütermotorschiff „Anna-Lena“ ist am Mittwochmorgen auf dem Rhein bei Oberwinzen auf Grund gelaufen.\n"
        "Für rund sechseinhalb Stunden war die Wasserstraße zwischen Rhein-Kilometer 551 und 555 gesperrt.\n"
    )
    [cleaned] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    assert cleaned.article.outlet == "Loreley-Anzeiger"
    assert {d.text: d.reason for d in cleaned.decisions}["LORELEY-ANZEIGER"] == "site branding"
    # A short headline naming a place is no paper's name: its last word does not say so.
    [item] = _items(page.replace("LORELEY-ANZEIGER\n", "").replace("Frachter läuft bei Oberwinzen auf Grund", "Times Square"))
    assert {d.text: d.reason for d in item.decisions}["Times Square"] != "site branding"


def test_the_outlet_is_read_from_a_copyright_inside_a_line_and_a_channel_is_not_its_name() -> None:
    from newsfuse.clean.metadata import infer_outlet

    found = infer_outlet(["All quotes delayed a minimum of 15 minutes. © 2026 Europe Wire. All rights reserved."])
    assert found is not None and found[0] == "Europe Wire"
    found = infer_outlet(["Iscriviti al canale WhatsApp della Voce delle Valli per ricevere le allerte meteo"])
    assert found is not None and found[0] == "Voce delle Valli"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Traffic: M60 anticlockwise J12–J13, delays of 20 minutes", "service box"),
        ("What's on near you? Enter your postcode", "service box"),
        ("10:05 Colmar : un incendie détruit un hangar agricole à Sainte-Croix-en-Plaine", "news ticker"),
        ("SISTE: Kollisjon på rv. 2 ved Skotterud – én til sykehus", "news ticker"),
        ("KI-Zusammenfassung anzeigen", "page tools"),
        ("Blitzer im Landkreis: B17 bei Oberstetten, Kreisstraße ES 4", "service box"),
        ("Um zu kommentieren, melden Sie sich bitte an.", "comment widget"),
        ("Horoskop na wtorek: Baran, Byk, Bliźnięta...", "service box"),
        ("Kurs walut: EUR 4,27 zł | USD 3,94 zł", "service box"),
        ("Oferty pracy: Elektromonter dołowy – 9200 zł brutto", "job ad"),
        ("Job: Pædagogmedhjælper til Børnehuset Tangen, 30 timer", "job ad"),
        ("Central Europe Today is funded by its readers. Join 4,800 members who make our reporting possible.", "support prompt"),
        ("Namnsdag: Dorotea, Doris", "service box"),
        ("Strømpris i dag (NO1): 1,14 kr/kWh", "service box"),
        ("Kommentarer er lukket på denne artikel.", "comment widget"),
        ("Vandtemperatur i havnen i dag: 11,2 °C", "weather widget"),
        ("Tidevand i dag: højvande kl. 14.12, lavvande kl. 20.31", "weather widget"),
        ("Visualisering af det kommende havnebad ved Sydkajen. Illustration: Tegnestuen Vandkant", "caption with credit"),
        ("Un hidroavión descarga agua sobre el frente norte, cerca de Peñarrubia. EFE / Lucía Ortega", "caption with credit"),
        ("Redacción / Agencias", "byline"),
        ("Fotogaleria: As imagens do incêndio em Alcorba (12 fotos)", "gallery caption"),
        ("Renato Castagnoli, già primario di pediatria al San Rocco, scrive per la Gazzetta dal 2018.", "author bio"),
        ("Annunci immobiliari: Valdicastro centro, trilocale ristrutturato 78 mq, € 119.000", "advertising"),
        ("Privatlivspolitik  Cookiepolitik  Ansvarshavende chefredaktør: Lars Holm", "footer links"),
    ],
)
def test_furniture_of_held_out_batch_18(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_news_lines_near_the_batch_18_cues_stay() -> None:
    assert cue_reason("Une nuit à -6 °C") is None  # a subheading
    assert cue_reason("Verkeer: werkzaamheden aan de pont Kleinepolder tot vrijdag") is None  # a teaser, no road
    assert cue_reason("Die Polizei sperrte die B17 am Dienstag für drei Stunden.") is None
    assert cue_reason("14:30 Die Polizei hat die Straße wieder freigegeben.") is None  # a live entry's sentence


def test_a_page_of_briefs_under_a_dutch_label_is_cut_into_its_briefs() -> None:
    page = (Path(__file__).parent / "data" / "heldout18" / "a18_11_nl_dommeldaldagblad.txt").read_text(encoding="utf-8")
    items = split_items(page)
    assert len(items) == 3


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("12 thoughts on “UPDATED: Tanker leak at the quay – what we know so far”", "comment widget"),
        ("Leave a Reply", "comment widget"),
        ("Your email address will not be published. Required fields are marked *", "comment prompt"),
        ("Noch keine Kommentare. Schreiben Sie den ersten!", "comment widget"),
        ("Devi essere connesso per inviare un commento.", "comment widget"),
        ("Um kommentieren zu können, müssen Sie angemeldet sein.", "comment widget"),
        ("Comments have been closed on this article.", "comment widget"),
        ("Like Loading...", "share widget"),
        ("Proudly powered by WordPress | Theme: Newsup by Themeansar.", "footer links"),
        ("All quotes delayed a minimum of 15 minutes.", "footer links"),
        ("The Bugle is run by volunteers. If you find it useful, buy us a coffee on Ko-fi ☕", "support prompt"),
        ("Purchase Licensing Rights, opens new tab", "page tools"),
        ("Save article", "page tools"),
        ("Suggested Topics:", "tags"),
        ("Sustainability  category", "navigation"),
        ("Le Courrier savoyard vous recommande", "related links"),
        ("Get the latest Brackwater & District headlines sent straight to your inbox", "subscription prompt"),
        ("Reporter: Joe Pettifer, with BRITWIRE", "byline"),
        ("April 14, 20266:42 PM GMT+1Updated an hour ago", "timestamp"),
        ("▶ Video: Das TV-Duell in voller Länge", "video prompt"),
        ("EN DIRECT ▶ Écouter la radio", "audio prompt"),
        ("Germany's news in English", "site branding"),
        ("Il quotidiano online della Valle di Susa e della Val Sangone", "site branding"),
        ("Independent news for Brackwater, Fennbury and the villages – since 2014", "site branding"),
        ("Radio Vallées, c'est aussi sur 97.4 FM à Moûtiers et 101.2 FM à Bourg-Saint-Maurice.", "site branding"),
        (
            "A tug stands by the chemical tanker Nordic Verity at the quay in Brackwater, Britain, April 14, 2026. "
            "BRITWIRE/Tom Ashdown",
            "caption with credit",
        ),
        (
            "Le front de l'éboulement, au lieu-dit Les Fontanettes, jeudi matin. Photo Le Courrier savoyard/Anne Mollard",
            "caption with credit",
        ),
    ],
)
def test_furniture_of_held_out_batch_19(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_news_lines_near_the_batch_19_cues_stay() -> None:
    assert cue_reason("UPDATED: Tanker leak at the quay – what we know so far") is None  # a blog's kicker
    assert cue_reason("Updated: 14 April 2026, 19:25") == "timestamp"
    assert cue_reason("Reply") == "comment widget"


def test_a_blog_comment_runs_from_its_commenter_to_its_reply_button_and_cuts_no_item() -> None:
    page = (Path(__file__).parent / "data" / "heldout19" / "a19_06_en_brackwaterbugle.txt").read_text(encoding="utf-8")
    assert len(split_items(page)) == 1
    reasons = _reasons(page)
    assert reasons["Sandra P. says:"] == "comment widget"
    assert reasons["Smell was awful on Mill Lane too. Thanks for keeping us posted Kev."] == "comment widget"
    assert reasons["Who's paying for the clean-up? Not us I hope."] == "comment widget"


def test_a_name_over_its_desk_or_its_place_is_the_byline() -> None:
    header = (
        "Brackwater chemical spill: Residents told to keep windows shut\n"
        "{lines}\n"
        "People in an Essex town have been told to keep their doors and windows closed after a tanker leaked.\n"
        "The Nordic Verity struck the quay wall at Brackwater while berthing early on Tuesday, the harbour said.\n"
    )
    [item] = _items(header.format(lines="Ruth Abernethy\nEBC News, Essex"), outlet="EBC News")
    assert {d.text: d.reason for d in item.decisions}["Ruth Abernethy"] == "byline"
    place = _reasons(header.format(lines="Lars Holmgren\nOslo\nPublished 14 Apr 2026, 16:10 GMT"))
    assert place["Lars Holmgren"] == "byline" and place["Oslo"] == "byline"


def test_a_wire_stamp_with_its_year_and_time_run_together_dates_the_page() -> None:
    from newsfuse.clean.metadata import infer_published

    found = infer_published(["April 14, 20266:42 PM GMT+1Updated an hour ago"])
    assert found is not None and found[0].isoformat() == "2026-04-14T18:42:00"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Wat vind je van dit artikel?  👍  👎", "reader poll"),
        ("Zie je een fout in dit artikel? Laat het ons weten.", "reader call-out"),
        (
            "LIVE  Europa League QF 1st leg: Lindewaard 3-1 Ribeirense FT · Vltava Prague 0-0 Aris Kalamata FT · "
            "Olympique Vernay 1-0 Dinamo Sarajevo FT",
            "score widget",
        ),
        ("Lindewaard 3-1 Ribeirense   Terminado", "score widget"),
        ("Alle uitslagen en standen ›", "score widget"),
        ("Callum Reid at Stadion De Kuilen", "byline"),
        ("By Ledger staff, with PAP", "byline"),
        ("Quick guide", "explainer box"),
        ("Show", "page tools"),
        ("match reports", "tags"),
        (
            "Second leg special: Ribeirense to qualify 4/1 · Lindewaard to qualify 1/6 · Kooistra to score anytime 7/2. "
            "New customers only.",
            "advertising",
        ),
        ("Aposta da casa ▸ Ribeirense x Lindewaard (2.ª mão): 1 – 2,10 | X – 3,40 | 2 – 3,25", "advertising"),
        ("Jogo responsável. Proibido a menores de 18 anos. Licença SRIJ n.º 017.", "advertising"),
        ("We will not share your email address. Privacy notice.", "subscription prompt"),
        ("Jakość powietrza w Warszawie: dobra (PM2,5 – 11 µg/m³)", "weather widget"),
        ("Przeczytasz w 3 min", "reading time"),
        ("The Warsaw Ledger is reader-funded. Become a member from 19 zł a month.", "support prompt"),
        ("Contact · Advertise · Jobs · Privacy · Terms · © 2026 Ledger Media sp. z o.o.", "footer links"),
        ("JUST NU  SMHI:s orangea varning för storm gäller till klockan 22 i kväll", "news ticker"),
        ("Följ ämnen och få en notis när något händer", "notification prompt"),
        ("Trafikläget just nu", "service box"),
        ("Sydkusten Nyheter · Box 512, 201 25 Malmö · Tipsa oss: 040-28 55 00", "footer links"),
        ("Vandstand lige nu · Dragør Havn: +118 cm · stigende", "weather widget"),
        ("Farmácias de serviço hoje em Setúbal: Farmácia Nova do Sado (Av. Luísa Todi, 212)", "service box"),
        ("Thinking of moving to Portugal? Our partners can help with your NIF. Book a free call.", "advertising"),
        ("£1 = €1.16  ·  $1 = €0.87", "service box"),
        ("Pollental i dag (Østdanmark): El 34 – moderat · Hassel 8 – lav", "service box"),
        ("Meer sport", "related links"),
        (
            "Vi og vores 143 partnere bruger cookies og lignende teknologier til at huske dine indstillinger, måle "
            "trafikken og vise annoncer.",
            "cookie prompt",
        ),
    ],
)
def test_furniture_of_held_out_batch_20(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_news_lines_near_the_batch_20_cues_stay() -> None:
    assert cue_reason("Lindewaard won 3-1 on Thursday, with two goals in the last ten minutes.") is None
    assert cue_reason("The odds were against them, the coach said after the 3-1 win.") is None
    assert cue_reason("Show me the money, the union leader told the crowd.") is None


def test_a_repeat_of_the_page_title_on_the_page_goes_and_a_dutch_name_is_a_byline() -> None:
    page = (
        "Lindewaard zet grote stap | De Gelderse Koerier\n"
        "Lindewaard zet grote stap\n"
        "Marloes van den Heuvel\n"
        "10 apr. 2026, 07:45\n"
        "FC Lindewaard heeft gisteravond de heenwedstrijd van de kwartfinale met 3-1 gewonnen van Ribeirense.\n"
        "Jesper Kooistra maakte in de slotfase het derde doelpunt voor een uitzinnig Stadion De Kuilen.\n"
    )
    reasons = _reasons(page)
    assert reasons["Lindewaard zet grote stap | De Gelderse Koerier"] == "title"
    assert reasons["Lindewaard zet grote stap"] == "repeated title"
    assert reasons["Marloes van den Heuvel"] == "byline"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ATS/AFP", "byline"),
        ("Cet article vous plaît? Découvrez nos newsletters thématiques", "subscription prompt"),
        ("Get the MineWatch Daily briefing in your inbox every weekday morning. [Sign up]", "subscription prompt"),
        ("Artikel zum Thema: Lawinen · Graubünden · Unglücksfälle · Rega", "tags"),
        ("Related coverage", "related links"),
        ("Plus sur le sujet", "related links"),
        ("12 Kommentare anzeigen", "comment widget"),
        ("Posten Sie Ihre Meinung – bitte beachten Sie unsere Forenregeln", "comment widget"),
        (
            "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.",
            "comment widget",
        ),
        ("Schneebericht Davos: 85 cm Neuschnee | 14 von 18 Anlagen offen", "service box"),
        ("Jeux: sudoku, mots croisés et le quiz de l'été", "service box"),
        ("Météo Lausanne: 33° · ensoleillé", "service box"),
        ("Iron ore 62% Fe CFR China: $97.40/t ▼ 0.8%", "service box"),
        ("Traffic: Crash blocks northbound lanes of I-69 near exit 212", "service box"),
        ("Ouvir matéria", "audio prompt"),
        ("Listen to this story", "audio prompt"),
        ("Le podcast «Ça fait débat» – chaque vendredi sur toutes les plateformes", "audio prompt"),
        ("STORY CONTINUES BELOW AD", "advertising"),
        ("Upcoming event: Tailings Safety Summit, Toronto, June 9-10, 2026 – Register now", "advertising"),
        ("News  Weather  Sports  Traffic  Closings  Contests  8 On Your Side  Community Calendar", "navigation"),
        (
            "Une vague de chaleur touche la Belgique. Sur la plage d'Ostende, mardi. (Image d'illustration) "
            "KEYSTONE/EPA/Martin Weber",
            "caption with credit",
        ),
    ],
)
def test_furniture_of_held_out_batch_21(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_a_papers_name_over_the_title_is_branding_even_when_the_outlet_is_known() -> None:
    page = (
        "Lawine erfasst Skitourengruppe am Piz Gronda – zwei Tote\n"
        "Alpenrhein Anzeiger\n"
        "Am Samstagvormittag ist oberhalb von Sur Crestas eine Lawine auf eine Gruppe von Skitourengängern niedergegangen.\n"
        "Die achtköpfige Gruppe war laut Kantonspolizei Graubünden kurz nach 10.30 Uhr im Aufstieg zum Gipfel.\n"
    )
    [item] = _items(page, outlet="Rheintal Medien")
    assert {d.text: d.reason for d in item.decisions}["Alpenrhein Anzeiger"] == "site branding"


def test_a_headline_measuring_against_a_year_is_no_founding_motto() -> None:
    for headline in ("River Tamsin floods worst since 1998", "Arbeitslosigkeit auf höchstem Stand seit 2005"):
        assert cue_reason(headline) is None, headline
    assert cue_reason("Najwyższa inflacja od 1997 roku") is None
    # The mottos themselves still go.
    assert cue_reason("Nära dig – varje dag sedan 1912") == "site branding"
    assert cue_reason("Din lokale avis siden 1874") == "site branding"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lästid: 4 min", "reading time"),
        ("Leitura: 4 min.", "reading time"),
        ("Du må være logget inn som abonnent for å kommentere.", "comment prompt"),
        ("Log in to join the discussion", "comment prompt"),
        ("Load more comments", "comment prompt"),
        ("Reageer op dit artikel (alleen voor abonnees)", "comment prompt"),
        ("Die Kommentarfunktion ist ab 22 Uhr geschlossen. Wir freuen uns auf Ihre Beiträge ab 7 Uhr.", "comment prompt"),
        ("Support independent Nordic journalism – subscribe from €4.90 a month", "subscription prompt"),
        ("Quero receber", "subscription prompt"),
        ("Få Morgenbrevet", "newsletter"),
        ("Dagens vigtigste nyheder fra Københavnsposten – hver morgen kl. 6.", "newsletter"),
        (
            "Der Morgen-Newsletter: Die wichtigsten Nachrichten aus der Oberlausitz – kostenlos jeden Morgen um 6 Uhr.",
            "newsletter",
        ),
        ("Tryk F5 eller slå automatisk opdatering til", "live page tools"),
        ("Automatisk opdatering: Til", "live page tools"),
        ("Se pressemødet igen her (video, 38 min)", "video prompt"),
        ("EM DIRETO | Orçamento do Estado 2027: acompanhe o debate no Parlamento", "news ticker"),
        ("Relacionado: Metro do Porto reforça linha amarela e linha vermelha durante a greve", "related links"),
        ("1 245 wyświetleń", "page tools"),
        ("Follow Rebecca on X", "page tools"),
        (
            "Het Noordelijk Dagblad en haar partners gebruiken cookies en vergelijkbare technieken om je een betere "
            "ervaring te geven, advertenties af te stemmen en het gebruik van de site te meten.",
            "cookie prompt",
        ),
        (
            "Avec nos partenaires, nous traitons vos données personnelles pour mesurer l'audience et afficher des "
            "publicités personnalisées.",
            "cookie prompt",
        ),
        (
            "The Castlebridge Examiner is published by Wexdale Media Ltd, 4 Corn Exchange Yard, Castlebridge. "
            "Registered in England and Wales.",
            "copyright",
        ),
        ("portal mieszkańców Stronia Górnego, Lesicy i okolic", "site branding"),
        ("English news from the Netherlands", "site branding"),
        ("L'info de Villefranche, du Beaujolais et du Val de Saône", "site branding"),
        ("DK24 – nyheder døgnet rundt", "site branding"),
        ("Artikkelen er oppdatert 09:05", "timestamp"),
        ("Actualizado a las 09:40 h.", "timestamp"),
        ("Ancona, 15 settembre 2026, ore 11:48 - aggiornato alle 13:20", "timestamp"),
        ("Prague Courier staff, with agency reports", "byline"),
        ("Von unserem Korrespondenten Stefan Reuter, mit NPA", "byline"),
        ("As mais lidas", "related links"),
        ("Autres brèves", "related links"),
        ("Szukaj...", "navigation"),
        ("Bruxelles 11° – averses", "weather widget"),
        ("Het weer aan zee: 12°, wind 5 Beaufort", "weather widget"),
    ],
)
def test_furniture_of_held_out_batches_22_and_23(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_news_lines_near_the_batch_22_and_23_cues_stay() -> None:
    assert cue_reason("The minister said the deal would be updated at 14:30 after the vote.") is None
    assert cue_reason("Lisboa, a capital, registou 38 °C na terça-feira, o valor mais alto do ano.") is None
    assert cue_reason("Il Comune e i suoi partner hanno presentato ieri il piano per la stazione.") is None
    assert cue_reason("Live music returned to the square on Saturday.") is None


def test_readers_comments_under_the_comments_header_go_and_the_most_read_list_after_them() -> None:
    page = (
        "Ferry fire off Vis: 497 evacuated from Italian ship\n"
        "By Petra Vukusic\n"
        "All 497 people aboard the ferry were brought ashore in Split on Tuesday morning, the coast guard said.\n"
        "The fire broke out in the engine room at about 02:15, some 28 nautical miles west of Vis.\n"
        "Comments (3)\n"
        "Davor_ST · 2 hours ago\n"
        "Respect to the crew and the coast guard guys. Could have been a tragedy.\n"
        "Reply\n"
        "Randi_K: Takk til montørene som sto ute i hele natt!\n"
        "Load more comments\n"
        "Most read\n"
        "Oostende: nieuwe tramhalte aan de Zeedijk pas in 2028\n"
        "Brandweer redt hond uit duinen in De Haan\n"
    )
    reasons = _reasons(page)
    assert reasons["Davor_ST · 2 hours ago"] == "comment widget"
    assert reasons["Respect to the crew and the coast guard guys. Could have been a tragedy."] == "reader comment"
    assert reasons["Randi_K: Takk til montørene som sto ute i hele natt!"] == "reader comment"
    # The list after the thread is the list's, not a comment.
    assert reasons["Oostende: nieuwe tramhalte aan de Zeedijk pas in 2028"] == "related links"
    assert reasons["Brandweer redt hond uit duinen in De Haan"] == "related links"
    # A report's own "Name: text" line, with no comment thread above it, stays.
    head = page.split("Comments (3)")[0]
    assert _reasons(head + "Minister Ana Horvat: We will ask why a 30-year-old ship was still on the route.\n")[
        "Minister Ana Horvat: We will ask why a 30-year-old ship was still on the route."
    ] not in ("reader comment", "comment widget")


def test_a_page_title_opening_with_the_sites_name_and_a_path_down_to_the_headline() -> None:
    page = (
        "Gazeta de Coimbra – Greve dos ferroviários: CP suprime 61% dos comboios\n"
        "Gazeta de Coimbra\n"
        "País   Região   Desporto\n"
        "Início / País / Greve dos ferroviários: CP suprime 61% dos comboios\n"
        "Greve dos ferroviários: CP suprime 61% dos comboios em dia de paralisação nacional\n"
        "A CP suprimiu hoje 689 dos 1128 comboios programados, num dia de greve convocada pelos sindicatos.\n"
        "A ministra Helena Quaresma disse que o Governo mantém a proposta de aumento de 3,2%.\n"
    )
    reasons = _reasons(page)
    assert reasons["Gazeta de Coimbra – Greve dos ferroviários: CP suprime 61% dos comboios"] == "title"
    assert reasons["Início / País / Greve dos ferroviários: CP suprime 61% dos comboios"] == "navigation"


def test_a_live_pages_title_with_a_figure_in_the_sites_name_is_its_title() -> None:
    page = (
        "LIVE: Aftale om pensionsalder på plads – følg det hele her | DK24\n"
        "DK24\n"
        "Nyheder   Live   Politik\n"
        "Regeringen og tre partier har indgået en aftale om pensionsalderen. Vi følger udviklingen minut for minut.\n"
        "Beskæftigelsesministeriet oplyser, at lovforslaget ventes fremsat inden jul.\n"
    )
    assert _reasons(page)["LIVE: Aftale om pensionsalder på plads – følg det hele her | DK24"] == "title"
    # After a dash, a figure still says it is no site's name: a score.
    assert _reasons(page.replace("| DK24", "– 3-1"))["LIVE: Aftale om pensionsalder på plads – følg det hele her – 3-1"] != "title"


def test_the_last_related_link_that_announces_the_paragraph_under_it_is_a_subheading() -> None:
    page = (
        "Hochwasser in Polen: Zahl der Toten steigt auf drei\n"
        "Die Leiche des vermissten 71-Jährigen wurde am Donnerstag in Radochów gefunden, teilte die Feuerwehr mit.\n"
        "Lesen Sie auch\n"
        "Hochwasserschutz an der Neiße: Was seit 2010 passiert ist\n"
        "140 Liter Regen pro Quadratmeter\n"
        "Innerhalb von 24 Stunden waren in dem Gebiet rund 140 Liter Regen pro Quadratmeter gefallen. Die Złotnica "
        "trat in der Nacht zu Mittwoch über die Ufer.\n"
    )
    reasons = _reasons(page)
    assert reasons["Hochwasserschutz an der Neiße: Was seit 2010 passiert ist"] == "related links"
    assert reasons["140 Liter Regen pro Quadratmeter"] == "heading"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Diario del Turia, S.L. © 2026. Todos los derechos reservados.", "Diario del Turia"),
        ("© 2026 Split Observer d.o.o., Split. All rights reserved.", "Split Observer"),
        ("© Wydawnictwo Sudeckie Sp. z o.o. 2026", "Wydawnictwo Sudeckie"),
        ("© DK24 Medier ApS 2026", "DK24 Medier"),
        ("All quotes delayed by 15 minutes © 2026 Europe Wire. All rights reserved.", "Europe Wire"),
        ("Copyright © 2026 rdm24 sp. z o.o. Wszystkie prawa zastrzeżone.", "rdm24"),
        ("© Mälarkuriren 2026 · Personuppgifter · Cookies · Kontakta oss", "Mälarkuriren"),
    ],
)
def test_the_outlet_in_a_copyright_line_without_its_company_form(line: str, outlet: str) -> None:
    from newsfuse.clean.metadata import infer_outlet

    found = infer_outlet([line])
    assert found is not None and found[0] == outlet


def test_the_sites_own_name_beats_its_publishers() -> None:
    body = (
        "De bouw van veertien windturbines tussen Kloosterwierde en Hemsterburen gaat voorlopig niet door.\n"
        "De Raad van State heeft woensdag de vergunningen voor Windpark Lauwersveld vernietigd.\n"
    )
    titled = "Raad van State schrapt vergunning voor Windpark Lauwersveld | Het Noordelijk Dagblad\n" + body
    assert _outlet(titled + "© 2026 Uitgeverij Hanzekrant B.V.\n") == "Het Noordelijk Dagblad"
    # "DK24" is part of its publisher's name: the site's own name.
    named = "Raad van State schrapt vergunning voor Windpark Lauwersveld | DK24\n" + body + "© DK24 Medier ApS 2026\n"
    assert _outlet(named) == "DK24"
    # A name under the sign that is no publisher's stays the outlet.
    assert _outlet(titled + "© 2026 Noorder Courant\n") == "Noorder Courant"


def _outlet(page: str) -> str | None:
    """The outlet the cleaner finds for a one-item page."""
    [item] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    return item.article.outlet


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Von dnp", "byline"),
        ("Agencias / Redacción", "byline"),
        ("Sie lesen einen von 3 kostenlosen KB+-Artikeln in diesem Monat. Unbegrenzt lesen für 9,90 € im Monat.", "paywall notice"),
        ("Weitere Artikel zum Thema", "related links"),
        ("Le plus partagé", "related links"),
        ("I più letti di oggi", "related links"),
        ("Popular this week", "related links"),
        ("Verkehr aktuell", "service box"),
        ("B 188: Baustelle zwischen Altenbrünn und Wehrstedt, Ampelregelung bis 27.11.", "service box"),
        ("Morning Briefing: the five stories you need before the markets open.", "newsletter"),
        ("Videonotizie: la lettura della sentenza in aula (2:15)", "video prompt"),
        ("Borsa, la settimana dei mercati in 90 secondi", "video prompt"),
        ("Tuitear", "share widget"),
        ("IL METEO: Savona 13° sereno – Genova 14° poco nuvoloso", "weather widget"),
        ("18 Novembre 2026 alle 19:02", "timestamp"),
        ("Valencia, 23 de noviembre de 2026", "timestamp"),
        ("Valencia al Día · Ediciones Mediterráneas del Túria S.L. · CIF B98442117", "copyright"),
        ("Antworten · 23", "comment widget"),
        (
            "Los servicios de emergencia, junto al tren accidentado en Montferrand-sur-Ognon. / Prefectura del Doubs",
            "caption with credit",
        ),
        ("Les secours sont intervenus en nombre sur les lieux de l'accident. Photo d'un lecteur", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batch_24(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_24_cues_stay() -> None:
    assert cue_reason("Von Montag an gilt auf der B 188 eine neue Ampelregelung, sagte der Landrat.") is None
    assert cue_reason("Valencia, la ciudad más afectada, abrió tres albergues para los desalojados.") is None
    assert cue_reason("Popular support for the strike has grown, the union said.") is None


def test_a_comment_thread_of_handles_over_their_comments_and_an_ads_copy() -> None:
    page = (
        "Zugunglück bei Besançon: 23 Verletzte\n"
        "Ein Regionalzug ist am Donnerstagmorgen bei Montferrand-sur-Ognon mit einem Bauzug zusammengestoßen.\n"
        "Vier der Verletzten sind schwer verletzt, Lebensgefahr besteht nach Angaben der Präfektur nicht.\n"
        "Anzeige\n"
        "Autohaus Brinkmann – Jetzt Winterräder-Aktion sichern!\n"
        "Die Strecke zwischen Besançon und Dijon bleibt nach Angaben der Bahn bis Samstag gesperrt.\n"
        "Kommentare (14)\n"
        "Kalle_W vor 2 Stunden\n"
        "Und die Vorstände kassieren weiter ihre Boni. Immer das gleiche.\n"
        "Antworten · 23\n"
        "cheminot_retraite\n"
        "Un train de travaux qui reste sur la voie après l'heure, ça ne devrait jamais arriver.\n"
        "Sylvie D.\n"
        "Bon rétablissement à tous les blessés et merci aux pompiers !\n"
    )
    reasons = _reasons(page)
    assert reasons["Autohaus Brinkmann – Jetzt Winterräder-Aktion sichern!"] == "advertising"
    assert reasons["Und die Vorstände kassieren weiter ihre Boni. Immer das gleiche."] == "reader comment"
    assert reasons["Un train de travaux qui reste sur la voie après l'heure, ça ne devrait jamais arriver."] == "reader comment"
    assert reasons["Bon rétablissement à tous les blessés et merci aux pompiers !"] == "reader comment"
    # A subheading under an ad's label is no ad: it has no call to act.
    assert _reasons(page.replace("Autohaus Brinkmann – Jetzt Winterräder-Aktion sichern!", "Strecke bleibt gesperrt"))[
        "Strecke bleibt gesperrt"
    ] != "advertising"


def test_a_second_items_headline_over_its_date_line_opens_that_item() -> None:
    page = (
        "Lokaal Vechtstede grootste partij in nieuwe gemeente\n"
        "woensdag 18 november 2026, 23:15\n"
        "Lokaal Vechtstede is bij de herindelingsverkiezingen de grootste partij geworden, met negen van de 27 zetels.\n"
        "De opkomst was 47,3 procent, iets hoger dan bij de vorige raadsverkiezingen in de drie oude gemeenten.\n"
        "Giraffe geboren in Dierenpark Heuvelrijk\n"
        "donderdag 19 november 2026, 09:40\n"
        "In Dierenpark Heuvelrijk in Doornwijk is maandag een giraffe geboren, laat het park weten aan de pers.\n"
        "Het vrouwtje is 1,82 meter lang en weegt ongeveer 65 kilo, zegt dierverzorger Lotte Hermans.\n"
    )
    items = split_items(page)
    assert len(items) == 2
    assert items[1][0][1] == "Giraffe geboren in Dierenpark Heuvelrijk"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Photograph: Miguel Ferraz/Iberia Press Photo", "photo credit"),
        ("EFE/Paulo Cunha", "photo credit"),
        ("Rui Mendonça / Diário do Litoral", "photo credit"),
        ("Mat. Urzędu Miasta Radomierza", "photo credit"),
        ("Jonas Aho (foto)", "photo credit"),
        ("Last modified on Wed 4 Nov 2026 10.12 GMT", "timestamp"),
        ("Lytt til saken (4 min)", "audio prompt"),
        ("Pozostało 58% artykułu", "subscription prompt"),
        ("Tempo em Mareta", "weather widget"),
        ("Hoje: chuva forte, 14° / 10°. Vento SO até 85 km/h", "weather widget"),
        ("Lediga jobb: Sjuksköterska till Vårdcentralen Ekeberga – heltid, tillsvidare. Sista ansökningsdag 20 november.", "job ad"),
        ("Jobs in der Region: Busfahrer (m/w/d) gesucht – Verkehrsbetriebe Oberlausitz", "job ad"),
        ("Ver mais 20 comentários", "comment widget"),
        ("Show 81 more comments", "comment widget"),
        ("Sort by: Newest | Oldest | Recommendations", "comment widget"),
        ("Odpowiedz | 👍 64 | 👎 12", "comment widget"),
        ("Komentarze są opiniami czytelników portalu. Redakcja nie ponosi za nie odpowiedzialności.", "comment policy"),
        ("Um Kommentare schreiben zu können, müssen Sie angemeldet sein. Bitte beachten Sie unsere Netiquette.", "comment policy"),
        ("Reageren kan alleen met een abonnement. Lees onze huisregels.", "comment policy"),
        ("Podcast De Rivierkant – Aflevering 41: Wonen op de dijk, hoe lang nog? Luister via Spotify of Apple Podcasts", "podcast promo"),
        ("Podkast: Næringsprat fra kysten – Ukens episode: Hvorfor flytter svensk industri sørover? Lytt nå (32 min)", "podcast promo"),
        ("Höglandskuriren i mobilen – ladda ner vår app och få nyhetsnotiser direkt när något händer.", "app prompt"),
        ("By subscribing you agree to our Terms and Privacy Policy. You can unsubscribe at any time.", "subscription prompt"),
        ("You've read 7 articles in the last month. The Atlantic Post is funded by readers like you.", "subscription prompt"),
        (
            "Neiße-Kurier Verlagsgesellschaft mbH, Brückenstraße 12, 02899 Lindenau. Geschäftsführer: Frank Mittelbach. "
            "Amtsgericht Dresden HRB 4711.",
            "legal notice",
        ),
    ],
)
def test_furniture_of_held_out_batch_25(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_25_cues_stay() -> None:
    assert cue_reason("Ofertas de empleo público: el Gobierno convoca 30.000 plazas, dijo la ministra.") is None
    assert cue_reason("The podcast host said the episode would not be published, citing legal advice.") is None
    assert cue_reason("Temperatures fell from 14° to 10° overnight, the weather service said.") is None


def test_a_comment_thread_with_replies_handles_and_dates_is_the_threads_and_not_items() -> None:
    page = (
        "Radni zdecydowali: samochody znikną ze Starego Miasta\n"
        "05.11.2026, 19:40\n"
        "Za przyjęciem uchwały w sprawie strefy wolnej od ruchu samochodowego głosowało 15 radnych, 9 było przeciw.\n"
        "Zakaz obejmie Rynek oraz 14 ulic w obrębie dawnych murów miejskich, m.in. Szewską i Zamkową.\n"
        "Komentarze (147)\n"
        "Komentarze są opiniami czytelników portalu. Redakcja nie ponosi za nie odpowiedzialności.\n"
        "~mieszkaniec_Szewskiej\n"
        "5 listopada 2026, 19:58\n"
        "Nareszcie! Mieszkam tu 30 lat i w końcu będzie można otworzyć okno latem.\n"
        "Odpowiedz | 👍 64 | 👎 12\n"
        "~kupiec\n"
        "5 listopada 2026, 20:31\n"
        "@Radek dokładnie. Nikt nas nie pytał, a teraz mamy się dostosować.\n"
        "Odpowiedz | 👍 22 | 👎 9\n"
    )
    assert len(split_items(page)) == 1  # a comment's date opens no item
    reasons = _reasons(page)
    assert reasons["Nareszcie! Mieszkam tu 30 lat i w końcu będzie można otworzyć okno latem."] == "reader comment"
    assert reasons["@Radek dokładnie. Nikt nas nie pytał, a teraz mamy się dostosować."] == "reader comment"
    english = (
        "Cargo ship runs aground off Portugal in storm, all 18 crew rescued\n"
        "A cargo ship ran aground off central Portugal during Storm Odete late on Monday, and all 18 crew were saved.\n"
        "The vessel had lost propulsion about two nautical miles off the coast, the maritime authority said.\n"
        "Comments (84)\n"
        "Sort by: Newest | Oldest | Recommendations\n"
        "GullsAndGales 2h ago\n"
        "Hats off to those lifeboat volunteers. People forget most of them are unpaid.\n"
        "Recommend 212 | Report | Reply\n"
        "DeckhandDan replying to GullsAndGales 1h ago\n"
        "Same in the UK with the RNLI. Absolute heroes, every one of them.\n"
        "↳ Jorge Antunes · há 40 minutos\n"
        "Paga o armador e o seguro. Está tudo na lei.\n"
    )
    reasons = _reasons(english)
    for comment in (
        "Hats off to those lifeboat volunteers. People forget most of them are unpaid.",
        "Same in the UK with the RNLI. Absolute heroes, every one of them.",
        "Paga o armador e o seguro. Está tudo na lei.",
    ):
        assert reasons[comment] == "reader comment"


def test_a_second_item_under_the_first_ones_date_and_its_byline_opens_at_its_headline() -> None:
    page = (
        "Mercoledì 4 novembre 2026\n"
        "Colpo al museo civico di Castelmarzo: rubati due reliquiari d'argento\n"
        "04/11/2026 - 12:18\n"
        "I ladri sono entrati nella notte tra lunedì e martedì passando dal tetto e calandosi da un lucernario.\n"
        "Il bottino è composto da due reliquiari in argento del XVII secolo e da un dipinto su tela.\n"
        "Frana sulla provinciale 27, chiusa la strada tra Castelmarzo e Poggio Alvano\n"
        "Redazione\n"
        "04/11/2026 - 17:05\n"
        "Gli smottamenti causati dalle piogge hanno portato alla chiusura totale della strada provinciale 27.\n"
        "Il traffico viene deviato sulla strada comunale della Pieve, con un allungamento di circa 7 chilometri.\n"
    )
    items = split_items(page)
    assert len(items) == 2
    assert items[1][0][1] == "Frana sulla provinciale 27, chiusa la strada tra Castelmarzo e Poggio Alvano"


def test_an_offer_under_an_ads_label_is_the_ad_and_a_report_under_a_lone_label_stays() -> None:
    page = (
        "Encalla un carguero frente a la costa portuguesa\n"
        "El carguero perdió la propulsión a unas dos millas de la costa con olas de más de seis metros, informó EFE.\n"
        "Publicidad\n"
        "Vuelos a Lisboa desde 39 €. Reserva ahora con AeroIbérica. Plazas limitadas.\n"
        "En el rescate participaron un helicóptero de la Fuerza Aérea y el bote salvavidas de la estación local.\n"
        "Publicidad\n"
        "Los 17 tripulantes fueron trasladados a un hospital de la región, donde quedaron en observación.\n"
        "Ofertas de empleo\n"
        "Técnico de mantenimiento naval – Ferrol – 32.000 €/año\n"
        "Oficial de puente de marina mercante – Bilbao – Jornada completa\n"
    )
    reasons = _reasons(page)
    assert reasons["Vuelos a Lisboa desde 39 €. Reserva ahora con AeroIbérica. Plazas limitadas."] == "advertising"
    assert reasons["Los 17 tripulantes fueron trasladados a un hospital de la región, donde quedaron en observación."] == "news"
    assert reasons["Técnico de mantenimiento naval – Ferrol – 32.000 €/año"] == "job ad"
    assert reasons["Oficial de puente de marina mercante – Bilbao – Jornada completa"] == "job ad"


def test_a_sign_up_boxs_promise_a_tables_heading_and_a_motto_over_the_repeated_headline() -> None:
    page = (
        "Provincie stemt in met versterking Waaldijk | Rivierland Dagblad\n"
        "Het nieuws uit de Betuwe, de Bommelerwaard en het Land van Maas en Waal\n"
        "Provincie stemt in met versterking Waaldijk\n"
        "Gedeputeerde Staten van Gelderland hebben het projectplan voor ruim elf kilometer Waaldijk goedgekeurd.\n"
        "De kosten worden geraamd op 214 miljoen euro, waarvan negentig procent uit het Rijk komt.\n"
        "De stemming in Provinciale Staten\n"
        "1. VVD: 9 voor\n"
        "2. GroenLinks: 7 voor\n"
        "Nieuwsbrief Rivierland\n"
        "Het nieuws uit de regio, elke ochtend om 7 uur in je mailbox.\n"
        "Aanmelden\n"
    )
    reasons = _reasons(page)
    assert reasons["Het nieuws uit de Betuwe, de Bommelerwaard en het Land van Maas en Waal"] == "page header"
    assert reasons["De stemming in Provinciale Staten"] == "heading"
    assert reasons["Het nieuws uit de regio, elke ochtend om 7 uur in je mailbox."] != "news"


def test_a_page_title_may_end_with_the_sites_address() -> None:
    from newsfuse.clean.furniture import site_suffix

    line = "Zakaz wjazdu na Stare Miasto przegłosowany. Co się zmieni? | rdm24.pl"
    assert site_suffix(line) == ("Zakaz wjazdu na Stare Miasto przegłosowany. Co się zmieni?", "rdm24.pl", "|")
    # After a dash too (the page title then needs the page to name the outlet), in any case: "Wierzbów24.pl".
    assert site_suffix("Zakaz wjazdu na Stare Miasto przegłosowany – rdm24.pl") == (
        "Zakaz wjazdu na Stare Miasto przegłosowany",
        "rdm24.pl",
        "–",
    )
    assert site_suffix("Strajk kierowców MPK. Autobusy nie wyjechały na ulice - Wierzbów24.pl") is not None
    assert site_suffix("Die Preise steigen um 3 Prozent - sagt die Bank") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Hør artiklen oplæst ▶ 3:12", "audio prompt"),
        ("Artiklen opdateres løbende.", "live notice"),
        ("Kommentarfunktionen er slået fra på denne artikel af hensyn til de pårørende.", "comment widget"),
        ("Reageren is bij dit artikel niet mogelijk.", "comment widget"),
        ("Trafik: Forsinkelser på rute 21 ved Vejrby på grund af tåge", "service box"),
        ("TRAVEL: A629 Crowthorn Road – temporary lights near Ashcombe Bridge until Friday. Delays of up to 10 minutes.", "service box"),
        ("Tilmeld dig Kystpostens morgenbrief – dagens vigtigste nyheder i din indbakke kl. 6.", "newsletter"),
        ("Deze website maakt gebruik van cookies. Door verder te klikken ga je akkoord met ons cookiebeleid.", "cookie prompt"),
        ("2 minuten leestijd", "reading time"),
        ("wyświetleń: 3 412", "page tools"),
        ("dodano: 04.11.2026, 08:15", "timestamp"),
        ("Sprzedam mieszkanie 52 m², os. Górnicze, III piętro. Cena do negocjacji. Tel. 512 345 678", "classifieds"),
        ("Weihnachtsgeschenk gesucht? Jetzt das Ruhrtal-Bote Digital-Abo verschenken – 3 Monate für 9,99 €", "subscription prompt"),
        ("📲 Receba as notícias da Gazeta do Serro no WhatsApp: clique aqui e entre no nosso canal", "subscription prompt"),
        ("🎧 Podcast «O Mundo em 20 Minutos» – Episódio de hoje: a cimeira do Mercosul", "podcast promo"),
        ("Tipsa redaktionen: tips@malarkuriren.se eller sms till 71 234", "reader call-out"),
        ("Sammanställt av: Mälarkurirens nyhetsdesk", "byline"),
        ("Mälarkuriren ingår i Mellansvenska Medier.", "copyright"),
        ("Here we gather", "related links"),
        ("Fler notiser", "related links"),
        ("Jobs at sea", "classifieds"),
        ("Odpowiedz (2)", "comment widget"),
        ("👍 41 Svara", "comment widget"),
        ("This discussion is now closed for comments but you can still sign in or create your account.", "comment widget"),
        ("J'aime · Répondre · 2 h", "comment widget"),
        ("Voir 1 réponse", "comment widget"),
        ("DAX 24.318,55 +0,38 %", "stock ticker"),
        ("IBEX 35 15.487,20 +0,61% | EURO STOXX 50 5.702,15 +0,33% | Prima de riesgo 62 pb | Brent 71,34 $", "stock ticker"),
        ("Scorpione: Giornata intensa sul lavoro, ma una telefonata inattesa vi porterà buone notizie in serata.", "horoscope"),
        ("Bari 23 - 57 - 8 - 71 - 44", "lottery"),
        ("Euromillones (martes 17/11): 07 - 19 - 26 - 33 - 41 | Estrellas: 3 - 11", "lottery"),
        ("FC Calanques 2 - 1 US Sainte-Baume", "score widget"),
        ("Ja, die Forderungen sind berechtigt – 46 %", "poll"),
        ("1.284 Stimmen · Umfrage ist nicht repräsentativ", "poll"),
        ("VIDÉO - Procès Vautrin : les images de la sortie du tribunal", "video prompt"),
        ("La pubblicità terminerà tra 8 secondi", "video prompt"),
        ("È mancata all'affetto dei suoi cari Elvira Ciccarelli ved. Marinozzi, di anni 94. I funerali si terranno venerdì.", "obituary"),
        ("DAWSON, Eric. Passed away peacefully on 12 November, aged 89. Funeral at St Aidan's, Ashcombe.", "obituary"),
        ("Sie befinden sich hier: Startseite › Region › Verkehr", "navigation"),
        ("Qui sommes-nous ?", "navigation"),
        ("Support us", "donation appeal"),
        ("Vos données, notre priorité. Le Courrier du Midi et ses 92 partenaires utilisent des cookies pour mesurer l'audience.", "cookie prompt"),
        ("We operate Google reCAPTCHA to protect our website and the Google Privacy Policy and Terms of Service apply.", "legal notice"),
        ("La Gazzetta dei Sibillini – Quotidiano online – Reg. Trib. Macerata n. 3/2011", "legal notice"),
        ("Le Courrier du Midi - 248, avenue du Prado, 13008 Marseille - Tél. 04 91 00 27 00", "legal notice"),
        ("Suivez le procès Vautrin jour après jour avec notre chroniqueur judiciaire sur l'appli La Gazette Phocéenne.", "app prompt"),
        ("A1 Hengelo → Duitse grens: 7 km file, +20 min", "service box"),
        ("Weer: Enschede 7°, bewolkt, middag kans op regen", "weather widget"),
        ("Crónica 360 / Agencias", "byline"),
        ("Un bombero inspecciona el campanario dañado de la iglesia de San Fiorenzo, en Castel Moriano. EFE/Vigili del Fuoco", "caption with credit"),
        ("Jetzt kostenlos abonnieren", "subscription prompt"),
    ],
)
def test_furniture_of_held_out_batches_26_and_27(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_26_and_27_cues_stay() -> None:
    for line in (
        "Results",
        "Verkeer: werkzaamheden aan de pont Kleinepolder tot vrijdag",
        "Eat 60–90 minutes before your workout",
        "Thursday 14 May 2026 10:42 BST",
        "Das Werk im Hafengebiet Botlek gehört zu den größeren Arbeitgebern der Region.",
        "Los horarios pueden consultarse en la app municipal y en los carteles colocados en cada calle.",
        "Boligpriserne i København falder for første gang i to år",
        "A paralisação começou às 08:00 e termina à meia-noite.",
    ):
        assert cue_reason(line) in (None, "timestamp"), line


def test_comment_threads_of_names_ages_likes_and_replies_are_the_threads() -> None:
    swedish = (
        "Färja kolliderade med fiskebåt i dimman\n"
        "En man hittades död på onsdagen och en fiskare saknas fortfarande efter kollisionen i Kattegatt.\n"
        "Kustbevakningen fortsätter sökandet med fartyg och helikopter, uppger myndigheten.\n"
        "Kommentarer (23)\n"
        "Anna-Karin L\n"
        "2 tim sedan\n"
        "Så fruktansvärt. Tänker på familjerna.\n"
        "👍 41 Svara\n"
        "↳ Mia S svarade Bosse_i_Varbäck · 54 min sedan: Samma här vid norra piren. Mistluren gick hela natten.\n"
    )
    reasons = _reasons(swedish)
    assert reasons["Så fruktansvärt. Tänker på familjerna."] == "reader comment"
    assert reasons["2 tim sedan"] == "comment widget"
    assert reasons["↳ Mia S svarade Bosse_i_Varbäck · 54 min sedan: Samma här vid norra piren. Mistluren gick hela natten."] == (
        "reader comment"
    )
    german = (
        "Drei Bergleute in Polen nach 30 Stunden gerettet\n"
        "Nach mehr als 30 Stunden unter Tage sind drei Bergleute in Schlesien lebend geborgen worden.\n"
        "Die Grubenwehr hatte sich durch Geröll zu den Eingeschlossenen vorgearbeitet, teilte die Bergbaugesellschaft mit.\n"
        "Kommentare (3)\n"
        "Heinz W. aus Hattingen schrieb am 10.12.2026 um 07:44 Uhr:\n"
        "Glück auf! Ich war selbst 35 Jahre unter Tage. Hut ab vor den Grubenwehren.\n"
        "Antworten | Melden\n"
        "Gisela W.\n"
        "10.12.2026 | 08:21 Uhr\n"
        "Da kommen Erinnerungen hoch. Gut, dass alle drei leben.\n"
    )
    assert len(split_items(german)) == 1  # a reader's date opens no item
    reasons = _reasons(german)
    # "Name schrieb am ...:" opens a comment that runs to its buttons: the whole of it is the thread's.
    assert reasons["Glück auf! Ich war selbst 35 Jahre unter Tage. Hut ab vor den Grubenwehren."] == "comment widget"
    assert reasons["Da kommen Erinnerungen hoch. Gut, dass alle drei leben."] == "reader comment"
    french = (
        "Procès Vautrin : l'ancien élu jure n'avoir jamais pris un euro pour lui\n"
        "Au premier jour de son procès, Bernard Vautrin a rejeté en bloc les accusations de détournement de fonds.\n"
        "La Région, partie civile, réclame le remboursement de 1,17 million d'euros, selon son avocate.\n"
        "3 commentaires\n"
        "Josiane Ferrandi\n"
        "Trois semaines de procès pour finir avec du sursis, vous verrez.\n"
        "J'aime · Répondre · 2 h\n"
    )
    assert _reasons(french)["Trois semaines de procès pour finir avec du sursis, vous verrez."] == "reader comment"


def test_a_briefs_page_without_blank_lines_is_cut_into_its_briefs() -> None:
    page = (
        "Mälarkuriren\n"
        "KORT OM\n"
        "Lördag 12 december 2026\n"
        "Älg orsakade stopp på E18\n"
        "En älg som irrade omkring på E18 vid Ekeby trafikplats orsakade långa köer på fredagsmorgonen, uppger polisen.\n"
        "Biblioteket får längre öppettider\n"
        "Stadsbiblioteket i Västerhammar håller öppet till klockan 20 alla vardagar från och med den 11 januari i år.\n"
        "Klara, 17, blir årets Lucia\n"
        "Klara Öhman. Foto: Privat\n"
        "Klara Öhman, 17, från Sörby har utsetts till Västerhammars Lucia 2026 och kröns i Stora kyrkan på söndag.\n"
    )
    items = split_items(page, min_item_words=12)
    assert [item[0][1] for item in items[1:]] == ["Biblioteket får längre öppettider", "Klara, 17, blir årets Lucia"]


def test_items_open_at_their_headline_over_a_standfirst_and_an_update_stamp_opens_none() -> None:
    page = (
        "Council approves £3.8m savings package as libraries face cuts\n"
        "By Dan Hirst\n"
        "Wednesday, 18 November 2026, 9:40 pm\n"
        "Hallowbridge Borough Council has backed a package of cuts and charges to plug a hole in this year's budget.\n"
        "The council will set its budget for 2027/28, including next year's council tax, in February.\n"
        "'Best Christmas present ever': missing spaniel Biscuit found safe after nine days on the moors\n"
        "A cocker spaniel who vanished during a walk near Crowthorn Reservoir has been reunited with his family.\n"
        "By Sam Okafor\n"
        "Thursday, 19 November 2026, 3:12 pm\n"
        "Biscuit, a four-year-old golden cocker spaniel, bolted after a deer on Tuesday last week and ran off.\n"
    )
    items = split_items(page, min_item_words=12)
    assert len(items) == 2 and items[1][0][1].startswith("'Best Christmas present ever'")
    stamped = (
        "Bahnstreik legt Regionalverkehr lahm – auch Züge in die Niederlande fallen aus\n"
        "18.11.2026 - 14:20 Uhr\n"
        "Aktualisiert: 18.11.2026 - 16:05 Uhr\n"
        "Seit heute früh um 3 Uhr bestreikt die Verkehrsgewerkschaft Schiene die Emsland-Westfalen-Bahn.\n"
        "Die Gewerkschaft fordert 7,5 Prozent mehr Lohn, mindestens aber 250 Euro im Monat, teilte sie mit.\n"
    )
    assert len(split_items(stamped, min_item_words=12)) == 1


def test_a_live_pages_headline_pointing_to_itself_and_its_german_quotes_stay() -> None:
    from newsfuse.clean.furniture import ends_sentence

    assert ends_sentence("„Meine Lehrerin weiß Bescheid, aber die Klausur morgen schreibe ich trotzdem.“")
    page = (
        "LIVE\n"
        "Bahnstreik bei der EWB: Züge stehen still – alle Infos im Liveblog\n"
        "18:45 Uhr\n"
        "Die EWB hat soeben mitgeteilt, dass auch am Freitagmorgen noch mit Ausfällen zu rechnen ist.\n"
        "17:30 Uhr\n"
        "Am Hauptbahnhof Münster ist es am Abend vergleichsweise ruhig, viele Pendler haben sich eingestellt.\n"
        "16:12 Uhr\n"
        "„Ich stehe seit halb sieben hier“, sagt eine Schülerin. „Die Klausur morgen schreibe ich trotzdem.“\n"
    )
    items, live = split_page(page)
    assert live and len(items) == 3
    [first, *_] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    assert "Bahnstreik bei der EWB: Züge stehen still" in (first.article.title or "")


def test_a_motto_under_the_papers_name_and_a_title_ending_on_a_numbered_site() -> None:
    page = (
        "Hallowbridge Herald\n"
        "Serving Hallowbridge, Ashcombe and the Dale villages since 1872\n"
        "Thursday 19 November 2026\n"
        "Council approves £3.8m savings package as libraries face cuts\n"
        "Hallowbridge Borough Council has backed a package of cuts and charges to plug a hole in this year's budget.\n"
        "The council will set its budget for 2027/28, including next year's council tax, in February.\n"
    )
    assert _reasons(page)["Serving Hallowbridge, Ashcombe and the Dale villages since 1872"] == "site branding"
    titled = (
        "Un terremoto de magnitud 4,6 sacude el centro de Italia sin causar víctimas | Crónica 360\n"
        "Crónica 360\n"
        "Un terremoto de magnitud 4,6 sacudió en la madrugada de este jueves el centro de Italia sin causar víctimas.\n"
        "El epicentro se localizó cerca de la pequeña localidad de Castel Moriano, informó el instituto de geofísica.\n"
    )
    assert _reasons(titled)["Un terremoto de magnitud 4,6 sacude el centro de Italia sin causar víctimas | Crónica 360"] == "title"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Väder Lindköping: 4° · Mulet, risk för regn", "weather widget"),
        ("Meteo Valsesia   Oggi 6°C sole   Domani 2°C neve sopra i 1.400 m", "weather widget"),
        ("Torsdag: 5° · Regn · Vind 9 m/s fra vest", "weather widget"),
        ("Waterstand Maas bij Roerdam: 6,12 m +NAP (dalend)", "weather widget"),
        ("Se video: Her ligger færgen på grund ved Læsø", "related links"),
        ("Zobacz zdjęcia z akcji ratowniczej w Gliwicach", "related links"),
        ("Les hele saken: Dette vet vi om brannen", "related links"),
        ("Voir plus d'articles Val de Brisse", "related links"),
        ("Agenda du week-end", "related links"),
        ("Le pont effondré vu du ciel : les images du drone (1:24)", "video prompt"),
        ("Vi oppdaterer saken fortløpende.", "live page tools"),
        ("Trykk her for å laste inn nye oppdateringer", "live page tools"),
        ("Wpisz adres e-mail", "newsletter"),
        ("Administratorem Twoich danych osobowych jest Gazeta Opolska sp. z o.o.", "legal notice"),
        ("Dagblad Kempenland is een uitgave van Kempenmedia nv, 2440 Geel", "copyright"),
        ("El Heraldo Serrano © 2026 · Heraldo Serrano Medios S.L.", "copyright"),
        ("Fjordavisen er medlem af Danske Medier og følger reglerne for god presseskik.", "legal notice"),
        ("L'Écho du Lac – Mentions légales – Données personnelles – Cookies – Nous contacter", "legal notice"),
        ("Dit is een Plus-artikel. Je las gratis de eerste alinea's.", "paywall notice"),
        ("Wiadomości / Opole / Wypadki", "navigation"),
        ("Temas relacionados: Incendios · Galicia · Montes", "navigation"),
        ("Direct commencé le 12/11/2026 à 06h50 · Dernière mise à jour à 19h02", "timestamp"),
        ("Par Le Courrier du Val avec AFP", "byline"),
        ("Val de Brisse – Toute l'actualité", "page header"),
        ("Vous devez être connecté pour réagir.", "comment prompt"),
        ("Log ind for at kommentere.", "comment widget"),
        ("Vis flere kommentarer", "comment widget"),
        ("Skomentuj (12)", "comment widget"),
        ("Arkivfoto: Fjordavisen", "photo credit"),
        (
            "Rettelse: I en tidligere version af artiklen stod der, at broen var lukket i tre dage. Den var lukket i to "
            "dage, og trafikken blev ledt uden om via Vestervej og havnen i hele perioden.",
            "correction note",
        ),
        (
            "Correction (Nov. 12, 2026, 9:40 AM): An earlier version of this article misstated the number of beds at "
            "the hospital's new wing, which will have 140 beds rather than 180, the health board said on Thursday.",
            "correction note",
        ),
    ],
)
def test_furniture_of_held_out_batches_28_and_29(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Agenda",  # a menu's word heads no list
        "Il 3° reggimento / battaglione alpino",
        "Also on Tuesday, the council approved the budget.",
        "Wetter: Sonnig bei 12 Grad",
    ],
)
def test_news_and_menu_words_near_the_cues_of_batches_28_and_29(line: str) -> None:
    assert cue_reason(line) not in ("weather widget", "related links", "navigation")


def test_comments_with_their_age_below_replies_naming_whom_they_answer_and_a_login_prompt() -> None:
    swiss = (
        "Knappes Ja zum neuen Werkhof in Brugghof\n"
        "Mit 61 Stimmen Unterschied hat die Gemeindeversammlung am Montag den Kredit für einen neuen Werkhof bewilligt.\n"
        "Der Gemeinderat will im Frühling mit dem Bau beginnen, die Kosten liegen bei 4,2 Millionen Franken.\n"
        "Kommentare (4)\n"
        "Ruedi K., Brugghof\n"
        "Höchste Zeit, der alte Werkhof fällt ja fast zusammen.\n"
        "vor 9 Stunden\n"
        "Vreni Suter\n"
        "Und wer bezahlt den Unterhalt? Das wird noch teuer.\n"
        "vor 8 Stunden\n"
    )
    reasons = _reasons(swiss)
    assert reasons["Ruedi K., Brugghof"] == "comment widget"
    assert reasons["Und wer bezahlt den Unterhalt? Das wird noch teuer."] == "reader comment"
    assert reasons["vor 8 Stunden"] == "comment widget"
    portuguese = (
        "Pescador de Vila Alta continua desaparecido após naufrágio\n"
        "As buscas pelo pescador de 41 anos foram retomadas esta manhã, com um avião e duas embarcações.\n"
        "A família aguarda notícias no porto, acompanhada por elementos da associação de pescadores.\n"
        "Comentários (9)\n"
        "Tó Mané · há 2 h\n"
        "Força à família, estamos todos convosco.\n"
        "Gostar · Responder\n"
        "Resposta a Tó Mané — Rosa L. · há 1 h\n"
        "Vai aparecer, tenho fé.\n"
        "Gostar · Responder\n"
    )
    reasons = _reasons(portuguese)
    assert reasons["Resposta a Tó Mané — Rosa L. · há 1 h"] == "comment widget"
    assert reasons["Vai aparecer, tenho fé."] == "reader comment"
    belgian = (
        "Un bus quitte la route à Wavremont : six blessés légers\n"
        "Un bus de ligne a quitté la chaussée lundi matin à Wavremont, faisant six blessés légers selon la zone de secours.\n"
        "Le chauffeur aurait voulu éviter un cerf, a indiqué le TEC, qui a ouvert une enquête interne.\n"
        "Réactions (5)\n"
        "Vous devez être connecté pour réagir.\n"
        "Marc T. – Wavre\n"
        "Cette route est une patinoire dès qu'il pleut.\n"
        "Signaler · Répondre\n"
    )
    assert _reasons(belgian)["Cette route est une patinoire dès qu'il pleut."] == "reader comment"


def test_ad_copy_under_its_label_a_credited_caption_and_a_subheading_after_marked_links() -> None:
    page = (
        "Le pont de la Brisse fermé pour trois mois\n"
        "Le pont suspendu de la Brisse sera fermé à la circulation à partir de lundi pour des travaux de renforcement.\n"
        "Publicité\n"
        "Menuiserie Duval – fenêtres et volets sur mesure, pose comprise\n"
        "Les automobilistes devront emprunter la déviation par Saint-Aubin, soit douze kilomètres de plus.\n"
        "Le pont vu depuis la rive gauche, mardi.\n"
        "© Jeanne Morel\n"
        "Les travaux coûteront 1,8 million d'euros, financés pour moitié par le département.\n"
        "Lire aussi\n"
        "» Brisse : les berges rouvrent aux promeneurs après la crue de mars\n"
        "» Saint-Aubin : la mairie veut un second pont pour les cyclistes du canton\n"
        "\n"
        "Les commerçants inquiets\n"
        "Les commerçants de la rive droite redoutent une baisse de leur chiffre d'affaires pendant les travaux.\n"
        "Les pompiers déployés sur la berge, mercredi. (AFP)\n"
        "Le maire a promis une navette gratuite entre les deux rives pendant toute la durée du chantier.\n"
    )
    reasons = _reasons(page)
    assert reasons["Menuiserie Duval – fenêtres et volets sur mesure, pose comprise"] == "advertising"
    assert reasons["Le pont vu depuis la rive gauche, mardi."] == "photo caption"
    assert reasons["Les commerçants inquiets"] == "heading"
    assert reasons["Les pompiers déployés sur la berge, mercredi. (AFP)"] == "photo caption"
    # At the page's foot, a copyright line names the site: the sentence above it is the report's last.
    footer = (
        "Felssturz sperrt Passstraße im Ötztal\n"
        "Ein Felssturz hat am Freitagabend die Landesstraße oberhalb von Sölden auf 80 Metern verschüttet.\n"
        "Verletzt wurde niemand, teilte die Polizei am Samstag mit.\n"
        "Die Bezirkshauptmannschaft kündigte eine Sperre bis mindestens Mittwoch an.\n"
        "© Ötztal Heute Online\n"
    )
    assert _reasons(footer)["Die Bezirkshauptmannschaft kündigte eine Sperre bis mindestens Mittwoch an."] == "news"


def test_a_briefs_label_in_a_phrase_cuts_the_page_and_a_newsletters_name_does_not() -> None:
    briefs = (
        "Lindköpings Tidning\n"
        "Hem  Lindköping  Ängby  Sport  Kultur\n"
        "Logga in\n"
        "NYHETER I KORTHET\n"
        "Brand i radhus i Lindköping\n"
        "Publicerad 06.10\n"
        "En brand bröt ut i ett radhus i Lindköping natten till lördag. Ingen person skadades enligt räddningstjänsten.\n"
        "Räddningstjänsten var på plats i tre timmar och huset är nu obeboeligt, uppger kommunen.\n"
        "Ny cykelbro invigs i Ängby\n"
        "Publicerad 07.30\n"
        "Den nya cykelbron över ån i Ängby invigs på fredag efter två års bygge. Bron kostade 38 miljoner kronor.\n"
        "Kommunen räknar med att tusentals cyklister kommer att använda bron varje dag, enligt ett pressmeddelande.\n"
        "Ängby vann derbyt mot Lindköping\n"
        "Publicerad 09.15\n"
        "Foto: Eva Berg\n"
        "Ängby IF vann derbyt mot Lindköpings BK med 3–1 inför 900 åskådare på söndagen. Två mål kom sent i matchen.\n"
    )
    items = split_items(briefs, min_item_words=12)
    assert [item[0][1] for item in items[1:]] == ["Ny cykelbro invigs i Ängby", "Ängby vann derbyt mot Lindköping"]
    report = (
        "Wind farm fire cuts power to 40,000 homes\n"
        "A fire on an offshore substation left around 40,000 homes without electricity on Thursday afternoon.\n"
        "\n"
        "Schools closed early\n"
        "Two schools in the town closed early and several sets of traffic lights failed during the outage.\n"
        "The operator said supplies to the last properties were restored in the early evening.\n"
        "\n"
        "Morning Briefing\n"
        "The day's top stories, straight to your inbox.\n"
    )
    assert len(split_items(report, min_item_words=12)) == 1


def test_a_most_viewed_list_goes_on_past_the_pages_own_title() -> None:
    page = (
        "Harbour wall collapse closes north quay to 40 boats | Eastmere Echo\n"
        "Eastmere Echo\n"
        "News   Sport   Business\n"
        "\n"
        "Harbour wall collapse closes north quay to 40 boats\n"
        "A section of the harbour wall in Eastmere collapsed on Sunday night, closing the north quay to boats.\n"
        "Engineers will inspect the rest of the wall this week, the harbour authority said on Monday.\n"
        "\n"
        "Share   Facebook   X   Email   Copy link\n"
        "Topics: Harbours · Eastmere\n"
        "\n"
        "Most viewed\n"
        "Harbour wall collapse closes north quay to 40 boats\n"
        "Eastmere Rovers 1-1 Dunley Town: late penalty earns a point\n"
        "Christmas market: full list of stalls and opening times\n"
        "Council tax: borough warns of 5% rise\n"
        "\n"
        "Advertisement\n"
        "Eastmere Kitchens – winter sale now on, up to 40% off selected ranges\n"
    )
    reasons = _reasons(page)
    assert reasons["Christmas market: full list of stalls and opening times"] == "related links"
    assert reasons["Council tax: borough warns of 5% rise"] == "related links"


def test_timed_briefs_are_items_of_their_own_and_a_live_page_says_it_is_one() -> None:
    briefs = (
        "Lokalt i dag: Vejarbejde, skolesejr og brand | Limfjordsnyt\n"
        "LOKALT NU\n"
        "Torsdag 5. november 2026\n"
        "Kl. 07.15\n"
        "Vejarbejde lukker Sundvej i to weekender\n"
        "Vejdirektoratet lukker Sundvej mellem Nørreby og broen de næste to weekender, oplyser direktoratet.\n"
        "Kl. 09.40\n"
        "Skoleelever vinder DM i robotbyg\n"
        "Fem elever fra Østre Skole vandt onsdag danmarksmesterskabet i robotbyg for folkeskoler i Odense.\n"
        "Kl. 11.20\n"
        "Brand i stald på Hedevej\n"
        "Beredskabet rykkede natten til torsdag ud til en brand i en stald ved Hvidsten, hvor 30 kalve blev reddet.\n"
    )
    items, live = split_page(briefs, min_item_words=8)
    assert len(items) == 3 and not live
    ticker = briefs.replace("LOKALT NU", "● LIVE")
    assert split_page(ticker, min_item_words=8)[1]


def test_a_comments_age_cuts_no_item_and_a_regional_pages_date_goes_with_its_first_item() -> None:
    report = (
        "La presa cede y el lodo arrasa dos aldeas\n"
        "Al menos doce personas han muerto tras la rotura de una presa minera en el sur del país, según Defensa Civil.\n"
        "Los equipos de rescate buscan a 34 desaparecidos entre el lodo, que ha recorrido nueve kilómetros.\n"
        "COMENTARIOS (4)\n"
        "Javier T.\n"
        "hace 2 horas\n"
        "Siempre igual: la empresa pide perdón y dentro de dos años nadie se acuerda del pueblo.\n"
        "Lucía M. responde a Javier T.\n"
        "hace 1 hora\n"
        "Alguien debería darle las gracias a la alcaldesa que avisó en octubre, por lo menos.\n"
    )
    assert len(split_items(report, min_item_words=8)) == 1
    regional = (
        "Sierra Alta: última hora | El Vigía Serrano\n"
        "Viernes, 13 de noviembre de 2026\n"
        "VALDECUEVA\n"
        "Valdecueva reabre el puente viejo tras un año de obras\n"
        "La restauración del puente, con un coste de 900.000 euros, recupera el paso peatonal sobre el río y saca a la luz un sillar tallado\n"
        "Nieves Calvo  |  Valdecueva\n"
        "Jueves, 12 de noviembre de 2026, 10:14\n"
        "Los vecinos de Valdecueva volvieron a cruzar este jueves a pie el puente viejo, cerrado desde el otoño pasado.\n"
        "El puente seguirá cerrado al tráfico rodado, según el Ayuntamiento, que estudia una pasarela para bicicletas.\n"
        "ROBLEDILLO\n"
        "Cuarenta vecinos salvan el único bar de Robledillo con una cooperativa\n"
        "Los socios han aportado 200 euros cada uno para reabrir el local municipal, cerrado desde el verano\n"
        "Redacción  |  Robledillo\n"
        "Viernes, 13 de noviembre de 2026, 18:40\n"
        "Robledillo vuelve a tener bar: cuarenta vecinos han constituido una cooperativa para gestionarlo.\n"
        "La inauguración será este sábado a las 13.00 horas, con un vermú popular en la plaza.\n"
    )
    items = split_items(regional, min_item_words=8)
    # The second item opens on its kicker over its headline.
    assert [[line for _, line in item[:2]] for item in items[1:]] == [
        ["ROBLEDILLO", "Cuarenta vecinos salvan el único bar de Robledillo con una cooperativa"]
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Nieves Calvo  |  Valdecueva",
        "Callum Reid and wires",
        "dalla nostra inviata Marta Gallo",
        "Oprac.: Karolina Wiśniewska, Tomasz Grzela",
    ],
)
def test_bylines_of_other_shapes(line: str) -> None:
    assert cue_reason(line) == "byline"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("⏱ 4 min", "reading time"),
        ("⏱ Lettura: 6 minuti", "reading time"),
        ("2 min. læsning", "reading time"),
        ("Agenda Vallée", "related links"),
        ("Weitere Artikel aus Lindenau:", "related links"),
        ("Lesen Sie dazu auch den Kommentar von Eva Brandt: „Ein Bad für alle“", "related links"),
        ("Dagens spørgsmål: Skal byen have flere cykelstier?", "reader poll"),
        ("Ja (55 %)   Nej (38 %)   Ved ikke (7 %)", "reader poll"),
        ("○ Ja   ○ Nej   [Rösta]", "reader poll"),
        ("Pegel & Wetter Kiel: 6 °C · Wind W 4 Bft", "weather widget"),
        ("Tide times, Mallaig: HW 06:12 (4.1m) · LW 12:20 (1.0m)", "service box"),
        ("Lawinenwarnstufe Vorarlberg: 2 – mäßig  |  Bregenz 1°", "service box"),
        ("Sundfærgen: sejler efter normal fartplan", "service box"),
        ("Veilingprijzen vandaag: tomaat tros € 1,05/kg ▲", "market data"),
        ("ANNONSØRINNHOLD", "advertising"),
        ("Saken fortsetter under annonsen", "advertising"),
        ("Anzeige – Autohaus Meier: Wintercheck ab 29 Euro", "advertising"),
        ("Corresponsal en Lisboa desde 2021. Antes cubrió Andalucía para la sección de Sociedad.", "author bio"),
        ("Energy reporter", "byline"),
        ("Agency writer Ana Souza in Belo Horizonte contributed to this report.", "byline"),
        ("Follow", "follow button"),
        ("1€ per 3 mesi, poi 9,99€ al mese. Disdici quando vuoi.", "subscription prompt"),
        ("Cervinia (Aosta), 12 novembre 2026 - 08:15", "timestamp"),
        ("The Fife Courier is a member of IPSO and abides by the Editors' Code of Practice.", "legal notice"),
        ("Artikel-ID 51122 · Seite 1 von 2", "page tools"),
        ("● Relacja aktualizowana na bieżąco", "live page tools"),
        ("↻ Actualiser le direct", "live page tools"),
        ("Picture: Iain MacLeod", "photo credit"),
        ("JUAN PÉREZ (AGENCIA SUREÑA)", "photo credit"),
        ("👍 12  👎 3  Antworten", "comment widget"),
        ("Plug-in Commenti di Facebook", "comment widget"),
        ("Bulletin neige et avalanches – Vanoise, lundi 14 décembre : risque 2/5 au-dessus de 2 000 m · Neige fraîche 20 cm sur les versants nord, vent modéré de nord-ouest en altitude, redoux prévu mercredi", "service box"),
    ],
)
def test_furniture_of_held_out_batches_30_and_31(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_comment_threads_of_batches_30_and_31() -> None:
    swiss = (
        "Trois alpinistes secourus au Cervin après une nuit dans la tempête\n"
        "Un guide et deux clients ont été hélitreuillés dimanche matin à 4050 mètres, a indiqué la police cantonale.\n"
        "Ils avaient passé dix-neuf heures dans une niche de rocher, par des rafales de plus de 100 km/h.\n"
        "Commentaires (2)\n"
        "Jean-Marc R., Grimentz — il y a 1 h\n"
        "Bravo au guide. On oublie que c'est un métier, pas un loisir.\n"
    )
    assert _reasons(swiss)["Bravo au guide. On oublie que c'est un métier, pas un loisir."] == "reader comment"
    italian = (
        "Valanga in Valgrisenche, morti due scialpinisti\n"
        "Due scialpinisti valdostani sono morti ieri travolti da una valanga sotto la punta della Grande Rousse.\n"
        "I soccorritori hanno recuperato i corpi dopo tre ore di ricerche, ha riferito il soccorso alpino.\n"
        "Commenti (3)\n"
        "Giulia M.   13 dic 2026, 10:02\n"
        "Era la maestra di mia figlia. Non ci sono parole.\n"
        "Rispondi   👍 40\n"
        "    Risposta di Marco_Cogne · 13 dic 2026, 10:31\n"
        "    Un abbraccio da Cogne. La montagna non perdona.\n"
    )
    reasons = _reasons(italian)
    assert reasons["Era la maestra di mia figlia. Non ci sono parole."] == "reader comment"
    assert reasons["    Un abbraccio da Cogne. La montagna non perdona."] == "reader comment"
    english = (
        "Tailings dam bursts in Brazil, killing at least seven\n"
        "A mine waste dam burst in southeastern Brazil on Tuesday, sending a wave of mud through a rural district.\n"
        "About 1,200 people were evacuated from homes downstream, the state civil defense agency said.\n"
        "Conversation   8 Comments\n"
        "RiverRat54\n"
        "3h\n"
        "These companies should be held personally liable.\n"
        "Reply   Like 9\n"
        "↳ mkellerman\n"
        "2h\n"
        "Replying to RiverRat54: In Brazil they do bring cases, it just takes forever.\n"
    )
    assert _reasons(english)["Replying to RiverRat54: In Brazil they do bring cases, it just takes forever."] == "reader comment"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Bom dia! Sou a Rita Lopes e trago-lhe quatro notícias para começar o dia.", "newsletter"),
        ("Não consegue ver bem este email? Abra-o no browser.", "newsletter"),
        ("Ler mais →", "related links"),
        ("Em Braga: 12 °C, chuva fraca à tarde.", "weather widget"),
        ("Domenica 14 marzo 2027, ore 09:12 – aggiornato alle 11:40", "timestamp"),
        ("◀ Gallery precedente   |   Gallery successiva ▶", "gallery"),
        ("GUARDA ANCHE", "related links"),
        ("Luca Ferri lavora nella redazione Sport del Corriere delle Valli.", "author bio"),
        ("L'Écho des Cimes – 3, place du Marché, 73000 Chambéry – Directeur de la publication : Paul Ravel", "legal notice"),
        ("Page 1/1", "page tools"),
        ("El tiempo en Huesca: -2º / 7º · Soleado", "weather widget"),
        ("Normas de participación", "comment policy"),
        ("POLL · Moet de gemeente meer handhaven?", "reader poll"),
        ("Weet niet 8%", "reader poll"),
        ("Correctie 11 februari: in een eerdere versie stond een verkeerd bedrag.", "correction note"),
        ("Relację prowadził: Jan Nowak", "byline"),
        ("● RELACJA ZAKOŃCZONA", "live page tools"),
        ("PUBLICIDADE · Esta newsletter é apresentada pelo Banco Atlântida", "advertising"),
        ("Mer fra Larvik", "related links"),
        ("Legg til en kommentar …", "comment prompt"),
        ("Gilla (4)", "comment widget"),
        ("Debatten er lukket på denne artikel, fordi den handler om en savnet person.", "comment policy"),
        ("🎧 Lytt til saken (2 min)", "audio prompt"),
        ("Artiklen bygger delvis på materiale fra nyhedsbureauet Ritzau.", "source credit"),
        ("Norrlandskuriren har utgivningsbevis och omfattas av yttrandefrihetsgrundlagen.", "legal notice"),
        ("Bressanone: affittasi bilocale arredato, 55 mq. Tel. 0472 000 111", "classifieds"),
        ("HANDOUT/NORTHBROOK MINERALS", "photo credit"),
    ],
)
def test_furniture_of_held_out_batches_32_and_33(line: str, reason: str) -> None:
    assert cue_reason(line) == reason


def test_a_results_table_a_fact_box_and_the_titles_repeat_below_the_report_stay_news() -> None:
    assert cue_reason("1. Eirik Moe, NOR, 139,5, 141,0, 288,4") is None  # a results row, not a keyword list
    page = (
        "Terremoto en Taltal: cuatro muertos | La Costa\n"
        "Rescatan con vida a los nueve mineros atrapados tras el terremoto\n"
        "Un sismo de magnitud 7,1 sacudió la madrugada de este lunes la costa de la región, según el centro sismológico.\n"
        "Cuatro personas murieron y 61 resultaron heridas, informó el director regional de emergencias.\n"
        "LAS CLAVES\n"
        "Lugar: Taltal, región de Antofagasta\n"
        "Afectados: cuatro muertos y 61 heridos\n"
        "Compartir\n"
        "Terremoto en Taltal: cuatro muertos\n"
    )
    reasons = _reasons(page)
    assert reasons["Rescatan con vida a los nueve mineros atrapados tras el terremoto"] != "page header"
    assert reasons["LAS CLAVES"] == "heading"


def test_an_advertisers_name_and_pitch_under_an_ads_label_is_the_ad_however_long() -> None:
    page = (
        "Fergeulykke utenfor Kosterhavet: 14 skadd\n"
        "Fergen kolliderte med et lasteskip i tett tåke fredag morgen, ni nautiske mil vest for Sydkoster.\n"
        "Tre av de skadde er alvorlig skadd, opplyser redningssentralen i Göteborg.\n"
        "\n"
        "Annonse\n"
        "Dalesway Funeral Care – Independent family funeral directors since 1952. Pre-paid plans available. Call 01632 960 118.\n"
        "\n"
        "Annonse\n"
        "Oslo – Politiet har opprettet et pårørendesenter på Strömstad hotell, opplyser politiet.\n"
        "\n"
        "Rederiet sier at alle passasjerer får hjelp med videre reise.\n"
        "\n"
        "BALANCE DEL SISMO\n"
        "Magnitud: 7,1 · Hora: 03:17 · Profundidad: 46 km\n"
        "Fallecidos: 4 · Heridos: 61\n"
    )
    reasons = _reasons(page)
    assert reasons["Dalesway Funeral Care – Independent family funeral directors since 1952. Pre-paid plans available. Call 01632 960 118."] == "advertising"
    # A dateline is one word: a report's paragraph under a lone label stays.
    assert reasons["Oslo – Politiet har opprettet et pårørendesenter på Strömstad hotell, opplyser politiet."] != "advertising"
    # Below the last paragraph, a fact box's row of figures is no row of footer links.
    assert reasons["Magnitud: 7,1 · Hora: 03:17 · Profundidad: 46 km"] == "heading"  # kept


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Journalister: Ingrid Solberg, Eirik Haugland og Maren Vik", "byline"),
        ("Dette er en liveblogg. Nyeste oppdatering øverst.", "live page tools"),
        ("Verwendete Quellen:", "source credit"),
        ("Vous devez être abonné pour réagir à cet article.", "comment prompt"),
        ("Diesen Artikel teilen", "share widget"),
        (
            "Hinweis der Redaktion: In einer früheren Version dieses Artikels hieß es, die Warnung sei um 8.15 Uhr "
            "aufgehoben worden. Richtig ist 8.45 Uhr. Wir haben den Fehler korrigiert.",
            "correction note",
        ),
        ("Weitere Meldungen aus dem Blaulicht", "related links"),
        (
            "Reporting by Anna Hartmann in Weilersheim and Luc Ferrand in Strasbourg; Additional reporting by Pieter "
            "Smeets in Amsterdam; Editing by Mark Hollis and Jana Weiss",
            "byline",
        ),
        ("About the author", "author bio"),
        (
            "Oliver Pennant has reported on airlines, airports and passenger rights for more than a decade. He "
            "previously worked at a regional newspaper in Bristol.",
            "author bio",
        ),
        ("Staff and agencies", "byline"),
        ("This article was amended on 12 November 2027 to correct the spelling of Valmorena.", "correction note"),
        ("Dodano: 21.10.2027, 07:48 | Aktualizacja: 21.10.2027, 13:20", "timestamp"),
        ("12 okt 2027, 06:45", "timestamp"),
        ("Lokaal nieuws, dinsdag 12 oktober 2027", "timestamp"),
    ],
)
def test_furniture_of_held_out_batches_34_and_35(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_34_and_35_cues_stay() -> None:
    assert cue_reason("Quellen aus dem Werk sagen, dass die Explosion in Bau 14 begann.") is None
    assert cue_reason("Daarna, op 12 oktober 2027, stemde de raad opnieuw.") is None
    assert cue_reason("Reporting by local media over the past year, some of it disputed, led to an inquiry; it found nothing.") is None
    assert cue_reason("The article of the law was amended on Tuesday by the council.") is None


def test_a_page_of_two_items_under_dated_stamps_is_cut_and_an_ad_over_the_second_is_no_headline() -> None:
    page = (
        "Gemeenteraad zegt ja tegen tramlijn | Marwijks Dagblad\n"
        "Lokaal nieuws, dinsdag 12 oktober 2027\n\n"
        "Gemeenteraad zegt ja tegen tramlijn 4 naar Oosterhaven\n"
        "Door Meike van Leeuwen\n"
        "12 okt 2027, 06:45\n\n"
        "De nieuwe tramlijn tussen het Centraal Station en de nieuwbouwwijk Oosterhaven komt er. De raad stemde "
        "maandagavond met 24 tegen 13 stemmen voor het plan van het college.\n"
        "Lijn 4 wordt 6,8 kilometer lang en krijgt elf haltes. De aanleg kost naar schatting 312 miljoen euro.\n\n"
        "Advertentie\n"
        "Bakkerij Van Dam – Nu ook op zondag open! Kerkstraat 14, Marwijk\n\n"
        "Daan Hoekstra wint Ronde van Marwijk na sprint op de Grote Markt\n"
        "Door Rik Ottens\n"
        "12 okt 2027, 07:30\n\n"
        "Daan Hoekstra heeft zondag de 87e editie van de Ronde van Marwijk gewonnen. De 22-jarige renner was na "
        "twaalf ronden de snelste in de sprint.\n"
        "Hoekstra, die op nog geen kilometer van de finish woont, kwam als eerste de Grote Markt op.\n"
    )
    items = [c for c in clean_articles([Article("nl", "nl.txt", page)]) if isinstance(c, CleanedItem)]
    assert [c.article.title for c in items] == [
        "Gemeenteraad zegt ja tegen tramlijn 4 naar Oosterhaven",
        "Daan Hoekstra wint Ronde van Marwijk na sprint op de Grote Markt",
    ]
    assert all(c.article.published is not None for c in items)


def test_comments_under_names_and_handles_and_a_score_table_at_the_foot() -> None:
    page = (
        "Holmstrup HK er danske mestre efter finalegyser mod Aarø\n"
        "Holmstrup HK vandt lørdag DM-finalen i kvindehåndbold med 28-25 over Aarø Håndbold foran 3.900 tilskuere.\n"
        "Kjær blev kampens topscorer med ni mål, mens Nanna Vestergaard scorede otte for Aarø.\n\n"
        "Kampfakta\n"
        "Hold | 1. halvleg | 2. halvleg | Slut\n"
        "Holmstrup HK | 13 | 15 | 28\n"
        "Aarø Håndbold | 14 | 11 | 25\n\n"
        "8 kommentarer\n"
        "Mads Kjeldsen\n"
        "Sikke en kamp, tillykke til pigerne fra Holmstrup!\n"
        "SueP1962\n"
        "Useful piece, thanks. Saved me a fortune.\n"
        "Gerrit uit Tiel: Dit is precies waarom we minder afhankelijk moeten worden.\n"
    )
    reasons = _reasons(page)
    assert reasons["Holmstrup HK | 13 | 15 | 28"] != "navigation"
    assert reasons["Hold | 1. halvleg | 2. halvleg | Slut"] != "navigation"
    assert reasons["Sikke en kamp, tillykke til pigerne fra Holmstrup!"] == "reader comment"
    assert reasons["Useful piece, thanks. Saved me a fortune."] == "reader comment"
    assert reasons["Gerrit uit Tiel: Dit is precies waarom we minder afhankelijk moeten worden."] == "reader comment"


def test_a_live_updates_text_over_its_writers_name_is_no_caption_and_a_short_update_takes_the_pages_language() -> None:
    page = (
        "Ekstremværet «Brynhild»: Tusenvis uten strøm langs kysten – Kystavisa\n"
        "LIVE\n"
        "Orkan i kastene, stengte veier og innstilte ferjer. Over 38.000 strømkunder mistet strømmen torsdag.\n"
        "Publisert 04.11.2027 07:10\n\n"
        "14.12\n"
        "Hestøy fyr har målt et vindkast på 41,2 meter per sekund.\n"
        "Ingrid Solberg\n"
        "12.05\n"
        "Alle avganger fra Kystvik lufthavn er innstilt resten av dagen, melder Avinor til NTB. Rundt 1.200 "
        "passasjerer er berørt.\n"
        "Maren Vik\n"
        "10.30\n"
        "Over 14.000 kunder er nå uten strøm i Kystnetts forsyningsområde, de fleste på Hestøy og i Sjøvik. Flere "
        "høyspentlinjer er skadet av trær som har blåst over ende.\n"
        "Eirik Haugland\n"
    )
    items = [c for c in clean_articles([Article("live", "live.txt", page)]) if isinstance(c, CleanedItem)]
    texts = " ".join(s.text for c in items for s in c.article.sentences)
    assert "Alle avganger fra Kystvik lufthavn er innstilt resten av dagen, melder Avinor til NTB." in texts
    assert "Hestøy fyr har målt et vindkast på 41,2 meter per sekund." in texts
    assert {c.article.language for c in items} == {"no"}


def test_a_site_name_with_a_lower_case_article_ends_a_page_title() -> None:
    from newsfuse.clean.furniture import site_suffix

    line = 'Ponte di Rovella, la sentenza. Le famiglie: "Nessuna pena ci restituirà i nostri figli" - La Voce della Valle'
    assert site_suffix(line) is not None and site_suffix(line)[1] == "La Voce della Valle"  # type: ignore[index]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Gå til innhold", "navigation"),
        ("Min side", "navigation"),
        ("EUR 4,27 | USD 3,94 | CHF 4,41", "navigation"),
        ("Denne saken er åpen for alle. Takk til abonnentene våre som gjør lokaljournalistikk mulig.", "subscription"),
        ("Abonner på Tindebladet – få lokale nyheter hver dag for 99 kr/mnd", "subscription prompt"),
        ("Dødsfall – Se alle annonser", "obituary"),
        ("Tindebladet AS | Postboks 41, 6899 Tindvik | Tlf. 57 66 40 00", "legal notice"),
        ("El Heraldo de la Raya S.L. – Avda. de Portugal, 22 – 10890 Torrejuncal del Alvela (Cáceres)", "legal notice"),
        (
            "Fiona MacRae is the Dispatch's transport correspondent. She has covered aviation and ferries in Scotland "
            "for 12 years.",
            "author bio",
        ),
        ("Få Sundsbladets nyhetsbrev varje morgon – helt gratis. Anmäl dig här.", "newsletter"),
        ("Réagissez (8)", "comment widget"),
        ("Nuno Ribas/Lusa", "photo credit"),
        ("NOTIZIE ANSA Ultima ora", "news ticker"),
        ("Door onze redactie", "byline"),
        ("Deze pagina wordt automatisch ververst.", "live page tools"),
        ("Heb je foto's of video's van de storm? Stuur ze via WhatsApp naar 06 1234 5678.", "reader call-out"),
        (
            "Twoja prywatność jest dla nas ważna. Wykorzystujemy pliki cookies i podobne technologie w celach "
            "statystycznych, reklamowych oraz w celu świadczenia usług. Szczegóły znajdziesz w Polityce prywatności.",
            "cookie prompt",
        ),
    ],
)
def test_furniture_of_held_out_batch_37(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_37_cues_stay() -> None:
    assert cue_reason("Søk etter savnede pågikk hele natten, opplyser politiet.") is None
    assert cue_reason("Anna Berg is the first woman to lead the port authority. She has worked there for 20 years.") is None
    assert cue_reason("Hast du gehört, dass die Brücke gesperrt ist?") is None


def test_a_site_date_over_a_report_is_no_item_and_its_stamp_dates_it() -> None:
    page = (
        "Hundreds of quakes shake Svartatindur but scientists see no sign of eruption - The Kaldey Times\n"
        "THE KALDEY TIMES\n"
        "Tuesday 1 June 2027\n"
        "Ferry update: Today's 16:30 sailing to Vestrhöfn is running 40 minutes late due to swell.\n\n"
        "Island News\n"
        "NATURAL HAZARDS\n"
        "Hundreds of quakes shake Svartatindur, but no sign of eruption, say scientists\n"
        "Kaldey Met Office has raised the volcano's alert level to yellow after a swarm of more than 600 earthquakes.\n"
        "By Ragnar Eiðsson\n"
        "Posted: 31 May 2027, 4:15 pm\n\n"
        "The swarm began at around 11pm on Sunday, and seismometers had recorded more than 600 tremors by Monday "
        "evening, most of them too small to be felt.\n"
        "The strongest, measured at magnitude 4.1, struck at 2:17am on Monday about 5km beneath the volcano.\n"
        "© 2027 The Kaldey Times. All rights reserved.\n"
    )
    (item,) = [c for c in clean_articles([Article("k", "k.txt", page)]) if isinstance(c, CleanedItem)]
    assert item.article.published is not None and item.article.published.date().isoformat() == "2027-05-31"
    reasons = {d.text: d.reason for d in item.decisions}
    # The headline rewords the page's title: the section and the kicker above it are the page's header.
    assert reasons["Island News"] == "page header" and reasons["NATURAL HAZARDS"] == "page header"


def test_a_live_pages_kicker_and_a_dash_inside_its_headline_do_not_hide_the_page_title() -> None:
    from newsfuse.clean.furniture import site_suffix

    live = "LIVE | Stormvloed aan de kust: dijken houden stand, kering Groenzande dicht - De Kustkoerier"
    assert site_suffix(live) == (
        "Stormvloed aan de kust: dijken houden stand, kering Groenzande dicht",
        "De Kustkoerier",
        "-",
    )
    dashed = "Askesky fra Kaldey stenger flyplasser – 380 avganger innstilt - Tindebladet"
    assert site_suffix(dashed) == ("Askesky fra Kaldey stenger flyplasser – 380 avganger innstilt", "Tindebladet", "-")


def test_an_ad_that_asks_the_reader_to_ring_a_number_under_its_label() -> None:
    page = (
        "Stormvloed aan de kust: kering dicht\n"
        "De stormvloedkering bij Groenzande is volledig gesloten, meldt het waterschap aan het begin van de avond.\n"
        "Advertentie\n"
        "Schade door de storm? Bouwbedrijf Verhoef Duinhaven helpt u direct. Bel 0223 44 55 66.\n"
        "Het water bereikte bij Duinhaven een hoogte van 3,10 meter boven NAP, de hoogste stand sinds 2007.\n"
    )
    reasons = _reasons(page)
    assert reasons["Schade door de storm? Bouwbedrijf Verhoef Duinhaven helpt u direct. Bel 0223 44 55 66."] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Polecane dla ciebie", "related links"),
        ("🔴 EN CONTINU", "news ticker"),
        ("Get the Patch Ledger Daily Briefing — the day's top security stories, every weekday.", "newsletter"),
        ("Deel via", "share widget"),
        (
            "Scheldeland Nu is een initiatief van Regionale Omroep Scheldeland vzw, met steun van de Vlaamse overheid.",
            "funding note",
        ),
        ("PAP, oprac. KW", "byline"),
        ("Zainstaluj aplikację Puls Dnia i bądź na bieżąco", "app prompt"),
        (
            "Informativa: questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie necessari al "
            "funzionamento ed utili alle finalità illustrate nella cookie policy.",
            "cookie prompt",
        ),
        ("Actualizar", "live page tools"),
        ("Mapa interactivo: quién gana en cada comarca", "interactive prompt"),
        ("Consulta los resultados de tu municipio", "interactive prompt"),
        ("Le Journal des Fagnes – Éditions des Hautes Fagnes SA – Rue du Pont 14, 4960 Amblemont", "legal notice"),
        ("Grenzau | Oberland | Neißetal | Sachsen | Nachbarn: Polen & Tschechien | Sport | Trauer", "navigation"),
    ],
)
def test_furniture_of_held_out_batch_36(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_36_cues_stay() -> None:
    assert cue_reason("Consulta popular: los vecinos votan el domingo sobre la nueva plaza.") is None
    assert cue_reason("Actualizar el censo costará 3 millones, según el ayuntamiento.") is None
    assert cue_reason("Polecane przez policję trasy objazdu prowadzą przez Kłodzko.") is None


def test_a_ticker_of_timed_headlines_a_list_label_and_an_ad_that_points_to_a_demo() -> None:
    page = (
        "Cyberattaque: trois hôpitaux flamands paralysés\n"
        "🔴 EN CONTINU\n"
        "14:58 Grève dans les transports bruxellois: perturbations attendues jeudi\n"
        "14:31 Un homme interpellé après une course-poursuite sur la petite ceinture\n\n"
        "Le réseau hospitalier flamand Vlasland a été la cible d'une cyberattaque dans la nuit de mardi à mercredi.\n"
        "Javier Lanuza celebra los resultados en la sede de Unión Aragonesa. (Foto: Laura Sanz)\n"
        "Resumen\n"
        "• Quelque 120 opérations ont été reportées et les ambulances sont déviées.\n"
        "• Les urgences restent accessibles.\n"
        "ADVERTISEMENT\n"
        "Zero-trust in 30 days. See how Corvane Secure Edge protects 4,000 hospitals worldwide. Book a demo →\n"
        "Le personnel travaille désormais avec des dossiers papier, a indiqué la direction du réseau.\n"
    )
    reasons = _reasons(page)
    assert reasons["14:31 Un homme interpellé après une course-poursuite sur la petite ceinture"] == "news ticker"
    assert reasons["Resumen"] != "photo credit"
    assert reasons[
        "Zero-trust in 30 days. See how Corvane Secure Edge protects 4,000 hospitals worldwide. Book a demo →"
    ] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Die Redaktion ergänzt diesen Artikel laufend.", "update notice"),
        ("KEYSTONE/Pierre-Alain Favre", "photo credit"),
        ("Pour réagir, vous devez être connecté.", "comment prompt"),
        ("Keystone-ATS", "byline"),
        ("Photo d'illustration. Un hélicoptère survole la zone sinistrée, jeudi matin.", "photo caption"),
        ("Correction, 15:30: An earlier version of this article misspelled the name of the hamlet.", "correction note"),
        ("Reporting by Laura Fenwick; additional reporting from Keystone-ATS and Reuters.", "byline"),
        ("Dieser Artikel ist für Abonnentinnen und Abonnenten von Tagblatt+. Jetzt 1 Monat testen.", "paywall notice"),
        ("Leserreporter: Haben Sie etwas gesehen? Schicken Sie uns Ihre Bilder per WhatsApp.", "reader call-out"),
        ("lvm, belga", "byline"),
        ("Reclame", "advertising"),
        ("Op dit artikel kan niet meer gereageerd worden.", "comment prompt"),
        ("Meest gelezen in Regio", "related links"),
        ("Ontvang elke dag om 6 uur het Limburgse nieuws in je mailbox. Schrijf je in.", "newsletter"),
        ("Het Limburgs Volk © 2027 Limburgse Mediagroep NV – Gebruiksvoorwaarden – Privacybeleid", "copyright"),
        ("Top-Themen aus der Region", "related links"),
        ("By Daniel Okafor in Lisbon and Clara Mendes", "byline"),
        ("You've reached the start of this live blog.", "live page tools"),
        ("PAP, ML", "byline"),
        ("Polecane wideo", "related links"),
        ("[WIDEO] Nagranie z miejsca wypadku. Zobacz, jak wyglądała akcja ratunkowa (2:14)", "video prompt"),
        ("Skomentuj na Facebooku", "comment prompt"),
        ("148 reakcji · 37 komentarzy · 12 udostępnień", "counter"),
        ("RaportDnia.pl © 2027. Wszystkie prawa zastrzeżone. Materiały PAP chronione prawem autorskim.", "copyright"),
        ("Sur le même thème", "related links"),
        ("Tópicos: Portugal, Espanha, Onda de calor, Incêndios, Clima", "tags"),
    ],
)
def test_furniture_of_held_out_batches_38_and_39(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_38_and_39_cues_stay() -> None:
    assert cue_reason("Lusa / Diário do Atlântico") != "photo credit"  # an agency and the outlet: a byline
    assert cue_reason("Haben Sie die Warnung gesehen, fragte der Landrat die Anwohner.") is None
    assert cue_reason("Temas como la sequía dominaron el debate del pleno.") is None
    assert cue_reason("Das Wichtigste in Kürze") is None  # an editor's box of key points is the report's own


def test_an_editors_key_points_stay_and_head_no_page_of_briefs() -> None:
    page = (
        "Felssturz auf der A22: drei Verletzte\n"
        "Auf der Brennerautobahn sind am Donnerstag rund 4.000 Kubikmeter Gestein auf die Fahrbahn gestürzt.\n"
        "Drei Menschen wurden verletzt, einer von ihnen schwer, teilte die Polizei in Bozen mit.\n\n"
        "Das Wichtigste in Kürze\n"
        "• Felssturz am Donnerstag um 14.35 Uhr auf der A22 bei Gossensaß\n"
        "• drei Verletzte, darunter ein 52-jähriger Rosenheimer schwer\n\n"
        "Die Sperrung zwischen Sterzing und Brenner dauert nach Angaben der Autobahngesellschaft bis mindestens Montag.\n"
    )
    assert len(split_items(page)) == 1
    reasons = _reasons(page)
    assert reasons["• drei Verletzte, darunter ein 52-jähriger Rosenheimer schwer"] in ("news", "heading")


def test_a_results_table_ruled_with_bars_is_no_menu() -> None:
    page = (
        "Solbakken vant NM-gull i Storhaugbakken\n"
        "Eirik Solbakken vant søndag NM i stor bakke med hopp på 133,5 og 136,0 meter, opplyser NTB.\n"
        "Plass | Navn | Klubb | 1. omgang | 2. omgang | Poeng\n"
        "1 | Eirik Solbakken | Lierdal IL | 133,5 | 136,0 | 281,4\n"
        "2 | Sindre Aasheim | Vikerfjell SK | 131,0 | 134,5 | 275,2\n"
        "Solbakken hopper neste helg i verdenscupen i Zakopane, skriver NTB.\n"
    )
    reasons = _reasons(page)
    assert reasons["1 | Eirik Solbakken | Lierdal IL | 133,5 | 136,0 | 281,4"] != "navigation"
    assert reasons["Plass | Navn | Klubb | 1. omgang | 2. omgang | Poeng"] != "navigation"


def test_ads_that_compare_ask_for_a_quote_or_end_on_a_call_to_look() -> None:
    page = (
        "Autobus z dziećmi przewrócił się na A4\n"
        "Siedemnaścioro uczniów zostało rannych, gdy autobus przewrócił się we wtorek rano na autostradzie A4.\n"
        "REKLAMA\n"
        "Ubezpieczenie OC/AC już od 399 zł rocznie. Porównaj oferty w Pewna Polisa i oszczędź nawet 40%!\n"
        "Na miejsce skierowano 12 zastępów straży pożarnej i dwa śmigłowce Lotniczego Pogotowia Ratunkowego.\n"
        "Publicité\n"
        "Séjours linguistiques été 2027 : Angleterre, Irlande, Malte. Jusqu'à -15 % avant le 30 avril. Découvrir\n"
        "Troje najciężej rannych dzieci przewieziono śmigłowcami do szpitala dziecięcego w Krakowie.\n"
    )
    reasons = _reasons(page)
    assert reasons["Ubezpieczenie OC/AC już od 399 zł rocznie. Porównaj oferty w Pewna Polisa i oszczędź nawet 40%!"] == "advertising"
    assert reasons[
        "Séjours linguistiques été 2027 : Angleterre, Irlande, Malte. Jusqu'à -15 % avant le 30 avril. Découvrir"
    ] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Om te reageren moet je ingelogd zijn.", "comment prompt"),
        ("Kommentieren Sie als registrierter Nutzer.", "comment prompt"),
        ("Meer 112-nieuws", "related links"),
        ("De Gelderse Klok is onderdeel van Oostmedia Groep.", "legal notice"),
        ("Verantwoordelijke uitgever: Lieven Verhaeghe", "legal notice"),
        ("BTW BE 0412.345.678", "legal notice"),
        ("Redactie, met Belga", "byline"),
        ("Aangepast om 18:20", "timestamp"),
        (
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies destinés à mesurer l'audience et à "
            "vous proposer des contenus adaptés à vos centres d'intérêt.",
            "cookie prompt",
        ),
        ("Dit artikel is aangepast. In een eerdere versie stond dat het lek in een meterkast zat.", "correction note"),
        ("Delen:", "share widget"),
        ("za 20 feb - Snertloop, start bij sportpark De Wetering", "event teaser"),
        ("Ricevi ogni mattina le notizie delle valli.", "newsletter"),
        ("Archivado en:", "tags"),
        ("Artiklen er skrevet af Ritzau", "byline"),
        ("Få dagens vigtigste nyheder i din indbakke", "newsletter"),
        ("Update, Jan 28, 2027, 4:40 PM UTC: This story has been updated with comment from Nordsyn Drift.", "update notice"),
        ("Erstellt am 12.03.2027, 09:15", "timestamp"),
        ("Bitte beachten Sie unsere Forumsregeln. Postings geben nicht die Meinung der Redaktion wieder.", "comment policy"),
        ("Teile dieses Angebots stammen von der Austria Presse Agentur (APA).", "source credit"),
        ("Bezirk wählen: 1. Innere Stadt | 2. Leopoldstadt | 3. Landstraße", "navigation"),
        ("1 Bild", "gallery"),
        ("Teile diesen Beitrag", "share widget"),
        ("Folge uns auf Facebook und Instagram", "follow button"),
        ("Grätzlpost auf WhatsApp: Die wichtigsten Nachrichten aus deinem Bezirk direkt aufs Handy", "app prompt"),
        ("Offenlegung gemäß § 25 Mediengesetz: Medieninhaber und Herausgeber Grätzlpost Regionalmedien GmbH", "legal notice"),
        ("Sponsored: The smarter way to send money across Europe. Open an account in minutes.", "sponsored content"),
        ("Registo na ERC n.º 107 412 · Depósito Legal n.º 58 231/92", "legal notice"),
        ("Bli prenumerant – 3 månader för 99 kr", "subscription prompt"),
        ("Läsningstid: 4 minuter", "reading time"),
        ("Så kan sms:en se ut. Skärmbild: Folkdataverket", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_40_and_41(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_40_and_41_cues_stay() -> None:
    assert cue_reason("Meer dan honderd bewoners moesten hun huis verlaten, meldt de gemeente.") is None
    assert cue_reason("Folge der Explosion war ein Großbrand, der bis zum Morgen dauerte.") is None
    assert cue_reason("Erstellt wurde der Plan schon 2019, sagte die Bürgermeisterin.") is None
    assert cue_reason("Sponsored events drew 4,000 people to the square on Saturday.") is None


def test_a_list_of_points_at_the_foot_and_a_writers_name_over_an_items_stamp() -> None:
    page = (
        "Drie doden bij gasontploffing in flat\n"
        "Bij een gasexplosie in een flatgebouw in Hoogmeeren zijn zaterdagavond twee mensen om het leven gekomen.\n"
        "De flat, gebouwd in 1968, telt 24 woningen en is eigendom van Woonstichting Meerwaarde.\n\n"
        "Wat we weten\n"
        "- Eén bewoner wordt nog vermist\n"
        "- Oorzaak wordt onderzocht\n"
    )
    assert _reasons(page)["- Oorzaak wordt onderzocht"] != "page footer"
    two = (
        "Nova Unidade de Saúde Familiar abre portas em São Romão\n"
        "Fernanda Lopes\n"
        "11 junho 2027 | 09:10\n"
        "A nova Unidade de Saúde Familiar de São Romão foi inaugurada ontem pela secretária de Estado da Saúde.\n"
        "O edifício representou um investimento de 2,3 milhões de euros, segundo a Câmara Municipal.\n\n"
        "Chuva obriga a cancelar Festas de Santo António em Ardeira\n"
        "Carla Sofia Marques\n"
        "12 junho 2027 | 10:40\n"
        "As Festas de Santo António de Ardeira foram canceladas devido à previsão de chuva intensa e vento forte.\n"
        "A decisão foi tomada ontem ao final do dia, numa reunião com a proteção civil municipal.\n"
    )
    items = [c for c in clean_articles([Article("pt", "pt.txt", two)]) if isinstance(c, CleanedItem)]
    assert [c.article.title for c in items] == [
        "Nova Unidade de Saúde Familiar abre portas em São Romão",
        "Chuva obriga a cancelar Festas de Santo António em Ardeira",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Het laatste nieuws", "news ticker"),
        ("Most Read in Sport", "related links"),
        ("Von dpa und KB-Redaktion", "byline"),
        ("ATS/Réd.", "byline"),
        ("Mit Material von dpa und Reuters", "source credit"),
        ("Word lid van Fries Kustnieuws voor € 4,95 per maand en steun lokale journalistiek.", "subscription prompt"),
        ("Receba as notícias da região no seu e-mail.", "newsletter"),
        ("Morgen-Briefing: Die wichtigsten Wirtschaftsnachrichten jeden Werktag um 6 Uhr.", "newsletter"),
        ("Lesen Sie den vollständigen Artikel mit WB+", "paywall notice"),
        ("Gesponsord", "advertising"),
        ("Members get ad-free reading. Join from €4 a month.", "subscription prompt"),
        ("This discussion is now closed for comments but you can still sign in.", "comment widget"),
        ("Hannah Crowther in Madrid and Tomás Rebelo in Lisbon", "byline"),
        ("Relację prowadzą: Agnieszka Słowik, Paweł Kornas", "byline"),
    ],
)
def test_furniture_of_held_out_batches_42_and_43(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_42_and_43_cues_stay() -> None:
    assert cue_reason("Most read books this year were crime novels, the library said.") is None
    assert cue_reason("Anna Berg in Stockholm and her brother in Oslo were both evacuated.") is None


def test_a_score_table_in_columns_of_spaces_a_stamp_with_its_update_and_a_headline_over_a_credit() -> None:
    table = (
        "Kilbarran edge Shannonmore in thriller\n"
        "Kilbarran will contest their first Munster Senior Cup final in eleven years after a dramatic finish.\n"
        "Team          Tries  Cons  Pens  Pts\n"
        "Kilbarran       3      3     1    24\n"
        "Shannonmore     3      2     0    19\n"
        "Cathal Moynihan added a superb conversion from the touchline, the coach said afterwards.\n"
    )
    reasons = _reasons(table)
    assert reasons["Kilbarran       3      3     1    24"] != "navigation"
    assert reasons["Team          Tries  Cons  Pens  Pts"] != "navigation"
    two = (
        "Nya biblioteket i Tallbacka invigt – hundratals på plats vid premiären\n"
        "Publicerad 13 november 2027 kl. 16.40\n"
        "Kön ringlade sig runt hörnet redan en halvtimme innan dörrarna öppnades, och omkring 400 personer kom.\n"
        "Stationshuset från 1912 har stått tomt sedan resecentret flyttade 2019, enligt kommunen.\n\n"
        "Bil krockade med älg på länsväg 331 – kvinna till sjukhus\n"
        "Publicerad 15 november 2027 kl. 06.12 · Uppdaterad 15 november 2027 kl. 08.47\n"
        "En kvinna i 45-årsåldern fördes till sjukhus efter att hennes bil kolliderat med en älg sent på söndagskvällen.\n"
        "Polisen utreder händelsen, och vägen var avstängd i två timmar enligt Trafikverket.\n"
    )
    assert len(split_items(two)) == 2
    credited = (
        "Containerschip verliest 64 containers boven Schiermonnikoog | Noorderkrant\n"
        "Noorderkrant\n"
        "Containerschip verliest tientallen containers in storm, lading spoelt aan op Schiermonnikoog\n"
        "ANP/Noorderkrant\n"
        "woensdag 20 januari 2027, 14:32\n"
        "Het containerschip Valeria Horizon is in de nacht van dinsdag op woensdag 64 containers kwijtgeraakt.\n"
        "Het 335 meter lange schip was op weg van Rotterdam naar Hamburg toen het in de problemen kwam.\n"
        "© 2027 Noorderkrant\n"
    )
    reasons = _reasons(credited)
    assert reasons["Containerschip verliest tientallen containers in storm, lading spoelt aan op Schiermonnikoog"] != "photo caption"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artigo de acesso livre", "subscription prompt"),
        ("Cet article vous est offert", "subscription prompt"),
        ("EFE | Huelva / Lisboa", "byline"),
        ("Redactie", "byline"),
        ("Zwaanberger Courant is onderdeel van Mediagroep Midden B.V.", "legal notice"),
        ("La Voce del Ceresio SA · Via alla Stampa 4 · 6999 Cadrano", "legal notice"),
        ("Per commentare è necessario essere abbonati.", "comment prompt"),
        (
            "Szanowny Użytkowniku, w związku z wejściem w życie RODO informujemy, że Twoje dane osobowe przetwarzamy "
            "w celach statystycznych i marketingowych.",
            "cookie prompt",
        ),
        ("Sport > Lekkoatletyka", "navigation"),
        ("NA ŻYWO", "live page tools"),
    ],
)
def test_furniture_of_held_out_batch_45(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_ads_that_open_on_a_call_to_discover_or_ask_for_a_call() -> None:
    page = (
        "Fietsster komt om bij aanrijding met vrachtwagen\n"
        "In Zwaanbergen is woensdagochtend een fietsster om het leven gekomen na een aanrijding met een vrachtwagen.\n"
        "Reclame\n"
        "Ontdek de nieuwe elektrische SUV's bij Garage Van den Broeck in Mortsel. Nu met 3.000 euro milieupremie.\n"
        "De politie onderzoekt hoe het ongeval kon gebeuren, meldt een woordvoerder aan het begin van de middag.\n"
    )
    reasons = _reasons(page)
    assert reasons[
        "Ontdek de nieuwe elektrische SUV's bij Garage Van den Broeck in Mortsel. Nu met 3.000 euro milieupremie."
    ] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Redazione: viale Europa 15, Valdrena – redazione@vocedivaldrena.it", "legal notice"),
        ("Keystone-SDA/red", "byline"),
        ("Korrigendum: In einer früheren Version dieses Artikels war von 300 evakuierten Patienten die Rede.", "correction"),
        ("Rachel Whitmore (now) and Tom Aldridge (earlier)", "byline"),
        ("Show key events only", "live page tools"),
        ("Dettagli", "page tools"),
        ("Scritto da Redazione PrealpiNews", "byline"),
        ("Categoria: Cronaca", "tags"),
        ("Visite: 2314", "page tools"),
    ],
)
def test_furniture_of_held_out_batch_44(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_a_score_table_closes_no_report_and_a_comments_votes_are_no_table() -> None:
    page = (
        "KS Wierzbin wygrywa po tie-breaku. 3:2 z Sokołem Lipowiec na otwarcie półfinału\n"
        "Ponad dwie godziny walki, pięć setów i 2300 kibiców w hali przy ul. Sportowej w sobotę wieczorem.\n"
        "Siatkarze KS Wierzbin pokonali w sobotę Sokoła Lipowiec 3:2 i objęli prowadzenie w półfinale ligi.\n"
        "Set | KS Wierzbin | Sokół Lipowiec | Czas\n"
        "I | 25 | 22 | 27 min\n"
        "V | 15 | 12 | 17 min\n"
        "KS Wierzbin – Sokół Lipowiec 3:2 (25:22, 21:25, 25:23, 23:25, 15:12)\n"
        "KS Wierzbin: Wołoszyn 24, Banaś 15, Krajewski 12, Sowa 9, Lis 7, Pietrzak 2, Maciejewski oraz Nowicki 3.\n"
        "Sokół Lipowiec: Grabowski 21, Zając 14, Mróz 11, Kubiak 8, Wrzesiński 6, Sobczak 3 oraz Jasiński 4.\n"
    )
    assert len(split_items(page)) == 1
    from newsfuse.clean.furniture import table_row

    assert table_row("V | 15 | 12 | 17 min") and not table_row("odpowiedz | +112 | -3")


def test_a_live_pages_times_with_their_zone_head_its_updates() -> None:
    from newsfuse.clean.cues import TIME_HEADER

    assert TIME_HEADER.match("16.02 BST") and TIME_HEADER.match("06:12 CET")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Vestlandsnytt har ikke ansvar for innhold på eksterne nettsider som det lenkes til.", "legal notice"),
        ("Västkustbladet granskas av Mediernas etiknämnd. Vill du klaga på innehållet? Läs mer här.", "legal notice"),
        ("Redaktionschef: Jonas Wickström", "legal notice"),
        ("Lokalavisa for Havnevik og Hallevik", "site branding"),
        ("Heimat. Nachrichten. Meinung.", "site branding"),
        ("Nachrichten aus dem Bezirk – online und jeden Mittwoch gedruckt", "site branding"),
        ("di Redazione online", "byline"),
        ("Redactie & Belga", "byline"),
        ("Agencias", "byline"),
        ("Noticia de la Agencia EFE", "byline"),
        ("Lusa / Redação", "byline"),
        ("(km)", "agency sign-off"),
        ("Correctif : une version précédente de cet article indiquait 45 vols annulés.", "correction"),
        ("Story Saved", "page tools"),
        ("You can find this story in My Bookmarks.", "page tools"),
        ("- - - Advertentie - - -", "advertising"),
        ("Dit artikel is voorbehouden voor abonnees. Je leest het gratis dankzij je proefabonnement.", "paywall notice"),
        ("Sie haben bereits ein Abo? Hier anmelden", "paywall notice"),
        ("Lees De Polderpost ook in de app. Download nu.", "app prompt"),
        ("Podcast-Tipp: „Morgenblatt am Morgen“ – die Nachrichten des Tages in zehn Minuten.", "podcast promo"),
        ("Zasady dodawania komentarzy", "comment prompt"),
        ("Bitte beachten Sie unsere Community-Richtlinien.", "comment prompt"),
        ("Posting schreiben", "comment prompt"),
        ("Trauerfälle in Ihrer Region: Alle aktuellen Traueranzeigen finden Sie in unserem Trauerportal.", "obituary"),
        ("Ook interessant", "related links"),
        ("Meer over: Overschelde, Chemie, Brandweer", "tags"),
        ("Overschelde 13°C Licht bewolkt", "weather widget"),
        ("Over ons - Adverteren - Privacy - Cookies - Contact", "footer links"),
        ("Godkänn kakor? Kvällsbladet och våra partner använder kakor för att anpassa innehåll.", "cookie prompt"),
        ("Ja, jag godkänner", "cookie prompt"),
        ("Nej tack", "cookie prompt"),
        ("Källor: TT, SVT", "source credit"),
        ("Source: Reuters", "source credit"),
        ("16.01.2027 um 19:12", "timestamp"),
        ("14. Jänner 2027 · 15:20", "timestamp"),
    ],
)
def test_furniture_of_held_out_batches_46_to_48(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_46_to_48_cues_stay() -> None:
    # a headline opening on the avalanche level, the reactions' subheading, a report's "since" and "source"
    assert cue_reason("Lawinenwarnstufe 4: Große Gefahr im Tiroler Oberland") is None
    assert cue_reason("Lawinenwarnstufe Tirol: 3 – erheblich (über 2000 m)  |  Innsbruck -2°") == "service box"
    assert cue_reason("Reacciones") is None and cue_reason("Réactions (12)") == "comment widget"
    assert cue_reason("Sources said the deal was off after a night of talks.") is None
    assert cue_reason("Nachrichten aus dem Bezirk wurden am Mittwoch gedruckt verteilt.") is None
    assert cue_reason("12.03. Ein Bild der Feuerwehr") == "gallery caption"


def test_a_live_pages_kicked_headline_the_comments_under_rules_and_a_labelled_ad() -> None:
    live = (
        "Ekstremværet «Hedda»: Strømbrudd og stengte veier – følg utviklingen | Fjordavisa Vest\n"
        "Fjordavisa Vest\n"
        "DIREKTE\n"
        "LIVE: Ekstremværet «Hedda» slår inn over kysten\n"
        "Meteorologisk institutt har sendt ut rødt farevarsel for kysten av Vestland. Her oppdaterer vi fortløpende.\n"
        "Publisert 09.02.2027 06:12\n"
        "Strømmen er borte for rundt 3200 kunder på Hellandsøy, opplyser nettselskapet Vestkraft Nett tirsdag.\n"
    )
    assert _reasons(live)["LIVE: Ekstremværet «Hedda» slår inn over kysten"] in ("heading", "title", "standfirst")
    comments = (
        "Wybuch metanu w kopalni Jaśkowice. Trzech górników rannych\n"
        "Trzech górników zostało rannych we wtorek rano w wyniku wybuchu metanu w kopalni Jaśkowice w Bierunowicach.\n"
        "Prokuratura Rejonowa w Bierunowicach wszczęła śledztwo w sprawie wypadku, poinformował rzecznik.\n"
        "Komentarze (17)\n"
        "Dodaj komentarz\n"
        "Zasady dodawania komentarzy\n"
        "~gornik_z_dziada\n"
        "Zdrowia dla chłopaków. Na dole każdy dzień to loteria.\n"
        "~Ania K.\n"
        "Mój tata przepracował tam 30 lat. Trzymam kciuki za rannych.\n"
        "Pokaż wszystkie komentarze\n"
    )
    reasons = _reasons(comments)
    assert reasons["Mój tata przepracował tam 30 lat. Trzymam kciuki za rannych."] == "reader comment"
    assert reasons["~Ania K."] == "comment widget"
    ad = (
        "Chemisch lek bij Norvachem in Overschelde\n"
        "Bij een lek in het chemiebedrijf Norvachem zijn donderdagnamiddag veertien werknemers naar het ziekenhuis gebracht.\n"
        "- - - Advertentie - - -\n"
        "Nu bij Tuincentrum Groenhof: 20% korting op alle tuinmeubelen\n"
        "Burgemeester Griet Van Daele kondigde de gemeentelijke fase af, meldt het parket in een mededeling.\n"
    )
    assert _reasons(ad)["Nu bij Tuincentrum Groenhof: 20% korting op alle tuinmeubelen"] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Ritzau / Skovlund Avis", "byline"),
        ("NTB og Havnevik Avis", "byline"),
        ("Redacción / EFE", "byline"),
        ("Redactie, ANP", "byline"),
        ("Hannah Pryce in Madrid and agencies", "byline"),
        ("Ga naar hoofdinhoud", "navigation"),
        ("Deel dit artikel:", "share widget"),
        ("Meer in Tech", "related links"),
        ("Support independent English-language journalism in the Netherlands. Members read without ads.", "support prompt"),
        ("Join from €4.50 a month", "support prompt"),
        ("Zoek op de site...", "navigation"),
        ("L'actualité de la Savoie et des Pays de Montagne", "site branding"),
        ("Leserkommentare (7)", "comment widget"),
        ("Zu den Postings", "comment widget"),
        ("Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "comment policy"),
        ("Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen. Mit LZ+ lesen Sie unbegrenzt.", "paywall notice"),
        ("Sie wollen mehr aus Ihrem Bezirk? Jetzt 4 Wochen um 1 Euro testen!", "paywall notice"),
        ("Este contenido es gratuito gracias a nuestros 11.400 socios y socias.", "support prompt"),
        ("Edita: Cooperativa de Periodistas del Sur Andaluz. Inscrita en el Registro de Cooperativas de Andalucía", "legal notice"),
        ("Rádio Vale do Ardena – Cooperativa de Radiodifusão, CRL", "legal notice"),
        ("Agora no ar: Manhãs do Vale, com Paulo Sequeira", "audio prompt"),
        ("Agenda de la campiña", "event teaser"),
        ("Vie 13 · Verbena de San Roque en Aldea del Prado · 22.30 h", "event teaser"),
        ("Onderwerpen: stikstof, landbouw, rechtbank, Veluwe, Ermelerveen", "tags"),
        ("Key events", "live page tools"),
        ("Rua do centro de Villafranca del Guadiel, no sul de Espanha / Arquivo", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_49_to_51(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_49_to_51_cues_stay() -> None:
    assert cue_reason("AFP / Jean Dupont") == "photo credit"  # an agency's photographer, not the report's source
    assert cue_reason("Powódź 2027. Fala kulminacyjna przechodzi przez Wielobrzeg [RELACJA NA ŻYWO]") is None
    assert cue_reason("Agenda de la reunión: el consejo votará el presupuesto el jueves.") is None
    assert cue_reason("Meer in de regio werden woningen ontruimd toen het water steeg.") is None


def test_a_live_pages_day_headers_stay_and_still_date_it() -> None:
    from newsfuse.clean.furniture import is_live_day_header

    assert is_live_day_header("Tirsdag 9. februar") and is_live_day_header("Środa, 26 maja 2027")
    assert not is_live_day_header("Sun 16 May 2027 16.20 BST") and not is_live_day_header("Publisert 09.02.2027")
    page = (
        "Skogsbranden vid Lövsjö – följ utvecklingen | Mellanbygdens Allehanda\n"
        "Mellanbygdens Allehanda\n"
        "LIVE\n"
        "Publicerad 20 juli 2027 kl. 10.42\n"
        "Onsdag 21 juli\n"
        "08.15\n"
        "Branden spred sig österut under natten och omfattar nu 1 150 hektar, meddelar räddningstjänsten.\n"
        "07.30\n"
        "Väg 742 mellan Lövsjö och Granberget är fortsatt avstängd för all trafik, uppger Trafikverket.\n"
        "Tisdag 20 juli\n"
        "22.40\n"
        "Räddningsledningen har beslutat att hela Lövsjö ska evakueras under kvällen, meddelar kommunen.\n"
        "21.10\n"
        "Branden har växt snabbt i den kraftiga vinden och omfattar omkring 120 hektar, säger räddningsledaren.\n"
    )
    items = _items(page)
    reasons = {d.text: d.reason for item in items for d in item.decisions}
    assert reasons["Onsdag 21 juli"] == "heading" and reasons["Tisdag 20 juli"] == "heading"
    assert reasons["Publicerad 20 juli 2027 kl. 10.42"] == "timestamp"
    # Each header dates the updates under it, in the year of the page's stamp.
    cleaned = [c.article for c in clean_articles([Article(id="p", source="p.txt", raw_text=page)])]
    posted = [a.published.date() if a.published else None for a in cleaned]
    assert [p.isoformat() if p else None for p in posted] == ["2027-07-21", "2027-07-21", "2027-07-20", "2027-07-20"]


def test_a_sites_name_with_figures_a_tickers_timed_items_and_more_ads_under_one_label() -> None:
    from newsfuse.clean.furniture import site_suffix

    assert site_suffix("Cyberaanval legt gemeente Leemhorst lam: geen paspoorten, balies dicht - NieuwsNet24")
    ticker = (
        "Cyberaanval legt gemeente Leemhorst lam: geen paspoorten, balies dicht - NieuwsNet24\n"
        "NieuwsNet24\n"
        "Net binnen\n"
        "11:58 Treinverkeer rond Utrecht hersteld na seinstoring\n"
        "11:40 Cyberaanval legt gemeente Leemhorst lam\n"
        "Gemeente Leemhorst plat na cyberaanval, criminelen eisen losgeld\n"
        "LEEMHORST (ANP) - Een cyberaanval heeft dinsdag vrijwel alle computersystemen van de gemeente Leemhorst platgelegd.\n"
        "Een systeembeheerder ontdekte de aanval rond 05.30 uur, toen bleek dat bestanden waren versleuteld.\n"
    )
    reasons = _reasons(ticker)
    assert reasons["11:40 Cyberaanval legt gemeente Leemhorst lam"] == "related links"
    assert reasons["Gemeente Leemhorst plat na cyberaanval, criminelen eisen losgeld"] in ("heading", "title", "standfirst")
    ads = (
        "Bridge closure splits Vilar de Ardena\n"
        "The São Gonçalo bridge was closed on Monday after engineers found a crack in its central pillar, the council said.\n"
        "Advertisement\n"
        "Minho Moves – UK to Portugal removals, fully insured. Get your free quote today.\n"
        "Costa & Reid Advogados – Residency, property, inheritance. We speak your language.\n"
        "The council has laid on a free shuttle bus between the two banks while the bridge is inspected, the mayor said.\n"
    )
    reasons = _reasons(ads)
    assert reasons["Costa & Reid Advogados – Residency, property, inheritance. We speak your language."] == "advertising"
    assert reasons[
        "The council has laid on a free shuttle bus between the two banks while the bridge is inspected, the mayor said."
    ] == "news"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("PAP, red.", "byline"),
        ("Par La rédaction, avec Belga", "byline"),
        ("By Press Association reporters", "byline"),
        ("Źródło artykułu: PAP", "byline"),
        ("dpa-infocom, dpa:270618-99-412345/4", "byline"),
        ("Nyheter från Lövfors, Ekbacken och norra Värmland", "site branding"),
        ("Portal ziemi lubuskiej", "site branding"),
        ("Lövbacka Allehanda är en partipolitiskt obunden tidning utgiven av Norra Mediehuset AB.", "site branding"),
        ("Vous aimerez aussi", "related links"),
        ("À lire sur le même sujet :", "related links"),
        ("Recommended by Linkly", "related links"),
        ("> Home-jackings dans la région : le procès de la « bande de la N4 » s'ouvre à Namur", "related links"),
        ("Dalsza część artykułu pod materiałem wideo", "video prompt"),
        ("WIDEO: Strażacy na miejscu wybuchu w Radomierzu. Nagranie czytelnika", "video prompt"),
        ("Comments on this piece are premoderated to ensure discussion remains on the topics raised.", "comment policy"),
        ("Aragón al Día no se hace responsable de las opiniones de sus lectores.", "comment policy"),
        ("Pokaż wszystkie opinie", "comment widget"),
        ("Opinie (112)", "comment widget"),
        ("Du læser en liveblog. Den opdateres løbende, og den nyeste opdatering står øverst.", "live page tools"),
        ("Dieser Liveblog wird laufend aktualisiert.", "live page tools"),
        ("Få besked, når der sker noget. Hent Nordkystavisens app og slå notifikationer til.", "notification prompt"),
        ("Westcountry Post is part of Severn Media Ltd. Registered office: 12 Harbourside Way, Bristol BS1 5TT.", "legal notice"),
        ("© EFE 2027. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.", "copyright"),
        ("Głos Nadodrza - Wydawnictwo Nadodrze Media Sp. z o.o.", "legal notice"),
        ("La suite de cet article est réservée aux abonnés.", "paywall notice"),
        ("Oderland-Bote Leserreisen: Advent in Breslau - 3 Tage inkl. Hotel ab 289 Euro", "advertising"),
        ("Eingebetteter Inhalt: Um Inhalte von Instagram anzuzeigen, stimmen Sie bitte zu.", "interactive prompt"),
        ("Le parking de la clinique a été bouclé par la police durant toute la matinée. - Belga", "caption with credit"),
        ("Most Przyjaźni łączy Nowogród Odrzański z niemieckim Neuwerder. Fot. archiwum Głosu Nadodrza", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_52_to_54(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_52_to_54_cues_stay() -> None:
    assert cue_reason("News from the front line reached the village late on Tuesday evening, the mayor said.") is None
    assert cue_reason("Wideo z monitoringu pokazuje moment wybuchu, przekazała policja.") is None
    assert cue_reason("The agents opened the van's rear door. A grey saloon pulled up beside it, police said. - Belga") is None


def test_a_commenters_age_after_a_dash_a_place_between_byline_and_date_and_a_key_points_box() -> None:
    comments = (
        "Un détenu de Haut-Vivier prend la fuite lors d'un transfert à l'hôpital\n"
        "Lundi matin, deux hommes armés ont libéré un prisonnier sur le parking de la clinique Saint-Lambert à Fleurval.\n"
        "La police conseille de ne pas approcher l'individu et de composer le 101, a précisé le parquet de Namur.\n"
        "12 commentaires\n"
        "Jean-Luc M. - il y a 2 h\n"
        "Deux agents pour un gars condamné à 12 ans ? On ne peut pas s'étonner ensuite...\n"
        "Voir tous les commentaires\n"
    )
    reasons = _reasons(comments)
    assert reasons["Jean-Luc M. - il y a 2 h"] == "comment widget"
    assert reasons["Deux agents pour un gars condamné à 12 ans ? On ne peut pas s'étonner ensuite..."] == "reader comment"
    dateline = (
        "Absuelto el exalcalde de Castejón de Almira del delito de malversación\n"
        "La Audiencia de Huesca no ve probado que Julián Ortega desviara dinero de las fiestas y la piscina.\n"
        "Agencia EFE\n"
        "Huesca\n"
        "15 de junio de 2027, 14:25\n"
        "La Audiencia Provincial de Huesca ha absuelto este martes al exalcalde Julián Ortega del delito de malversación.\n"
        "El tribunal considera que no ha quedado probado que desviara fondos municipales, según la sentencia.\n"
    )
    assert _reasons(dateline)["Huesca"] == "byline"
    # "W skrócie:" over points is the report's own summary: the page is one item.
    points = (
        "Zapach gazu na Jaworowej. Gazownicy odcięli dopływ do całej klatki | Radomierz Teraz\n"
        "Mieszkańcy bloku przy ul. Jaworowej 8 od kilku dni skarżyli się na zapach gazu na klatce schodowej, mówią lokatorzy.\n"
        "\n"
        "Spółdzielnia zapowiada przegląd\n"
        "Prezes spółdzielni zapewnia, że zarządca zlecił dodatkowy przegląd instalacji gazowej w całym bloku do końca marca.\n"
        "W skrócie:\n"
        "• wyciek gazu na zaworze w drugiej klatce bloku przy ul. Jaworowej 8\n"
        "• dopływ gazu do 15 mieszkań odcięty w środę od ok. 16.30 do 22.40\n"
    )
    assert len(split_items(points)) == 1


def test_italian_briefs_a_portuguese_live_page_a_polish_site_name_and_a_polish_byline() -> None:
    briefs = (
        "Brevi dal territorio: tubo rotto in via Garibaldi, sì alla nuova mensa | La Voce di Valmora\n"
        "\n"
        "Tubo rotto in via Garibaldi, strada chiusa e 120 famiglie senz'acqua\n"
        "CASTEL VALMORA - La rottura di una condotta dell'acquedotto ha allagato ieri mattina via Garibaldi, nel centro.\n"
        "Circa 120 famiglie sono rimaste senz'acqua per gran parte della giornata, ha detto il direttore tecnico.\n"
        "\n"
        "Mensa scolastica, via libera dal consiglio comunale\n"
        "VALMORA - Il consiglio comunale ha approvato lunedì sera il progetto della nuova mensa della scuola primaria.\n"
        "L'investimento è di 480 mila euro, finanziati in parte con fondi regionali, ha detto il sindaco.\n"
    )
    assert len(split_items(briefs)) == 2
    from newsfuse.clean.segment import split_page

    live = (
        "Greve geral: país a meio gás, acompanhe ao minuto | Jornal da Alvorada\n"
        "DIRETO\n"
        "21:40\n"
        "Balanço final. O secretário-geral da FSU afirmou que a adesão à greve ultrapassou os 80% em todo o país.\n"
        "20:15\n"
        "A manifestação em Lisboa terminou frente à Assembleia da República sem incidentes, segundo a PSP.\n"
        "18:30\n"
        "No Porto, milhares de pessoas concentraram-se na Avenida dos Aliados ao fim da tarde, diz a Lusa.\n"
    )
    assert split_page(live)[1]
    from newsfuse.clean.furniture import _is_byline_shape, site_suffix

    assert site_suffix("Marsz Ruchu Obrony Granic zakazany. Sąd oddalił odwołanie organizatorów - Echo znad Odry")
    assert _is_byline_shape("Łukasz Pietras")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Zum Kommentieren bitte anmelden.", "comment prompt"),
        ("Posten Sie Ihren Kommentar", "comment prompt"),
        ("Praat mee (214 reacties)", "comment prompt"),
        ("De reactiemogelijkheid sluit om 22:00 uur.", "comment prompt"),
        ("Kommentarer är avstängda för den här artikeln.", "comment prompt"),
        ("Comentarios cerrados en este directo.", "comment prompt"),
        ("Recommend 212", "comment widget"),
        ("Od najstarszych | Od najnowszych", "comment widget"),
        ("Sonda: Kto Twoim zdaniem wygrał debatę?", "poll"),
        ("Staff and agencies in Stockholm", "byline"),
        ("Jean-Marc Dethier (Correspondant)", "byline"),
        ("Dit artikel bevat een video. Klik op 'Accepteren' om inhoud van derden te tonen.", "interactive prompt"),
        ("Aangepast: Vandaag 16:41", "timestamp"),
        ("Deel via:", "share widget"),
        ("Markets: FTSE 100 8,412.30 +0.4%   DAX 21,087.55 +0.6%", "market data"),
        ("Continue a ler com o Diário de Negócios Premium: análises, dados de mercado em tempo real e muito mais.", "subscription prompt"),
        ("La suite de cet article est réservée à nos abonnés.", "paywall notice"),
        ("Este artigo é de acesso livre. O jornalismo local de qualidade tem custos: assine o Correio.", "paywall notice"),
        ("Unabhängige Tageszeitung für die Region zwischen Elbe und Weser", "site branding"),
        ("Gazeta codzienna Ziemi Nadnarwiańskiej", "site branding"),
        ("Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacją.", "cookie prompt"),
        ("Del artikel", "share widget"),
        ("Lucía Ferrándiz es redactora de la sección de Deportes de El Heraldo de Valdemora desde 2019.", "author bio"),
        ("Nu op ActueelNu", "related links"),
        ("Découvrir l'offre", "advertising"),
        ("Le nouveau giratoire, ici vendredi en fin d'après-midi, peu avant l'ouverture. – J.-M. D.", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_55_to_57(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_55_to_57_cues_stay() -> None:
    assert cue_reason("Markets fell sharply on Friday after the outage grounded 340 flights, traders said.") is None
    assert cue_reason("Staff and pupils were evacuated from the school at 10am, the council said.") is None


def test_a_live_page_keeps_an_update_that_is_a_table_alone_and_comments_name_their_town() -> None:
    from newsfuse.clean.segment import split_page

    updates = "".join(
        f"{17 - k // 4}h{59 - 4 * k:02d}\nLe peloton roule toujours groupé dans la vallée, à {80 - 5 * k} km de l'arrivée, selon la course.\n"
        for k in range(11)
    )
    table = "16h10\nLe classement de l'étape :\n1. Théo Lambrecht (FRA) en 5h02'11\"\n2. Jonas Veldkamp (P-B) à 48\"\n"
    page = "Tour de France : revivez la 15e étape | Sport Matin\nEN DIRECT\n" + updates + table
    items, live = split_page(page)
    assert live and len(items) == 12
    comments = (
        "Kabinet trekt 9,5 miljard uit om stikstofuitstoot boeren te halveren\n"
        "Het kabinet trekt de komende tien jaar 9,5 miljard euro uit om de stikstofuitstoot van boeren te halveren.\n"
        "De Tweede Kamer debatteert volgende week over het plan, meldt het ANP vrijdagmiddag.\n"
        "Reacties (12)\n"
        "J. de Boer, Dronten: Mooi verhaal, maar wie gaat dat allemaal betalen? Wij dus.\n"
        "Tineke V.: Eindelijk een kabinet dat knopen doorhakt.\n"
    )
    reasons = _reasons(comments)
    assert reasons["J. de Boer, Dronten: Mooi verhaal, maar wie gaat dat allemaal betalen? Wij dus."] == "reader comment"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("APA/dpa/Jonas Brinkmann", "photo credit"),
        ("Få nyhetsbrevet från Öresundsbladet – varje morgon kl 06.00, helt gratis.", "newsletter"),
        ("Pariez sur le Tour avec ParisVélo : jusqu'à 100 € offerts sur votre premier pari.", "advertising"),
        ("Também na secção Cidade", "related links"),
        ("Auch im Ressort Politik", "related links"),
        ("A subestação de Vale de Cedros, em imagem de arquivo", "photo caption"),
        ("Le ministre de l'Intérieur, en image d'archives", "photo caption"),
    ],
)
def test_furniture_left_over_from_batches_55_to_57(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_second_batch_55_to_57_cues_stay() -> None:
    assert cue_reason("Lusa / Diário do Atlântico") != "photo credit"
    assert cue_reason("The plant, pictured in a file photo taken in 2019, was shut down in March.") is None
    assert cue_reason("Também na secção de urgências do hospital faltam médicos desde janeiro.") is None


def test_a_fact_box_at_the_foot_and_a_subheading_quoting_an_offers_word_stay() -> None:
    body = (
        "Fire destroys 340-year-old wooden church in Sweden\n"
        "A wooden church built in 1684 burned to the ground in the Swedish village of Granbo on Sunday night.\n"
        "Firefighters fought the blaze for six hours but could not save the building, the rescue service said.\n"
        "Advertentie\n"
        "Boeren: 'Ambitieus', natuur: 'Te vrijblijvend'\n"
        "The farmers' union called the plan very ambitious, while nature groups said it did not go far enough.\n"
        "Police said they had not ruled out arson and that a fire investigator would examine the site.\n"
        "Key facts\n"
        "Built: 1684; bell tower added 1752\n"
        "Firefighters deployed: about 55\n"
        "Injuries: none\n"
        "Fakta: Granbo kyrka\n"
        "Timmerkyrka i Granbo, Ransjö kommun, Dalarnas län.\n"
        "Share\n"
    )
    reasons = _reasons(body)
    assert reasons["Boeren: 'Ambitieus', natuur: 'Te vrijblijvend'"] not in ("advertising", "page footer")
    for line in ("Key facts", "Firefighters deployed: about 55", "Injuries: none", "Fakta: Granbo kyrka"):
        assert reasons[line] in ("news", "heading"), (line, reasons[line])
    assert reasons["Share"] != "news"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Bliv abonnent – 1 måned for 1 kr.", "subscription prompt"),
        ("Redaktionen: redaktion@dagbladetvest.dk · Tlf. 75 12 00 00", "footer links"),
        ("Kundservice | Annonsera | Tipsa oss: 0522-55 10 00", "footer links"),
        ("Kopiér link", "share widget"),
        ("Artikel drucken", "share widget"),
        ("Artikel per E-Mail senden", "share widget"),
        ("Du har læst 2 af 5 gratis artikler denne måned. Bliv abonnent og få ubegrænset adgang.", "paywall notice"),
        ("Sie lesen einen Abo+-Artikel. Unterstützen Sie den Lokaljournalismus – jetzt Abo lösen.", "paywall notice"),
        ("Prédios de habitação em Madrid. (Arquivo)", "photo caption"),
        ("Lindewijkse Courant verschijnt elke woensdag huis-aan-huis in Lindewijk en Molenhoek.", "site branding"),
        ("Diário digital da Beira Interior", "site branding"),
        ("Show 2 new updates", "live page tools"),
        ("Atualizar", "live page tools"),
        ("Este artigo é atualizado ao longo do dia.", "live page tools"),
        ("Ordenar: mais antigas primeiro", "comment widget"),
        ("Bergpost-App: Alle News aus Graubünden als Push-Mitteilung. Jetzt herunterladen.", "app promo"),
        ("Das Video wird nach der Werbung abgespielt.", "video prompt"),
        ("Der Kurier am Morgen: Die wichtigsten News des Tages, jeden Werktag um 6 Uhr in Ihrer Inbox.", "newsletter"),
        ("Inserat", "advertising"),
        ("(PAP, red.)", "agency sign-off"),
        ("Redactie en Belga", "byline"),
        ("PLUS | Räntekoll: Så ska du tänka om du vill binda bolånet nu", "related links"),
        ("Emma Whitcombe is The Brussels Dispatch's health correspondent. She joined the paper in 2023.", "author bio"),
        ("Fiona Maurer covers Swiss politics for The Alpine Courier. She is based in Bern.", "author bio"),
        ("Västkustbladet använder kakor (cookies) för att ge dig en bättre upplevelse.", "cookie prompt"),
        ("Södra Posten på Instagram och Facebook – följ oss!", "follow button"),
        ("Børs: OSEBX 1 612,45 (+0,4 %) | EUR/NOK 11,62 | SEK/NOK 1,02", "market data"),
        ("Gewinnspiel: Zwei Saisonkarten für das Hochjoch gewinnen!", "advertising"),
        ("Le fil info", "news ticker"),
        ("Derailed wagons lie next to the track, September 14, 2027. Ritzau/Martin Lund via REUTERS", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_58_to_60(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_58_to_60_cues_stay() -> None:
    assert cue_reason("The minister covers the cost for the region. She is expected to resign.") is None
    assert cue_reason("Police said the man had read 2 of 5 free books found in the flat.") is None
    assert cue_reason("Der Grenzübergang bleibt bis zu 400 Meter weit gesperrt, sagte die Polizei.") is None


def test_ads_under_their_labels_and_a_fact_box_with_a_dated_row() -> None:
    body = (
        "Huelga de controladores: más de 1.100 vuelos cancelados\n"
        "La huelga de los controladores aéreos obligó a cancelar más de 1.100 vuelos en toda España este lunes.\n"
        "Annonce\n"
        "Bilhuset Marsk · Ny elbil fra 2.995 kr./md. · Book en prøvetur\n"
        "Las aerolíneas calculan pérdidas de unos 18 millones de euros por cada jornada de huelga, según la patronal.\n"
        "Inserat\n"
        "Metzgerei Caflisch, Casoms: Jetzt frische Grillspezialitäten. Bestellungen unter 081 000 12 34.\n"
        "El ministerio cifra en 980 los vuelos cancelados y pide a los pasajeros que consulten con su aerolínea.\n"
        "\n"
        "Las claves de la huelga\n"
        "Convocante: SICTA\n"
        "Jornadas: 2, 3 y 9 de julio\n"
        "Aeropuertos afectados: 14 torres de control\n"
        "Servicios mínimos: 80% (península) y 100% (islas)\n"
        "\n"
        "Compartir: Facebook | X | WhatsApp\n"
    )
    reasons = _reasons(body)
    assert reasons["Bilhuset Marsk · Ny elbil fra 2.995 kr./md. · Book en prøvetur"] == "advertising"
    assert reasons["Metzgerei Caflisch, Casoms: Jetzt frische Grillspezialitäten. Bestellungen unter 081 000 12 34."] == "advertising"
    for row in ("Convocante: SICTA", "Jornadas: 2, 3 y 9 de julio", "Servicios mínimos: 80% (península) y 100% (islas)"):
        assert reasons[row] in ("news", "heading"), (row, reasons[row])
    assert reasons["Compartir: Facebook | X | WhatsApp"] not in ("news", "heading")


def test_a_tickers_timed_entries_and_a_live_headline_under_its_kicker() -> None:
    ticker = (
        "Riksbanken sänker räntan till 1,50 procent\n"
        "Riksbanken sänker styrräntan med 0,25 procentenheter till 1,50 procent, meddelade banken på torsdagen.\n"
        "Beslutet var väntat av de flesta bedömare, men kronan föll ändå mot euron efter beskedet.\n"
        "Senaste nytt\n"
        "10.31 Trafikolycka på länsväg 1104 – två till sjukhus\n"
        "10.12 Ny förskola i Hällåkra blir försenad\n"
        "09.52 Riksbanken sänker styrräntan\n"
        "09.40 Kustens IF värvar anfallare från Danmark\n"
    )
    reasons = _reasons(ticker)
    for entry in ("09.52 Riksbanken sänker styrräntan", "09.40 Kustens IF värvar anfallare från Danmark"):
        assert reasons[entry] not in ("news", "heading"), entry
    live = (
        "Incêndio em Alvorinha: aldeia evacuada e mais de 300 operacionais no terreno | Notícias da Serra\n"
        "Região › Alvorinha\n"
        "AO MINUTO\n"
        "Incêndio em Alvorinha: acompanhe ao minuto\n"
        "O incêndio que deflagrou na madrugada deste sábado na serra da Lousela obrigou à evacuação de uma aldeia.\n"
        "Mais de 300 operacionais combatem as chamas, com o apoio de seis meios aéreos, segundo a Proteção Civil.\n"
    )
    assert _reasons(live)["Incêndio em Alvorinha: acompanhe ao minuto"] in ("news", "heading")


def test_a_page_of_items_stamped_only_when_updated_is_cut() -> None:
    item = (
        "{head}\n"
        "{standfirst}\n"
        "Von {author}\n"
        "Aktualisiert am 11.10.2027, {time}\n"
        "{body}\n"
    )
    page = "Neue Sesselbahn am Hochjoch eingeweiht | Talbote Oberland\n" + item.format(
        head="Neue Sechser-Sesselbahn am Hochjoch feierlich eingeweiht",
        standfirst="Nach nur sieben Monaten Bauzeit ist die neue Sesselbahn am Hochjoch fertig.",
        author="Verena Haslwanter",
        time="08:15",
        body="Die Bergbahnen haben die alte Zweier-Sesselbahn aus dem Jahr 1988 durch eine neue Bahn ersetzt. "
        "Sie befördert bis zu 2.800 Personen pro Stunde, die alte schaffte gerade einmal 1.100 Personen.",
    ) + "\n" + item.format(
        head="Feuerwehr Unterwaldau feierte ihren 125. Geburtstag",
        standfirst="Mit einer Feldmesse und einem Festumzug hat die Feuerwehr ihr Jubiläum gefeiert.",
        author="Michaela Auer",
        time="09:30",
        body="Gegründet wurde die Feuerwehr im Jahr 1902, nachdem ein Großbrand elf Häuser zerstört hatte. "
        "Heute hat sie 48 aktive Mitglieder, darunter neun Frauen, und eine Jugendgruppe mit 14 Mitgliedern.",
    )
    items = split_items(page)
    assert len(items) == 2
    assert items[1][0][1] == "Feuerwehr Unterwaldau feierte ihren 125. Geburtstag"
    # A report stamped when it was updated, at its head and again at its foot, stays whole.
    one = page.split("\n\n")[0] + "\nAktualisiert am 12.10.2027, 10:00\nTeilen: Facebook | WhatsApp\n"
    assert len(split_items(one)) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sujets associés : Accident de la route · Autoroutes · Belgique · Pompiers", "tags"),
        ("Relaterede emner: Vindenergi, Blæsbjerg Wind, Aktier, Fyringer", "tags"),
        ("Le camion-citerne a entièrement brûlé sur l'A38. Image d'illustration.", "photo caption"),
        ("Nos dernières vidéos", "related links"),
        ("Les plus consultés", "related links"),
        ("oprac. (kn)", "byline"),
        ("Door onze sportredactie", "byline"),
        ("Hannah Prothero, Europe correspondent, and agencies", "byline"),
        ("NTB og Kystavisa", "byline"),
        ("Automatisch vernieuwen: aan", "live page tools"),
        ("Automatisch aktualisieren: An", "live page tools"),
        ("Alle Inhalte sind urheberrechtlich geschützt. Nachrichtenquelle: dpa", "legal notice"),
        ("Le Petit Namurois – Groupe Meuse Médias SA – Éditeur responsable : Luc Thirion, 5000 Namur", "legal notice"),
        ("Sjefredaktør og adm. direktør: Lise Marthinsen", "legal notice"),
        ("BLAESB.CO", "market data"),
        ("84.20 DKK -7.92 (-8.60%)", "market data"),
        ("Kurserne er forsinket mindst 15 minutter. Kapitalnyt påtager sig intet ansvar.", "market data"),
        ("Our morning email breaks down the key stories of the day and tells you why it matters.", "newsletter"),
        ("Bekijk alle wedstrijden van Oranje terug met SportPas. Nu 3 maanden voor € 1.", "subscription prompt"),
        ("Support the Ledger: our journalism is paid for by readers like you. Support us from £1.", "support prompt"),
        ("Mark Ellery has reported on Dalmatia for the Coast Times since 2019. He lives in Vrsnik.", "author bio"),
        ("[1/2] Wind turbine blades at the factory in Hesselbaek, Denmark, March 3, 2027.", "gallery caption"),
        ("Meridian Wire, the news division of Meridian Data Group, provides news to professionals.", "site branding"),
        ("/ritzau/", "agency sign-off"),
    ],
)
def test_furniture_of_held_out_batches_61_to_63(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_61_to_63_cues_stay() -> None:
    assert cue_reason("The director said the plant would reopen on Monday after repairs.") is None
    assert cue_reason("AP and Reuters journalists were among those detained by police on Friday.") is None
    assert cue_reason("Companies") is None  # a menu's word as well as a company box's label


def test_a_live_pages_times_with_the_match_minute_head_its_updates() -> None:
    updates = "".join(
        f"22.{50 - 4 * k:02d} | {90 - 7 * k}'\nOranje zet druk, maar de Finse verdediging houdt stand in de {90 - 7 * k}e minuut.\n\n"
        for k in range(11)
    )
    page = "Liveblog Oranje - Finland | Sportdagblad\nLIVE\n\n" + updates
    items, live = split_page(page)
    assert live and len(items) == 11


def test_a_numbered_site_name_a_lottery_teaser_and_a_fact_boxs_last_line() -> None:
    from newsfuse.clean.furniture import site_suffix

    assert site_suffix("Crisi idrica, Puglia in stato di emergenza per 180 giorni - Quotidiano Levante 24") == (
        "Crisi idrica, Puglia in stato di emergenza per 180 giorni",
        "Quotidiano Levante 24",
        "-",
    )
    body = (
        "Ferja «Nordstjerne» holdes til kai etter alvorlige avvik\n"
        "Sjøfartsdirektoratet har holdt ferja «Nordstjerne» til kai etter at inspektører fant alvorlige avvik.\n"
        "Rederiet sier at feilene skal være rettet innen jul, og at ferja skal i rute igjen i januar.\n"
        "\n"
        "Dette er «Nordstjerne»\n"
        "Bygget: 1998\n"
        "Lengde: 142 meter\n"
        "Kapasitet: 900 passasjerer og 260 biler\n"
        "I rute Sandvåg–Kærsholm siden 2019\n"
        "\n"
        "Mehr aus Panorama\n"
        "Lotto am Samstag: Jackpot steigt auf 25 Millionen Euro\n"
        "Zugunglück in Tschechien: Zwei Verletzte bei Zusammenstoß mit Traktor\n"
        "Rätsel um Wal in der Ostsee gelöst\n"
    )
    reasons = _reasons(body)
    assert reasons["I rute Sandvåg–Kærsholm siden 2019"] in ("news", "heading")
    assert reasons["Rätsel um Wal in der Ostsee gelöst"] == "related links"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Redactie Scheldepost, met Belga", "byline"),
        ("Par notre correspondant, Alain Mougenot", "byline"),
        ("Bekijk ook: VIDEO. Beelden tonen enorme rookwolk boven de haven", "related links"),
        ("Weiterlesen: Seilbahnen in Tirol: Wie oft werden die Anlagen kontrolliert?", "related links"),
        ("Meer Buitenland", "related links"),
        ("Tweeten", "comment widget"),
        ("Commenting has been disabled for this article.", "comment widget"),
        ("Kommentieren Sie diesen Artikel als Abonnent.", "comment widget"),
        ("Koersen met 15 minuten vertraging", "market data"),
        ("Jetzt kostenlos herunterladen", "app promo"),
        ("Das Aare-Tagblatt jetzt auch in der App: News, E-Paper und Push-Meldungen.", "app promo"),
        ("Wöchentlich kostenlos in Ihrem Briefkasten – die Westtiroler Nachrichten.", "site branding"),
        ("Eine Publikation der Limmat Medien Gruppe", "site branding"),
        ("Resultados municipio a municipio: consulta nuestro mapa interactivo", "interactive prompt"),
        ("Cargar entradas anteriores", "live page tools"),
        ("Skru på varsler for denne saken", "live page tools"),
        ("Boletín de la mañana: recibe cada día a las 7:00 las noticias más importantes de Aragón.", "newsletter"),
        ("Elke ochtend om 7 uur het belangrijkste nieuws uit de Kempen en de wereld.", "newsletter"),
        ("Notícia atualizada às 09:15 com declarações da administração hospitalar.", "update notice"),
        ("Está a ler um artigo exclusivo. Obrigado por ser assinante da Gazeta do Minho.", "paywall notice"),
        ("Je leest dit Kustnieuws+-artikel gratis omdat je geregistreerd bent. Nog 2 gratis artikels deze maand.", "paywall notice"),
        ("Sie haben das Ende des frei verfügbaren Teils dieses Artikels erreicht.", "paywall notice"),
        ("Exklusiv für Abonnenten", "paywall notice"),
        ("Jetzt 1 Monat für Fr. 1.– testen", "subscription prompt"),
        ("Correction, March 11, 2027: An earlier version of this article misspelled the mayor's name.", "correction note"),
        ("Diese Meldung ist Teil eines automatisierten Angebots der dpa. Sie wird von der Redaktion nicht bearbeitet.", "legal notice"),
        ("Postaw na finał! Bonus 500 zł na start w Typerek.pl. 18+ | Hazard wiąże się z ryzykiem.", "advertising"),
        ("L'orso ripreso in via della Fontana a Roccacupa (fermo immagine dal video di Luca Tarantini)", "photo caption"),
        ("Altijd als eerste op de hoogte met pushmeldingen.", "notification prompt"),
        ("Deel dit bericht:", "share widget"),
        ("18° - Lichte regen", "weather widget"),
    ],
)
def test_furniture_of_held_out_batches_64_to_66(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_a_comments_age_in_abbreviations_is_read_as_one() -> None:
    from newsfuse.clean import cues

    # read in its thread, not by a cue of its own
    assert cues.COMMENT_AGE.match("vor 1 Std.") and cues.COMMENT_AGE.match("vor 48 Min.")


def test_news_lines_near_the_batch_64_to_66_cues_stay() -> None:
    assert cue_reason("Für eine kostenlose Beratung kamen am Samstag rund 300 Menschen ins Rathaus.") is None
    assert cue_reason("De gemeente gaat meer koersen met vertraging rijden, zegt de wethouder.") is None


def test_a_comment_thread_with_times_under_its_comments_swiss_counts_and_a_live_updates_suspense() -> None:
    thread = (
        "Explosie in chemiebedrijf: elf gewonden\n"
        "Bij een zware ontploffing in een chemiebedrijf in de haven zijn donderdagnamiddag elf mensen gewond geraakt.\n"
        "De brandweer vraagt de buurtbewoners om ramen en deuren gesloten te houden tot het sein veilig.\n"
        "Reacties (14)\n"
        "Marleen D.\n"
        "Ik woon op anderhalve kilometer en we ruiken hier al heel de namiddag een zure geur.\n"
        "17:12\n"
        "Geert V.\n"
        "Dat bedrijf had al een boete gekregen. Wanneer gaat men eens echt controleren?\n"
        "17:25\n"
    )
    reasons = _reasons(thread)
    assert reasons["Dat bedrijf had al een boete gekregen. Wanneer gaat men eens echt controleren?"] == "reader comment"
    assert reasons["Geert V."] != "news"
    assert table_row("Solothurn | 9'842 | 6'114 | 61,7 %")
    updates = "".join(
        f"17:{10 + 5 * k}\n{60 + 4 * k}' Wisłoka atakuje, ale obrona Stali wybija piłkę na rzut rożny w {60 + 4 * k}. minucie.\n"
        for k in range(6)
    )
    suspense = "84' RZUT KARNY dla Wisłoki! Frydrych sfaulował w polu karnym Kaletę. Do piłki podchodzi Bronowicki..."
    page = "Finał Pucharu: relacja na żywo | Kibic Plus\nNa żywo\n" + updates + f"17:43\n{suspense}\n"
    reasons = {d.text: d.reason for item in _items(page) for d in item.decisions}
    assert reasons[suspense] != "teaser cut off"


def test_a_page_of_two_items_each_signed_under_its_headline_is_cut() -> None:
    first = (
        "La halle du marché fait peau neuve après quatorze mois de travaux\n"
        "Par notre correspondant, Alain Mougenot\n"
        "Fermée depuis avril 2026, la halle du marché de Vernay a rouvert ses portes samedi après une rénovation complète.\n"
        "Les 23 commerçants du marché du samedi, installés depuis l'an dernier place de la Mairie, ont retrouvé leurs étals.\n"
    )
    second = (
        "Le Vélo-club vernaysien fête son centenaire en roulant\n"
        "Par Sophie Berthet\n"
        "Fondé en 1927, le Vélo-club vernaysien a célébré ses 100 ans ce dimanche avec une randonnée de 100 kilomètres.\n"
        "Ils étaient 212 cyclistes, dimanche à 8 heures, sur la ligne de départ installée devant la mairie du village.\n"
    )
    items = split_items(first + "\n" + second)
    assert len(items) == 2 and items[1][0][1] == "Le Vélo-club vernaysien fête son centenaire en roulant"
    assert len(split_items(first)) == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Aangepast 14 oktober 2027 13:05", "timestamp"),
        ("do 14/10/2027 - 13:52", "timestamp"),
        ("Redactie binnenland", "byline"),
        ("A.M. avec AFP", "byline"),
        ("Par Thomas Lejeune (avec Belga)", "byline"),
        ("pap, oprac. (tom)", "byline"),
        ("Populair", "related links"),
        ("Les articles les plus lus", "related links"),
        ("Debat (7 kommentarer)", "comment widget"),
        ("Mail dit artikel", "share widget"),
        ("Læs op", "notification prompt"),
        ("Sanne Wolters schrijft voor de Marwoudse Courant over onderwijs en jeugd.", "author bio"),
        ("Harriet Lomax is the Wessex Chronicle's travel correspondent. Follow her on X @HLomaxTravel", "author bio"),
        ("Postbus 112, 8080 AC Marwoude", "footer links"),
        ("Dutch Dispatch is free to read. Can you chip in €5 a month to keep it that way?", "support prompt"),
        ("KEYSTONE/Photo d'archives", "photo credit"),
        ("For å lese hele saken må du være abonnent.", "paywall notice"),
        ("Kjøp abonnement – første måned for 1 krone", "subscription prompt"),
        ("Prøv 4 uker for 1 krone", "subscription prompt"),
        ("Please turn on JavaScript in your browser to get the best experience.", "interactive prompt"),
        ("La Voz Insular es una publicación de Insular Comunicación S.L.", "legal notice"),
        ("Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione.", "legal notice"),
        ("L'abus d'alcool est dangereux pour la santé. À consommer avec modération.", "legal notice"),
        ("Niezależny tygodnik powiatu wierzbieńskiego. Ukazuje się od 1994 r.", "site branding"),
        ("BORGO SAN VITALE – Le notizie di oggi dal paese e dintorni", "site branding"),
        ("Sådan kan havnebadet se ud. Visualisering: Holm & Vinther Arkitekter", "photo caption"),
    ],
)
def test_furniture_of_held_out_batches_67_to_69(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_67_to_69_cues_stay() -> None:
    assert cue_reason("De populaire zanger trad zaterdag op in Marwoude voor 2.000 fans.") is None
    assert cue_reason("Het bedrijf gaat dicht op maandag 18 oktober, meldt de directie.") is None


def test_more_offers_under_an_ad_label_and_a_weather_teaser_in_a_most_read_list() -> None:
    body = (
        "Gaslek: school ontruimd\n"
        "Ruim zevenhonderd leerlingen moesten donderdagochtend hun school verlaten na een gaslek in de kelder.\n"
        "Anzeige\n"
        "Jetzt Heizkosten senken: Wärmepumpe mit bis zu 70 % Förderung – kostenloser Check bei ThermaPlus\n"
        "De brandweer mat verhoogde waarden in het ketelhuis en sloot de gastoevoer af, zegt een woordvoerder.\n"
        "Les plus lus\n"
        "Marée basse exceptionnelle : les horaires de la semaine\n"
        "Festival des Embruns : le programme complet\n"
        "Un nouveau rond-point à l'entrée de Port-Lavel\n"
    )
    reasons = _reasons(body)
    assert reasons["Jetzt Heizkosten senken: Wärmepumpe mit bis zu 70 % Förderung – kostenloser Check bei ThermaPlus"] == "advertising"
    assert reasons["Un nouveau rond-point à l'entrée de Port-Lavel"] == "related links"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("► LEES OOK", "related links"),
        ("Gerelateerde artikels", "related links"),
        ("Siste saker", "related links"),
        ("Mejla", "share widget"),
        ("Länk", "share widget"),
        ("A cura della redazione politica", "byline"),
        ("Sign in or create your Tyne Courier account to join the discussion.", "comment prompt"),
        ("Svar till Lars Eriksson: Ja, men larmet kom flera timmar efter att pumpen gått sönder.", "comment prompt"),
        ("Fjällposten Plus", "subscription prompt"),
        ("Läs allt från Fjällposten – första månaden gratis. Avsluta när du vill.", "subscription prompt"),
        ("Lokalavisa der du bor – få tilgang til alle artikler for 99 kroner i måneden.", "subscription prompt"),
        ("Fjällposten ingår i Norrmedia Gruppen.", "site branding"),
        ("Den som føler seg urettmessig rammet, oppfordres til å ta kontakt med redaksjonen.", "site branding"),
        ("Masz temat? Napisz do nas!", "tip request"),
        ("Dalposten bruker cookies. Ved å fortsette å bruke nettstedet godtar du dette.", "cookie notice"),
        ("Ingrid Solheim is the Tyne Courier's Nordic correspondent, based in Oslo.", "author bio"),
        (
            "Correction, 15:20 CET: An earlier version of this article misspelled the name of the river on the Swedish "
            "side of the border. It is the Kvarnälven.",
            "correction notice",
        ),
    ],
)
def test_furniture_of_held_out_batches_70_to_72(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_70_to_72_cues_stay() -> None:
    assert cue_reason("Polisen länkar rånet till en serie inbrott i Västby.") is None
    assert cue_reason("Kommunen ingår i ett samarbete med tre grannkommuner om räddningstjänsten.") is None
    assert cue_reason("Canal Plus") is None


def test_two_reports_under_one_days_date_line_and_a_spanish_dateline_stamp_are_cut() -> None:
    def report(headline: str, standfirst: str, byline: str, stamp: str, body: list[str]) -> str:
        return "\n".join([headline, standfirst, byline, stamp, "", *body, ""])

    market = report(
        "Riapre il mercato coperto di piazza Duomo: tornano 20 banchi",
        "Dopo un anno di lavori lo storico mercato coperto di Valsorba ha riaperto ieri mattina.",
        "di Anna Gori",
        "20 maggio 2027",
        [
            "Folla delle grandi occasioni ieri mattina in piazza Duomo, dove la sindaca ha tagliato il nastro del mercato.",
            "I lavori, finanziati con fondi europei e comunali, hanno riguardato la struttura in ferro e vetro del 1910.",
            "Nel mercato trovano posto venti banchi di frutta, verdura, formaggi e prodotti tipici della vallata.",
        ],
    )
    italian = (
        market
        + "\n"
        + report(
            "Ciclismo, alla Ciclistica Valsorba il premio per il miglior vivaio",
            "La società è stata premiata sabato scorso dal comitato regionale per il lavoro con i giovani.",
            "di Paolo Neri",
            "20 maggio 2027",
            [
                "Il riconoscimento è stato consegnato sabato scorso durante la festa regionale del ciclismo al presidente.",
                "La giuria ha premiato la crescita del settore giovanile, passato da 40 a 80 tesserati in due stagioni.",
                "La società organizzerà il 13 giugno la tradizionale coppa per esordienti e allievi davanti al mercato.",
            ],
        )
    )
    items = split_items(italian)
    assert len(items) == 2 and items[1][0][1].startswith("Ciclismo, alla Ciclistica Valsorba")
    # One report under the page's date and its own stamp of the same day stays whole.
    assert len(split_items("Giovedì 20 maggio 2027\n" + market)) == 1

    spanish = "\n".join(
        [
            "La biblioteca abrirá hasta la una de la madrugada en época de exámenes",
            "El Ayuntamiento amplía el horario de la biblioteca municipal del 7 de junio al 2 de julio.",
            "Redacción",
            "Villalba | 02/06/2027 - 13:25h",
            "La biblioteca municipal permanecerá abierta de lunes a viernes de 8.00 a 1.00 horas a partir del lunes.",
            "La ampliación del horario tendrá un coste de unos 38.000 euros, destinados sobre todo a la vigilancia.",
            "SIGUIENTE NOTICIA",
            "La Joven Orquesta de Villalba se va de gira por Portugal y Galicia",
            "Los 58 músicos de la formación ofrecerán seis conciertos entre el 10 y el 20 de julio.",
            "Marta Requena",
            "Villalba | 02/06/2027 - 17:40h",
            "La Joven Orquesta de Villalba realizará este verano la primera gira internacional de su historia.",
            "La gira tiene un presupuesto de 46.000 euros, de los que la Diputación aporta la mitad del total.",
        ]
    )
    items = split_items(spanish)
    assert len(items) == 2 and items[1][0][1].startswith("La Joven Orquesta de Villalba se va de gira")


def test_a_headline_over_its_credit_and_date_a_tickers_timed_entries_and_a_live_updates_table() -> None:
    page = (
        "Senaste nytt\n"
        "09.01 Tankbil välte i Björkfors\n"
        "08.47 Skolbuss fast i snön – inga skadade\n"
        "08.15 Nytt rekord för Mittbanan – 2 miljoner resenärer\n"
        "\n"
        "Inrikes\n"
        "Tankbil körde av vägen – 12 000 liter diesel läckte ut i älven\n"
        "Fjällposten/TT\n"
        "12 nov 2027 09:02 · Uppdaterad 10:36\n"
        "En tankbil lastad med diesel välte i Björkfors i Jämtland på fredagsmorgonen, och dieseln läckte ut i älven.\n"
        "Kommunen har stängt intaget till vattenverket och runt 4 000 hushåll rekommenderas att koka vattnet.\n"
        "Seneste nyt\n"
        "14.12 Regeringen vil hæve afgiften på engangsplast\n"
        "13.58 Storm lukker broen for lette køretøjer\n"
        "13.41 Superligaen: FC Nordby henter landsholdsspiller\n"
    )
    reasons = _reasons(page)
    # The headline over the agency's credit and the article's date is no photo caption.
    assert reasons["Tankbil körde av vägen – 12 000 liter diesel läckte ut i älven"] in (
        "title",
        "standfirst",
        "heading",
    )
    assert reasons["13.41 Superligaen: FC Nordby henter landsholdsspiller"] == "related links"
    updates = "".join(
        f"23:{10 + 4 * k:02d}\nAffluenza alle 23 in calo di {k + 2} punti rispetto al 2022 in provincia.\n"
        for k in range(10)
    )
    table = "02:20\nSezioni scrutinate: 1.497 su 2.140. Il quadro:\nAnna Ferri (centrodestra) 48,9%\nMarta Colli (centrosinistra) 43,4%\nPietro Sala (civici) 7,7%\n"
    live = "Elezioni regionali, la diretta\nDIRETTA\n" + updates + table
    reasons = {d.text: d.reason for item in _items(live) for d in item.decisions}
    assert reasons["Anna Ferri (centrodestra) 48,9%"] in ("heading", "title", "news")


def test_ad_copy_that_offers_a_share_off_or_everything_for_the_home_and_a_subheading_on_a_year() -> None:
    body = (
        "Huelga en el puerto: 38 barcos parados\n"
        "Los estibadores del puerto de Villalba iniciaron el jueves una huelga de 24 horas contra la reforma.\n"
        "Anuncio\n"
        "Ferretería Hermanos Gil. Todo para tu casa y tu huerto. Avenida de Castilla, 14\n"
        "Según los sindicatos, la huelga la siguen casi todos los estibadores registrados del puerto de Villalba.\n"
        "Publicité\n"
        "Assurance auto : jusqu'à 25 % de réduction la première année. Comparez en 2 minutes !\n"
        "Une tradition depuis 1946\n"
        "La vente, créée en 1946 pour financer l'hospice, attire chaque année plusieurs milliers de visiteurs.\n"
    )
    reasons = _reasons(body)
    assert reasons["Ferretería Hermanos Gil. Todo para tu casa y tu huerto. Avenida de Castilla, 14"] == "advertising"
    assert (
        reasons["Assurance auto : jusqu'à 25 % de réduction la première année. Comparez en 2 minutes !"]
        == "advertising"
    )
    assert reasons["Une tradition depuis 1946"] == "heading"
    assert cue_reason("Une tradition depuis 1946") == "site branding"  # alone, a motto


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Artiklen er opdateret med nye oplysninger fra rederiet.", "update notice"),
        ("Nyhetsbrevet Morgonbladet – de viktigaste nyheterna från Skåne varje morgon kl 06.", "newsletter"),
        ("Anmäl dig", "newsletter"),
        ("Sundsposten följer de pressetiska reglerna och står bakom Mediernas Etiknämnd.", "site branding"),
        ("Redactie Grenskoerier, ANP", "byline"),
        ("Die Diskussion ist für Abonnenten geöffnet. Bitte melden Sie sich an.", "comment prompt"),
        ("Dieser Artikel hat noch keine Kommentare. Schreiben Sie den ersten!", "comment prompt"),
        ("Sie lesen einen WB+ Artikel. Als Abonnent lesen Sie unbegrenzt.", "subscription prompt"),
        ("Bild vergrößern", "gallery caption"),
        (
            "La charpente de la halle, construite en 1902, est l'une des seules parties encore debout. Photo "
            "d'illustration AFP",
            "caption with credit",
        ),
    ],
)
def test_furniture_of_held_out_batches_73_and_74(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_73_and_74_cues_stay() -> None:
    assert cue_reason("Rederiet oplyser, at artiklen om sejlplanen er blevet rettet.") is None
    assert cue_reason("Die Diskussion über die Sicherheit im Werk geht weiter, sagte der Landrat.") is None


def test_a_poll_a_fact_box_title_at_the_foot_a_match_sheet_and_more_ad_offers() -> None:
    page = (
        "Greve nos comboios: milhares de trabalhadores transfronteiriços a pé\n"
        "A greve regional dos maquinistas parou esta sexta-feira quase todos os comboios entre a fronteira e Milão.\n"
        "Os sindicatos dizem que a adesão foi total e prometem novas paralisações se não houver acordo.\n"
        "Publicidade\n"
        "Hostal Restaurante El Mirador. Menú del día 14 euros. Reserve en nuestra web.\n"
        "Os autocarros de substituição só circularam entre as duas maiores cidades da região durante a manhã.\n"
        "Sondaggio\n"
        "Lo sciopero di oggi le ha causato disagi?\n"
        "Sì, molti | Qualche disagio | No, nessuno\n"
        "O QUE SE SABE\n"
        "Alerta: 23:41 de sábado, 15 de maio\n"
        "Dominado: 04:10 de domingo\n"
        "Meios: 60 operacionais e 21 viaturas\n"
        "Ficha técnica\n"
        "Atlético Vinalopó, 2 - Real Arnedo, 1\n"
        "Goles: 1-0, min. 13: Peidró. 1-1, min. 62: Ibarreta. 2-1, min. 92: Sellés.\n"
    )
    reasons = _reasons(page)
    assert reasons["Hostal Restaurante El Mirador. Menú del día 14 euros. Reserve en nuestra web."] == "advertising"
    assert reasons["Lo sciopero di oggi le ha causato disagi?"] == "poll"
    assert reasons["O QUE SE SABE"] in ("heading", "news")
    assert reasons["Ficha técnica"] in ("heading", "news")
    assert cue_reason("Ficha técnica") is not None  # alone, as Portuguese sites print it in their footers


def test_a_caption_over_an_agency_photographers_credit() -> None:
    page = (
        "Ammoniak tritt in Düngemittelwerk aus – neun Verletzte\n"
        "Bild vergrößern\n"
        "Einsatzkräfte der Feuerwehr am Werksgelände in Vennebrück.\n"
        "© picture alliance/dpa | Tobias Hülsmann\n"
        "In einem Düngemittelwerk in Vennebrück ist am Mittwochvormittag Ammoniak ausgetreten, teilte die Feuerwehr mit.\n"
        "Anwohner in einem Umkreis von zwei Kilometern sollten Fenster und Türen geschlossen halten, hieß es.\n"
    )
    assert _reasons(page)["Einsatzkräfte der Feuerwehr am Werksgelände in Vennebrück."] == "photo caption"


def test_a_photo_credit_under_the_copyright_sign_names_no_outlet() -> None:
    page = (
        "Ammoniak tritt in Düngemittelwerk aus – neun Verletzte - Nordschau24\n"
        "NORDSCHAU24\n"
        "Einsatzkräfte der Feuerwehr am Werksgelände in Vennebrück.\n"
        "© picture alliance/dpa | Tobias Hülsmann\n"
        "In einem Düngemittelwerk in Vennebrück ist am Mittwochvormittag Ammoniak ausgetreten, teilte die Feuerwehr mit.\n"
        "Anwohner in einem Umkreis von zwei Kilometern sollten Fenster und Türen geschlossen halten, hieß es.\n"
    )
    assert _outlet_of(page) == "Nordschau24"
    # The paper over its own photographer names the paper.
    own = page.replace("© picture alliance/dpa | Tobias Hülsmann", "© Weser-Bote/Jan Meier").replace(" - Nordschau24", "")
    own = own.replace("NORDSCHAU24\n", "")
    assert _outlet_of(own) == "Weser-Bote"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Commenting is open to subscribers. Sign in or subscribe to join the conversation.", "comment prompt"),
        ("Artikeln fortsätter nedanför annonsen", "advertising"),
        ("Artiklen fortsætter efter annoncen", "advertising"),
        ("Story continues after this advertisement", "advertising"),
        ("Premium: Därför slits Skånes vattenledningar ut snabbare än planerat", "related links"),
    ],
)
def test_furniture_of_held_out_batch_75(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_75_cues_stay() -> None:
    assert cue_reason("The article continues a long tradition of reporting on the airport, the editor said.") is None
    assert cue_reason("Plus: the airport will stay closed until Friday, the prefecture said.") is None


def test_a_comment_thread_under_a_subscribers_prompt_a_motto_and_offers_under_an_ads_note() -> None:
    page = (
        "Jet makes emergency landing in France after engine fire | Continental Post\n"
        "Continental Post\n"
        "Europe, explained.\n"
        "Sign in | Subscribe from £1 a week\n"
        "Jet carrying Polish holidaymakers makes emergency landing in France after engine fire\n"
        "All 180 passengers escaped down the evacuation slides at a small regional airport on Thursday.\n"
        "By Helen Marsh and agencies\n"
        "An Italian airliner carrying 180 passengers made an emergency landing at a regional airport on Thursday.\n"
        "The Airbus A320 was flying from Katowice in southern Poland to Tenerife when the left engine caught fire.\n"
        "Annonce\n"
        "Artiklen fortsætter efter annoncen\n"
        "Nyt køkken? Se vinterens tilbud hos Amager Køkkenhus – gratis opmåling i hele november.\n"
        "The airport was closed for nearly three hours while the runway was cleared, its director said.\n"
        "Publicité\n"
        "Devenez pilote de ligne : formation ATPL intégrée à Cannes-Mandelieu. Prochaine session en janvier.\n"
        "Comments (63)\n"
        "Commenting is open to subscribers. Sign in or subscribe to join the conversation.\n"
        "NorthernFlyer: Hats off to the cabin crew. Evacuating 180 people down slides is no joke.\n"
        "rhubarb_and_custard: Why was a charter from Poland to the Canaries flying over central France anyway?\n"
    )
    reasons = _reasons(page)
    assert reasons["Europe, explained."] == "page header"
    assert reasons["Nyt køkken? Se vinterens tilbud hos Amager Køkkenhus – gratis opmåling i hele november."] == "advertising"
    assert reasons["Devenez pilote de ligne : formation ATPL intégrée à Cannes-Mandelieu. Prochaine session en janvier."] == (
        "advertising"
    )
    assert reasons["NorthernFlyer: Hats off to the cabin crew. Evacuating 180 people down slides is no joke."] == (
        "reader comment"
    )
    assert reasons["The airport was closed for nearly three hours while the runway was cleared, its director said."] == "news"


def test_a_page_of_two_items_each_signed_under_its_standfirst_is_cut_at_its_kicker() -> None:
    first = (
        "HINTERWILEN\n"
        "Gold für den «Grabentaler Rezent» aus Hinterwilen\n"
        "Die Dorfkäserei Hinterwilen hat an der Schweizerischen Käseprämierung eine Goldmedaille gewonnen.\n"
        "Text: Sandra Küng\n"
        "Es ist die erste Goldmedaille in der 92-jährigen Geschichte der Käserei, sagt der Käsermeister Reto Ammann.\n"
        "Insgesamt hatten sich in der Kategorie Halbhartkäse 214 Käse aus der ganzen Schweiz der Jury gestellt.\n"
    )
    second = (
        "GRABENRIED\n"
        "Neues Tanklöschfahrzeug: Die Feuerwehr Grabenried ist gerüstet\n"
        "Nach 27 Jahren ersetzt die Feuerwehr Grabenried ihr altes Tanklöschfahrzeug. Am Samstag wird es eingeweiht.\n"
        "Text: Beat Rüegg\n"
        "Das neue Tanklöschfahrzeug fasst 2400 Liter Wasser und 200 Liter Schaummittel und bietet Platz für sechs Personen.\n"
        "«Das alte Fahrzeug hat uns treu gedient», sagt Kommandant Markus Fehr bei der Vorstellung im Depot.\n"
    )
    items = split_items(first + "\n" + second)
    assert len(items) == 2 and items[1][0][1] == "GRABENRIED"
    assert len(split_items(first)) == 1


def test_a_photographer_over_the_agency_in_a_caption_names_no_outlet() -> None:
    page = (
        "Un avion de ligne se pose en urgence après un feu de moteur - Info Sud Minute\n"
        "Info Sud Minute\n"
        "Un Airbus A320 s'est posé en urgence jeudi après-midi à l'aéroport de Montferrand-Lauragais, a-t-on appris.\n"
        "Des pompiers autour de l'Airbus A320, le 16 septembre 2027 à Montferrand-Lauragais. © Maxime Dutour / AFP\n"
        "Sept passagers ont été légèrement blessés lors de l'évacuation, selon les pompiers de la Haute-Garonne.\n"
    )
    assert _outlet_of(page) == "Info Sud Minute"


def test_a_rankings_places_end_no_sentence() -> None:
    from newsfuse.clean.sentences import split_sentences

    text = (
        "Así queda el podio femenino: 1. Tsehay Alemu (Etiopía), 2:21:40; 2. Ruth Chepkoech (Kenia), 2:22:15; "
        "3. Almaz Gebre (Etiopía), 2:23:02. La primera española, Lucía Sampedro, décima con 2:31:47."
    )
    assert split_sentences(text) == [
        "Así queda el podio femenino: 1. Tsehay Alemu (Etiopía), 2:21:40; 2. Ruth Chepkoech (Kenia), 2:22:15; "
        "3. Almaz Gebre (Etiopía), 2:23:02.",
        "La primera española, Lucía Sampedro, décima con 2:31:47.",
    ]
    # A score after a colon, with no second place, ends its sentence.
    assert split_sentences("Le score : 2. Puis la pluie est arrivée.") == ["Le score : 2.", "Puis la pluie est arrivée."]


def test_a_french_quotation_set_in_spaced_guillemets_opens_and_closes_a_sentence() -> None:
    from newsfuse.clean.sentences import split_sentences

    text = (
        "Le commandant a déclaré l'urgence, a précisé le directeur, Jean-Philippe Rouvière. « Tous les moyens étaient "
        "positionnés », a-t-il souligné. « Tout sera mis en œuvre. » Un juge d'instruction a été saisi."
    )
    assert split_sentences(text) == [
        "Le commandant a déclaré l'urgence, a précisé le directeur, Jean-Philippe Rouvière.",
        "« Tous les moyens étaient positionnés », a-t-il souligné.",
        "« Tout sera mis en œuvre. »",
        "Un juge d'instruction a été saisi.",
    ]
    # A quotation of several sentences stays whole.
    assert split_sentences("« Nous avons gagné. Nous sommes heureux », a-t-il dit.") == [
        "« Nous avons gagné. Nous sommes heureux », a-t-il dit."
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Ga direct naar de inhoud", "navigation"),
        ("Nieuwsplein24 vraagt je toestemming voor het gebruik van cookies en vergelijkbare technieken.", "cookie prompt"),
        ("Videobeeld: Regio-Beeld IJssel", "photo credit"),
        ("Reageren? Stuur een ingezonden brief naar de redactie.", "comment prompt"),
        ("Het vuur legde de opslagplaats in de haven van Rijnvoorde volledig in de as. © belga", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batch_76(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_76_cues_stay() -> None:
    assert cue_reason("De brandweer vraagt omwonenden ramen en deuren gesloten te houden vanwege de rook.") is None
    assert cue_reason("Het videobeeld van de explosie werd door de politie opgevraagd voor het onderzoek.") is None


def test_a_numbered_list_goes_on_past_an_exclamation_and_a_subheading_under_a_sponsored_ad_stays() -> None:
    page = (
        "Kacper Wierzbicki wygrywa w Grońcu! | RytmSportu\n"
        "Kacper Wierzbicki wygrał w niedzielę konkurs Pucharu Świata w skokach narciarskich w Grońcu po dwóch skokach.\n"
        "To jego pierwsze zwycięstwo w Pucharze Świata, a na trybunach zasiadło według organizatorów 18 tysięcy kibiców.\n"
        "Conteúdo patrocinado\n"
        "Poupe até 40% na fatura da luz com painéis solares. Simule grátis.\n"
        "Mestre entre os desaparecidos\n"
        "Continuam desaparecidos o mestre da embarcação, de 58 anos, e um pescador espanhol de 52 anos, disse a AMN.\n"
        "Annonce\n"
        "Havemøbler til halv pris hos Skovbølle Trælast – kun i weekenden\n"
        "Najczęściej czytane\n"
        "1. Ekstraklasa: transferowa bomba w Lechii Brzezno\n"
        "2. Tenis: Ostrowska w ćwierćfinale w Melbourne\n"
        "3. Kacper Wierzbicki wygrywa w Grońcu!\n"
    )
    reasons = _reasons(page)
    assert reasons["3. Kacper Wierzbicki wygrywa w Grońcu!"] == "related links"
    assert reasons["Mestre entre os desaparecidos"] in ("heading", "news")
    assert reasons["Havemøbler til halv pris hos Skovbølle Trælast – kun i weekenden"] == "advertising"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Mejl", "share widget"),
        ("Detta är en artikel från TT som publiceras automatiskt. Södertörns Tidning ansvarar inte för innehållet.", "legal notice"),
        ("Éditions de la Lanterne SRL – Rue du Pont 4, 4920 Aywaille – TVA BE 0712.458.903", "legal notice"),
        ("Noticias del Cinca Medio, La Litera y el Bajo Cinca", "site branding"),
        ("Von dpa und Redaktion NK", "byline"),
        ("Plaats een reactie (alleen voor ingelogde gebruikers)", "comment prompt"),
        ("Elke woensdag De Maaskoerier gratis in de bus? Meld u aan bij de bezorgservice.", "subscription prompt"),
        ("Rettelse kl. 12.40: I en tidligere version af artiklen stod der, at vingen landede 1,5 kilometer fra møllen.", "correction note"),
        ("Dąbrowa24.pl © 2026 | Wydawca: Media Lokalne Sp. z o.o. | Kontakt: redakcja@dabrowa24.pl", "copyright"),
    ],
)
def test_furniture_of_held_out_batches_77_and_78(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_77_and_78_cues_stay() -> None:
    assert cue_reason("11.00 - 15.00 uur: voorleesuurtjes en rondleidingen") is None  # a programme's hours, no date
    assert cue_reason("Noticias del accidente llegaron a Francia a mediodía, cuando el colegio informó a las familias.") is None
    assert cue_reason("TT har sökt rederiet för en kommentar om olyckan utanför Ornö.") is None
    assert cue_reason("Von der Mure verschüttet wurde auch die Bahnlinie ins Tal, sagte der Bürgermeister.") is None


def test_reader_comments_signed_with_a_pseudonym_or_over_a_date_in_figures_are_the_threads() -> None:
    page = (
        "Mure in Tirol schneidet Bergdorf ab – Linth-Bote\n"
        "Im österreichischen Wildachtal hat eine Mure nach heftigen Regenfällen eine Strasse und eine Bahnlinie verschüttet.\n"
        "Rund 350 Menschen sitzen im Bergdorf Sölderau fest, wie die Behörden am Sonntagabend mitteilten.\n"
        "Kommentare (4)\n"
        "Kommentarfunktion: Bitte halten Sie sich an unsere Netiquette.\n"
        "R. Landolt, Näfels\n"
        "Zum Glück ist dem Fahrer nichts Schlimmeres passiert. Auch bei uns sind die Hänge nach diesem Regen gesättigt.\n"
        "Bergfreundin\n"
        "Die armen Feriengäste, ausgerechnet über Pfingsten.\n"
        "Comentarios (2)\n"
        "Una vecina   17/09/2027 10:12\n"
        "Siempre han sido serios. Mis hijos han ido con ellos de excursión mil veces.\n"
        "Meistgelesen\n"
        "Stadtfest Nordhorst: Das ist das Programm am Wochenende\n"
        "Kreistag beschließt neue Kita-Gebühren\n"
    )
    reasons = _reasons(page)
    for comment in (
        "Zum Glück ist dem Fahrer nichts Schlimmeres passiert. Auch bei uns sind die Hänge nach diesem Regen gesättigt.",
        "Die armen Feriengäste, ausgerechnet über Pfingsten.",
        "Siempre han sido serios. Mis hijos han ido con ellos de excursión mil veces.",
    ):
        assert reasons[comment] == "reader comment"
    # A most-read list's header over its entries is no reader's name.
    assert reasons["Kreistag beschließt neue Kita-Gebühren"] == "related links"


def test_a_scoreboard_under_its_title_at_a_live_reports_foot_stays() -> None:
    page = (
        "SA Castelvieil - RC Port-Sainte-Marie : suivez le match en live\n"
        "18h10\n"
        "FIN DU MATCH ! Castelvieil s'impose 16-15 au terme d'une fin de match irrespirable, devant 14 000 spectateurs.\n"
        "Le tableau d'affichage\n"
        "SA Castelvieil 16 - 15 RC Port-Sainte-Marie\n"
        "Mi-temps : 6-7\n"
        "Castelvieil : 1 essai Ferran (43e), 1 transformation, 2 pénalités (6e, 33e) et 1 drop (76e) Lacoste\n"
    )
    reasons = _reasons(page)
    assert reasons["Le tableau d'affichage"] in ("heading", "news")
    assert reasons["SA Castelvieil 16 - 15 RC Port-Sainte-Marie"] in ("heading", "news")


def test_a_free_consultation_under_an_ads_label_is_the_ad() -> None:
    page = (
        "Coach overturns on Spanish motorway | Iberia Herald\n"
        "A coach carrying 52 French schoolchildren on a school trip overturned on a motorway in Spain on Tuesday.\n"
        "Advertisement\n"
        "Moving to Spain? Talk to our English-speaking conveyancing lawyers today. Free initial consultation.\n"
        "The pupils, aged 13 and 14, are from a school near Toulouse, and twelve were taken to hospital.\n"
    )
    reasons = _reasons(page)
    assert reasons[
        "Moving to Spain? Talk to our English-speaking conveyancing lawyers today. Free initial consultation."
    ] == "advertising"
    assert reasons["The pupils, aged 13 and 14, are from a school near Toulouse, and twelve were taken to hospital."] == "news"


def test_the_rights_reserved_before_the_copyright_sign_name_no_outlet() -> None:
    from newsfuse.clean.metadata import infer_outlet

    assert infer_outlet(["Todos los derechos reservados © 2027"]) is None
    found = infer_outlet(["Todos los derechos reservados © 2027", "Diario del Turia, S.L. © 2026."])
    assert found is not None and found[0] == "Diario del Turia"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("➜ Veja também: Galeria: as imagens do incêndio de Penalva da Raia", "related links"),
        ("— Anúncio —", "advertising"),
        ("🔊 Ouvir notícia", "notification prompt"),
        ("Nota da redação: este artigo foi atualizado às 21:40 com o número de meios aéreos empenhados.", "correction note"),
        ("Reuters in Lisbon", "byline"),
        ("Blitzer heute im Vogelsbergkreis: B254 bei Eisenbach, L3139 Ortsdurchfahrt Grebenhain", "service box"),
        ("Grelha de programação", "service box"),
        ("Outras notícias", "related links"),
        ("Echo+ Artikel: Warum die Regionalstrecken im Vogelsberg so störanfällig sind – unsere Analyse", "related links"),
        ("Dit liveblog is gesloten.", "live notice"),
        ("Ververs pagina", "live notice"),
        ("PUBLICITÀ", "advertising"),
        ("Partner działu Bezpieczeństwo", "advertising"),
        ("Notowania: Węgiel ARA 112,40 USD/t (+0,8%) | EUA 74,15 EUR (-0,3%)", "market data"),
        ("Materiały PAP stanowią element Serwisów Informacyjnych PAP, chronionych prawem autorskim.", "legal notice"),
        ("Ecos da Estrela — Rádio Ecos da Estrela, CRL · Av. 25 de Abril, 40 · Seia", "legal notice"),
        ("Bleiben Sie informiert: Der Neißeblick-Newsletter – jeden Werktag um 17 Uhr.", "subscription prompt"),
        ("Der Alpen-Rundschau-Morgenbrief: Alles, was Sie heute wissen müssen. Jetzt kostenlos anmelden.", "subscription prompt"),
    ],
)
def test_furniture_of_held_out_batches_79_and_80(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_79_and_80_cues_stay() -> None:
    # a dash opening a quotation and a copyright sign are no decoration to strip
    assert cue_reason("– Vi fikk melding om at ferja hadde truffet grunnen, sier operasjonslederen.") is None
    assert cue_reason("© 2027 Vendelbo Nyt. Alle rettigheder forbeholdes.") == "copyright"
    assert cue_reason("Reuters in Lisbon reported that the fire had been brought under control by evening.") is None
    assert cue_reason("Outras notícias dão conta de mais dois incêndios no distrito.") is None


def test_comments_set_off_by_a_dash_or_dated_under_a_pseudonym_and_a_subheading_after_an_ad_stay_apart() -> None:
    page = (
        "Incendio en Portugal | El Mirador de la Raya\n"
        "Un incendio obligó este sábado a evacuar a unas 750 personas en Penalva da Raia, cerca de la frontera.\n"
        "Anzeige\n"
        "Jobs in Ihrer Region: Lokführer (m/w/d) gesucht – jetzt bei der RTV bewerben!\n"
        "Ursache unklar – Weiche im Blick\n"
        "Warum der Zug entgleiste, ist noch unklar. Ermittler der Bundesstelle sind vor Ort, sagte ein Sprecher.\n"
        "3 comentarios\n"
        "Paco_Fuenteseca — Desde el Rebollar se ve el humo perfectamente. Mucho ánimo a los vecinos portugueses.\n"
        "Lucía M. — ¿Alguien sabe si el paso de la frontera está abierto para coches?\n"
        "Lo más leído\n"
        "Postings 12\n"
        "Bahnfahrer_Graz\n"
        "Und bei uns wird über jeden Nebenbahn-Euro gestritten. Gut, dass nichts Schlimmeres passiert ist.\n"
        "15.03.2027, 14:40\n"
        "Vorarlbergerin\n"
        "Vier Leichtverletzte bei 20 km/h – da hat die Technik offenbar versagt.\n"
        "15.03.2027, 15:02\n"
    )
    reasons = _reasons(page)
    assert reasons["Lucía M. — ¿Alguien sabe si el paso de la frontera está abierto para coches?"] == "reader comment"
    assert reasons["Ursache unklar – Weiche im Blick"] in ("heading", "news")
    assert reasons["Vier Leichtverletzte bei 20 km/h – da hat die Technik offenbar versagt."] == "reader comment"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("... we have a small favour to ask. Millions turn to The Continental Post for independent journalism. If you "
         "can, support us today with a contribution of any size: it takes less than a minute.", "donation appeal"),
        ("Västkustbladets nyhetsbrev – varje morgon i din mejl. Prenumerera gratis.", "subscription prompt"),
        ("Västkustbladet ingår i Kustmedia AB. Org.nr 556000-0000.", "legal notice"),
        ("Were you running today? Send us your photos and stories via our WhatsApp tips line.", "reader call-out"),
        ("VIDEO. Beelden van de rookpluim boven Hoeverdonk", "video prompt"),
        ("Het Vlaamse Dagblad is lid van de Raad voor de Journalistiek.", "legal notice"),
        ("Kempen Lokaal is een initiatief van Regionale Media Kempen vzw.", "legal notice"),
        ("El Diario del Guadalmar - Editorial Guadalmar S.L.", "legal notice"),
        ("Crónica Andaluza es un medio independiente sostenido por sus socios y socias.", "donation appeal"),
        ("Relacja automatycznie odświeża się co 60 sekund", "live page tools"),
        ("Obstaw finał z bonusem 200 zł. Graj odpowiedzialnie. 18+", "advertising"),
        ("Detta är en artikel från Sjöbacka Tidningen. Vi granskar, berättar och förklarar - varje dag.", "legal notice"),
        ("Von dpa und Julia Renner", "byline"),
        ("Kommentarer fra abonnenter. Du må være innlogget for å kommentere.", "comment prompt"),
        ("Una carrozzeria di Brezzate con le auto danneggiate in attesa di perizia (Ticino Ora / Sara Molinari)", "caption with credit"),
    ],
)
def test_furniture_of_held_out_batches_81_and_82(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_81_and_82_cues_stay() -> None:
    assert cue_reason("Die Koalition aus SPD und Grünen (SPD / Grüne) stimmte am Abend geschlossen für den Antrag.") is None
    assert cue_reason("Video footage shared by residents showed thick black smoke drifting over the border.") is None
    assert cue_reason("Von dpa-Reportern befragte Anwohner berichteten von einem beißenden Geruch in der Nacht.") is None


def test_an_empty_ad_slot_over_a_quotation_subheading_and_offers_under_an_ads_label() -> None:
    page = (
        "Ferjekai raste delvis i sjøen | Vestkystposten\n"
        "Like før klokka seks lørdag morgen raste om lag 15 meter av kaifronten på Storvika ferjekai ut i sjøen.\n"
        "ANNONSE\n"
        "Ordfører: – Krevende for øya\n"
        "Ordfører Kari Vestrheim (Sp) i Hallsund var på stedet lørdag formiddag, og hun lovet en rask løsning.\n"
        "Publicidad\n"
        "Aire acondicionado con instalación incluida desde 499 €. Climatizaciones Mérida Hermanos\n"
        "ANZEIGE\n"
        "Jetzt Kfz-Versicherung wechseln und bis zu 300 Euro sparen – Vergleichsportal AutoTarifPlus\n"
        "Für Mittwoch erwarten die Meteorologen in der Region eine Wetterberuhigung, sagte ein Sprecher.\n"
    )
    reasons = _reasons(page)
    assert reasons["Ordfører: – Krevende for øya"] in ("heading", "news")
    assert reasons["Aire acondicionado con instalación incluida desde 499 €. Climatizaciones Mérida Hermanos"] == "advertising"
    assert reasons["Jetzt Kfz-Versicherung wechseln und bis zu 300 Euro sparen – Vergleichsportal AutoTarifPlus"] == "advertising"


def test_an_agency_in_brackets_after_its_copyright_sign_names_no_outlet() -> None:
    from newsfuse.clean.metadata import infer_outlet

    assert infer_outlet(["Kaia ble rehabilitert i 2019. (©NTB)"]) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Hinweis: Teile dieses Artikels stammen von der Deutschen Presse-Agentur (dpa).", "agency sign-off"),
        ("Aus der Stadt. Für die Stadt.", "site branding"),
        ("Jetzt AZ+ 1 Monat gratis testen", "subscription prompt"),
        ("Cet article vous est offert. Découvrez nos offres d'abonnement.", "subscription prompt"),
        ("Chaque vendredi, l'essentiel de l'actualité européenne. Je m'inscris", "subscription prompt"),
        ("Dagens Ekko+ abonnenter får adgang til alle artikler, e-avis og podcasts.", "subscription prompt"),
        ("Dans l'actualité du Loir-et-Cher", "related links"),
        ("Também pode interessar", "related links"),
        ("Pär Lindqvist och Emma Sjöberg rapporterar", "byline"),
        ("Ältestes zuerst | Neuestes zuerst", "page tools"),
        ("Sabine Kettler ist seit 2015 Lokalredakteurin beim Osterbrücker Anzeiger und berichtet über Stadtrat, Verkehr "
         "und Bauprojekte.", "author bio"),
    ],
)
def test_furniture_of_held_out_batches_83_and_84(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_83_and_84_cues_stay() -> None:
    assert cue_reason("Die Stadt will die Brücke bis 2030 erneuern, sagte der Bürgermeister der Stadt.") is None
    assert cue_reason("Dans l'actualité récente, la boulangerie avait déjà été primée en 2024 pour ses croissants.") is None
    assert cue_reason("Polisen rapporterar att ingen skadades vid olyckan på lördagen.") is None
    assert cue_reason("Teile dieses Artikels hat die Redaktion nach Hinweisen von Lesern korrigiert.") is None


def test_a_reader_signing_as_a_neighbour_an_account_offered_under_an_ad_and_a_sign_off_after_the_last_sentence() -> None:
    page = (
        "La biblioteca amplía su horario | El Eco de Valdearce\n"
        "La Biblioteca Municipal de Valdearce ampliará su horario a partir del próximo lunes para los estudiantes.\n"
        "El centro abrirá de lunes a sábado de 9.00 a 21.00 horas de forma ininterrumpida hasta el 31 de julio.\n"
        "Advertisement\n"
        "Moving to Spain? Open a bank account in English in 10 minutes – no Spanish required.\n"
        "La sala de estudio cuenta con 84 puestos, wifi gratuito y enchufes en todas las mesas. /efe/\n"
        "Comentarios (2)\n"
        "Pili_V: ¡Enhorabuena! Todo el pueblo está orgulloso.\n"
        "Un vecino: Ya era hora lo de la biblioteca, mi hija se va a estudiar fuera todas las tardes.\n"
    )
    reasons = _reasons(page)
    assert reasons["Moving to Spain? Open a bank account in English in 10 minutes – no Spanish required."] == "advertising"
    assert reasons["Un vecino: Ya era hora lo de la biblioteca, mi hija se va a estudiar fuera todas las tardes."] == "reader comment"
    assert reasons["La sala de estudio cuenta con 84 puestos, wifi gratuito y enchufes en todas las mesas. /efe/"] == "news"


def test_a_danish_report_closing_on_its_agencys_mark_keeps_its_last_sentence() -> None:
    page = (
        "Vinge knækket af vindmølle | Dagens Ekko\n"
        "En vinge er fredag morgen knækket af en vindmølle i Rødhede Vindmøllepark ved Lundby Kær i Vestjylland.\n"
        "Vingen, der er omkring 58 meter lang, landede på en mark cirka 120 meter fra møllen, oplyser politiet.\n"
        "Arbejdstilsynet er underrettet. /ritzau/\n"
        "Del\n"
        "Kopier link\n"
    )
    assert _reasons(page)["Arbejdstilsynet er underrettet. /ritzau/"] in ("news", "heading")


def test_a_local_page_of_two_items_each_signed_with_its_date_is_cut() -> None:
    first = (
        "KOMUNIKACJA\n"
        "Nowy rozkład jazdy linii nr 4. Od 1 września tramwaje pojadą częściej\n"
        "Od środy tramwaje linii nr 4 będą w godzinach szczytu kursować co 7,5 minuty zamiast co 10 minut.\n"
        "Tomasz Zalewski | 27 sierpnia 2027, 09:15\n"
        "Miejskie Przedsiębiorstwo Komunikacyjne wprowadza od 1 września nowy rozkład jazdy na linii tramwajowej nr 4.\n"
        "Ostatni tramwaj z dworca odjedzie o 23.40, czyli o 20 minut później niż obecnie, podało przedsiębiorstwo.\n"
    )
    second = (
        "EDUKACJA\n"
        "Uczniowie „Heweliusza” z nagrodą w ogólnopolskim konkursie naukowym\n"
        "Troje licealistów z III LO zajęło pierwsze miejsce w konkursie „Młody Badacz” za projekt o mikroplastiku.\n"
        "Anna Kołodziej | 27 sierpnia 2027, 11:40\n"
        "Uczniowie przez pół roku pobierali próbki wody z dziewięciu miejsc na rzece i w każdym znaleźli mikroplastik.\n"
        "Nagrodą jest 15 tys. zł na rozwój projektu oraz tygodniowy staż w laboratorium uczelni technicznej.\n"
    )
    items = split_items(first + "\n" + second)
    assert len(items) == 2 and items[1][0][1] == "EDUKACJA"
    assert len(split_items(first)) == 1


def test_the_line_over_a_wire_dateline_under_the_byline_is_the_standfirst() -> None:
    page = (
        "La fiera del tartufo chiude il primo weekend | Il Corriere Collinare\n"
        "La fiera del tartufo chiude il primo weekend con 38mila visitatori\n"
        "di Redazione\n"
        "17 Ottobre 2027 - 20:15\n"
        "Prezzi in calo rispetto allo scorso anno: il tartufo bianco si vende tra 3.200 e 4.500 euro al chilo.\n"
        "Il centro storico affollato per la fiera (foto Comune di Roccaverde)\n"
        "ROCCAVERDE (ANSA) - Sono stati circa 38mila i visitatori che nel primo fine settimana hanno affollato il centro.\n"
        "Al mercato coperto i trifolai hanno esposto tartufi bianchi venduti tra 3.200 e 4.500 euro al chilo.\n"
    )
    reasons = _reasons(page)
    assert reasons["Prezzi in calo rispetto allo scorso anno: il tartufo bianco si vende tra 3.200 e 4.500 euro al chilo."] == "standfirst"
    assert reasons["Al mercato coperto i trifolai hanno esposto tartufi bianchi venduti tra 3.200 e 4.500 euro al chilo."] == "news"


def test_the_papers_name_beats_its_publishing_company() -> None:
    page = (
        "Liveticker Relegation: Hollerbach gegen Mettenhausen | Hollerbacher Rundschau\n"
        "Hollerbacher Rundschau\n"
        "Nach dem 1:1 im Hinspiel fällt am Montagabend in der Hollertal-Arena die Entscheidung über den Klassenerhalt.\n"
        "Die Hollertal-Arena ist mit 24.300 Zuschauern ausverkauft, rund 3.500 Gäste-Fans sind angereist.\n"
        "© 2027 Hollerbacher Verlagsgesellschaft mbH & Co. KG\n"
    )
    assert _outlet_of(page) == "Hollerbacher Rundschau"


def test_a_german_ordinal_minute_opens_no_sentence() -> None:
    from newsfuse.clean.sentences import split_sentences

    assert split_sentences("Das Spiel läuft. 12. Minute: Erste Gelbe Karte der Partie.") == [
        "Das Spiel läuft.",
        "12. Minute: Erste Gelbe Karte der Partie.",
    ]
    assert split_sentences("Es steht 2:1. Tag drei beginnt.") == ["Es steht 2:1.", "Tag drei beginnt."]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Le panne assorbenti stese nel Sorda, a valle del viadotto - Foto Sergio Bellone", "caption with credit"),
        ("I tecnici e i vigili del fuoco alla presa durante l'esercitazione (ph. Gazzetta della Granda)",
         "caption with credit"),
        ("SPAZIO PROMOZIONALE", "advertising"),
        ("¿Tienes algo que contar? Escribe a la autora", "reader call-out"),
        ("ATS/AFP/réd.", "byline"),
        ("#Valsorda #acqua #protezionecivile #A41", "tags"),
        ("+++ Eilmeldung +++ Luchs in Lintveld gefangen +++ Wildpark: „Ole geht es gut“ +++", "news ticker"),
        ("Ces articles peuvent vous intéresser", "related links"),
        ("Articles en lien", "related links"),
        ("À la une cette semaine", "related links"),
        ("Éditions du Nord vaudois SA, rue des Remparts 12, 1400 Yverdon-les-Bains", "legal notice"),
        ("Actualizada 15:20 h", "timestamp"),
    ],
)
def test_furniture_of_held_out_batches_85_and_86(line: str, reason: str) -> None:
    assert (cue_reason(line) or "").startswith(reason)


def test_news_lines_near_the_batch_85_and_86_cues_stay() -> None:
    assert cue_reason("Il sindaco ha parlato alla folla - Foto e video sono stati diffusi dalla prefettura.") is None
    assert cue_reason("La società Acque Valsorda SA ha chiuso la presa, 3 km a valle del viadotto.") is None
    assert cue_reason("Die Polizei sperrte die Gärten ab und meldete um 16.05 Uhr den Fang.") is None
    assert cue_reason("Articles en lien avec l'accident ont été retirés du site du journal, a indiqué la direction.") is None


def test_a_live_pages_title_after_its_minute_by_minute_kicker_is_its_title() -> None:
    page = (
        "AO MINUTO | Duarte Pestana vence a final do Almas Altas Pro e é campeão nacional de surf - Diário do Litoral\n"
        "Diário do Litoral\n"
        "Duarte Pestana vence a final em Almas Altas e é campeão nacional de surf\n"
        "Duarte Pestana venceu a final masculina com 16,90 pontos, contra 14,23 de Gonçalo Frade, e é campeão.\n"
    )
    reasons = _reasons(page)
    assert reasons[page.split("\n")[0]] == "title"


def test_ads_offering_free_delivery_measuring_or_a_first_consultation_and_a_couples_comment() -> None:
    page = (
        "Solvent spill closes water intake in Valsorda | The Piedmont Courier\n"
        "A tank lorry carrying industrial solvent overturned on the A41 viaduct over the river Sorda on Tuesday.\n"
        "Advertisement\n"
        "Moving to Piedmont? English-speaking surveyors and notary services in Alba and Asti. Free first consultation\n"
        "The company says about 38,000 people are affected, in the town centre and in the outlying frazioni.\n"
        "Comments (9)\n"
        "Giulia R.: Does anyone know if the bars in the centro storico are still serving coffee?\n"
        "Dave & Sue, Roccabruna: Our village is on a different supply, so we're fine – happy to fill bottles.\n"
    )
    reasons = _reasons(page)
    assert reasons["Moving to Piedmont? English-speaking surveyors and notary services in Alba and Asti. Free first "
                   "consultation"] == "advertising"
    assert reasons["Dave & Sue, Roccabruna: Our village is on a different supply, so we're fine – happy to fill "
                   "bottles."] == "reader comment"
    assert reasons["The company says about 38,000 people are affected, in the town centre and in the outlying "
                   "frazioni."] == "news"


def test_a_short_sentence_under_a_lone_credit_between_paragraphs_is_its_caption() -> None:
    page = (
        "Stuletni kościół znów otwarty | Gazeta Podgórska\n"
        "W niedzielę po raz pierwszy od jesieni 2024 roku w drewnianym kościele odprawiono mszę świętą.\n"
        "Wójt gminy Grzegorz Pałka zapowiedział, że kościół trafi na gminny szlak turystyczny. „Chcemy, żeby przyjeżdżali "
        "tu nie tylko wierni, ale i turyści. Od przyszłego roku w każdą sobotę kościół będzie otwarty” – powiedział.\n"
        "Fot. Anna Zielińska\n"
        "Odnowiona polichromia z 1934 roku w prezbiterium.\n"
        "Wśród wiernych była 96-letnia Stanisława Kurek, najstarsza mieszkanka wsi, która w tym kościele przyjęła "
        "chrzest, pierwszą komunię i ślub, a potem przez pół wieku sprzątała go przed każdą niedzielną mszą.\n"
        "Fot. Anna Zielińska\n"
        "Po mszy odbył się piknik\n"
        "Na placu przykościelnym piknik przygotowało Koło Gospodyń Wiejskich razem ze strażakami z OSP.\n"
    )
    reasons = _reasons(page)
    assert reasons["Odnowiona polichromia z 1934 roku w prezbiterium."] == "photo caption"
    assert reasons["Po mszy odbył się piknik"] != "photo caption"  # a subheading ends on no full stop


def test_a_newspapers_name_with_las_cuts_from_its_title_and_a_two_reporter_byline() -> None:
    page = (
        "Un pesquero portugués rescata a los nueve tripulantes del 'Nuevo Marisol' - El Faro de las Rías\n"
        "El Faro de las Rías\n"
        "Porto Seixido 13º Lluvia fuerte | Aviso naranja en el litoral\n"
        "MAR\n"
        "Un pesquero portugués rescata a los nueve tripulantes del 'Nuevo Marisol'\n"
        "El palangrero de Porto Seixido se fue a pique esta madrugada en pleno temporal, a 32 millas de la costa.\n"
    )
    reasons = _reasons(page)
    assert reasons[page.split("\n")[0]] == "title"
    assert reasons["Porto Seixido 13º Lluvia fuerte | Aviso naranja en el litoral"] == "page header"
    assert reasons["MAR"] == "page header"
    live = (
        "Haugland og Sæther i finaleduell | Fjelltidende\n"
        "Haugland og Sæther i finaleduell\n"
        "Eirik Haugland leder med et halvt poeng før niende og siste runde mot nærmeste forfølger Tobias Sæther.\n"
        "Ingrid Solheim og Kristoffer Lunde\n"
        "Publisert: 25.04.2027 14:41 | Sist oppdatert: 25.04.2027 19:52\n"
        "Spillesalen på Brekkestad Fjellhotell er fullsatt, og arrangøren har satt opp ekstra stoler i salen.\n"
    )
    assert _reasons(live)["Ingrid Solheim og Kristoffer Lunde"] == "byline"


def test_a_polish_priests_abbreviation_ends_no_sentence() -> None:
    from newsfuse.clean.sentences import split_sentences

    assert split_sentences("„Bez nich nie dalibyśmy rady” – mówił proboszcz ks. Tadeusz Mazur. Potem był piknik.") == [
        "„Bez nich nie dalibyśmy rady” – mówił proboszcz ks. Tadeusz Mazur.",
        "Potem był piknik.",
    ]


def test_a_polish_title_of_two_abbreviations_ends_no_sentence_but_a_nordic_kan_does() -> None:
    from newsfuse.clean.sentences import split_sentences

    assert split_sentences("– Dach runął nad ranem – mówił ks. kan. Jerzy Pal, proboszcz parafii. Potem była msza.") == [
        "– Dach runął nad ranem – mówił ks. kan. Jerzy Pal, proboszcz parafii.",
        "Potem była msza.",
    ]
    assert split_sentences("Jak przekazała asp. szt. Anna Bury z komendy, prąd był odłączony. Śledztwo trwa.") == [
        "Jak przekazała asp. szt. Anna Bury z komendy, prąd był odłączony.",
        "Śledztwo trwa.",
    ]
    assert split_sentences("Vi gör vad vi kan. Sedan får vi se.") == ["Vi gör vad vi kan.", "Sedan får vi se."]


def test_rate_and_weather_rows_a_comment_count_sentence_and_its_dated_commenters() -> None:
    page = (
        "Cierra el puente de la N-340 por grietas en sus vigas | Diario del Segre\n"
        "Euríbor 2,38 %  ·  Gasóleo A 1,402 €/l  ·  IBEX 35 12.604,1 (-0,21 %)\n"
        "Torreblanca 14° Niebla, despejando por la tarde\n"
        "Cierra el puente de la N-340 por grietas en sus vigas\n"
        "El Ministerio de Transportes cerró este martes al tráfico el puente de la N-340 sobre el río Cenia tras "
        "detectar grietas en dos de sus vigas durante una inspección rutinaria.\n"
        "Los camiones deberán desviarse por la AP-7, un rodeo de unos 22 kilómetros, según informó la Demarcación de "
        "Carreteras.\n"
        "Hay 2 comentarios\n"
        "Ernesto P. — 14/10/2027 19:02\n"
        "Llevamos diez años avisando de que ese puente no aguantaba.\n"
    )
    reasons = _reasons(page)
    assert reasons["Euríbor 2,38 %  ·  Gasóleo A 1,402 €/l  ·  IBEX 35 12.604,1 (-0,21 %)"] != "news"
    assert reasons["Torreblanca 14° Niebla, despejando por la tarde"] == "weather widget"
    assert reasons["Hay 2 comentarios"] == "comment widget"
    assert reasons["Llevamos diez años avisando de que ese puente no aguantaba."] == "reader comment"
    assert reasons["Los camiones deberán desviarse por la AP-7, un rodeo de unos 22 kilómetros, según informó la "
                   "Demarcación de Carreteras."] == "news"
    german = (
        "Stadtrat beschließt neue Fußgängerzone – Kreisbote Ahrweiler\n"
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit die neue Fußgängerzone in der Altstadt beschlossen, "
        "wie Bürgermeisterin Petra Lenz nach der Sitzung mitteilte.\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern.\n"
        "3 Kommentare\n"
        "Klaus-Dieter Wirtz sagt: 12. Oktober 2027 um 21:14 Uhr\n"
        "Endlich! Darauf warten wir seit zwanzig Jahren.\n"
        "Ähnliche Beiträge\n"
        "Neues Parkhaus am Bahnhof eröffnet\n"
    )
    reasons = _reasons(german)
    assert reasons["Klaus-Dieter Wirtz sagt: 12. Oktober 2027 um 21:14 Uhr"] == "comment widget"
    assert reasons["Endlich! Darauf warten wir seit zwanzig Jahren."] == "reader comment"
    assert reasons["Ähnliche Beiträge"] == "related links"
    # a temperature in a report's sentence is news
    assert cue_reason("In der Nacht fiel das Thermometer auf 2° unter null, Nebel lag über dem Tal.") is None


def test_a_motto_under_the_name_below_a_skip_link_and_a_byline_with_ten() -> None:
    page = (
        "Sluis bij Terwolde maandenlang dicht | Rivierland Courant\n"
        "Naar hoofdinhoud\n"
        "Rivierland Courant\n"
        "Het nieuws van de dijk – en van daarachter\n"
        "Nieuws  Regio  Sport  Economie\n"
        "Sluis bij Terwolde maandenlang dicht voor scheepvaart\n"
        "Door Jorien ten Hove\n"
        "De sluis bij Terwolde is sinds maandag gesloten voor alle scheepvaart, nadat duikers schade aan de "
        "onderdeuren ontdekten.\n"
    )
    reasons = _reasons(page)
    assert reasons["Het nieuws van de dijk – en van daarachter"] == "site branding"
    assert reasons["Door Jorien ten Hove"] == "byline"


def test_a_bullet_parts_the_site_from_the_title_and_a_sport_named_headline_opens_its_item() -> None:
    page = (
        "Ransomware shuts regional hospital's systems • NetLedger\n"
        "NetLedger\n"
        "Ransomware shuts regional hospital's systems\n"
        "A regional hospital in northern Portugal took its whole network offline on Tuesday after a ransomware "
        "attack, the health authority said.\n"
    )
    reasons = _reasons(page)
    assert reasons["Ransomware shuts regional hospital's systems • NetLedger"] == "title"
    assert reasons["Ransomware shuts regional hospital's systems"] != "news"
    from newsfuse.clean.segment import split_items

    two = (
        "Approvata la nuova ciclabile - Valdorno Notizie\n"
        "Approvata la nuova ciclabile lungo il fiume: lavori da settembre\n"
        "di Marta Conti\n"
        "12 Maggio 2027\n"
        "Il consiglio comunale di Valdorno ha approvato lunedì sera il progetto della pista ciclabile lungo l'Orno, "
        "tre chilometri dal ponte vecchio alla zona sportiva, con un costo di 1,4 milioni di euro.\n"
        "«Un'opera attesa da anni», ha detto il sindaco Paolo Rinaldi al termine della seduta.\n"
        "SPORT\n"
        "Basket, la Virtus Valdorno conquista la Serie C: festa al palazzetto\n"
        "Le ragazze di coach Bertoni battono la Libertas in gara 3 e salgono di categoria.\n"
        "di Luca Ferri\n"
        "11 Maggio 2027\n"
        "Domenica sera, davanti a seicento spettatori, la Virtus Valdorno ha battuto la Libertas Colle nella gara "
        "decisiva della finale e ha conquistato la promozione in Serie C.\n"
    )
    items = split_items(two)
    assert len(items) == 2
    assert items[1][0][1] == "SPORT"
    assert cue_reason("Basket, la Virtus Valdorno conquista la Serie C: festa al palazzetto") is None
    assert cue_reason("Football, National 2 - 5e journée") == "score widget"  # a league's round is a results list


def test_ad_copy_asking_the_reader_a_membership_price_a_three_month_offer_and_a_caption_naming_a_view() -> None:
    page = (
        "Ferja går igjen etter grunnstøting | Kystposten\n"
        "Ferja «Halsøy» er tilbake i rute etter at den gikk på grunn i tåke mandag morgen, opplyser rederiet.\n"
        "Annonse\n"
        "Trenger du dekksmannskap på kort varsel? Kystbemanning AS – døgnåpen vakttelefon for rederier\n"
        "Skaden på baugen var mindre enn fryktet, og ferja ble reparert på verftet i Søvik på to dager.\n"
    )
    reasons = _reasons(page)
    assert reasons["Trenger du dekksmannskap på kort varsel? Kystbemanning AS – døgnåpen vakttelefon for rederier"] \
        == "advertising"
    assert reasons["Skaden på baugen var mindre enn fryktet, og ferja ble reparert på verftet i Søvik på to dager."] \
        == "news"
    assert cue_reason("El periodismo de proximidad cuesta. Hazte socio de La Voz del Cinca por 5 € al mes.") == (
        "subscription prompt"
    )
    assert cue_reason("Läs Bergslagsbladet Plus i tre månader för 1 krona. Avsluta när du vill.") == (
        "subscription prompt"
    )
    assert cue_reason("Vista aérea del puente de la N-340 sobre el río Cenia.") == "photo caption"
    assert cue_reason("El puente, según la inspección, tenía grietas en dos vigas.") is None
    assert cue_reason("La gare a été fermée. Archivfoto: Kreisbote/mk") == "caption with credit"
    assert cue_reason("Suchen …") == "navigation"
    assert cue_reason("PILNE: Zamknięta droga krajowa nr 12 po wypadku ciężarówki") is not None


def test_a_reporter_with_the_agency_cookie_kinds_a_slashed_outlet_credit_and_a_programme_slot() -> None:
    assert cue_reason("Sanne de Wit en ANP") == "byline"
    assert cue_reason("Hans Pieters / ANP") == "photo credit"  # a slash still credits a photo
    assert cue_reason("Mark Rutte en ANP") == "byline"
    assert cue_reason("Streekomroep Delta gebruikt functionele en marketingcookies om je ervaring te verbeteren.") == (
        "cookie prompt"
    )
    assert cue_reason(
        "Firefighters work at the burning warehouse in Halsbeek, Belgium, March 3, 2027. Daily Courier/Anna Peeters"
    ) == "caption with credit"
    assert cue_reason(
        "Le pont de Vireux vu depuis la rive gauche. Photo d'archives Le Journal des Ardennes / Luc Hamel"
    ) == "caption with credit"
    assert cue_reason("Regio Vandaag: elke werkdag van 16.00 tot 17.00 uur op Radio Delta") == "footer links"
    assert cue_reason("Así trabajamos: conoce nuestros principios editoriales") == "footer links"
    # a report that names a radio programme is news
    assert cue_reason("De burgemeester sprak donderdag over de brand op Radio Delta.") is None


def test_a_ticker_flash_a_desk_byline_a_bookmark_a_dated_update_and_newsletter_prompts() -> None:
    assert cue_reason("FLASH · 09h12 · Accident sur l'A7 : deux voies fermées") == "news ticker"
    assert cue_reason("Tindeposten Sport  ·  Reporter: Kari Lunde og Per Dahl (foto)") == "byline"
    assert cue_reason("Artikel merken") == "page tools"
    assert cue_reason("Trento, lunedì 6 dicembre 2027 – aggiornato alle 11:05") == "timestamp"
    assert cue_reason("Want more stories like this? Get our weekly briefing every Monday. Sign up free") == (
        "subscription prompt"
    )
    assert cue_reason("Nichts mehr verpassen: Mit unserem Newsletter erhalten Sie jeden Morgen die Nachrichten.") == (
        "subscription prompt"
    )
    assert cue_reason("Słubice: 4°C, zachmurzenie umiarkowane") == "weather widget"
    # a report's flash flood is news
    assert cue_reason("Flash floods cut the road to the village on Monday, the police said.") is None


def test_offers_under_an_ads_label_and_its_button() -> None:
    page = (
        "Sturm reißt Dach von Turnhalle – Oberland Anzeiger\n"
        "Sturm reißt Dach von Turnhalle\n"
        "Ein Sturm hat am Dienstagabend das Dach der Turnhalle in Weilbrunn abgedeckt, verletzt wurde niemand.\n"
        "Anzeige\n"
        "Frühlingsaktion: bei Gartenmöbeln bis zu 30 % sparen | Möbel Kranz, Weilbrunn\n"
        "Jetzt Termin buchen\n"
        "Die Feuerwehr sicherte das Gebäude noch in der Nacht, wie Kommandant Jörg Seidl sagte.\n"
    )
    reasons = _reasons(page)
    assert reasons["Jetzt Termin buchen"] == "advertising"
    assert reasons["Die Feuerwehr sicherte das Gebäude noch in der Nacht, wie Kommandant Jörg Seidl sagte."] == "news"
    spanish = (
        "La sequía reduce la cosecha de aceituna | El Correo del Sur\n"
        "La sequía reduce la cosecha de aceituna\n"
        "Los olivareros de la comarca calculan que este año recogerán la mitad de aceituna que en una campaña normal.\n"
        "PUBLICIDAD\n"
        "Almazara Los Olivos: visita nuestra almazara y prueba nuestro aceite. Reservas en el 953 12 34 56\n"
        "La cooperativa pide ayudas a la Junta para pagar los riegos de apoyo.\n"
    )
    assert _reasons(spanish)["Almazara Los Olivos: visita nuestra almazara y prueba nuestro aceite. Reservas en el "
                             "953 12 34 56"] == "advertising"
    norwegian = (
        "Snøkaos på E6 – Dalposten\n"
        "Snøkaos på E6\n"
        "Flere vogntog sto fast i bakkene ved Kvam natt til fredag, og veien var stengt i tre timer.\n"
        "ANNONSE\n"
        "Juletilbud hos Dekk & Felg Kvam: 20 prosent på alle vinterdekk denne uken.\n"
        "Statens vegvesen åpnet veien igjen klokken seks.\n"
    )
    assert _reasons(norwegian)["Juletilbud hos Dekk & Felg Kvam: 20 prosent på alle vinterdekk denne uken."] == (
        "advertising"
    )
    assert cue_reason("Stadtwerke: Wechseln Sie jetzt – fragen Sie Ihren Energieberater! Alle Infos bei Ihrem "
                      "Kundencenter") is None  # only under an ad's label


def test_a_live_pages_tool_bar_and_a_caption_saying_what_is_in_the_background() -> None:
    live = (
        "Cup final LIVE: Harbour Town lift the trophy - Coast Gazette\n"
        "Cup final LIVE: Harbour Town lift the trophy\n"
        "By Sam Reid\n"
        "Show key events only | Refresh | Share this live blog\n"
        "17:02\n"
        "Harbour Town have won the county cup for the first time in 40 years after beating Elmfield 2-1.\n"
        "16:40\n"
        "Elmfield pull one back through a header from their captain.\n"
    )
    [item, *_] = _items(live)
    reasons = {d.text: d.reason for d in item.decisions}
    assert reasons["Show key events only | Refresh | Share this live blog"] != "news"
    polish = (
        "Pożar hali w Brzegu | Gazeta Nadodrzańska\n"
        "Pożar hali w Brzegu\n"
        "W nocy z poniedziałku na wtorek spłonęła hala magazynowa przy ulicy Portowej. Ogień zauważył przejeżdżający "
        "kierowca, który około godziny drugiej zaalarmował straż pożarną. Nikt nie został ranny, ale straty właściciel "
        "szacuje na kilka milionów złotych.\n"
        "Fot. Jan Nowak / Gazeta Nadodrzańska\n"
        "Strażacy dogaszają pogorzelisko przy ulicy Portowej. W tle budynek biurowy firmy, który ocalał.\n"
        "Na miejscu pracowało dwanaście zastępów straży pożarnej z całego powiatu przez ponad sześć godzin.\n"
    )
    assert _reasons(polish)["Strażacy dogaszają pogorzelisko przy ulicy Portowej. W tle budynek biurowy firmy, który "
                            "ocalał."] == "photo caption"


def test_topics_to_follow_bracketed_picture_labels_an_italian_registration_and_an_agency_after_a_photographer() -> None:
    assert cue_reason("Themen folgen: Verkehrsunfälle in Bayern | A9 | Polizei") == "tags"
    assert cue_reason("[FOTO] Il fronte della frana visto dall'elicottero dei Vigili del fuoco") == "photo credit"
    assert cue_reason("[Image] Firefighters survey the landslide above Cadelvo, Italy.") == "photo credit"
    assert cue_reason("THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.") == "photo credit"
    assert cue_reason("Potrebbero interessarti") == "related links"
    assert cue_reason("Eco della Valle – Periodico online iscritto al n. 3/2009 del Registro stampa del Tribunale di "
                      "Sondrio") == "legal notice"
    assert cue_reason("Miejsce wypadku na autostradzie A4 w pobliżu Legnicy. Fot. Thomas Gmeiner/dpa/PAP") == (
        "caption with credit"
    )
    assert cue_reason("Veranstaltungstipps") == "event teaser"
    assert cue_reason("Sa., 12.06.: Sommerfest der Blaskapelle, Festplatz am Sportheim, ab 17 Uhr") == "event teaser"
    assert cue_reason("Par Bernard Lestrade (correspondant local)") == "byline"
    # news: a case before a court, a team's fixture in a sentence
    assert cue_reason("La causa, iscritta al ruolo del tribunale di Sondrio, riprende lunedì.") is None
    assert cue_reason("Am Samstag, 12. Juni, spielt die Mannschaft in Erfurt.") is None


def test_a_two_name_byline_with_a_particle_readers_in_brackets_or_with_their_age_and_an_ad_to_switch_supplier() -> None:
    dutch = (
        "Bus met leerlingen kantelt op Duitse snelweg - Veluwse Courant\n"
        "Bus met leerlingen kantelt op Duitse snelweg\n"
        "Zeker 27 gewonden bij ongeluk in Beieren, vier leerlingen zijn zwaargewond.\n"
        "Sanne Wijnbergen en Joost van Olst\n"
        "15 okt. 2027 om 21:40\n"
        "Een touringcar met leerlingen van De Veenhorst uit Hardenveen is vrijdagochtend op de A9 bij Wolfertsried "
        "gekanteld. De bus was op weg naar München voor een schoolreis van vijf dagen.\n"
    )
    assert _reasons(dutch)["Sanne Wijnbergen en Joost van Olst"] == "byline"
    portuguese = (
        "Naufrágio ao largo de Lavradas - A Voz de Lavradas\n"
        "Naufrágio ao largo de Lavradas\n"
        "Cinco pescadores foram resgatados com vida e dois continuam desaparecidos depois de o arrastão se ter "
        "afundado na noite de domingo, a noroeste do porto de Lavradas.\n"
        "Comentários\n"
        "Maria do Céu Azevedo: Força a todas as famílias.\n"
        "José Lopes (emigrante em França): Conheço o Quim desde pequeno. Estamos todos convosco, de longe.\n"
    )
    assert _reasons(portuguese)["José Lopes (emigrante em França): Conheço o Quim desde pequeno. Estamos todos "
                                "convosco, de longe."] == "reader comment"
    french = (
        "Glissement de terrain à Cadelvo - Le Matin Romand\n"
        "Glissement de terrain à Cadelvo\n"
        "Un glissement de terrain a coupé mercredi la seule route d'accès au hameau de Cadelvo, en Lombardie, "
        "et 85 habitants ont été évacués par hélicoptère.\n"
        "12 commentaires\n"
        "Pierre-Alain D. · il y a 2 heures: On a vécu la même chose chez nous en 2017. Courage aux habitants.\n"
    )
    assert _reasons(french)["Pierre-Alain D. · il y a 2 heures: On a vécu la même chose chez nous en 2017. Courage "
                            "aux habitants."] == "reader comment"
    italian = (
        "Derby, la Virtus vince 2-1 - TuttoValle\n"
        "Derby, la Virtus vince 2-1\n"
        "La Virtus Roccalta ha vinto il derby della Valdorsa per 2-1 davanti a oltre seimila spettatori.\n"
        "Pubblicità\n"
        "Valdorsa Energia: luce e gas a prezzo bloccato per 24 mesi. Passa a noi!\n"
        "Il Montebrenna resta fermo a 39 punti in classifica.\n"
    )
    assert _reasons(italian)["Valdorsa Energia: luce e gas a prezzo bloccato per 24 mesi. Passa a noi!"] == "advertising"


def test_an_index_in_a_ticker_a_share_row_without_separators_bylines_with_the_agency_and_newsletter_prompts() -> None:
    assert cue_reason("BEL20 4.198,30 (-0,2%) | EUR/USD 1,0790 | Brent 80,05 $") == "stock ticker"
    assert cue_reason("OSEBX 1 487,02 (+1,1 %) | EUR/NOK 11,61") == "stock ticker"
    assert cue_reason("Facebook X WhatsApp Copier le lien") == "share widget"
    assert cue_reason("Nathalie Renard (avec Belga)") == "byline"
    assert cue_reason("Von unserer Redaktion, mit dpa") == "byline"
    assert cue_reason("Door onze verslaggever") == "byline"
    assert cue_reason("Elke ochtend het nieuws uit de regio in je mailbox? Meld je aan voor onze nieuwsbrief, "
                      "schrijf je gratis in.") is not None
    assert cue_reason("Blijf op de hoogte met onze nieuwsbrief. Schrijf je gratis in.") == "newsletter prompt"
    assert cue_reason("Die Eifel-Zeitung jeden Morgen im Postfach: Jetzt zum kostenlosen Newsletter anmelden.") == (
        "newsletter prompt"
    )
    assert cue_reason("Las noticias de tu comarca en el móvil: únete a nuestro canal de WhatsApp") == (
        "newsletter prompt"
    )
    assert cue_reason("Tips oss! Ring 71 20 30 40 eller send SMS til 2030") == "reader call-out"
    assert cue_reason("L'Avenir du Condroz - Éditions Mosanes SRL - Rue du Pont 4, 4500 Huy - redaction@avenir.be") == (
        "footer links"
    )
    assert cue_reason("Vilarinho 17°C, céu limpo | Mar: ondulação O 2 m") == "weather widget"
    assert cue_reason("Mest læst lokalt") == "related links"
    assert cue_reason("Photo d'archives La Gazette de Huy - P.L.") == "photo credit"
    assert cue_reason("J.M.L.") == "photo credit"
    # news: a sentence naming a share price, someone asking readers to sign up to an event, an e-mail in a report
    assert cue_reason("Le BEL20 a perdu 0,4 % jeudi, entraîné par les valeurs chimiques.") is None
    assert cue_reason("Wie wil meedoen aan de schoonmaakactie, kan zich melden bij het gemeentehuis.") is None
    assert cue_reason("Het bedrijf Kustdak NV uit Harlinghaven meldt dat het 120 daken heeft hersteld.") is None


def _reason_under_ad_label(label: str, offer: str) -> str:
    """The reason given to ``offer`` on a short page where it stands under the ad's ``label``."""
    page = (
        "Storm in de regio - Het Noorderblad\n"
        "Storm in de regio\n"
        "Een zware storm heeft dinsdag in de hele regio bomen omvergeblazen en daken beschadigd.\n"
        f"{label}\n{offer}\n"
        "De brandweer rukte meer dan honderd keer uit.\n"
    )
    return _reasons(page)[offer]


def test_offers_under_an_ads_label_and_readers_who_say_where_they_live() -> None:
    french = (
        "Fuite de gaz à Orvenne - La Voix du Hoyoux\n"
        "Fuite de gaz à Orvenne\n"
        "Une fuite de gaz a forcé l'évacuation de quarante habitants d'Orvenne jeudi matin.\n"
        "Annonce\n"
        "Mutualité du Hoyoux: vos lunettes mieux remboursées dès janvier. Plus d'infos sur notre site.\n"
        "Les habitants ont pu regagner leur domicile en fin d'après-midi.\n"
        "5 commentaires\n"
        "Un habitant des Prés: On attend toujours une explication de la commune.\n"
        "Mamou des Bois : Heureusement que personne n'a été blessé.\n"
    )
    reasons = _reasons(french)
    assert reasons["Mutualité du Hoyoux: vos lunettes mieux remboursées dès janvier. Plus d'infos sur notre site."] == (
        "advertising"
    )
    assert reasons["Un habitant des Prés: On attend toujours une explication de la commune."] == "reader comment"
    assert reasons["Mamou des Bois : Heureusement que personne n'a été blessé."] == "reader comment"
    assert reasons["Les habitants ont pu regagner leur domicile en fin d'après-midi."] == "news"
    offers = {
        "Anuncio": "Cubiertas Ribera. Arreglamos tejados y fachadas con presupuesto en 24 horas. Llámanos al 950 111 222.",
        "Annonce": "Black Friday hos Vestby Radio: Op til 30 procent på udvalgte højttalere. Kun i weekenden.",
        "Anzeige": "Hofladen Süderfeld: Weihnachtsenten jetzt vorbestellen – solange der Vorrat reicht.",
        "Advertentie": "Lekkage na de storm? Loodgietersbedrijf De Kraan is 24 uur per dag bereikbaar: 0227 111 222.",
    }
    for label, offer in offers.items():
        assert _reason_under_ad_label(label, offer) == "advertising", offer


def test_agency_bylines_weather_rows_section_names_and_an_outlets_own_line() -> None:
    assert cue_reason("Joanna Sowa (PAP), oprac. mk") == "byline"
    assert cue_reason("Door: ANP/Redactie Westkrant") == "byline"
    assert cue_reason("Med material från TT") == "byline"
    assert cue_reason("Komentarze (48) Pokaż komentarze") == "comment widget"
    assert cue_reason("Venerdì 3 dicembre 2027 – San Francesco Saverio, sacerdote") == "timestamp"
    assert cue_reason("Kvällsposten Plus – 1 krona första månaden. Läs allt, var du vill.") == "subscription prompt"
    assert cue_reason("Brennfjell: -9 °C, snøbyger, liten kuling fra nord") == "weather widget"
    assert cue_reason("Arosa -5° | Ilanz -2° | St. Gallen 1°") == "weather widget"
    assert cue_reason("Havnsø 12° · Let skyet · Vind 4 m/s fra syd") == "weather widget"
    assert cue_reason("NYHETER") == "page header"
    assert cue_reason("Cronaca") == "page header"
    assert cue_reason("Deel artikel:") == "share widget"
    assert cue_reason("Zoek op Dorpsnieuws Veldhoven...") == "search box"
    assert cue_reason("Dorpsnieuws Veldhoven is een onafhankelijke nieuwssite van Stichting Dorpsmedia.") == "site branding"
    assert cue_reason(
        "Rescuers search the rubble of the chapel in Kamienna Wola, Poland, May 4, 2027. KP PSP Nowy Targ/Handout via "
        "EuroWire"
    ) == "caption with credit"
    # news: a report's temperature, a weekday with a saint in a sentence, what a town's paper is in a report
    assert cue_reason("In Brennfjell sank die Temperatur am Dienstag auf -9 °C, der tiefste Wert seit Jahren.") is None
    assert cue_reason("Op vrijdag vierde het dorp de naamdag van San Nicola met een processie.") is None
    assert cue_reason("Cronaca di una notte in pronto soccorso: il racconto di un'infermiera.") is None


def test_more_offers_under_an_ads_label_and_a_readers_thread_with_dated_headers() -> None:
    offers = {
        "REKLAMA": "Pożyczka w Banku Brzeg. Decyzja od ręki, RRSO 12,30%. Szczegóły w oddziale.",
        "ANNONS": "Kamin eller braskamin? Besök Ljungs Värme på Torget 3 – vi hjälper dig hela vägen.",
        "Anzeige": "Jetzt umsteigen: Jobrad für Ihr Team. Beratung bei Zweirad Kessler",
        "Advertentie": "Slagerij De Vries: vier worsten halen, drie betalen!",
    }
    for label, offer in offers.items():
        assert _reason_under_ad_label(label, offer) == "advertising", offer
    thread = (
        "Gaslek in de Molenstraat - Dorpsnieuws\n"
        "Gaslek in de Molenstraat\n"
        "Netbeheerder Westnet heeft dinsdag een lekkende gasleiding in de Molenstraat gevonden en vervangen.\n"
        "De bewoners mochten na twee uur terug naar huis.\n"
        "Reacties (2)\n"
        "Anja Bos schreef op 12 maart 2027 om 08:14:\n"
        "Wij roken het al weken, fijn dat er eindelijk iets gebeurt.\n"
        "P. de Wit schreef op 12 maart 2027 om 11:40:\n"
        "Waarom duurde het zo lang?\n"
        "Plaats een reactie\n"
    )
    reasons = _reasons(thread)
    assert reasons["Wij roken het al weken, fijn dat er eindelijk iets gebeurt."] == "reader comment"
    assert reasons["Waarom duurde het zo lang?"] == "reader comment"
    assert reasons["De bewoners mochten na twee uur terug naar huis."] == "news"


def test_bylines_with_agencies_weather_rows_forum_counts_and_captions_with_a_makers_label() -> None:
    assert cue_reason("Par Claire Mercadier (avec AFP et Lusa)") == "byline"
    assert cue_reason("Por Noelia Carril | Porto de Albeiras | 18.02.2027 | 09:05") == "byline"
    assert cue_reason("Albeiras: 11° Lluvia y viento fuerte | Pleamar 14.26 h | Bajamar 20.41 h") == "weather widget"
    assert cue_reason("Vassnes 3° sludd | Brekkestrand 2° snø | Vind 8 m/s fra sørvest") == "weather widget"
    assert cue_reason("Forum: 148 Postings") == "comment widget"
    assert cue_reason("Domenica 17 ottobre 2027, aggiornato alle 14:35") == "timestamp"
    assert cue_reason("Ce direct est désormais terminé. Merci de l'avoir suivi.") == "live notice"
    assert cue_reason("Rannikkoradio uses cookies to improve its services and to collect statistics.") == "cookie notice"
    assert cue_reason("Aktuelle Beiträge") == "related links"
    assert cue_reason(
        "Le Courrier de l'Aubrette – SAS Presse du Val d'Aubrette, 12 rue des Tanneurs, Villeneuve-sur-Aubrette"
    ) == "legal notice"
    assert cue_reason(
        "Tak ma wyglądać przystanek przy pl. Grunwaldzkim. Wizualizacja: Biuro Projektów Transportowych „Tramprojekt”"
    ) == "caption with credit"
    assert cue_reason(
        "Rocks cover the track near the village of Gfellach, Tyrol, Austria, December 7, 2027. Tyrol Police/Handout via "
        "Continental Wire. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
    ) == "caption with credit"
    assert _reason_under_ad_label(
        "SPONSORED",
        "Is your backup really immutable? Download the 2028 Ransomware Readiness Report from VaultLine and find out.",
    ) == "advertising"
    # news: a report's weather with a bar in it is no row of towns; a sentence saying a firm uses cookies
    assert cue_reason("In Vassnes fiel 3° kalter Regen, sagte der Wetterdienst.") is None
    assert cue_reason("De toezichthouder onderzoekt of de webwinkel zonder toestemming cookies plaatste.") is None


def test_a_title_cut_at_a_dash_before_the_sites_name_and_comments_signed_with_their_age() -> None:
    page = (
        "Autriche: un éboulement coupe une ligne ferroviaire du Tyrol - L'Écho romand\n"
        "Aller au contenu principal\n"
        "L'Écho romand\n"
        "Accueil | Suisse | Vaud | Valais | Genève | Monde | Économie | Sports\n"
        "Monde\n"
        "Un éboulement ensevelit une ligne de montagne au Tyrol\n"
        "Quelque 800 mètres cubes de roche se sont abattus mardi matin sur la voie de la Lorsertalbahn.\n"
        "ATS/APA/réd. | Publié le 8 décembre 2027 à 11h20\n"
        "La ligne restera fermée plusieurs semaines, selon la compagnie.\n"
        "23 Kommentare\n"
        "sepp_aus_tobelried, vor 41 Minuten: Gott sei Dank ist nix passiert.\n"
        "Bergfex72, vor 1 Stunde: Die Wand war schon immer ein Problem.\n"
    )
    reasons = _reasons(page)
    # the page's title, its site's name cut after the dash, not a heading of the report
    assert reasons["Autriche: un éboulement coupe une ligne ferroviaire du Tyrol - L'Écho romand"] == "title"
    assert reasons["sepp_aus_tobelried, vor 41 Minuten: Gott sei Dank ist nix passiert."] == "reader comment"
    assert reasons["Bergfex72, vor 1 Stunde: Die Wand war schon immer ein Problem."] == "reader comment"
    assert reasons["La ligne restera fermée plusieurs semaines, selon la compagnie."] == "news"


def test_a_byline_giving_the_date_dates_the_report() -> None:
    page = (
        "Lorsertalbahn fährt wieder - Oberland Aktuell\n"
        "Lorsertalbahn fährt wieder\n"
        "Text: Verena Schöpf | Montag, 10. Mai 2027, 17:30\n"
        "Um 5.48 Uhr hat der erste Regionalzug am Montag den Bahnhof Hinterlors verlassen.\n"
        "Die Kosten von rund 2,4 Millionen Euro teilen sich das Land Tirol, der Bund und die Bahn.\n"
        "Meistgelesen\n"
        "Von Anna Berg | 3. März 2026, 08:00\n"
    )
    [cleaned] = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    assert cleaned.article.published is not None
    assert cleaned.article.published.isoformat() == "2027-05-10T17:30:00"
    assert cleaned.article.event_date is not None and cleaned.article.event_date.isoformat() == "2027-05-10"


def test_an_italian_live_pages_hours_head_its_updates() -> None:
    page = (
        "Maratona di Borgoriva, caldo anomalo: percorso accorciato. LA DIRETTA - La Provincia Alpina\n"
        "La Provincia Alpina\n"
        "Maratona di Borgoriva, caldo anomalo: percorso accorciato\n"
        "Domenica 17 ottobre 2027, aggiornato alle 14:35\n"
        "LIVE · Aggiorna\n"
        "ore 7.45\n"
        "Buongiorno e benvenuti alla diretta della Maratona di Borgoriva. In piazza il termometro segna già 21 gradi.\n"
        "ore 8.10\n"
        "Il comitato organizzatore ha raddoppiato i punti di ristoro con acqua e sali minerali lungo il percorso.\n"
        "ore 9.30\n"
        "Il percorso della maratona è stato accorciato a 30 chilometri per il caldo, annuncia il comitato.\n"
    )
    items = [c for c in clean_articles([Article(id="x", source="x.txt", raw_text=page)]) if isinstance(c, CleanedItem)]
    times = sorted(c.article.published.strftime("%H:%M") for c in items if c.article.published)
    assert times == ["07:45", "08:10", "09:30"]  # one update under each hour, on the page's day
