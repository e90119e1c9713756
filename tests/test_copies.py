"""Copies on fictional articles: content units, typed sentence links, passages, originality, MinHash near-duplicates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfuse.cli import main
from newsfuse.copies import NearDuplicateIndex, align_story, lsh_bands, near_duplicates, shingle_hashes, split_units
from newsfuse.copies.shingles import tokens
from newsfuse.settings import Settings
from newsfuse.textnorm import words

from conftest import EXAMPLES, cleaned_article

WIRE = [
    "La maire de Valbrune, Odile Carrasco, a annoncé mardi la fermeture provisoire du pont suspendu de la Lirette.",
    "« Nous ne prendrons aucun risque avec la sécurité des habitants », a déclaré Mme Carrasco devant le conseil municipal.",
    "Les travaux de renforcement doivent durer au moins quatre mois et coûter 2,3 millions d'euros.",
    "Une navette gratuite reliera les deux rives pendant toute la durée du chantier.",
]


def test_units_split_quotes_and_clauses() -> None:
    units = split_units(0, WIRE[1])
    assert units[0].quote and units[0].text == "Nous ne prendrons aucun risque avec la sécurité des habitants"
    assert not units[1].quote and "Carrasco" in units[1].text
    assert "carrasco" in units[1].names


def test_same_quote_under_other_marks_and_attribution_is_one_passage() -> None:
    a = cleaned_article("a", "Le Courrier", WIRE)
    b = cleaned_article(
        "b",
        "L'Écho",
        [
            "Odile Carrasco l'a répété jeudi : “Nous ne prendrons aucun risque avec la sécurité des habitants”.",
            "Le chantier commencera en septembre, selon la préfecture.",
        ],
    )
    copies = align_story([a, b])
    quote = next(p for p in copies.shared if "aucun risque" in p.text)
    assert set(quote.articles) == {"a", "b"} and quote.support == 2
    assert any(link.a == ("a", 1) and link.b == ("b", 0) for link in copies.links)


def test_links_are_typed_and_scored_merges_link_both_sources_and_inserts_link_nothing() -> None:
    source = cleaned_article("wire", "Agence", WIRE)
    rewrite = cleaned_article(
        "rewrite",
        "Le Quotidien",
        [
            WIRE[0],  # verbatim
            "« Nous ne prendrons aucun risque avec la sécurité des habitants », a affirmé Mme Carrasco devant le conseil municipal.",
            WIRE[2].rstrip(".")
            + ", et une navette gratuite reliera les deux rives pendant toute la durée du chantier.",
            "Les commerçants du quartier s'inquiètent déjà pour leur chiffre d'affaires de l'été.",
        ],
    )
    copies = align_story([source, rewrite])
    links = {(link.a[1], link.b[1]): link for link in copies.links}
    assert links[(0, 0)].kind == "exact" and links[(0, 0)].score == 1.0
    assert links[(1, 1)].kind == "near" and 0.8 < links[(1, 1)].score < 1.0
    assert {(2, 2), (3, 2)} <= set(links)  # the merged sentence carries both source sentences
    assert not any(b == 3 for _, b in links)  # the inserted sentence carries nothing of the wire


def test_reported_speech_paraphrase_of_a_quote_counts_as_support() -> None:
    said = "« Nous ne voulons pas nous séparer, nous voulons nous réorganiser », a dit le président du club."
    a = cleaned_article("a", "Radio Nord", [said])
    b = cleaned_article("b", "Le Matin", [said.replace("a dit le président du club", "a insisté le dirigeant")])
    c = cleaned_article(
        "c", "Sud Info", ["Le président du club a exclu toute séparation et a préféré parler de réorganisation."]
    )
    one_family = cleaned_article("d", "Ouest Soir", ["La séparation des déchets recyclables commence lundi dans le quartier."])
    both_words = cleaned_article(
        "e", "Est Soir", ["« Nous ne voulons pas nous séparer », répètent les salariés de l'usine du port."]
    )
    copies = align_story([a, b, c, one_family, both_words])
    quote = next(p for p in copies.shared if "réorganiser" in p.text)
    assert set(quote.articles) == {"a", "b", "c"} and quote.kind == "paraphrase"
    sentence = next(p for p in copies.passages if ("a", 0) in p.members)
    assert sentence.support == 3


def test_originality_and_first_carrier_follow_publication_times() -> None:
    early = datetime(2025, 3, 4, 7, 0, tzinfo=UTC)
    late = datetime(2025, 3, 4, 9, 30)  # naive times are taken as UTC
    source = cleaned_article("wire", "Agence", WIRE, early)
    copier = cleaned_article(
        "copy", "Le Quotidien", [*WIRE[:3], "Le marché de Noël sera déplacé sur la place de la gare."], late
    )
    copies = align_story([copier, source])
    assert copies.originality["wire"] == 1.0
    assert 0.0 < copies.originality["copy"] < 0.5
    assert all(p.first_article == "wire" for p in copies.shared)
    undated = align_story([replace(copier, published=None), source])
    assert undated.originality["wire"] == undated.exclusive["wire"] < 1.0  # who was first is unknown


def test_near_duplicate_index_finds_planted_copies_with_both_jaccards() -> None:
    base = " ".join(WIRE * 3)
    edited = base.replace("quatre mois", "cinq mois").replace("gratuite", "payante")
    other = (
        "Le festival des lanternes de Valbrune attire chaque hiver des milliers de visiteurs venus de toute la région."
    )
    links = near_duplicates([cleaned_article("a", None, [base]), cleaned_article("b", None, [other]), cleaned_article("c", None, [edited])])
    assert [(link.a, link.b) for link in links] == [("a", "c")]
    link = links[0]
    assert link.estimated is not None and abs(link.estimated - link.jaccard) < 0.15
    assert 0.5 <= link.jaccard < 1.0 and link.containment >= link.jaccard


def test_index_forgets_beyond_its_window() -> None:
    index = NearDuplicateIndex(replace(Settings(), near_duplicate_window=3))
    texts = [f"dépêche numéro {k} : " + " ".join(f"mot{k}x{i}" for i in range(30)) for k in range(6)]
    assert index.add_batch([str(k) for k in range(6)], texts) == []
    assert len(index) == 3
    assert index.add_batch(["copy-of-5"], [texts[5]])[0].a == "5"
    assert index.add_batch(["copy-of-0"], [texts[0]]) == []  # 0 was forgotten


def test_lsh_bands_follow_the_threshold() -> None:
    low, high = lsh_bands(0.3, 128), lsh_bands(0.8, 128)
    assert low[0] * low[1] <= 128 and high[0] * high[1] <= 128
    assert high[1] > low[1]  # a higher threshold needs longer bands
    with pytest.raises(ValueError, match="near_duplicate_threshold"):
        NearDuplicateIndex(replace(Settings(), near_duplicate_threshold=0.0))


def test_fast_tokens_equal_textnorm_words_on_the_sample_corpus() -> None:
    for path in sorted((EXAMPLES / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert tokens(text) == words(text), path.name


def test_shingle_hashes_of_short_and_empty_texts() -> None:
    hashes, offsets = shingle_hashes(["un deux trois quatre cinq six", "court", ""], 5)
    assert offsets.tolist() == [0, 2, 3, 3]
    again, _ = shingle_hashes(["zéro un deux trois quatre cinq six"], 5)
    assert set(hashes[:2].tolist()) <= set(again.tolist())  # same shingles, same hashes whatever the batch


def test_copies_command_rejects_a_bad_threshold(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["copies", str(tmp_path), "--threshold", "1.5"]) == 1
    assert "--threshold" in capsys.readouterr().err


def test_a_translation_the_encoder_cannot_read_is_linked_by_its_names_and_figures() -> None:
    danish = cleaned_article(
        "da",
        "Vestkysten",
        [
            "Om bord på færgen Nordlys Fjord var 184 passagerer og 27 besætningsmedlemmer.",
            "Overfarten mellem Hornvig og Saltnæs er indstillet resten af ugen.",
        ],
        language="da",
    )
    english = cleaned_article(
        "en",
        "The Coastal Times",
        [
            "The ferry Nordlys Fjord had 184 passengers and 27 crew on board when it ran aground.",
            "Police said the tug from Hornvig reached Saltnæs shortly before midnight.",
        ],
        language="en",
    )
    copies = align_story([danish, english])
    links = {(link.a, link.b): link for link in copies.links}
    translated = links[(("da", 0), ("en", 0))]
    assert translated.kind == "paraphrase" and 0 < translated.score <= 1
    # Two place names are a setting that many sentences of a story share, not one fact.
    assert (("da", 1), ("en", 1)) not in links
    fact = next(p for p in copies.passages if ("en", 0) in p.members)
    assert fact.support == 2


def test_names_and_figures_do_not_link_sentences_of_one_language() -> None:
    a = cleaned_article("a", "Vestkysten", ["Nordlys Fjord havde 184 passagerer og 27 besætningsmedlemmer om bord."], language="da")
    b = cleaned_article("b", "Fjordposten", ["Rederiet bag Nordlys Fjord har 184 ansatte og 27 skibe i drift i dag."], language="da")
    assert not align_story([a, b]).links
