"""Labelled data the benchmarks share: the sample corpus with its gold, and the seeds with their known stories."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.clean import CleanedItem, clean_articles
from newsfuse.evaluate import load_gold
from newsfuse.ingest import read_inputs
from newsfuse.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
# The seeds' stories, as the project's first issue states them.
SEED_STORIES = {
    "000_3f9906dd629083e6#1": "meeting",
    "001_4abc9afbb70f35b4": "meeting",
    "002_782f633ee9fe343a": "meeting",
    "004_c0b0d63a5f0cf3d9": "meeting",
    "003_88db39ec24d024ab": "navy-order",
    "000_3f9906dd629083e6#2": "territory-loss",
}


def cleaned(paths: list[Path]) -> list[Article]:
    """Ingest and clean, keeping the good articles."""
    raw = [a for a in read_inputs(paths) if isinstance(a, Article)]
    return [c.article for c in clean_articles(raw) if isinstance(c, CleanedItem)]


def labelled_sets() -> list[tuple[str, list[Article], dict[str, str]]]:
    """(name, cleaned articles, gold story of each article id) for the sample corpus and the seeds."""
    gold = {g.id: g.story for g in load_gold(ROOT / "examples" / "gold")}
    out = [("sample", cleaned([ROOT / "examples" / "corpus"]), gold)]
    if SEEDS.is_dir():
        out.append(("seeds", cleaned([SEEDS]), dict(SEED_STORIES)))
    return out


def heldout_story_sets() -> list[tuple[str, list[Article], dict[str, str]]]:
    """(name, cleaned articles, gold story of each article id) for pages never used to calibrate the stories stage."""
    out = []
    for batch in ("heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52", "heldout53", "heldout54", "heldout55", "heldout56", "heldout57", "heldout58", "heldout59", "heldout60", "heldout61", "heldout62", "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout71", "heldout72", "heldout73", "heldout74", "heldout75", "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout81", "heldout82", "heldout83", "heldout84", "heldout85", "heldout86", "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92", "heldout93", "heldout94", "heldout95", "heldout96", "heldout97", "heldout98"):
        labels = ROOT / "tests" / "data" / f"{batch}_furniture.json"
        stories = json.loads(labels.read_text(encoding="utf-8"))["stories"]
        by_page = {name.removesuffix(".txt"): story for name, story in stories.items()}
        articles = cleaned([ROOT / "tests" / "data" / batch])
        # An item the cleaner cuts from a page ("page#2") belongs to the page's story unless labelled on its own.
        gold = {a.id: by_page.get(a.id) or by_page[a.id.split("#")[0]] for a in articles}
        out.append((f"held-out pages ({batch})", articles, gold))
    return out


def seed_furniture_labels() -> dict[Path, list[int]]:
    """The hand-made furniture labels of the seeds (tests/data/seed_furniture.json), by file path."""
    labels = json.loads((ROOT / "tests" / "data" / "seed_furniture.json").read_text(encoding="utf-8"))["files"]
    return {SEEDS / name: numbers for name, numbers in labels.items()}
