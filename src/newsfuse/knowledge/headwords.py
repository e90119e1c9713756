"""What a name's own words say of its kind: countries and regions, and head words ("Monte", "Compagnie", "Inc.").

Small recognisers often label a mountain as a person or a company as a place. A name whose head word says what it is,
or that is a country's name, keeps that kind whatever the recogniser said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

from newsfuse.textnorm import fold, strip_accents

# CLDR codes that name no territory: unions, currency areas, test and unknown regions.
_NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
_LOCALES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "sv", "nb", "da")

# fmt: off
# First words of places: relief, water, streets and squares, in our languages (folded, no accents). Not those that
# are also given names ("Val", "Rio", "Isla", "River") or ranks ("Col.").
_PLACE_FIRST = frozenset({
    "mont", "monte", "mount", "mt", "lake", "lac", "lago", "loch", "pic", "piz", "pizzo", "cape", "cap",
    "capo", "ile", "isola", "island", "fleuve", "vallee", "valle", "golfe", "golfo",
    "gulf", "baie", "bahia", "sierra", "cerro", "puerto", "rue", "boulevard", "avenue", "place", "pont", "gare",
    "aeroport", "plaza", "calle", "via", "piazza", "ponte", "stazione", "aeroporto", "rua", "praca", "avenida",
    "largo",
    # Italian hamlets and buildings, Portuguese and Spanish shores, Polish old towns and squares, castles
    "poggio", "borgo", "rocca", "colle", "palazzo", "palacio", "palais", "praia", "playa", "lagoa", "stare", "stary",
    "plac", "ulica", "aleja", "castello", "castillo", "castelo", "chateau", "kasteel", "schloss"
})
# Last words of places ("Harbour Street", "Kennedy Airport", "Rheinbrücke" is one word and left to the recogniser).
_PLACE_LAST = frozenset({
    "street", "road", "avenue", "square", "bridge", "airport", "station", "stadium", "island", "islands", "river",
    "valley", "mountains", "peninsula", "strait", "canal", "strasse", "platz", "brucke", "bahnhof",
    "flughafen"
})
# Two last words of a building: "City Hall", "Leeds Civic Hall".
_PLACE_BUILDING = re.compile(r"\b(?:city|town|civic|village|concert|county|guild) hall$")
# First words of organisations.
_ORG_FIRST = frozenset({
    "compagnie", "company", "societe", "gesellschaft", "association", "associazione", "asociacion", "institut",
    "institute", "instituto", "istituto", "ministere", "ministry", "ministerio", "ministero", "ministerium",
    "universite", "university", "universidad", "universita", "universitat", "syndicat", "federation", "federacion",
    "banque", "bank", "banco", "banca", "groupe", "grupo", "gruppo", "conseil", "council", "consejo", "consiglio",
    "comite", "committee", "comitato", "agence", "agency", "agencia", "agenzia", "agentur", "parti", "party",
    "partido", "partito", "partei", "fondation", "foundation", "fundacion", "fondazione", "stiftung", "commission",
    "commissione", "comision", "kommission", "tribunal", "court", "cour", "corte", "gericht", "hopital", "hospital",
    "ospedale", "krankenhaus", "ecole", "school", "escuela", "scuola", "schule", "musee", "museum", "museo",
    # Dutch, Polish and Nordic bodies: "Waterschap Linge en Waal", "Raad van State", "Rada Miasta", "Stowarzyszenie ..."
    "waterschap", "gemeente", "provincie", "raad", "gedeputeerde", "stichting", "vereniging", "partij", "rada",
    "stowarzyszenie", "biuro", "urzad", "fundacja", "instytut", "uniwersytet", "szpital", "muzeum", "zwiazek",
    "kommun", "kommune", "forening", "forbund", "sindicato",
    # Spanish, Portuguese and Italian public bodies: "Consejería de Sanidad", "Centro Nacional de Ciberseguridad",
    # "Unidade Local de Saúde", "Câmara Municipal de Vilar de Seixas"
    "consejeria", "conselleria", "junta", "centro", "unidad", "unidade", "servicio", "servico", "servizio",
    "departamento", "dipartimento", "direccion", "direcao", "secretaria", "ayuntamiento", "camara", "prefeitura",
    "diputacion", "generalitat", "consorcio", "confederacion", "sociedad", "sociedade", "fundacao",
    # utilities and operators named for what they run: "Acque Valsorda", "Funivie Valle d'Oro", "Stadtwerke Lindau"
    "acque", "aguas", "eaux", "stadtwerke", "funivie", "ferrovie", "autostrade"
})
# Last words of organisations: legal forms and kinds of bodies. Not "Bank", "Union" or "Federation", which also end
# places ("West Bank", "Soviet Union", "Russian Federation").
_ORG_LAST = frozenset({
    "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "spa", "nv", "bv",
    "ab", "asa", "group", "holding", "holdings", "foundation", "association", "institute", "university", "council",
    "committee", "commission", "ministry", "agency", "party", "society", "club", "trust", "authority", "organisation",
    "organization", "movement", "airlines", "airways", "police", "hospital", "college", "museum", "court", "tribunal",
    "shipping", "fondkommission", "metall"
})
# fmt: on


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Country and region names in every supported language (CLDR through Babel, shipped with the package)."""
    names: set[str] = set()
    for code in _LOCALES:
        for key, name in Locale.parse(code).territories.items():
            if key not in _NOT_PLACES:
                names.add(_folded(name))
    return frozenset(names)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[\w]+", strip_accents(fold(text))))


def kind_from_name(name: str) -> str | None:
    """The kind, "LOC" or "ORG", that the name's own words say (a country, "Monte Legnone", "Compagnie ...",
    "... Inc."), else None."""
    folded = _folded(name)
    words = folded.split()
    if not words:
        return None
    if folded in _territories():
        return "LOC"
    if words[-1] in _ORG_LAST or (words[0] in _ORG_FIRST and len(words) >= 2):
        return "ORG"
    if len(words) >= 2 and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST or _PLACE_BUILDING.search(folded)):
        return "LOC"
    return None
