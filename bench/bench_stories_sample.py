"""Benchmark: the sample corpus gold, story by story, and order independence.

The sample corpus and the seeds were among the calibration sets (bench/calibrate_stories.py), so these are not
held-out figures; the pages of tests/data/heldout8 to heldout10 were not, and their first runs are recorded beside them. Order independence: the articles arrive one at a time, each as its own batch, in shuffled orders
(five seeds), instead of in publication order; and the whole batch is also given in shuffled input order.
"""

from __future__ import annotations

import random

from newsfuse.embeddings import shared_encoder
from newsfuse.evaluate import bcubed
from newsfuse.records import Article
from newsfuse.settings import Settings
from newsfuse.store import Membership, SQLiteStore
from newsfuse.stories import StoryAssigner

from benchdata import heldout_story_sets, labelled_sets

TITLE = "Stories: sample corpus gold, seeds and order independence"
Row = tuple[str, str, str]
SEEDS = tuple(range(1, 21))  # orders 1-5 were examined while developing; 6-20 were not


def _memberships(batches: list[list[Article]], settings: Settings) -> list[Membership]:
    with SQLiteStore() as store:
        assigner = StoryAssigner(store, settings, shared_encoder())
        for batch in batches:
            assigner.add(batch)
        return [m for a in batches for m in [store.membership(x.id) for x in a] if m]


def _clusters(batches: list[list[Article]], settings: Settings) -> dict[str, str]:
    return {m.article_id: m.story_id for m in _memberships(batches, settings)}


def _margins(memberships: list[Membership], threshold: float) -> str:
    """The decisions nearest the join threshold: the weakest join and the strongest best match of an opener."""
    joined = [(m.score, m.article_id) for m in memberships if m.score is not None]
    opened = [
        (float(m.evidence["best"]["score"]), m.article_id)
        for m in memberships
        if m.score is None and isinstance(m.evidence.get("best"), dict)
    ]
    parts = []
    if joined:
        score, article = min(joined)
        parts.append(f"weakest join {score:.3f} ({article})")
    if opened:
        score, article = max(opened)
        parts.append(f"strongest match of an article that opened a story {score:.3f} ({article})")
    return f"threshold {threshold:.2f}: " + "; ".join(parts)


