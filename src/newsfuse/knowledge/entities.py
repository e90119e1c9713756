"""Entity mentions grouped within a story and across languages: titles, surnames, spellings and acronyms."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsfuse.knowledge.headwords import kind_from_name
from newsfuse.knowledge.recognizer import NORDIC
from newsfuse.records import Entity
from newsfuse.textnorm import fold, strip_accents

# Courtesy titles stripped before matching ("M. Le Drian" is "Le Drian"); the surface form keeps them.
# Ranks and offices that stand before a name ("Lieutenant Priscila Arantes", "Lt. Col. Wanderley Matos") are titles
# too, but not those that open an organisation's name ("General Motors", "Major League").
_TITLES = re.compile(
    r"^(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Cllr|Sir|Dame|Lord|Herr|Frau|Sr\.|Sra\.|Srta\.|"
    r"Don|Doña|Sig\.|Sig\.ra|Dott\.|Dott\.ssa|Prof\.|Lieutenant|Lt\.|Colonel|Col\.|Captain|Capt\.|Sergeant|Sgt\.|"
    r"Corporal|Cpl\.|Inspector|Insp\.|Superintendent|Supt\.|Detective|Det\.|Constable|Mayor|Governor|Gov\.|Senator|"
    r"Sen\.|Rep\.|Judge|Rev\.|Commissioner|Councillor|Councilor|Alderman)\s+)+"
)
# A determiner is a word of its own ("the", "la ") or elided ("l'"): "Lambertin" and "Leeds" keep their "La", "Le".
_DETERMINERS = re.compile(r"^(?:(?:la|le|les|the|el|los|las|il|lo|der|die|das|den)\s+|l['’]\s*)(?=\w)", re.I)
# A name has a capital ("tsunamis", "west coast" are no names), except a site's domain ("amazon.com").
_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,6}$")
# Words the models take for entities in news text: titles alone, portfolio names after "ministre de la", furniture.
FALSE_POSITIVES = {
    "m",
    "mme",
    "mr",
    "ms",
    "defense",
    "defence",
    "interieur",
    "culture",
    "sante",
    "justice",
    "agriculture",
    "economie",
    "environnement",
    "credit",
    "photo",
    "video",
    "lire aussi",
    "publie",
    "actualise",
    "facebook",
    "twitter",
    "whatsapp",
    "email",
    "accueil",
    "advertisement",
    "werbung",
    "anzeige",
    "publicidad",
    "pubblicita",
    "share",
    "gallery",
    "newsletter",
    "ton opinion",
    "etat",
    "gouvernement",
    "ministere",
    "ministre",
    "president",
    "regime",
    # institutions named by a common word alone ("Council leader ...")
    "council",
    "government",
    "parliament",
    "police",
    # forms of address, holidays and transcript labels the small English model takes for names
    "your majesty",
    "your majesties",
    "your excellency",
    "ladies",
    "gentlemen",
    "ladies and gentlemen",
    "new year",
    "secretary general",
    "question",
    "answer",
    "millions",
    "thousands",
}
_ROLE_START = re.compile(
    r"^(?:ministre|ministra|minister|président|presidente|president|porte-parole|secrétaire|directeur)\b"
)
# Transliteration spellings folded together (Choïgou, Choïgu, Shoigu, Schoigu; Sergueï, Sergei, Sergej; Daech, Daesh).
_TRANSLIT = [
    (re.compile(r"tch|sch|sh|ch"), "s"),
    (re.compile(r"gue"), "ge"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(\w)\1"), r"\1"),
]
_ACRONYM_OF = re.compile(
    r"(?P<short>[\w’'-]+)\W{1,3}(?:l['’]|the\s+|el\s+|das\s+)?(?:acronyme|acronym|sigla|Akronym|Abkürzung)\s+(?:arabe\s+|arabic\s+|árabe\s+)?"
    r"(?:de|of|für|del|di)\s+(?:l['’]organisation\s+|l['’]|the\s+organi[sz]ation\s+|la\s+|el\s+|du\s+|des\s+)?(?P<long>[^,.;()]+)",
    re.I,
)
_STOP_INITIALS = {
    "de",
    "des",
    "du",
    "d",
    "la",
    "le",
    "les",
    "l",
    "et",
    "and",
    "of",
    "the",
    "del",
    "y",
    "di",
    "e",
    "für",
    "und",
    "der",
}


def strip_title(text: str) -> str:
    """The name without a leading courtesy title or determiner."""
    text = _TITLES.sub("", text.strip())
    return _DETERMINERS.sub("", text).strip()


_POSSESSIVE = re.compile(r"'s?\s*$")


def name_key(text: str) -> str:
    """The matching key of a name: no title, accents, case, transliteration or possessive differences."""
    key = strip_accents(fold(strip_title(text))).replace("’", "'")
    if " " in key.strip():
        key = _POSSESSIVE.sub("", key)  # "the Foreign Ministry's spokesman": the Foreign Ministry
    key = re.sub(r"[^\w' -]", " ", key)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return re.sub(r"\s+", " ", key).strip()


def is_false_positive(text: str) -> bool:
    """True for mentions that are furniture, bare titles or portfolio names."""
    text = re.sub(r"^(?:de la|de l'|du|des|de)\s+", "", text.strip())
    if _ROLE_START.match(text):
        return True
    key = strip_accents(fold(text)).strip(" .")
    bare = strip_accents(fold(strip_title(text))).strip(" .")
    return key in FALSE_POSITIVES or bare in FALSE_POSITIVES or not any(c.isalpha() for c in bare) or len(bare) < 2


# Endings of nationality words: "Français", "Russes", "Américains", "Italiens", "Chinese", "Americans".
_DEMONYM_END = re.compile(r"(?:ais|aise|aises|ois|oise|oises|iens?|iennes?|ains?|aines?|sses|ans|ese|ish)$")


def is_demonym(text: str, lower_words: set[str], places: Iterable[str] = ()) -> bool:
    """True for a nationality or the people of a town the recogniser took for a name: one word, with a nationality's
    ending, that the story also writes in lower case as an adjective ("les Russes" beside "les marins russes") or whose
    first four letters open one of its ``places`` ("les Nantais" beside "Nantes")."""
    word = text.strip()
    if " " in word or not _DEMONYM_END.search(word.lower()):
        return False
    stem = strip_accents(word.lower())[:4]
    return word.lower() in lower_words or (
        len(word) >= 6 and any(strip_accents(p.lower()).startswith(stem) and p != word for p in places)
    )


def initials(name: str) -> str:
    """The capitalised initials of a name's words, small words left out: "Etat islamique" gives "EI"."""
    words = re.findall(r"[\w]+", strip_accents(name))
    return "".join(w[0] for w in words if w.lower() not in _STOP_INITIALS).upper()


