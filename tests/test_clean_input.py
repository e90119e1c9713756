"""Bad input to cleaning gets a clear outcome: a binary file, an empty file, a 50 MB file, a Latin-1 file and a page
with only furniture, through `newsfuse run` (the batch goes on) and `newsfuse clean --explain`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.cli import main
from newsfuse.ingest import read_inputs
from newsfuse.records import Article, Problem

GOOD = (
    "Le conseil municipal de Brévannes a voté jeudi un budget de 12 millions d'euros pour rénover ses écoles.\n"
    "« Nous ne pouvions plus attendre », a déclaré la maire, Hélène Corbière, à l'issue de la séance.\n"
    "Les travaux commenceront en septembre et dureront deux ans, selon la mairie.\n"
)
FURNITURE_ONLY = (
    "Rechercher\nMenu\nNous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer\n"
    "Je m'abonne à la newsletter\nPartager sur Facebook\nCommentaires (0)\nLes plus lus\n"
    "© Le Journal de Brévannes 2025. Tous droits réservés.\nRetour en haut\n"
)


def _run(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, dict[str, object]]:
    out = tmp_path / "out"
    code = main(["run", str(folder), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    data = json.loads((out / "stories.json").read_text(encoding="utf-8")) if (out / "stories.json").exists() else {}
    return code, err, data


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    """A folder with one good article, to check the batch goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_fifty_megabyte_file_is_rejected_before_it_is_read(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (batch / "dump.txt").open("wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB on paper, nothing to read
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "dump.txt: input is 50.0 MB, above the 20 MB limit" in err and "--max-input-mb" in err
    assert [a["id"] for a in data["articles"]] == ["good"]  # type: ignore[index]


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = (
        "Brévannes : la piscine ferme pour travaux\n"
        "La piscine municipale de Brévannes fermera ses portes le 2 juin pour des travaux de rénovation énergétique.\n"
        "« Ça ne pouvait plus durer », a expliqué l'adjoint aux sports, François Lefèvre, à la sortie du conseil.\n"
        "Les nageurs du club pourront s'entraîner à Créteil pendant l'été, à raison de trois créneaux par semaine.\n"
    )
    path.write_bytes(text.encode("latin-1"))
    [article] = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert article.raw_text == text


def test_page_with_only_furniture_is_skipped_with_a_reason(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (batch / "furniture.txt").write_text(FURNITURE_ONLY, encoding="utf-8")
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "furniture.txt: nothing is left after removing furniture" in err
    assert "--explain" in err
    assert [a["id"] for a in data["articles"]] == ["good"]  # type: ignore[index]


def test_clean_explain_on_a_page_of_furniture_shows_every_line_and_the_outcome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "furniture.txt"
    path.write_text(FURNITURE_ONLY, encoding="utf-8")
    assert main(["clean", str(path), "--explain"]) == 1
    out = capsys.readouterr().out
    assert out.count(" DROP ") == 9
    assert "outcome: skipped, nothing is left after removing furniture" in out
    assert "0 kept" in out


def test_clean_explain_shows_metadata_decisions_repairs_and_outcome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Le Journal de Brévannes\nBrévannes : 12 millions pour les écoles\nPublié le 04/03/2025 à 07h12\n"
        + GOOD
        + "Les élus de l'opposition ont voté contre le projet, jugé trop coûteux pour la commune. (ats/afp)\n"
        + "© Le Journal de Brévannes 2025\n",
        encoding="utf-8",
    )
    assert main(["clean", str(path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "title:     Brévannes : 12 millions pour les écoles" in out
    assert "outlet:    Le Journal de Brévannes" in out
    assert "published: 2025-03-04T07:12:00" in out
    assert "   1 DROP site branding" in out
    assert "   3 DROP timestamp" in out
    assert "repaired (sign-off '(ats/afp)' cut)" in out
    assert "outcome: cleaned, 4 sentences" in out


def test_clean_without_explain_prints_the_clean_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Brévannes : 12 millions pour les écoles\n" + GOOD + "Partager sur Facebook\n", encoding="utf-8")
    assert main(["clean", str(path)]) == 0
    out = capsys.readouterr().out
    assert "# Brévannes : 12 millions pour les écoles" in out
    assert "Partager" not in out and "Les travaux commenceront" in out


def test_clean_reports_unreadable_files_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty.write_bytes(b"")
    assert main(["clean", str(good), str(empty)]) == 2
    captured = capsys.readouterr()
    assert "empty.txt: input is empty" in captured.err
    assert "Les travaux commenceront" in captured.out


def test_problem_names_a_single_item_page_once(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_text("北京市政府周四宣布，将在未来两年内投资一百亿元用于改善城市公共交通系统。\n" * 3, encoding="utf-8")
    from newsfuse.clean import clean_articles

    [problem] = list(clean_articles([a for a in read_inputs([path]) if isinstance(a, Article)]))
    assert isinstance(problem, Problem)
    # The item's id is the file's name: it is not repeated ("zh.txt (zh)").
    assert problem.source.endswith("zh.txt") and "unsupported language" in problem.problem


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "mojibake.txt"
    # UTF-8 read as Latin-1 and saved again as UTF-8: "é" became "Ã©".
    path.write_text(GOOD.encode("utf-8").decode("latin-1"), encoding="utf-8")
    [article] = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert "Brévannes" in article.raw_text and "Ã" not in article.raw_text


def test_tex_quotation_marks_become_typographic_ones(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Ferry vote delayed\n\n``There is a political will to vote,'' the speaker said. ``We are ready.'' "
        "The harbour's ``new'' ferry waits. A ``stray mark stays. Its ''old'' one and ‘‘the spare’’ rest.\n",
        encoding="utf-8",
    )
    [article] = [a for a in read_inputs([path]) if isinstance(a, Article)]
    assert "“There is a political will to vote,” the speaker said. “We are ready.”" in article.raw_text
    assert "The harbour's “new” ferry waits. A ``stray mark stays. Its “old” one and “the spare” rest." in article.raw_text