def run_benchmark() -> list[Row]:
    """Exact stories, B-cubed, two-language stories, and F1 under shuffled arrival."""
    settings = Settings()
    rows: list[Row] = []
    for name, articles, gold in [*labelled_sets(), *heldout_story_sets()]:
        memberships = _memberships([articles], settings)
        predicted = {m.article_id: m.story_id for m in memberships}
        expected: dict[str, set[str]] = {}
        for article_id, story in gold.items():
            expected.setdefault(story, set()).add(article_id)
        found: dict[str, set[str]] = {}
        for article_id, story in predicted.items():
            found.setdefault(story, set()).add(article_id)
        exact = sum(1 for members in expected.values() if members in found.values())
        r = bcubed(predicted, gold)
        rows.append((f"{name}: gold stories recovered exactly", f"{exact} of {len(expected)}", ""))
        first = {
            "held-out pages (heldout8)": "first run, before the fixes it led to: P 1.000 / R 0.762",
            "held-out pages (heldout9)": "first run (after the heldout8 fixes): P 1.000 / R 1.000",
            "held-out pages (heldout10)": "first run (after the heldout9 fixes): P 1.000 / R 0.788",
            "held-out pages (heldout11)": (
                "first run (after the heldout10 fixes): P 1.000 / R 1.000, but the page holding a second, unrelated "
                "report was not cut, so that report's own story was missing"
            ),
            "held-out pages (heldout12)": (
                "first run (after the heldout11 fixes): P 1.000 / R 0.714; a live page's updates and a Nordic storm's "
                "three reports were each a story of their own"
            ),
            "held-out pages (heldout13)": (
                "first run (after the heldout12 fixes): P 1.000 / R 0.897; the Spanish report of a French fire stood "
                "alone, and the page of three briefs was not cut"
            ),
            "held-out pages (heldout14)": "first run (after the heldout13 fixes): P 1.000 / R 1.000",
            "held-out pages (heldout15)": (
                "first run (after the heldout14 fixes): P 1.000 / R 0.733; consent titles, a Polish report apart, and "
                "the page of three briefs not cut"
            ),
            "held-out pages (heldout16)": (
                "first run (after the heldout15 fixes): P 1.000 / R 1.000, but the football result below the ferry "
                "report was not cut, so its own story was missing"
            ),
            "held-out pages (heldout17)": "first run (after the heldout16 fixes): P 1.000 / R 1.000",
            "held-out pages (heldout18)": (
                "first run (after the heldout17 fixes): P 1.000 / R 0.917; the Swedish and Norwegian reports of one "
                "wolf cull apart, and the Dutch page of three briefs not cut"
            ),
            "held-out pages (heldout19)": (
                "first run (after the heldout18 fixes): P 1.000 / R 0.673; a blog's comments cut into items of their "
                "own, and the next day's report on a TV debate's audience apart from the debate's"
            ),
            "held-out pages (heldout20)": (
                "first run (after the heldout19 fixes): P 1.000 / R 0.833; the Swedish and the undated Danish report "
                "of one storm apart, and the Danish and English reports of one set of job cuts"
            ),
            "held-out pages (heldout21)": (
                "first run (after the heldout20 fixes): P 1.000 / R 0.900; the undated Swiss report of an avalanche "
                "apart from the Austrian one"
            ),
            "held-out pages (heldout22)": "first run (after the heldout21 fixes): P 1.000 / R 1.000",
            "held-out pages (heldout23)": (
                "first run (after the heldout21 fixes): P 1.000 / R 0.933; the English report of a power cable outage "
                "apart from the Swedish and Norwegian ones"
            ),
            "held-out pages (heldout24)": (
                "first run (after the heldout23 fixes): P 1.000 / R 0.952 with the Dutch page's two items keyed as one; "
                "P 1.000 / R 1.000 once keyed as the writer listed them"
            ),
            "held-out pages (heldout25)": (
                "first run (after the heldout24 fixes): P 1.000 / R 0.733; the Italian page's road closure not cut from "
                "the museum theft above it, and a Polish page's readers' comments cut into items of their own"
            ),
            "held-out pages (heldout26)": (
                "first run (after the heldout25 fixes): P 1.000 / R 0.735; readers' comments cut into items of their "
                "own, a live blog not cut into its updates and then dated by a forecast ('am Freitagmorgen') apart "
                "from the strike it covers, and a local page's second item not cut"
            ),
            "held-out pages (heldout27)": (
                "first run (after the heldout25 fixes): P 1.000 / R 1.000 with the page of three briefs counted as "
                "one item; the briefs were not cut"
            ),
            "held-out pages (heldout28)": (
                "first run (after the heldout27 fixes): P 1.000 / R 1.000; the live blog's updates all joined the "
                "tunnel story and the page of two items was cut"
            ),
            "held-out pages (heldout29)": (
                "first run (after the heldout27 fixes): P 1.000 / R 1.000 with the page of three briefs counted as one "
                "item; the briefs were not cut, as their label stood inside a phrase ('NYHETER I KORTHET')"
            ),
            "held-out pages (heldout30)": (
                "first run (after the heldout29 fixes): P 1.000 / R 1.000 with the regional page of two items counted "
                "as one item; two reports were cut at their readers' comment ages, and every part joined its story"
            ),
            "held-out pages (heldout31)": (
                "first run (after the heldout29 fixes): P 1.000 / R 1.000 with the page of four timed briefs counted "
                "as one item; the French live blog was not cut into its updates"
            ),
            "held-out pages (heldout32)": (
                "first run (after the heldout31 fixes): P 1.000 / R 0.929; an email newsletter cut with its header as an "
                "item of its own, and a Polish live blog of a ski-jumping event apart from the Norwegian report of it"
            ),
            "held-out pages (heldout33)": (
                "first run (after the heldout31 fixes): P 1.000 / R 0.911; an English report of the ferry collision "
                "dated by a Monday it expected ahead, and a German report cut at its summary box's label"
            ),
            "held-out pages (heldout34)": (
                "first run (after the heldout33 fixes): P 1.000 / R 1.000 with the Polish page of two items counted "
                "as one item; it was not cut, as its date lines ('Dodano: 21.10.2027, 07:48') were read as page tools"
            ),
            "held-out pages (heldout35)": (
                "first run (after the heldout33 fixes): P 1.000 / R 1.000 with the Dutch page of two items counted "
                "as one item; it was not cut, as its date lines ('12 okt 2027, 06:45') were not read as dates"
            ),
            "held-out pages (heldout36)": (
                "first run (after the heldout37 fixes): P 1.000 / R 1.000; every story found, but the Italian page's "
                "first item was titled by the site's motto ('Quotidiano online della Val Morena')"
            ),
            "held-out pages (heldout38)": (
                "first run (after the heldout36 fixes): P 1.000 / R 1.000; every story found, among them an Alpine "
                "landslide in four languages and a recycling plant's fire in Dutch, Flemish and German"
            ),
            "held-out pages (heldout39)": (
                "first run (after the heldout36 fixes): P 1.000 / R 1.000; every story found, the Italian live blog of "
                "a heat wave with the Portuguese, Spanish and Brazilian reports of it"
            ),
            "held-out pages (heldout40)": (
                "first run (after the heldout39 fixes): P 1.000 / R 1.000; every story found, but the Portuguese page's "
                "second item opened at its writer's name ('Carla Sofia Marques'), its headline left in the first item"
            ),
            "held-out pages (heldout41)": (
                "first run (after the heldout39 fixes): P 1.000 / R 1.000; every story found, among them a gas explosion "
                "in six reports and four languages, kept apart from the gas leak in the same building a month before"
            ),
            "held-out pages (heldout42)": (
                "first run (after the heldout41 fixes): P 1.000 / R 1.000 with the Swedish page of two items counted as "
                "one item; its second item's stamp ran past the length a stamp was read to"
            ),
            "held-out pages (heldout43)": (
                "first run (after the heldout41 fixes): P 1.000 / R 1.000; every story found, the page of three briefs cut"
            ),
            "held-out pages (heldout44)": (
                "first run (after the heldout45 fixes): P 1.000 / R 0.814; a volleyball report cut in two at its result "
                "line below its score table, and a local report of a hospital fire apart, its 'closed until Monday' "
                "read as the day it reported"
            ),
            "held-out pages (heldout45)": (
                "first run (after the heldout43 fixes): P 1.000 / R 1.000; every story found, but two Dutch reports of "
                "a cyclist's death on a Wednesday were dated to the Saturday before, from the protest ride planned "
                "for the Saturday after"
            ),
            "held-out pages (heldout46)": (
                "first run (after the heldout45 fixes): P 1.000 / R 1.000; every story found, the ferry's grounding in "
                "five reports and four languages kept apart from its engine failure three weeks before"
            ),
            "held-out pages (heldout47)": (
                "first run (after the heldout45 fixes): P 1.000 / R 1.000; every story found, the factory's chemical "
                "leak kept apart from its inspection report two weeks before"
            ),
            "held-out pages (heldout48)": (
                "first run (after the heldout45 fixes): P 1.000 / R 0.908; two Austrian reports of an avalanche and "
                "the Austrian warning before it went undated ('16. Jänner 2027' was no month; '16.01.2027 um 19:12' "
                "was read as a gallery's caption), the two reports apart from the other three"
            ),
            "held-out pages (heldout49)": (
                "first run (after the heldout48 fixes): P 1.000 / R 1.000; every story found, a German follow-up the "
                "day after a derailment joined it, and a bridge's reopening ten days after its closure kept apart"
            ),
            "held-out pages (heldout50)": (
                "first run (after the heldout48 fixes): P 1.000 / R 1.000; every story found, a city's cyberattack kept "
                "apart from its systems' restoration a week later"
            ),
            "held-out pages (heldout51)": (
                "first run (after the heldout48 fixes): P 1.000 / R 1.000; every story found, but the red heat warning "
                "was dated five days early, from a forecast's 'el viernes' read as the Friday before"
            ),
            "held-out pages (heldout52)": (
                "first run (after the heldout51 fixes): P 1.000 / R 1.000, but the Italian page of three briefs "
                "counted as one item ('Brevi' was no briefs label), an inmate's recapture dated to his escape "
                "('qui s'était évadé lundi') and a court's ban dated to the Sunday before the march it banned"
            ),
            "held-out pages (heldout53)": (
                "first run (after the heldout51 fixes): P 1.000 / R 0.467; a Portuguese live page headed 'DIRETO' was "
                "not read as live, so its thirteen updates stood as thirteen stories, and two Norwegian reports of a "
                "council's vote went apart (one undated, one dated by 'forrige onsdag')"
            ),
            "held-out pages (heldout54)": (
                "first run (after the heldout51 fixes): P 1.000 / R 0.900; a Polish page cut in two at its 'W skrócie' "
                "box, and the Swedish report of the explosion (about a Swedish family in the block) apart, as the "
                "embedding model does not cover Swedish"
            ),
            "held-out pages (heldout55)": (
                "first run (after the heldout54 fixes): P 1.000 / R 0.938; an Italian report of a bus crash dated to "
                "a road's reopening six days before ('stamani' was not read as the day of writing)"
            ),
            "held-out pages (heldout56)": (
                "first run (after the heldout54 fixes): P 1.000 / R 1.000, but a French live page was one item (one "
                "update was a results table without a sentence) and a Norwegian page of three briefs ('Kortnytt') one item"
            ),
            "held-out pages (heldout57)": (
                "first run (after the heldout54 fixes): P 1.000 / R 1.000; every story found, a church's fire kept "
                "apart from the break-in a week before"
            ),
            "held-out pages (heldout58)": (
                "first run (after the heldout57 fixes): P 1.000 / R 1.000; every story found, a derailment kept apart "
                "from the union's complaint about the track two weeks before"
            ),
            "held-out pages (heldout59)": (
                "first run (after the heldout57 fixes): P 1.000 / R 1.000; every story found, a rockslide kept apart "
                "from the geologists' warning three weeks before"
            ),
            "held-out pages (heldout61)": (
                "first run (after the heldout60 fixes): P 1.000 / R 1.000; every story found, but a Dutch live page "
                "cut into three items, not thirteen (its updates' times carry the match minute, '22.38 | 90+5'')"
            ),
            "held-out pages (heldout62)": (
                "first run (after the heldout60 fixes): P 1.000 / R 1.000; every story found, a flood kept apart from "
                "the mayor's warning about the drains a month before"
            ),
            "held-out pages (heldout63)": (
                "first run (after the heldout60 fixes): P 1.000 / R 1.000; every story found, a ferry's drift kept "
                "apart from its failed inspection six weeks before"
            ),
            "held-out pages (heldout64)": (
                "first run (after the heldout63 fixes): P 1.000 / R 1.000; every story found, a plant's explosion "
                "kept apart from its fine four months before"
            ),
            "held-out pages (heldout65)": (
                "first run (after the heldout63 fixes): P 1.000 / R 1.000; every story found, a hospital fire kept "
                "apart from its failed inspection weeks before"
            ),
            "held-out pages (heldout66)": (
                "first run (after the heldout63 fixes): a French page of two items read as one (the second item "
                "dated by no stamp, only signed 'Par Sophie Berthet' under its headline), and a Polish report cut in "
                "two at its comments' dates; every other story found"
            ),
            "held-out pages (heldout67)": (
                "first run (after the heldout66 fixes): P 1.000 / R 1.000; every story found, a bridge's collapse kept "
                "apart from its weight limit three weeks before"
            ),
            "held-out pages (heldout68)": (
                "first run (after the heldout66 fixes): P 0.936 / R 0.936; an island's heat warning joined the "
                "wildfire two days later (at the join threshold exactly), and the Dutch report of the fire apart"
            ),
            "held-out pages (heldout69)": (
                "first run (after the heldout66 fixes): P 1.000 / R 1.000; every story found, a school's gas leak kept "
                "apart from its boiler replacement announced a month before"
            ),
            "held-out pages (heldout70)": (
                "first run (after the heldout69 fixes): an Italian page of two items read as one (both reports under "
                "one day's date line, 'di Lucia Ferri' / '20 maggio 2027'); every other story found"
            ),
            "held-out pages (heldout71)": (
                "first run (after the heldout69 fixes): P 1.000 / R 1.000; every story found, a hospital's ransomware "
                "attack kept apart from the warning ten days before"
            ),
            "held-out pages (heldout72)": (
                "first run (after the heldout69 fixes): a Spanish page of two items read as one (each stamped "
                "'Torrealba | 02/06/2027 - 13:25h'); every other story found"
            ),
            "held-out pages (heldout73)": (
                "first run (after the heldout72 fixes): P 1.000 / R 1.000; every story found, a market hall's fire "
                "kept apart from its failed inspection five weeks before"
            ),
            "held-out pages (heldout74)": (
                "first run (after the heldout72 fixes): P 1.000 / R 1.000; every story found, a plant's ammonia leak "
                "kept apart from its fine four weeks before"
            ),
            "held-out pages (heldout75)": (
                "first run (after the heldout74 fixes): a Swiss page of two items read as one (each signed 'Text: ...' "
                "under its standfirst, not under its headline); every other story found, an emergency landing kept "
                "apart from the airline's grounding of another aircraft three weeks before"
            ),
            "held-out pages (heldout76)": (
                "first run (after the heldout75 fixes): a Galician report of a trawler's sinking left apart and undated "
                "(its stamp 'Actualizado 10·03·27 | 17:12' unread); every other story found, a warehouse fire kept "
                "apart from the council's refusal of its permit two months before"
            ),
            "held-out pages (heldout77)": (
                "first run (after the heldout76 fixes): a landslide's five reports split in two, three dated two days "
                "early by the rain 'seit Freitagabend' since 'am Pfingstsonntag' was no Sunday; every other story "
                "found, the landslide kept apart from the rockfall warning two weeks before"
            ),
            "held-out pages (heldout78)": (
                "first run (after the heldout76 fixes): P 1.000 / R 1.000; every story found, a school bus crash kept "
                "apart from its company's licence inspection a month before"
            ),
            "held-out pages (heldout79)": (
                "first run (after the heldout78 fixes): an Austrian report cut in two at its newsletter's promotion "
                "('Der Alpen-Rundschau-Morgenbrief: ... Jetzt kostenlos anmelden.'); every other story found, a "
                "wildfire kept apart from the fire-risk warning ten days before"
            ),
            "held-out pages (heldout80)": (
                "first run (after the heldout78 fixes): P 1.000 / R 1.000; every story found, a ferry adrift kept "
                "apart from its engine inspection a month before"
            ),
            "held-out pages (heldout81)": (
                "first run (after the heldout80 fixes): P 1.000 / R 1.000; every story found, a hailstorm kept apart "
                "from the storm warning issued the day before"
            ),
            "held-out pages (heldout82)": (
                "first run (after the heldout80 fixes): P 1.000 / R 1.000; every story found, a recycling plant's "
                "fire kept apart from its permit hearing weeks before"
            ),
            "held-out pages (heldout83)": (
                "first run (after the heldout82 fixes): P 1.000 / R 1.000; every story found, a barge striking a rail "
                "bridge kept apart from the bridge's inspection report three months before"
            ),
            "held-out pages (heldout84)": (
                "first run (after the heldout82 fixes): a Polish page of two items read as one (each signed 'Name | "
                "date' under its standfirst); every other story found, a hospital's cyberattack kept apart from its "
                "security audit two months before"
            ),
            "held-out pages (heldout85)": (
                "first run (after the heldout84 fixes): P 1.000 / R 1.000; every story found, a solvent spill that "
                "closed a town's water intake kept apart from the intake's emergency drill ten weeks before"
            ),
            "held-out pages (heldout86)": (
                "first run (after the heldout84 fixes): P 1.000 / R 1.000; every story found, drones closing an "
                "airport kept apart from the airport's presentation of a drone-detection system seven weeks before"
            ),
            "held-out pages (heldout87)": (
                "first run (after the heldout86 fixes): P 1.000 / R 1.000; every story found, a bridge closed for "
                "cracks kept apart from the road authority's bridge report four months before"
            ),
            "held-out pages (heldout88)": (
                "first run (after the heldout86 fixes): P 1.000 / R 1.000; every story found, a hospital's ransomware "
                "attack kept apart from the audit report on its systems two months before"
            ),
            "held-out pages (heldout89)": (
                "first run (after the heldout88 fixes): P 1.000 / R 1.000; every story found, a cheese recall for "
                "listeria kept apart from the veterinary inspection of the same cellar two months before"
            ),
            "held-out pages (heldout90)": (
                "first run (after the heldout88 fixes): P 1.000 / R 1.000; every story found, a recycling plant's fire "
                "kept apart from the province's fine on the same plant four months before"
            ),
            "held-out pages (heldout91)": (
                "first run (after the heldout90 fixes): P 1.000 / R 1.000; every story found, a landslide cutting off a "
                "hamlet kept apart from the geologists' warning on the same slope two months before"
            ),
            "held-out pages (heldout92)": (
                "first run (after the heldout90 fixes): P 1.000 / R 1.000; every story found, a coach of pupils "
                "overturned kept apart from the police check of the same coach company four months before"
            ),
            "held-out pages (heldout93)": (
                "first run (after the heldout92 fixes): P 1.000 / R 1.000; every story found, a chlorine leak at a "
                "chemical plant kept apart from the region's fine on the same plant six months before"
            ),
            "held-out pages (heldout94)": (
                "first run (after the heldout92 fixes): P 1.000 / R 1.000; every story found, an earthquake kept apart "
                "from the swarm of small tremors in the same town two months before"
            ),
            "held-out pages (heldout95)": (
                "first run (after the heldout94 fixes): P 1.000 / R 0.951; the Norwegian report of a snowstorm's "
                "power cut, told from the border villages, stood apart from the two Swedish reports; every other "
                "story found, a wooden church's fire kept apart from its restored ceiling six months before"
            ),
            "held-out pages (heldout96)": (
                "first run (after the heldout94 fixes): P 1.000 / R 1.000; every story found, a gas explosion kept "
                "apart from the gas leak in the same street nine months before"
            ),
            "held-out pages (heldout97)": (
                "first run (after the heldout96 fixes): P 1.000 / R 1.000; every story found, a hospital's ransomware "
                "attack kept apart from its cyber drill eight months before"
            ),
            "held-out pages (heldout98)": (
                "first run (after the heldout96 fixes): P 0.933 / R 0.947; six bylines giving the date ('Von Redaktion/APA "
                "| 7. Dezember 2027, 14:12 Uhr') were not read, so the line's reopening in May, undated, joined the "
                "December rockfall, and the one dated report of a trawler's sinking stood apart from the two undated ones; "
                "every other story found"
            ),
            "held-out pages (heldout60)": (
                "first run (after the heldout57 fixes): an Austrian page of two items read as one (each stamped only "
                "'Aktualisiert am ...'); every other story found"
            ),
            "held-out pages (heldout37)": (
                "first run (after the heldout35 fixes): P 1.000 / R 0.962; an English report cut in two at the date "
                "in its site's header ('Tuesday 1 June 2027') and its own stamp ('Posted: 31 May 2027, 4:15 pm')"
            ),
        }.get(name, "")
        rows.append((f"{name}: B-cubed P / R / F1", f"{r.precision:.3f} / {r.recall:.3f} / {r.f1:.3f}", first))
        rows.append(
            (
                f"{name}: decisions nearest the threshold (pair scores)",
                _margins(memberships, settings.story_join_threshold),
                "how far the closest calls sit from the join threshold",
            )
        )
        languages = {a.id: a.language for a in articles}
        for story, members in sorted(expected.items()):
            langs = sorted({languages[m] or "?" for m in members})
            if len(langs) > 1:
                ok = members in found.values()
                rows.append(
                    (f"{name}: two-language story {story} ({', '.join(langs)})", "exact" if ok else "not exact", "")
                )
        if name != "sample":
            continue
        base = r.f1
        shuffled_batch = []
        one_by_one = []
        for seed in SEEDS:
            order = list(articles)
            random.Random(seed).shuffle(order)
            shuffled_batch.append(bcubed(_clusters([order], settings), gold).f1)
            one_by_one.append(bcubed(_clusters([[a] for a in order], settings), gold).f1)
        rows.append(
            (
                "sample: shuffled input order, one batch (20 orders): B-cubed F1 min / max",
                f"{min(shuffled_batch):.3f} / {max(shuffled_batch):.3f}",
                "a batch is placed in publication order whatever the input order",
            )
        )
        worst = max(abs(f - base) for f in one_by_one)
        rows.append(
            (
                "sample: shuffled arrival, one article at a time (20 orders): B-cubed F1 min / mean / max",
                f"{min(one_by_one):.3f} / {sum(one_by_one) / len(one_by_one):.3f} / {max(one_by_one):.3f}",
                f"largest change from publication order {worst:.3f} (goal < 0.02)",
            )
        )
    return rows
