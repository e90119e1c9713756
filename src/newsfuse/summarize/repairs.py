"""Conservative repairs of extracted sentences: absolute dates, full names and sentence case. Quotes are never
touched."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from newsfuse.grammar import names_person
from newsfuse.records import Repair
from newsfuse.temporal import (
    AFTER_COMPOUND,
    CLOCK_AT,
    DAY_PREFIX,
    PART_AFTER_DAY,
    PART_OF_DAY,
    PAST_WEEKDAY,
    POLISH_ON_WEEKDAY,
    RELATIVE_DAYS,
    WEEKDAYS,
    dated_after,
    format_date,
    part_of_day_span,
    recurring_or_named,
    same_day_span,
    up_to,
    weekday_compound,
)
from newsfuse.textnorm import strip_accents

_HONORIFIC = r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|Sr\.|Sra\.|Sig\.|Sig\.ra)"
_NAME = r"[A-ZÀ-Ý][\w'’-]+"
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|„[^“]*“")


# Speech without quotation marks, as Nordic and Polish papers print it: after a dash ("Haugland tar tapet med
# fatning: – Han spilte bedre i dag."), or before the verb that says whose it is ("Att se alla människor här i dag är en
# dröm, säger Gunnar Halvarsson", "... – powiedział").
_DASH_SPOKEN = re.compile(
    r"(?:^|:\s*)[–—]\s.*?(?=\s[–—]\s|$)"
    r"|^.*?(?=,\s+(?:säger|sa|sade|sier|siger|sagde|forteller|fortæller|berättar|berättade|uppger|opplyser|oplyser|"
    r"udtaler|uttaler)\s+(?:[A-ZÆØÅÄÖ]|han\b|hon\b|hun\b))"
    r"|^.*?(?=\s[–—]\s+(?:mówi|powiedział|powiedziała|dodaje|dodał|dodała|podkreśla|zaznacza)\b)"
)


def _outside_quotes(text: str, start: int, end: int) -> bool:
    spans = [*_QUOTED.finditer(text), *_DASH_SPOKEN.finditer(text)]
    return all(end <= m.start() or start >= m.end() for m in spans if m.end() > m.start())


# A preposition that already governs the relative day: "ab morgen" is "ab Dienstag, ...", not "ab am Dienstag".
_GOVERNING = re.compile(
    r"\b(?:ab|bis|seit|von|vor|nach|für|zu|until|till|by|from|since|before|after|for|of|through)\s+$", re.I
)


def _written_day(word: str, day: date, language: str, before: str = "") -> str:
    """The absolute date that replaces ``word``, with a relative day's preposition unless one already governs it
    (``before`` is the text before the word), capitalised like ``word``."""
    written = format_date(day, language)
    if language == "pl" and strip_accents(word.lower()) in WEEKDAYS:
        # A Polish weekday takes the case its preposition gives ("w środę"): the source's word stays, the date follows
        written = f"{word.lower()} {format_date(day, language, weekday=False)}"
    if language == "pl" and strip_accents(word.lower()) in RELATIVE_DAYS:
        written = f"{POLISH_ON_WEEKDAY[day.weekday()]} {format_date(day, language, weekday=False)}"  # "w czwartek 5 ..."
    elif strip_accents(word.lower()) in RELATIVE_DAYS and not (language in ("de", "en") and _GOVERNING.search(before)):
        written = DAY_PREFIX.get(language, "") + written
    return written[0].upper() + written[1:] if word[0].isupper() else written


_NEXT_WORD = re.compile(r" ([\w'-]+)(?![\w-])")
# "dès samedi 17h", "Saturday 5pm": a clock time after the day is joined to the written date by the language's "at"
# ("dès samedi 15 mars 2025 à 17h"), not run on after its year.
_CLOCK_AFTER = re.compile(
    r" (?=\d{1,2}(?:\s?h(?:eures?)?\s?\d{0,2}|[:.]\d{2}(?:\s?(?:uhr|uur|h))?|\s?(?:a\.m\.|p\.m\.|am|pm)|\s(?:uhr|uur))"
    r"(?![\w-]))",
    re.I,
)


def _closing_comma(rest: str) -> str:
    """The comma that closes a date in apposition, unless punctuation follows it already."""
    return "" if re.match(r"\s*[,.;:!?)]", rest) else ","


_DE_WEEKDAY = re.compile(r"^([Aa]m )?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), ")
_DE_PARTS_OF_DAY = {"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"}


# A weekday in apposition after a relative day: "ontem, sexta-feira, ...", "hier, lundi, ...".
_WEEKDAY_APPOSED = re.compile(r",\s*([^\W\d_]+(?:-feira)?)\s*,")


_COMPARED = re.compile(r"(?<![\w-])(?:come|like|comme|wie|como|zoals|jak)\s+$", re.I)
_SPANISH_DE = re.compile(r"(?<![\w-])de $")


def _write_day(text: str, start: int, end: int, written: str, language: str) -> tuple[str, Repair]:
    """``text`` with the day at ``start:end`` replaced by ``written``, and the repair that records it."""
    if language == "es" and written.startswith("el ") and _SPANISH_DE.search(text[:start]):
        start, written = start - 3, "del " + written[3:]  # "las 4.30 horas de ayer": "del lunes 15 de ...", not "de el"
    word = text[start:end]
    after = _NEXT_WORD.match(text, end)
    part = PART_OF_DAY.get(language, {}).get(after.group(1).lower()) if after else None
    compound = _DE_WEEKDAY.match(written) if language == "de" else None
    if after is not None and compound is not None and after.group(1).lower() in _DE_PARTS_OF_DAY:
        # "heute Morgen" is "am Dienstagmorgen, 16. September 2025," as German joins a weekday and a part of a day.
        written = f"{compound.group(1)}{compound.group(2)}{after.group(1).lower()}, {written[compound.end():]}"
        written += _closing_comma(text[after.end() :])
        return text[:start] + written + text[after.end() :], Repair("date", text[start : after.end()], written)
    named = _WEEKDAY_APPOSED.match(text, end)
    # (the written date may open on the language's "on": "am Montag, 11. Oktober 2027" for "heute, Montag,")
    if named is not None and strip_accents(named.group(1).lower()) in WEEKDAYS and re.match(
        rf"(?:\w+ )?{re.escape(named.group(1).lower())}\b", written.lower()
    ):
        # "ontem, sexta-feira, pela ..." names the weekday the date gives: the date stands for both.
        end, word = named.end() - 1, text[start : named.end() - 1]
    elif after is not None and part is not None:
        end, written, word = after.end(), f"{written} {part}", text[start : after.end()]
    elif language in CLOCK_AT and _CLOCK_AFTER.match(text, end):
        written += CLOCK_AT[language]
    return text[:start] + written + text[end:], Repair("date", word, written)


def _date_after_compound(text: str, start: int, end: int, day: date, language: str) -> tuple[str, Repair]:
    """``text`` with the date written after the weekday compound at ``start:end``, and the repair."""
    word = text[start:end]
    written = word + AFTER_COMPOUND.get(language, " ") + format_date(day, language, weekday=False)
    if language == "de":
        written += _closing_comma(text[end:])  # the date in apposition closes with a comma too
    return text[:start] + written + text[end:], Repair("date", word, written)


def _dated_after_part(text: str, end: int, language: str) -> bool:
    """Whether the source dates the day ending at ``end`` itself, maybe after a part of the day ("Tuesday afternoon
    (13 October)")."""
    if dated_after(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in PART_OF_DAY.get(language, {}) and dated_after(text, after.end())


def resolve_date(text: str, day: date, language: str) -> tuple[str, Repair | None]:
    """Replace the first bare weekday or relative day that means ``day`` by the written-out absolute date."""
    for match in re.finditer(r"(?<![\w-])([\w'-]+)(?![\w-])", text):
        word = match.group(1)
        key = strip_accents(word.lower())
        if not _outside_quotes(text, match.start(), match.end()):
            continue
        if key in WEEKDAYS and WEEKDAYS[key] == day.weekday():
            if _dated_after_part(text, match.end(), language):
                return text, None  # "Friday, 3 March", "Tuesday afternoon (13 October)": the source's date stays
            if _DIRECTION_AFTER.match(text, match.end()) or recurring_or_named(text, match.start()):
                continue
            if last := _LAST_AFTER.match(text, match.end()):
                written = _written_day(word, day, language, text[: match.start()])
                return _write_day(text, match.start(), last.end(), written, language)
        elif weekday_compound(word) == day.weekday():
            if dated_after(text, match.end()):
                return text, None
            if recurring_or_named(text, match.start()):
                continue
            return _date_after_compound(text, match.start(), match.end(), day, language)
        elif RELATIVE_DAYS.get(key) != 0 or up_to(text, match.start()):
            # Without the source's own evidence, "hier" or "demain" cannot be told apart from the story's day; "da
            # ottobre a oggi" ends a span.
            continue
        elif dated_after(text, match.end()):
            return text, None  # "hoje, quinta-feira, 3 de setembro": the source dates its "today" itself
        written = _written_day(word, day, language, text[: match.start()])
        return _write_day(text, match.start(), match.end(), written, language)
    span = same_day_span(text)
    if span is not None and _outside_quotes(text, *span) and not dated_after(text, span[1]):
        # "Paura stamattina a Roccaverde": the part of the day stays, the date follows it in apposition.
        start, end = span
        word = text[start:end]
        written = f"{word}, {format_date(day, language)}" + _closing_comma(text[end:])
        return text[:start] + written + text[end:], Repair("date", word, written)
    return text, None


_PARTICLES = {"Le", "La", "De", "Del", "Van", "Von", "Di", "Da", "Du", "Dos"}
# Words that are no first name: articles, courtesy titles, offices and ranks (in our languages, lower case).
_NOT_FIRST = {"le", "la", "les", "the", "der", "die", "el", "los", "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "prof"}
_NOT_FIRST |= {"herr", "frau", "sr", "sra", "sig", "president", "premier", "prime", "minister", "secretary"}
_NOT_FIRST |= {"senator", "sen", "rep", "governor", "gov", "general", "gen", "judge", "justice", "chancellor", "king"}
_NOT_FIRST |= {"queen", "prince", "princess", "pope", "bishop", "archbishop", "cardinal", "rev", "mayor", "chief"}
_NOT_FIRST |= {"commissioner", "ambassador", "chairman", "captain", "capt", "colonel", "col", "lieutenant", "lt"}
_NOT_FIRST |= {"sergeant", "sgt", "coach", "director", "président", "présidente", "ministre", "maire", "préfet"}
_NOT_FIRST |= {"sénateur", "député", "juge", "général", "kanzler", "kanzlerin", "präsident", "präsidentin"}
_NOT_FIRST |= {"ministerin", "bürgermeister", "presidente", "ministro", "ministra", "alcalde", "sindaco", "roi", "rey"}
_NAME_WORD = re.compile(rf"^{_NAME}$")
# A courtesy title and a surname: "M. Le Drian", "Mr Reid".
_TITLED_NAME = re.compile(rf"\b{_HONORIFIC}\s+((?:(?:Le|La|De|Del|Van|Von|Di|Da)\s+)?{_NAME})")
# A surname alone right after a verb of saying, closing the sentence or its clause: "..., sagte Kofler.", "said Reid,".
_SPOKEN_SURNAME = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|said|says|told|added|a déclaré|a dit|a indiqué|a ajouté|dijo|afirmó|explicó|"
    r"ha dicho|ha detto|ha spiegato|disse|afirmou|zei|zegt|sa|sier|sade|säger|sagde|siger|powiedział|powiedziała)\s+"
    rf"({_NAME})(?=[.,;!?])"
)
# Words after which a capitalised word is a noun of a description, not a first name ("la Défense", "of State").
_DESCRIBED_AFTER = {"la", "le", "les", "l'", "de", "du", "des", "of", "the", "der", "die", "das", "den", "dem", "del"}
_DESCRIBED_AFTER |= {"della", "di", "da", "do", "dos", "el", "il", "lo", "von", "van", "het"}


def _capitalised_runs(text: str) -> Iterable[tuple[str, list[str]]]:
    """Runs of capitalised words, a run ending at punctuation, each with the word before it: "de la Défense
    Jean-Yves Le Drian, ..." gives ("la", ["Défense", "Jean-Yves", "Le", "Drian"])."""
    run: list[str] = []
    before = ""
    for token in text.split():
        word = token.strip("«»\"“”„()[]")
        bare = word.rstrip(".,;:!?")
        if bare[:1].isupper() and _NAME_WORD.match(bare) and not token.startswith(("(", "[")):
            run.append(bare)
            if bare != word or token.endswith((")", "]", "»", "”", '"')):
                yield before, run
                run, before = [], token
        else:
            if run:
                yield before, run
            run, before = [], token
    if run:
        yield before, run


def full_names(sources: Iterable[str]) -> dict[str, str]:
    """Surname -> the fullest name the sources give for it ("Le Drian" -> "Jean-Yves Le Drian").

    A name is a run of capitalised words. The word before a first name is often a title or the end of a description
    ("Health Secretary John Reid", "la Défense Jean-Yves Le Drian"), so two first names count ("Luiz Fernando Furlan")
    only when the first is no title, does not follow an article or a preposition, and, at the start of a sentence,
    where any word is capitalised, when the sources give them twice; and never when the sources give the second
    alone before that surname.
    """
    alone: set[str] = set()
    long: dict[tuple[str, str], int] = {}  # (surname, two first names and the surname) -> weight of evidence
    found: dict[str, str] = {}
    for text in sources:
        for before, run in _capitalised_runs(text):
            cut = len(run) - 2 if len(run) >= 3 and run[-2] in _PARTICLES else len(run) - 1
            surname, firsts = " ".join(run[cut:]), run[:cut]
            if not firsts or firsts[-1].lower().rstrip(".") in _NOT_FIRST:
                continue
            one = f"{firsts[-1]} {surname}"
            if len(firsts) == 1:
                alone.add(one)
            else:
                previous = firsts[-3] if len(firsts) >= 3 else before
                if firsts[-2].lower().rstrip(".") not in _NOT_FIRST and previous.lower() not in _DESCRIBED_AFTER:
                    key = (surname, f"{firsts[-2]} {one}")
                    # Mid-sentence, a capitalised word is a name; at a sentence's start it may be any word.
                    long[key] = long.get(key, 0) + (1 if previous[-1:] in ("", ".", "!", "?", ":") else 2)
            if len(one) > len(found.get(surname, "")):
                found[surname] = one
    for (surname, two), weight in long.items():
        if weight >= 2 and two.split(" ", 1)[1] not in alone:
            found[surname] = two
    return found


def expand_first_mentions(
    texts: list[str], names: dict[str, str], already: set[str]
) -> list[tuple[str, Repair | None]]:
    """Give "M. Le Drian" its full name at its first mention in the summary, when a source spells it out."""
    out: list[tuple[str, Repair | None]] = []
    for text in texts:
        repair = None
        for match in _TITLED_NAME.finditer(text):
            surname = match.group(1)
            if surname in already or surname not in names or not _outside_quotes(text, match.start(), match.end()):
                already.add(surname)
                continue
            already.add(surname)
            if names[surname] == match.group(0):
                continue  # the honorific itself was read as a first name: nothing to give
            repair = Repair("full-name", match.group(0), names[surname])
            text = text[: match.start()] + names[surname] + text[match.end() :]
            break
        for match in _SPOKEN_SURNAME.finditer(text) if repair is None else ():
            # A speaker named by surname alone after the verb of saying ("..., sagte Kofler."), the first time.
            surname = match.group(1)
            full = names.get(surname, "")
            if surname in already or not full.endswith(f" {surname}") or not _outside_quotes(text, match.start(1), match.end(1)):
                continue
            already.add(surname)
            repair = Repair("full-name", surname, full)
            text = text[: match.start(1)] + full + text[match.end(1) :]
            break
        for surname in names:
            if surname in text:
                already.add(surname)
        out.append((text, repair))
    return out


# Words a person's description opens with ("le ministre ...", "the party's leader ..."), and words that show the
# description is the complement of something else ("du ministre de la Défense"), in our languages.
_DESCRIPTION_OPENERS = {"le", "la", "les", "the", "der", "die", "das", "den", "dem", "el", "los", "las", "il", "lo"}
_DESCRIPTION_OPENERS |= {"gli", "o", "os", "het"}
_BOUND_BEFORE = {"de", "du", "des", "of", "von", "vom", "van", "di", "del", "della", "da", "do", "dos", "à", "au", "aux"}
_BOUND_BEFORE |= {"to", "for", "pour", "par", "by", "für", "con", "with", "avec", "mit"}


def _description_span(common: list[str], before: str | None) -> int:
    """How many of the last words of ``common`` (the words both sentences put before a name) are the description
    to cut: from its first determiner, or the run of capitalised title words ("Health Secretary"); 0 for none."""
    for k, word in enumerate(common):
        opener = word.lower() in _DESCRIPTION_OPENERS or word.lower().startswith(("l'", "l’"))
        previous = common[k - 1] if k else before
        if opener and (previous is None or previous.lower() not in _BOUND_BEFORE):
            return len(common) - k
    run = 0
    while run < len(common) and common[-1 - run][:1].isupper():
        run += 1
    previous = common[-1 - run] if run < len(common) else before
    return run if previous is None or previous.lower() not in _BOUND_BEFORE else 0


def titled_people(names: dict[str, str], sources: Iterable[str]) -> list[str]:
    """The full names of the people the sources also call by a courtesy title and surname ("M. Le Drian", "Mr Reid"):
    a capitalised run alone may be a movement, a court or a video ("Green Belt Movement", "Band Aid")."""
    titled = {m.group(1) for text in sources for m in _TITLED_NAME.finditer(text)}
    return [full for surname, full in names.items() if surname in titled]


def trim_repeated_descriptions(
    texts: list[str], people: Iterable[str], named: Iterable[str] = (), language: str = ""
) -> list[tuple[str, Repair | None]]:
    """Cut, at a person's later mention, the description an earlier sentence already gave before the same name:
    "a déclaré le ministre français de la Défense Jean-Yves Le Drian" becomes "a déclaré Jean-Yves Le Drian".

    ``people`` are the full names the sources also give with a courtesy title. The other ``named`` full names qualify
    only when the entity recogniser of ``language`` reads them as a person's and the description is common words
    ("council leader", not "the Green" of "the Green Belt Movement").
    """
    titled = set(people)
    names = sorted(titled | set(named), key=len, reverse=True)
    out: list[tuple[str, Repair | None]] = []
    for j, text in enumerate(texts):
        repair = None
        for name in names:
            at = text.find(name)
            earlier = [t[: t.find(name)].split() for t in texts[:j] if name in t]
            if at <= 0 or not earlier or not _outside_quotes(text, at, at + len(name)):
                continue
            mine = text[:at].split()
            if mine and mine[-1].endswith(","):
                again = _repeated_apposition(text, name, [t for t in texts[:j] if name in t])
                # the recogniser runs last: only for a description actually given twice
                if again is not None and (name in titled or names_person(text, name, language)):
                    text, repair = again[0], Repair("trim", again[1], "")
                    break
            if not mine or mine[-1].endswith((",", ";", ":", "(")):
                continue  # an apposition ("The Health Secretary, John Reid, said") reads wrong without its head
            tails = [(_common_tail(mine, theirs), len(theirs)) for theirs in earlier]
            common, opening = max(tails, key=lambda t: len(t[0]))
            common = common[-10:]
            before = mine[-len(common) - 1] if len(mine) > len(common) else None
            cut = _description_span(common, before)
            if cut == 0 and len(common) == opening and (before is None or before.lower() not in _BOUND_BEFORE):
                cut = len(common)  # the description opened the earlier sentence: "Council leader Priya Halloran said"
            if cut < 2:
                continue
            described = " ".join(mine[-cut:])
            if name not in titled and (
                any(w[:1].isupper() or any(c.isdigit() for c in w) for w in mine[-cut + 1 :])
                or not names_person(text, name, language)
            ):
                continue
            start = text.rfind(described, 0, at)
            if start < 0 or not _outside_quotes(text, start, at):
                continue
            text = text[:start] + text[at:]
            if start == 0:
                text = text[:1].upper() + text[1:]
            repair = Repair("trim", described, "")
            break
        out.append((text, repair))
    return out


# A description in apposition after a name, from its determiner to the next comma or stop: "Karim Benhaddou, le
# secrétaire général du SDPM, ...".
_APPOSITION_AFTER = r",\s((?:le|la|les|l'|l’|the|der|die|das|el|los|las|il|lo|o|a)\s?[^,;:()«»\"“”]{3,80}?)(?=[,.;])"


def _repeated_apposition(text: str, name: str, earlier: list[str]) -> tuple[str, str] | None:
    """The text without a description given again before the name, when an earlier sentence gave it after the name
    ("Karim Benhaddou, le secrétaire général du SDPM," then "a déclaré le secrétaire général du SDPM, Karim Benhaddou,
    devant les grilles" becomes "a déclaré Karim Benhaddou devant les grilles"), and the description cut."""
    for sentence in earlier:
        given = re.search(re.escape(name) + _APPOSITION_AFTER, sentence)
        if given is None:
            continue
        again = re.search(rf"(?i:{re.escape(given.group(1))}),\s+{re.escape(name)}(,\s)?", text)
        if again is None or not _outside_quotes(text, again.start(), again.end()):
            continue
        new = text[: again.start()] + name + (" " if again.group(1) else "") + text[again.end() :]
        cut = text[again.start() : again.start() + len(given.group(1))]
        return (new[:1].upper() + new[1:] if again.start() == 0 else new), cut
    return None


_ACRONYM = re.compile(r"\s\(([A-ZÀ-Ý]{2,8})\)")


def shorten_repeated_acronyms(texts: list[str]) -> list[tuple[str, Repair | None]]:
    """Write only the acronym when an earlier sentence already gave the name with it: after "le Syndicat des dockers et
    portuaires de Marseille (SDPM)", "À l'appel du Syndicat des dockers et portuaires de Marseille (SDPM), les
    salariés" becomes "À l'appel du SDPM, les salariés"."""
    out: list[tuple[str, Repair | None]] = []
    for j, text in enumerate(texts):
        repair = None
        for m in _ACRONYM.finditer(text):
            acronym, mine = m.group(1), text[: m.start()].split()
            for earlier in texts[:j]:
                given = re.search(rf"\s\({acronym}\)", earlier)
                if given is None:
                    continue
                # The name: the words both sentences put before the acronym, from a capitalised one on.
                common = _common_tail(mine, earlier[: given.start()].split())
                while common and not common[0][:1].isupper():
                    common = common[1:]
                if len(common) < 2 or any(w != v for w, v in zip(common, mine[-len(common) :], strict=True)):
                    continue
                name = " ".join(common)
                start = text.rfind(name, 0, m.start())
                if start < 0 or not _outside_quotes(text, start, m.end()):
                    continue
                before = text[start : m.end()]
                text, repair = text[:start] + acronym + text[m.end() :], Repair("acronym", before, acronym)
                break
            if repair is not None:
                break
        out.append((text, repair))
    return out


def _common_tail(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words that both lists end with (in ``a``'s case: a sentence capitalises its first word)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n].lower() == b[-1 - n].lower():
        n += 1
    return a[len(a) - n :]


_AGENCIES = (
    r"(?:AFP|AP|Reuters|CNN|dpa|DPA|ANSA|EFE|Belga|ATS|Xinhuanet|Xinhua|UPI|Associated Press|Agence France-Presse|"
    r"Europa Press|EUROPA PRESS|Kyodo|PTI|IANS|AAP|TASS|Interfax|Bloomberg|Lusa|LUSA|PAP|ANP|TT|NTB|Ritzau|APA|SDA|Keystone-ATS|"
    r"Keystone-SDA)"
)
# "LONDON (Reuters) - ", "WASHINGTON (CNN/Money) -- ", "COLICO, Italy (AP) - ", "MARSEILLE - ": a wire dateline, a
# place in capitals, maybe a country and an agency, then a dash, before the first word.
_DATELINE = re.compile(
    # The first letters of a word in a fixed count: "{3,}" before a class that holds letters too lets a line of
    # capitals split each word every way, which took half a second on one 70-letter headline.
    rf"^[A-ZÀ-Ý]{{3}}[A-ZÀ-Ý'’.-]*(?:[ -][A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’.-]*)*"
    # a country or a day after the place, or both: "COLICO, Italy", "MADRID, 17 abr", "MADRID, 07 MAR",
    # "BRACKWATER, England, April 14"
    rf"(?:,\s*(?:[A-ZÀ-Ý][\w.'’ -]{{1,30}}?|\d{{1,2}}(?:\.?\s+(?:[A-Za-zà-ÿ][a-zà-ÿ]{{2,9}}|[A-ZÀ-Ý]{{3}})\.?)?)){{0,2}}"
    # the agency: a known one, capitals, or a name of up to four capitalised words ("Agencia Continental")
    rf"\s*(?:\((?:{_AGENCIES}(?:/[A-Z][\w.]*)?|[A-Z]{{2,5}}|[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){{0,3}})\)\s*)?"
    # a dash with a space on one side at least: "SPD-Spitzenkandidatin" is one word
    rf"(?:--|\s[-—–]|[-—–](?=\s))\s*(?=[A-ZÀ-Ý\"«“])"
)
# "Linz – Die Stadt ...", "Santiago, Chile, Jan. 5 -- Chile's former ...": a place in ordinary case, maybe two more
# parts after commas, then a spaced en or em dash or a double hyphen (a single hyphen joins names, so it does not
# count here). A dash left alone at the start (" -- Thousands of ...") goes as well.
_PLACE_DATELINE = re.compile(
    # a place, maybe a country or a day after it: "Santiago, Chile, Jan. 5", "Lisboa, 17 jul 2027"
    # "Innsbruck/Pfurnes – ", "Lindenau am Rhein – "
    r"^(?:[A-ZÀ-Ý][\w'’.-]+(?: (?:(?:am|an der|im|ob|sur|on|upon|de|del|de la|de los|de las|di|do|da|dos|das) )?[A-ZÀ-Ý][\w'’.-]+){0,2}"
    r"(?:/[A-ZÀ-Ý][\w'’.-]+){0,2}"
    # the province in brackets: "Torres de Alhamar (Granada) (EFE).- "
    r"(?: \([A-ZÀ-Ý][\w'’. -]{1,25}\)(?= \())?"
    r"(?:, (?:[A-ZÀ-Ý][\w.'’ ]{1,20}?|\d{1,2}\.? [a-zà-ÿ]{3,10}\.?(?: \d{4})?)){0,2})?"
    # "Santiago, Chile, Jan. 5 (UPI) -- "; after an agency, a spaced hyphen too: "Weilersheim (dpa/lsw) - "
    # or a hyphen glued to an abbreviation's point: "Madrid, 18 oct.- "
    rf"(?:\s*\((?:{_AGENCIES}(?:/[\w.]+)?|[A-Z]{{2,5}})\)\s*\.?(?:--|[—–-])|\s*(?:--|[—–])|(?<=\d [a-zà-ÿ]{{3}}\.)-|(?<=\d [a-zà-ÿ]{{4}}\.)-) "
    r"(?=[A-ZÀ-Ý\"«“„])"
)
# A point of an editor's box of key points: "• Unión Aragonesa (UA) gana con el 31,2% ..." (a dash would open a quote).
_BULLET = re.compile(r"^[•▪►▸●◦]\s+(?=\S)")
# "(ANSA) - MADRID, 07 MAR - ...": the agency first, then its dateline.
_AGENCY_FIRST = re.compile(rf"^\((?:{_AGENCIES}(?:/[\w.]+)?)\)\s*(?:--|[—–-])\s+(?=[A-ZÀ-Ý\"«“„])")
# "China aware, mum BEIJING (Kyodo) China said ...": a dashless dateline with a known agency, perhaps after a short
# subheading run into it. A preposition before the place makes it part of a sentence ("met in LYON (AFP) Monday").
_AGENCY_DATELINE = re.compile(
    rf"^(?:(?!(?:in|at|from|to|of|near|à|en|dans|de|aus|bei|nach|em|para|a)\s)[\w'’,]+\s+){{0,5}}?[A-ZÀ-Ý]{{3}}[A-ZÀ-Ý'’.-]*(?: [A-ZÀ-Ý]{{2}}[A-ZÀ-Ý'’.-]*)*"
    # "VALDEOLMOS, 15 (EUROPA PRESS) Un ciberataque ...": a day alone after the place, as Europa Press dates its copy
    rf"(?:,\s*(?:[A-ZÀ-Ý][\w.]*(?: [A-ZÀ-Ý][\w.]*)?|\d{{1,2}}(?: [A-Za-zà-ÿ]{{3,4}}\.?)?))?\s*\({_AGENCIES}\)\s+"
    rf"(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
# "December 15, 2004 - The Open Source ...", "Friday, Dec 31, 2004,Page 16 Advertising Meet the ...": a date line, or a
# print edition's date, page and section, run into the first sentence.
_DATE_PREFIX = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
    r"(?:\s*(?:--|[-—–|])\s+|,\s*Page \d+\s+(?:Advertising\s+)?)(?=[A-ZÀ-Ý\"«“„])"
)
# A section label or a dashless dateline in capitals run into the sentence: "FREE PRESS COLUMNIST As chief executive
# ...", "NEW YORK Police said ...". Two capitalised words at least, so "UNICEF Director Anne Lake said" keeps its name.
# A comma or a colon may part the label's words: "MONEY, SOFTWARE FOR FOCUS: HOPE Detroit's Focus: HOPE has ...".
# The label's last word has no colon: "US TV: The vote was close." is a source's own sentence.
_CAPS_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.&-]+[,:]?\s+){1,5}[A-ZÀ-Ý][A-ZÀ-Ý'’.&-]+\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
# One section word in capitals before an article, which no sentence opens with: "INTERNATIONAL The photographer ...".
_CAPS_SECTION = re.compile(
    r"^[A-ZÀ-Ý]{4,}\s+(?=(?:The|A|An|Le|La|Les|Un|Une|Der|Die|Das|Ein|Eine|El|Los|Las|Il|Lo|Gli|O|Os|As)\s)"
)
# A wire byline with its dateline: "NEWS NETWORK ANNA BERG MUMBAI: The markets ...". Three capitalised words at least
# before the colon, so a plain dateline ("LIVERPOOL: The port ...") is left to read as it was written.
_CAPS_BYLINE = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.&-]+\s+){2,7}[A-ZÀ-Ý][A-ZÀ-Ý'’.&-]+:\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
# "By David Norcross Dec. 8, 2004 | On June 15 ...", "By David McKittrick 30 November 2004 Old enemies ...": a byline
# and its date glued before the first sentence.
_BYLINE_PREFIX = re.compile(
    r"^(?:By|Par|Von|Por|Di) [A-ZÀ-Ý][\w.'’-]+(?: [A-ZÀ-Ý][\w.'’-]+){0,3}"
    r"(?:[^|]{0,25}\| |,? (?:\d{1,2}\.? [A-ZÀ-Ý][a-zà-ÿ]{2,8}\.? |[A-Z][a-z]{2,8}\.? \d{1,2},? )(?:19|20)\d\d,? )"
    r"(?=[A-ZÀ-Ý])"
)
# A web kicker before the first sentence: "UPDATED: LokiTorrent, a Web site ...", "EXCLUSIF - Le ministre ...".
KICKER = re.compile(
    r"^(?:UPDATED?|BREAKING(?: NEWS)?|EXCLUSIVE|EXCLUSIF|EXKLUSIV|EXCLUSIVA|ESCLUSIVA|EXCLUSIVO|ANALYSIS|ANALYSE|ANÁLISIS"
    r"|LIVE|DIRECT|EN DIRECT|VIDEO|VIDÉO|PHOTOS?|WATCH|CORRECTION|MISE À JOUR|AKTUALISIERT|ACTUALIZADO|AGGIORNAMENTO"
    # maybe with its time: "UPDATE, 7:40 a.m. Friday: The number of people killed ..."
    r"|ATUALIZADO|ALERTE|ALERT|EILMELDUNG|ÚLTIMA HORA|ULTIM'ORA)(?:,.{1,30}?)?\s*(?::|--|[—–-])\s+(?=[A-ZÀ-Ý\"«“„])"
)
# A live update's stamp before its text: "Update 19.48 uur: Rond 19.30 uur ...", "Uppdatering 11.58: Polisen ...".
_UPDATE_STAMP = re.compile(
    r"^(?:Update|Updated|Uppdatering|Uppdaterat|Oppdatering|Oppdatert|Opdatering|Opdateret|Aktualisierung|Aktualisiert|"
    r"Mise à jour|Actualización|Actualizado|Aggiornamento|Atualização|Atualizado|Aktualizacja)\s*(?:kl\.?\s*|om\s*|um\s*|"
    r"à\s*|at\s*|a las\s*|alle\s*|às\s*|godz\.?\s*)?\d{1,2}[.:h]\d{2}(?:\s*(?:uur|Uhr|h))?\s*(?::|[—–-])\s+(?=[A-ZÀ-Ý\"«“„])"
)
# A live page's summary label: "Resumo: Duarte Pestana venceu a final ...".
_SUMMARY_LABEL = re.compile(
    r"^(?:Resumo|Resumen|Résumé|En bref|Summary|In brief|Zusammenfassung|Das Wichtigste|Riassunto|In breve|Samenvatting|"
    r"Sammanfattning|Sammendrag|Resumé|Podsumowanie)\s*:\s+(?=[A-ZÀ-Ý\"«“„])"
)
# An advertisement's label glued before the first sentence: "Advertisement At least one Web site ...".
_AD_LABEL = re.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Publicité|PUBLICITÉ|Anzeige|ANZEIGE|Werbung|WERBUNG|Publicidad|PUBLICIDAD"
    r"|Pubblicità|PUBBLICITÀ|Publicidade|PUBLICIDADE|Advertentie|Annons|Annonse)\s+(?=[A-ZÀ-Ý\"«“„])"
)
# A press release's headline before its dateline: "New MSN Search Service Helps Consumers Find and Act on Information
# More Quickly REDMOND, Wash. -- Nov. 11, 2004 -- MSN today ...". Capitalised words (and the small words of a title),
# then a place in capitals, maybe a state, and a dash.
_RELEASE_TITLE = re.compile(
    r"^(?:(?:[A-Z0-9][\w'’&.:-]*|a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)\s+){3,25}?"
    r"(?=[A-Z]{3}[A-Z'’.-]*(?: [A-Z]{3}[A-Z'’.-]*)*(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:--|[—–-])\s)"
)
# An English headline in title case glued before the first sentence, which opens on an article: "Man Charged With
# Animal Cruelty After Biting His Dog The pet owner says ...". The run must hold four capitalised words and end on one.
_GLUED_HEADLINE = re.compile(
    r"^(?:(?:[A-Z0-9][\w'’&.,:$%-]*|a|after|an|and|as|at|by|for|from|in|into|of|on|or|over|the|to|with)\s+){4,24}?"
    r"(?=(?:The|A|An)\s+[a-z])"
)


def _glued_headline(text: str) -> re.Match[str] | None:
    match = _GLUED_HEADLINE.match(text)
    if match is None:
        return None
    run = match.group(0).split()
    capitalised = sum(1 for w in run if w[0].isupper() or w[0].isdigit())
    return match if capitalised >= 4 and (run[-1][0].isupper() or run[-1][0].isdigit()) else None


def glued_headline(text: str) -> str | None:
    """The title-case English headline glued before a sentence ("Man Charged With ... His Dog The pet owner ..."), if
    there is one."""
    match = _glued_headline(text)
    head = match.group(0).strip() if match else ""
    return head if head and not head.endswith(":") else None  # "... NAYAK MUMBAI:" is a byline, not a headline


_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:¡¿\"«„“|]\s*|[.!?]\s+)$")