@dataclass
class Mention:
    """A mention placed in its story: article, sentence and the recogniser's label."""

    article: str
    sentence: int
    start: int
    text: str
    label: str
    key: str = ""

    def __post_init__(self) -> None:
        self.key = name_key(self.text)


@dataclass
class _Group:
    keys: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    why: list[str] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def aliases_in_text(text: str) -> list[tuple[str, str, str]]:
    """(long name, short name, evidence) pairs the text defines: "Etat islamique (EI)", "Daech, l'acronyme de ..."."""
    out = []
    for m in re.finditer(r"(?P<long>(?:[A-ZÀ-Ý][\w’'-]*)(?:\s+[\w’'-]+){0,7}?)\s*\((?P<short>[A-ZÀ-Ý]{2,8})\)", text):
        long_words = m.group("long").split()
        short = m.group("short")
        # The long form is the shortest run of trailing words whose initials spell the acronym.
        for k in range(1, len(long_words) + 1):
            candidate = " ".join(long_words[-k:])
            if (initials(candidate) == short and candidate[:1].isupper()) or (
                initials(candidate) == short and k == len(long_words)
            ):
                out.append((candidate, short, f"acronym defined: {candidate} ({short})"))
                break
    for m in _ACRONYM_OF.finditer(text):
        long = re.sub(r"\s*\([^)]*\)?$", "", m.group("long")).strip()
        out.append((long, m.group("short"), f"defined as the acronym of {long}"))
    return out


def _same_organisation(
    a: str, b: str, forms: dict[str, str], languages: dict[str, set[str]], keys: Sequence[str]
) -> str | None:
    """The distinctive name two organisations in different languages share ("Lario Mountain Rescue" and "Soccorso
    Alpino del Lario"): capitalised in both, of four letters or more, a word of neither language's dictionary, and
    in no other name of the story nor an entity of its own. None when there is none."""
    from newsfuse.knowledge.recognizer import dictionary_word

    if not languages[a] or not languages[b] or languages[a] & languages[b]:
        return None

    def proper(form: str) -> dict[str, str]:
        return {name_key(w): w for w in re.findall(r"[\w’'-]+", form) if w[:1].isupper() and len(w) >= 4}

    shared = set(proper(forms[a])) & set(proper(forms[b]))
    for token in sorted(shared):
        word = proper(forms[a])[token]
        if token in keys or any(token in k.split() for k in keys if k not in (a, b)):
            continue
        if any(dictionary_word(word, lang) for lang in languages[a] | languages[b]):
            continue
        return word
    return None


