"""Swedish, Norwegian and Danish: languages we read that the sentence encoder was never trained on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from newsfuse.cli import main
from newsfuse.embeddings import shared_encoder
from newsfuse.stories.features import keywords

UNRELATED = [
    "Regeringen höjer skatten på bensin från nästa år.",
    "Fotbollslaget vann matchen med tre mål mot ett.",
    "En kraftig storm drog in över västkusten under natten.",
    "Priset på mjölk har stigit med tio procent.",
]

# Fictional reports: two of one ferry fire, one of a teachers' strike the same day.
REPORTS = [
    {
        "id": "sv-a",
        "outlet": "Kustposten",
        "language": "sv",
        "published": "2025-03-04T08:10:00+01:00",
        "title": "Brand på färjan Stena Nordica i Göteborgs hamn",
        "text": "En brand bröt ut ombord på färjan Stena Nordica i Göteborgs hamn på måndagskvällen. Cirka 300 "
        "passagerare fick lämna fartyget, uppger räddningstjänsten. Branden startade i ett maskinrum och var släckt "
        'efter två timmar. Ingen person skadades, enligt räddningsledaren Karin Ek. "Vi hade full kontroll hela '
        'tiden", säger Karin Ek. Polisen har inlett en förundersökning om orsaken till branden. Färjetrafiken till '
        "Kiel ställs in på tisdagen.",
    },
    {
        "id": "sv-b",
        "outlet": "Västnytt",
        "language": "sv",
        "published": "2025-03-04T09:30:00+01:00",
        "title": "300 passagerare evakuerades när färjan brann",
        "text": "Omkring 300 passagerare evakuerades från Stena Nordica sedan en brand startat i fartygets maskinrum i "
        "Göteborg på måndagskvällen. Räddningstjänsten var på plats inom tio minuter och branden var släckt efter "
        'två timmar. Ingen skadades. "Vi hade full kontroll hela tiden", säger räddningsledaren Karin Ek. Rederiet '
        "meddelar att avgången till Kiel ställs in på tisdagen. Orsaken till branden är ännu okänd och polisen "
        "utreder händelsen.",
    },
    {
        "id": "sv-c",
        "outlet": "Norrlandsbladet",
        "language": "sv",
        "published": "2025-03-04T10:00:00+01:00",
        "title": "Lärare i Umeå strejkar mot nedskärningar",
        "text": "Hundratals lärare i Umeå lade ned arbetet på tisdagen i protest mot kommunens nedskärningar i skolan. "
        "Strejken omfattar tolv skolor och väntas pågå i tre dagar. Kommunen vill spara 40 miljoner kronor under "
        'nästa år. "Det går inte att undervisa i klasser med trettio elever", säger läraren Jonas Berg. Facket kräver '
        "att kommunen drar tillbaka beslutet. Föräldrar uppmanas att hålla barnen hemma under strejken.",
    },
]


def _pairs(vectors: np.ndarray) -> np.ndarray:  # type: ignore[type-arg]
    upper = np.triu_indices(len(vectors), 1)
    return (vectors @ vectors.T)[upper]


def test_unrelated_swedish_sentences_are_far_apart_only_when_their_language_is_given() -> None:
    encoder = shared_encoder()
    assert _pairs(encoder.encode(UNRELATED)).min() > 0.3  # the model's own vectors: every pair looks alike
    assert _pairs(encoder.encode(UNRELATED, "sv")).max() < 0.3
    reworded = encoder.encode(
        [
            "Polisen grep en man misstänkt för inbrott i en villa i Malmö.",
            "En man som misstänks för inbrott i en villa i Malmö greps av polisen.",
        ],
        "sv",
    )
    assert float(reworded[0] @ reworded[1]) > 0.7
    english = ["The harbour council approved the ferry line.", "A storm hit the coast."]
    assert np.allclose(encoder.encode(english, ["en", "en"]), encoder.encode(english))


def test_swedish_reports_are_grouped_and_summarised_without_false_repeats(tmp_path: Path) -> None:
    feed = tmp_path / "sv.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS), encoding="utf-8")
    assert main(["run", str(feed), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    stories = json.loads((tmp_path / "out" / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert sorted(sorted(s["articles"]) for s in stories) == [["sv-a", "sv-b"], ["sv-c"]]
    strike = next(s for s in stories if s["articles"] == ["sv-c"])
    # All six sentences of the strike report fit the default length; none repeats another.
    assert len(strike["summary"]) == 6
    fire = next(s for s in stories if s["articles"] != ["sv-c"])
    texts = [s["text"] for s in fire["summary"]]
    assert len(texts) >= 6 and fire["date"] == "2025-03-03"
    assert any(s["support"] == 2 for s in fire["summary"])


def test_frequent_swedish_words_are_no_keywords_of_a_story() -> None:
    found = keywords("Branden var släckt efter två timmar, och passagerarna fick vänta till kvällen, säger hon.", "sv")
    assert {"branden", "slackt", "timmar", "passagerarna", "kvallen"} <= set(found)
    assert not {"efter", "till", "sager"} & set(found)
    # Some are content words elsewhere: French "dette" (debt), "ville" (town).
    assert {"dette", "ville"} <= set(keywords("La dette de la ville atteint un record.", "fr"))


DANISH = [
    {
        "id": "da-a",
        "outlet": "Vestkystposten",
        "language": "da",
        "published": "2025-03-21T09:00:00+01:00",
        "title": "Skib grundstødte ud for Skagen",
        "text": "Et fragtskib med 14 mand om bord grundstødte torsdag aften ud for Skagen. Ingen kom til skade, oplyser "
        "Søværnet. Skibet var på vej fra Göteborg til Rotterdam med en last af træ. Redningsfolk holder øje med "
        'skibet natten over. "Vi forventer at trække skibet fri ved højvande i morgen", siger vagtchef Mette Holm. '
        "Årsagen til grundstødningen kendes endnu ikke.",
    },
    {
        "id": "da-b",
        "outlet": "Nordjyske Nyheder",
        "language": "da",
        "published": "2025-03-21T11:30:00+01:00",
        "title": "Fragtskib på grund ved Skagen – besætningen er uskadt",
        "text": "Et fragtskib grundstødte torsdag aften ud for Skagen med 14 mand om bord. Besætningen er uskadt, "
        'oplyser Søværnet. "Vi forventer at trække skibet fri ved højvande i morgen", siger vagtchef Mette Holm '
        "til avisen. Skibet var lastet med træ og på vej til Rotterdam. Søfartsstyrelsen undersøger sagen.",
    },
]


def test_danish_reports_are_grouped_dated_and_written_in_danish(tmp_path: Path) -> None:
    feed = tmp_path / "da.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in DANISH), encoding="utf-8")
    assert main(["run", str(feed), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    stories = json.loads((tmp_path / "out" / "stories.json").read_text(encoding="utf-8"))["stories"]
    assert [sorted(s["articles"]) for s in stories] == [["da-a", "da-b"]]
    story = stories[0]
    assert story["date"] == "2025-03-20"  # "torsdag aften", published on Friday
    lead = story["summary"][0]["text"]
    assert lead.startswith("Et fragtskib") and "torsdag 20. marts 2025 om aftenen" in lead
    page = next((tmp_path / "out" / "stories").glob("*.md")).read_text(encoding="utf-8")
    assert "*torsdag 20. marts 2025 · 2 sources*" in page


def test_an_english_report_joins_the_swedish_one_of_its_event_and_not_another(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent / "data" / "heldout23"
    files = ["b23_01_sv_fjallbladet.txt", "b23_03_en_nordicdispatch.txt", "b23_12_en_castlebridgeexaminer.txt"]
    out = tmp_path / "out"
    assert main(["run", *(str(data / f) for f in files), "--out", str(out), "--quiet"]) == 0
    stories = json.loads((out / "stories.json").read_text(encoding="utf-8"))["stories"]
    # The Swedish report's vector is lexical: the model's vector of it is what compares with the English one.
    assert sorted(sorted(s["articles"]) for s in stories) == [
        ["b23_01_sv_fjallbladet", "b23_03_en_nordicdispatch"],
        ["b23_12_en_castlebridgeexaminer"],
    ]