def shouting(text: str) -> bool:
    """Three words or more, most of them in capitals: a live page's "KACPER WIERZBICKI WYGRYWA!"."""
    long_words = [w for w in _LETTERS.findall(text) if len(w) > 1]
    shouted = [w for w in long_words if w.isupper()]
    return len(shouted) >= 3 and len(shouted) >= 0.6 * len(long_words)


def case_forms(sources: Iterable[str]) -> dict[str, str]:
    """How the sources write each word when they do not shout: its most frequent form past a sentence's opening, in
    lines not set in capitals, a word in capitals counting only between words that are not."""
    counts: dict[str, dict[str, int]] = {}
    for source in sources:
        for line in source.splitlines():
            if shouting(line):
                continue
            found = list(_LETTERS.finditer(line))
            for k, match in enumerate(found):
                if _SENTENCE_OPENER.search(line[max(0, match.start() - 3) : match.start()]) or match.start() == 0:
                    continue
                near = [m.group(0) for m in found[max(0, k - 1) : k + 2] if m is not match]
                if match.group(0).isupper() and any(len(w) > 1 and w.isupper() for w in near):
                    continue  # a shout within a line ("... 133 m! KACPER WIERZBICKI WYGRYWA!"), not an acronym
                forms = counts.setdefault(match.group(0).lower(), {})
                forms[match.group(0)] = forms.get(match.group(0), 0) + 1
    return {key: max(forms, key=lambda f: forms[f]) for key, forms in counts.items()}


