"""Measure the cleaning quality figures and record them, with floors, in tests/data/quality_baseline.json.

Usage:
    python bench/quality_baseline.py           # print the figures and how they compare with the recorded floors
    python bench/quality_baseline.py --write   # record them as the new baseline (after a deliberate change)
    python bench/quality_baseline.py --write --accept-drops   # ... even where a figure fell below the recorded one

The floors are the measured figures minus a margin, never below the issue's acceptance minimums (furniture precision
and recall 0.97, news-line recall 1.0 on the seeds and the sample gold, ScrapingHub F1 0.958). tests/test_quality_gate.py
fails when a figure drops below its floor.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsfuse.evaluate.quality import below_floors, floors_from, load_baseline, measure, sets_from_baseline

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "data" / "quality_baseline.json"
MARGIN = 0.01


def main() -> None:
    """Measure, compare with the recorded floors, and with --write record a new baseline."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="record the figures and new floors")
    parser.add_argument(
        "--accept-drops", action="store_true", help="with --write: record figures that fell below the recorded ones"
    )
    args = parser.parse_args()
    baseline = load_baseline(BASELINE)
    sets = [s for s in sets_from_baseline(baseline, ROOT) if s.folder.is_dir()]
    scrapinghub = (ROOT / str(baseline["scrapinghub"])).resolve()
    figures = measure(sets, scrapinghub if scrapinghub.is_dir() else None)
    print(json.dumps(figures, indent=2))
    floors = baseline.get("floors")
    if isinstance(floors, dict):
        failures = below_floors(figures, floors)
        print("\n".join(failures) if failures else "every figure is at or above its recorded floor")
    drops = _drops(figures, baseline.get("measured"))
    if drops:
        print("below the recorded figures:\n" + "\n".join(drops))
    if args.write and drops and not args.accept_drops:
        # A re-recorded baseline would hide the drop from the gate: it must be deliberate.
        sys.exit("not recorded: figures fell below the recorded ones; fix them, or pass --accept-drops")
    if args.write:
        minimums = baseline["minimums"]
        assert isinstance(minimums, dict)
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
        baseline["recorded"] = f"{datetime.now(UTC):%Y-%m-%d} at commit {commit.stdout.strip() or 'unknown'}"
        baseline["measured"] = figures
        baseline["floors"] = floors_from(figures, MARGIN, minimums)
        BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"recorded in {BASELINE.relative_to(ROOT)}", file=sys.stderr)


def _drops(figures: dict[str, dict[str, float]], measured: object) -> list[str]:
    """The figures lower than the ones recorded (line counts aside, which change with the labels)."""
    recorded = measured if isinstance(measured, dict) else {}
    out = []
    for name, values in figures.items():
        before = recorded.get(name, {})
        for key, value in values.items():
            old = before.get(key) if isinstance(before, dict) else None
            if isinstance(old, (int, float)) and not key.endswith("_lines") and value < old:
                out.append(f"{name} {key}: {old} -> {value}")
    return out


if __name__ == "__main__":
    main()
