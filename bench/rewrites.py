"""Synthetic wire rewrites of the sample corpus's dispatches, with the true sentence alignment of each rewrite.

A rewrite drops, reorders, merges and lightly edits the dispatch's sentences and inserts new ones, the way outlets
rewrite agency copy. The inserted sentences and the edit tables below were written for this benchmark (fictional).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsfuse.clean.sentences import split_sentences
from newsfuse.records import Article

ROOT = Path(__file__).resolve().parent.parent
DISPATCHES = ROOT / "examples" / "dispatches"
EDIT_TYPES = ("kept", "reordered", "merged", "edited", "reworded", "inserted")

# Word swaps standing for a changed verb or tense, by dispatch language.
_SWAPS = {
    "fr": [
        ("a déclaré", "a affirmé"),
        ("a annoncé", "a indiqué"),
        ("ont été", "sont"),
        ("a ajouté", "a précisé"),
        ("se sont entendus", "sont tombés d'accord"),
        ("doivent", "devront"),
        ("prévoit", "prévoirait"),
        ("a salué", "a applaudi"),
        ("redescendait", "revenait"),
        ("a été", "est"),
    ],
    "en": [
        ("said", "stated"),
        ("was", "is"),
        ("were", "are"),
        ("told", "informed"),
        ("burned", "raged"),
        ("broke out", "started"),
        ("would", "will"),
        ("had", "has"),
    ],
    "es": [
        ("chocaron", "colisionaron"),
        ("informaron", "indicaron"),
        ("se produjo", "ocurrió"),
        ("estaba", "se encontraba"),
        ("resultaron", "quedaron"),
        ("según", "de acuerdo con"),
        ("fueron", "han sido"),
    ],
}
_ADVERBS = {"fr": ["également", "par ailleurs", "notamment"], "en": ["also", "meanwhile", "notably"], "es": ["además"]}
_JOIN = {"fr": ", et ", "en": ", and ", "es": ", y "}
# Sentences an outlet adds of its own (fictional, not in any dispatch).
_INSERTS = {
    "fr": [
        "Notre rédaction a tenté de joindre les services de la mairie, sans succès pour l'instant.",
        "Ce n'est pas la première fois que la commune fait face à une telle situation.",
        "Plusieurs habitants interrogés sur place disent avoir été surpris par l'ampleur de l'événement.",
        "Une réunion publique d'information est prévue dans les prochains jours à la salle des fêtes.",
        "L'opposition municipale réclame une commission d'enquête indépendante.",
        "Les associations locales ont lancé un appel aux dons sur les réseaux sociaux.",
        "Le sujet devrait s'inviter dans les débats de la prochaine session du conseil régional.",
        "Selon nos informations, un rapport d'étape sera remis au ministère avant l'été.",
    ],
    "en": [
        "Our reporter at the scene saw dozens of onlookers gathered behind the police cordon.",
        "Local councillors called for an independent review of safety procedures.",
        "It is not the first incident of its kind in the area in recent years.",
        "A public meeting for residents is planned at the community centre next week.",
        "The company's shares fell sharply in early trading on the news.",
        "Several residents said they had been woken by loud bangs during the night.",
        "A helpline has been set up for worried relatives and neighbours.",
    ],
    "es": [
        "Nuestro corresponsal en la zona pudo hablar con varios viajeros todavía conmocionados.",
        "Los vecinos de la comarca llevan años reclamando mejoras en la línea.",
        "No es el primer incidente de este tipo registrado en el tramo en la última década.",
        "La oposición ha pedido la comparecencia urgente del consejero de Transportes.",
        "Las asociaciones de usuarios anunciaron una concentración para el próximo domingo.",
    ],
}


# Same-topic additions naming the dispatch's own people and places, the hard case for precision (fictional).
_TOPICAL = {
    "fr": [
        "{name} n'a pas souhaité répondre aux questions de notre rédaction.",
        "À {place}, la nouvelle a suscité de nombreuses réactions parmi les habitants.",
        "{name} était déjà intervenu sur ce dossier l'an dernier, rappellent plusieurs élus.",
    ],
    "en": [
        "{name} declined to comment when contacted by our newsroom.",
        "In {place}, the news drew strong reactions from residents.",
        "{name} had already spoken about the issue last year, several officials recalled.",
    ],
    "es": [
        "{name} declinó hacer declaraciones a este periódico.",
        "En {place}, la noticia provocó numerosas reacciones entre los vecinos.",
    ],
}
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)+")
_PLACE = re.compile(r"\b(?:à|in|en|near|près d') ([A-ZÀ-Ý][a-zà-ÿ]+)")


def topical_insert(source: list[str], language: str, rng: random.Random) -> str:
    """A new sentence on the same story, naming one of its people or places."""
    text = " ".join(source)
    names = _NAME.findall(text) or ["Le porte-parole"]
    places = _PLACE.findall(text) or ["Paris"]
    return rng.choice(_TOPICAL[language]).format(name=rng.choice(names), place=rng.choice(places))


def dispatches() -> dict[str, tuple[str, list[str]]]:
    """Each dispatch's id -> (language, sentences of its body); the title line is left out."""
    out = {}
    for path in sorted(DISPATCHES.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sentences = [s for line in lines[1:] for s in split_sentences(line)]
        language = "fr" if path.stem.startswith("fr") else ("es" if "tren" in lines[0] else "en")
        out[path.stem] = (language, sentences)
    return out


@dataclass
class Rewrite:
    """One rewritten article and its truth: which source sentences each of its sentences carries."""

    sentences: list[str]
    kinds: list[str]  # edit type of each rewrite sentence
    sources: list[tuple[int, ...]]  # source sentence indices each rewrite sentence carries
    dropped: set[int] = field(default_factory=set)


def _edit(sentence: str, language: str, rng: random.Random, avoid: frozenset[str] = frozenset()) -> tuple[str, str]:
    """One light edit: a changed verb or tense, a changed word, a dropped clause, a moved quote boundary or an added
    adverb. Returns the edited sentence (unchanged when no edit applies) and the edit's name."""
    options: dict[str, object] = {}
    swaps = [(a, b) for a, b in _SWAPS[language] if re.search(rf"\b{re.escape(a)}\b", sentence)]
    if swaps:
        a, b = rng.choice(swaps)
        options["verb"] = lambda s: re.sub(rf"\b{re.escape(a)}\b", b, s, count=1)
    long_words = [w for w in re.findall(r"\b[a-zà-ÿ]{7,}\b", sentence)]
    if long_words:
        old = rng.choice(long_words)
        new = rng.choice([w for w in long_words if w != old] or ["désormais" if language == "fr" else "reportedly"])
        options["word"] = lambda s: re.sub(rf"\b{re.escape(old)}\b", new, s, count=1)
    if len(sentence.split(", ")) >= 3:

        def drop_clause(s: str) -> str:
            parts = s.split(", ")
            k = rng.randrange(1, len(parts) - 1)
            return ", ".join(parts[:k] + parts[k + 1 :])

        options["clause"] = drop_clause
    if re.search(r"\S\s*[»\"”]\s*,", sentence):

        def move_quote(s: str) -> str:
            # The closing mark moves one word back: « ... de la localisation » -> « ... de la » localisation
            m = re.search(r"(\s\S+)\s*([»\"”])(?=\s*,)", s)
            return s if not m else s[: m.start()] + f" {m.group(2)}" + m.group(1) + s[m.end() :]

        options["quote"] = move_quote

    def adverb(s: str) -> str:
        words = s.split(" ")
        k = rng.randrange(2, max(3, len(words) - 1))
        return " ".join([*words[:k], rng.choice(_ADVERBS[language]), *words[k:]])

    options["adverb"] = adverb
    names = [n for n in options if n not in avoid] or ["adverb"]
    name = rng.choice(names)
    edit = options[name]
    assert callable(edit)
    return str(edit(sentence)), name


def rewrite(
    source: list[str],
    language: str,
    rng: random.Random,
    p_drop: float = 0.15,
    p_reorder: float = 0.2,
    p_merge: float = 0.12,
    p_edit: float = 0.3,
    p_insert: float = 0.15,
    p_reword: float = 0.1,
) -> Rewrite:
    """A rewrite of ``source`` with random drops, reorders, merges, light edits and inserted sentences."""
    kept = [i for i in range(len(source)) if i == 0 or rng.random() >= p_drop]
    order = list(kept)
    for k in range(1, len(order) - 1):
        if rng.random() < p_reorder:
            order[k], order[k + 1] = order[k + 1], order[k]
    out = Rewrite([], [], [], set(range(len(source))) - set(kept))
    k = 0
    while k < len(order):
        i = order[k]
        moved = order[k] != kept[k]
        if k + 1 < len(order) and rng.random() < p_merge and len(source[i]) + len(source[order[k + 1]]) < 400:
            j = order[k + 1]
            second = source[j]
            if second[:1].isupper() and not second[1:2].isupper():
                second = second[0].lower() + second[1:]
            out.sentences.append(source[i].rstrip(".") + _JOIN[language] + second)
            out.kinds.append("merged")
            out.sources.append((i, j))
            k += 2
        else:
            draw = rng.random()
            text, done = source[i], set()
            # One edit, or three different ones on the same sentence: the hard end of light rewriting.
            for _ in range(3 if draw < p_reword else (1 if draw < p_reword + p_edit else 0)):
                text, name = _edit(text, language, rng, frozenset(done))
                done.add(name)
            changed = text != source[i]
            out.sentences.append(text)
            kind = "reworded" if len(done) == 3 else "edited"
            out.kinds.append(kind if changed else ("reordered" if moved else "kept"))
            out.sources.append((i,))
            k += 1
        if rng.random() < p_insert:
            topical = rng.random() < 0.5
            out.sentences.append(topical_insert(source, language, rng) if topical else rng.choice(_INSERTS[language]))
            out.kinds.append("inserted")
            out.sources.append(())
    return out


def article(article_id: str, outlet: str, language: str, sentences: list[str]) -> Article:
    """An already clean article made of the given sentences."""
    return Article.from_sentences(
        article_id, sentences, source=f"synthetic:{article_id}", outlet=outlet, language=language
    )