def group_mentions(
    mentions: Sequence[Mention],
    texts: Sequence[str],
    article_order: Sequence[str],
    languages: dict[str, str] | None = None,
    outlets: Iterable[str] = (),
) -> list[Entity]:
    """Group a story's mentions into entities; ``texts`` are the story's sentences, searched for acronym definitions,
    ``languages`` maps article ids to their language, for organisations named in several languages, and ``outlets``
    are the sources' names, which are organisations wherever a sentence names them ("säger han till
    Höglandskuriren")."""
    outlet_keys = {name_key(o) for o in outlets}
    mentions = [
        m
        for m in mentions
        if m.key
        and not is_false_positive(m.text)
        and m.label in ("PER", "ORG", "LOC")
        and (any(c.isupper() for c in m.text) or (m.label == "ORG" and _DOMAIN.search(m.text) is not None))
        and not (m.label == "PER" and any(c.isdigit() for c in m.text))  # "Page S11537": a person's name has no digit
    ]
    lower = {w for t in texts for w in re.findall(r"\b[a-zà-ÿ]+\b", t)}
    places = {m.text for m in mentions if m.label == "LOC" and not _DEMONYM_END.search(m.text.lower())}
    # A first name alone may share a country's first letters ("François", "France"): people are left to the first test.
    mentions = [m for m in mentions if not is_demonym(m.text, lower, places if m.label != "PER" else ())]
    uf = _UnionFind()
    why: dict[tuple[str, str], str] = {}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
        uf.find(m.key)
    keys = list(by_key)

    def label_of(key: str) -> str:
        return Counter(m.label for m in by_key[key]).most_common(1)[0][0]

    # Surnames and titles: "Le Drian" and "M. Le Drian" join "Jean-Yves Le Drian" when no other person shares them.
    for key in keys:
        tokens = key.split()
        # "Mme Pujol" is a person, so "Montserrat Pujol" is one too, whatever label the model gave it.
        titled = any(_TITLES.match(m.text) for m in by_key[key])
        longer = [
            k
            for k in keys
            if k != key
            and len(k.split()) > len(tokens)
            and k.split()[-len(tokens) :] == tokens
            and (label_of(k) == "PER" or (titled and len(k.split()) <= len(tokens) + 2))
        ]
        full_names = {uf.find(k) for k in longer}
        # Models often label a surname alone as a place or organisation, so its own label is not required.
        if longer and len(full_names) == 1:
            uf.union(longer[0], key)
            why[(longer[0], key)] = f"surname of {by_key[longer[0]][0].text}"
    # A first name alone is not grouped: it is too ambiguous.
    # Acronyms and aliases the text defines.
    for text in texts:
        for long, short, evidence in aliases_in_text(text):
            lk, sk = name_key(long), name_key(short)
            if lk in by_key or sk in by_key:
                uf.union(lk, sk)
                why[(lk, sk)] = evidence
    # German demonyms of a known place: "Rotterdamer" is Rotterdam.
    for key in keys:
        if key.endswith("er") and key[:-2] in by_key and label_of(key[:-2]) == "LOC":
            uf.union(key[:-2], key)
            why[(key[:-2], key)] = "adjective of the place"
    # The genitive of a known name in Swedish, Norwegian and Danish, which takes no apostrophe: "Göteborgs hamn".
    for key in keys:
        nordic = languages is not None and all(languages.get(m.article) in NORDIC for m in by_key[key])
        if nordic and key.endswith("s") and key[:-1] in by_key:
            uf.union(key[:-1], key)
            why[(key[:-1], key)] = "genitive of the name"
    # The English possessive of a one-word name the story also gives bare: "Stadia's" is Stadia. A name that holds
    # its "'s" ("McDonald's") stays whole when the story never writes it without.
    for key in keys:
        if key.endswith("'s") and key[:-2] in by_key:
            uf.union(key[:-2], key)
            why[(key[:-2], key)] = "possessive of the name"
    # An organisation named in two languages around the same distinctive name.
    if languages:
        orgs = [k for k in keys if label_of(k) == "ORG"]
        org_forms = {k: by_key[k][0].text for k in orgs}
        langs = {k: {languages.get(m.article, "") for m in by_key[k]} - {""} for k in orgs}
        for n, a in enumerate(orgs):
            for b in orgs[n + 1 :]:
                if uf.find(a) == uf.find(b):
                    continue
                shared = _same_organisation(a, b, org_forms, langs, keys)
                if shared is not None:
                    uf.union(a, b)
                    why[(a, b)] = f"the same organisation in another language: both are named after {shared}"
    groups: dict[str, _Group] = defaultdict(_Group)
    for m in mentions:
        g = groups[uf.find(m.key)]
        g.keys.add(m.key)
        g.mentions.append(m)
    for (a, b), reason in why.items():
        if a in uf.parent:
            groups[uf.find(a)].why.append(f"{b}: {reason}")
    order = {a: i for i, a in enumerate(article_order)}
    entities = []
    for g in groups.values():
        if not g.mentions:
            continue
        forms = Counter(m.text for m in g.mentions)
        # A surname alone votes as the person named in full in the group ("Ferrandi" beside "Paolo Ferrandi"): rules
        # that read one capitalised word as a place would otherwise outvote the name.
        # Not initials ("JRCC" of "Seenotleitstelle JRCC"), nor after a word too short for a first name ("Co Meath",
        # "Em Espanha"), nor the last word of a name joined by "de" ("Metro de Castelmar"): two or three capitalised
        # words.
        surnames = {
            m.text.split()[-1]
            for m in g.mentions
            if m.label == "PER"
            and 2 <= len(m.text.split()) <= 3
            and all(w[:1].isupper() for w in m.text.split())
            and len(m.text.split()[0]) >= 3
            and not m.text.isupper()
        }
        labels = Counter(
            "PER" if " " not in m.text and m.text in surnames and not m.text.isupper() else m.label for m in g.mentions
        )
        # The fullest form, in the case a sentence writes it ("Moûtiers", not the dateline's "MOÛTIERS"), and not
        # a possessive ("Foreign Ministry", not "Foreign Ministry's").
        name = max(
            forms,
            key=lambda f: (
                len(strip_title(f).split()),
                not (f.isupper() and len(f) > 4),
                not (" " in f and f.endswith(("'s", "’s"))),
                forms[f],
                len(f),
            ),
        )
        if " " in name and name.endswith(("'s", "’s")):
            name = name[:-2]
        name = strip_title(name) if _TITLES.match(name) else name
        if any(_TITLES.match(m.text) for m in g.mentions):
            labels["PER"] += len(g.mentions)  # "M. X" is a person whatever the model says
        elif kind := kind_from_name(name):
            labels[kind] += 2 * len(g.mentions)  # "Monte Legnone", "Paraguay", "Compagnie ...": the name says it
        elif g.keys & outlet_keys:
            labels["ORG"] += 2 * len(g.mentions)
        if any(len(m.text) >= 2 and m.text.isupper() and labels["ORG"] for m in g.mentions):
            labels["ORG"] += 1
        kind = labels.most_common(1)[0][0]
        if kind == "PER" and name.isupper() and 2 <= len(name) <= 6:
            kind = "ORG"  # initials alone ("CNCS") name a body: a person's are written with their name
        if kind == "LOC" and name.isupper() and len(name) > 4:
            name = name.title()  # a dateline's place with no other form: "LAKE BUENA VISTA" is Lake Buena Vista
        articles = sorted({m.article for m in g.mentions}, key=lambda a: order.get(a, len(order)))
        first = min((order.get(m.article, 0), m.sentence, m.start) for m in g.mentions)
        entities.append(
            (
                first,
                Entity(
                    id="",
                    name=name,
                    type=kind,
                    forms=tuple(f for f, _ in forms.most_common()),
                    articles=tuple(articles),
                    mentions=len(g.mentions),
                    grouping=tuple(dict.fromkeys(g.why)),
                ),
            )
        )
    entities.sort(key=lambda x: x[0])
    return [
        Entity(f"e{i}", e.name, e.type, e.forms, e.articles, e.mentions, e.grouping)
        for i, (_, e) in enumerate(entities, start=1)
    ]


def entity_index(entities: Sequence[Entity]) -> dict[str, str]:
    """Matching key of every surface form -> entity id."""
    return {name_key(form): e.id for e in entities for form in e.forms}