def recase_shouting(text: str, forms: dict[str, str]) -> tuple[str, Repair | None]:
    """Write a sentence set in capitals in sentence case, each word as the sources write it elsewhere (names keep
    their capitals, "CF" stays an acronym), outside quotes."""
    if not shouting(text):
        return text, None
    out, first = [], True
    last = 0
    for match in _LETTERS.finditer(text):
        word = match.group(0)
        written = word
        if word.isupper() and _outside_quotes(text, match.start(), match.end()):
            written = forms.get(word.lower(), word.lower())
        if first:
            written = written[0].upper() + written[1:]
            first = False
        out.append(text[last : match.start()] + written)
        last = match.end()
    new = "".join(out) + text[last:]
    return (new, Repair("case", text, new)) if new != text else (text, None)


# An agency's byline glued before the first sentence: "Agência Estado Dois advogados ...", "Agencia EFE El Gobierno ...".
_AGENCY_BYLINE = re.compile(
    r"^(?:Agência|Agencia|Agenzia|Agence|Agentur)\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
# ", selon l'AFP." / ", according to Reuters." at the very end: the citation list already says who reported it.
_AGENCY_ATTRIBUTION = re.compile(
    rf",\s*(?:selon|d'après|d’après|according to|reported by|a rapporté|rapporte|berichtet|según|secondo)\s+"
    rf"(?:l'|l’|le |la |the |die |das |la agencia |l'agenzia )?{_AGENCIES}(?=\s*[.!?]$)"
)
# Credits and media markers in brackets: "(AFP)", "[AFP - Anne Dupont]", "(photo)", "(vidéo)".
_CREDIT = re.compile(
    rf"\s*[\(\[](?:{_AGENCIES}(?:\s*[-/]\s*[^\)\]]{{0,40}})?|photo|vidéo|video|audio|VIDEO|PHOTO)[\)\]]"
)


def trim(text: str) -> tuple[str, list[Repair]]:
    """Remove web kickers, wire datelines, trailing agency attributions and credit brackets, outside quotes; record
    each cut."""
    repairs: list[Repair] = []
    for _ in range(3):  # "BEAVERTON, Ore. - December 15, 2004 - The ...": a place, then a date (after a title)
        match = (
            _BULLET.match(text)
            or KICKER.match(text)
            or _UPDATE_STAMP.match(text)
            or _SUMMARY_LABEL.match(text)
            or _AD_LABEL.match(text)
            or _AGENCY_BYLINE.match(text)
            or _RELEASE_TITLE.match(text)
            or _glued_headline(text)
            or _AGENCY_FIRST.match(text)
            or _DATELINE.match(text)
            or _PLACE_DATELINE.match(text)
            or _AGENCY_DATELINE.match(text)
            or _BYLINE_PREFIX.match(text)
            or _DATE_PREFIX.match(text)
            or _CAPS_LABEL.match(text)
            or _CAPS_BYLINE.match(text)
            or _CAPS_SECTION.match(text)
        )
        if not match or match.end() >= len(text) or re.fullmatch(r"[–—]\s*", match.group(0)):
            break  # a lone dash opens a quotation, as Nordic and Polish papers print one: it stays
        repairs.append(Repair("trim", match.group(0).strip(), ""))
        text = text[match.end() :]
    if not _QUOTED.search(text):  # a quote keeps its attribution
        match = _AGENCY_ATTRIBUTION.search(text)
        if match:
            repairs.append(Repair("trim", match.group(0).strip(" ,"), ""))
            text = text[: match.start()] + text[match.end() :]
    for match in reversed(list(_CREDIT.finditer(text))):
        if _outside_quotes(text, match.start(), match.end()):
            repairs.append(Repair("trim", match.group(0).strip(), ""))
            text = text[: match.start()] + text[match.end() :]
    return text, repairs


# A weekday the next week holds ("lundi prochain"), or last week's in English ("Tuesday last week"): the story's day
# is not meant.
_DIRECTION_AFTER = re.compile(
    r"\s+(?:prochain|prochaine|next|last|prossimo|prossima|proximo|próximo|proxima|próxima|nachsten|nächsten)\b",
    re.I,
)
# A weekday said to be the last one ("domenica scorsa", "lundi dernier"): the written date stands for both words.
_LAST_AFTER = re.compile(
    r"\s+(?:dernier|derniere|dernière|passado|passada|pasado|pasada|scorso|scorsa|passato|passata)\b", re.I
)


def _words_of(text: str, key: str) -> list[re.Match[str]]:
    """The words of ``text``, or its runs of as many words as ``key`` holds ("i går", "l'altro ieri")."""
    run = re.compile(r"[\w'-]+" + r"\s+[\w'-]+" * (len(key.split()) - 1) + r"(?![\w-])")
    found = (run.match(text, word.start()) for word in re.finditer(r"(?<![\w-])[\w'-]", text))
    return [m for m in found if m is not None]


def resolve_relative(
    text: str, evidence: Iterable[tuple[str, date]], story_day: date | None, language: str, weekdays: bool = False
) -> tuple[str, Repair | None]:
    """Write out a relative day ("hier", "yesterday") that the source's own date evidence resolves.

    A day equal to ``story_day`` is skipped (pass None to allow it), unless the word puts it before or after the day
    of writing: "ayer" in a report of the next morning is the story's day, which the article's own frame calls no
    "yesterday". Bare weekdays are written out only with
    ``weekdays`` (for the lead, whose evidence is checked against the story date): in the body "mercredi" may mean
    the next Wednesday as well as the last one.
    """
    for expression, value in evidence:
        key = strip_accents(expression.lower())
        if story_day is not None and value == story_day and not RELATIVE_DAYS.get(key):
            continue
        if key not in RELATIVE_DAYS and not (weekdays and key in WEEKDAYS):
            continue
        if " " in key and RELATIVE_DAYS.get(key) == 0:
            continue  # the Nordic "i dag" says "nowadays" as often as "today": "I dag kan en förare ha upp till fem ..."
        for match in _words_of(text, key):
            word = match.group(0)
            if strip_accents(word.lower()) != key or not _outside_quotes(text, match.start(), match.end()):
                continue
            if " " in key and PART_AFTER_DAY.match(text.lower(), match.end()):
                continue  # "i går aftes", "i går morse": the night or the morning keeps its words (as "i går kväll")
            if (
                _DIRECTION_AFTER.match(text, match.end())
                or _dated_after_part(text, match.end(), language)
                or recurring_or_named(text, match.start())
                or (RELATIVE_DAYS.get(key) == 0 and up_to(text, match.start()))  # "da ottobre a oggi", not "de ... à jeudi"
                or _COMPARED.search(text[: match.start()])  # "una domenica come ieri": a likeness, not a date
            ):
                continue
            written = _written_day(word, value, language, text[: match.start()])
            last = _LAST_AFTER.match(text, match.end()) if key in WEEKDAYS else None
            end = last.end() if last else match.end()
            weekday = _NEXT_WORD.match(text, end)
            if weekday and WEEKDAYS.get(strip_accents(weekday.group(1).lower())) == value.weekday():
                end = weekday.end()  # "Demain vendredi, ...": the written date names the weekday already
            return _write_day(text, match.start(), end, written, language)
    for expression, value in evidence:
        # "gisteravond", "i går kväll": the part of the day stays, the date its source gives follows in apposition.
        span = part_of_day_span(text, expression) if story_day is None or value != story_day else None
        if span is not None and _outside_quotes(text, *span) and not dated_after(text, span[1]):
            word = text[span[0] : span[1]]
            named = PAST_WEEKDAY.match(strip_accents(word.lower())) is not None  # "i lördags" names the weekday
            written = f"{word}, {format_date(value, language, weekday=not named)}" + _closing_comma(text[span[1] :])
            return text[: span[0]] + written + text[span[1] :], Repair("date", word, written)
    return text, None


# A quotation attributed to a pronoun after it: '"...," he added.', '"...", she told reporters.'
_PRONOUN_SPEAKER = re.compile(
    r"(?<=[,.!?][\"”’]\s)(?P<p>[Hh]e|[Ss]he)(?= (?:said|says|added|adds|continued|explained|warned|insisted|noted|told|argued)\b)"
)
_SPEAKING = (
    r" (?:[a-z]+ly )?(?:said|says|added|told|accepted|argued|insisted|explained|warned|announced|admitted|claimed|"
    r"conceded|stressed|noted|wrote|defended|replied)\b"
)
_PERSON = rf"(?:{_HONORIFIC} {_NAME}|{_NAME} (?:(?:Le|La|De|Van|Von|Di|Da) )?{_NAME})"
# The person the sentence before names as its subject: "Mr Reid accepted that ...", "Council leader Priya Halloran
# said", "The Health Secretary, John Reid, said" (the name in apposition, not the title).
_SUBJECT_NAME = re.compile(
    rf"^(?:[\w'’-]+ ){{0,4}}?[\w'’-]+, (?P<a>{_PERSON}),{_SPEAKING}|^(?:[\w'’-]+ ){{0,4}}?(?P<n>{_PERSON})"
    rf"(?:,[^,]{{1,80}},)?{_SPEAKING}"
)


# French puts the pronoun after the verb: '», a-t-elle ajouté', '», poursuit-il', '», ajoute-t-elle'.
_FR_VERB = r"[a-zéèêëàâîïôûùç]+"
_FR_PRONOUN_SPEAKER = re.compile(
    rf"(?<=[»”\"],\s)(?:a-t-(?P<p1>il|elle)\s+(?P<v1>{_FR_VERB})|(?P<v2>{_FR_VERB}?)(?:-t)?-(?P<p2>il|elle))(?![\w-])"
)
# The speaker a French sentence names after its quotation ('», a déclaré Mme Lambertin', '», a affirmé de son côté
# M. Olmedo') or as its subject ('Mme Lambertin a déclaré').
_FR_SPEAKER_NAME = re.compile(
    rf"[»”\"],\s+(?:a\s+|avait\s+)?{_FR_VERB}(?:\s+de son côté)?\s+(?P<n>{_PERSON})\b"
    rf"|^(?P<s>{_PERSON})\s+a\s+{_FR_VERB}\b"
)


def name_pronoun_speaker(text: str, before: str) -> tuple[str, Repair | None]:
    """Write the speaker's name for the pronoun that attributes a quotation ('"...," he added.' becomes '"...," Mr
    Reid added.', '», a-t-elle ajouté' becomes '», a ajouté Mme Lambertin') when ``before``, the source's sentence
    before it, names that person as its subject or as the speaker of its quotation."""
    pronoun = _PRONOUN_SPEAKER.search(text)
    subject = _SUBJECT_NAME.match(before)
    if pronoun is not None and subject is not None:
        name = subject.group("a") or subject.group("n")
        new = text[: pronoun.start()] + name + text[pronoun.end() :]
        return new, Repair("speaker", pronoun.group("p"), name)
    french = _FR_PRONOUN_SPEAKER.search(text)
    speaker = _FR_SPEAKER_NAME.search(before)
    if french is None or speaker is None:
        return text, None
    name = speaker.group("n") or speaker.group("s")
    feminine = (french.group("p1") or french.group("p2")) == "elle"
    if name.startswith(("Mme", "Mlle") if not feminine else "M."):
        return text, None  # "elle" cannot be M. Olmedo, nor "il" Mme Lambertin
    said = f"a {french.group('v1')} {name}" if french.group("v1") else f"{french.group('v2')} {name}"
    return text[: french.start()] + said + text[french.end() :], Repair("speaker", french.group(0), said)
