"""Bad input gets a clear message naming it and saying what to do, and never stops the rest of the batch."""

from __future__ import annotations

import gzip
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


def _problems(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    """A folder with one good article, to check the batch goes on."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _run(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, dict]:  # type: ignore[type-arg]
    out = tmp_path / "out"
    code = main(["run", str(batch), "--out", str(out), "--quiet", *extra])
    err = capsys.readouterr().err
    data = json.loads((out / "stories.json").read_text(encoding="utf-8")) if (out / "stories.json").exists() else {}
    return code, err, data


def _assert_good_kept(data: dict) -> None:  # type: ignore[type-arg]
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert data["stories"] and data["stories"][0]["articles"] == ["good"]


def test_empty_file(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "empty.txt").write_bytes(b"  \n")
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "empty.txt: input is empty" in err
    _assert_good_kept(data)


def test_binary_file(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "dump.txt").write_bytes(b"\x07\x13\x00\x00\x00\rDATA" + bytes(range(256)))
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "dump.txt: input looks binary" in err and "not a binary file" in err
    _assert_good_kept(data)


def test_documents_and_archives_are_named_with_what_to_do(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Saved under a text suffix, so only their first bytes tell what they are.
    (batch / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (batch / "page.txt").write_bytes(gzip.compress(GOOD.encode("utf-8")))
    (batch / "letter.txt").write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml")
    (batch / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "report.txt: input is a PDF document, which newsfuse does not read" in err and "pdftotext" in err
    assert "page.txt: input is gzip-compressed" in err and "gunzip" in err
    assert "letter.txt: input is a ZIP archive (a .docx" in err
    assert "image.txt: input is a PNG image" in err
    _assert_good_kept(data)


def test_files_of_other_suffixes_in_a_folder_are_reported_once(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("scan.pdf", "notes.md", "archive.zip"):
        (batch / name).write_bytes(b"anything")
    (batch / ".hidden.pdf").write_bytes(b"anything")
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert err.count("not read, by their suffix") == 1
    assert "3 file(s) not read, by their suffix: archive.zip, notes.md, scan.pdf." in err and ".hidden" not in err
    _assert_good_kept(data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(batch: Path, codec: str) -> None:
    other = GOOD.replace("Brévannes", "Vérignac")
    data = other.encode(codec)
    if codec == "utf-16-be":  # the plain codec writes no mark for an explicit byte order
        data = b"\xfe\xff" + data
    (batch / "windows.txt").write_bytes(data)
    articles, problems = _problems([batch / "windows.txt"])
    assert not problems and articles[0].raw_text == other


def test_json_file_of_records(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "good.txt").unlink()
    records = [
        {"id": "good", "text": GOOD, "outlet": "Le Journal de Brévannes", "published": "2025-05-02T10:00:00+02:00"},
        {"id": "notext", "title": "nothing else"},
        "not an object",
    ]
    (batch / "export.json").write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert 'export.json[1] (id notext): the record has no non-empty "text" or "html"' in err
    assert "export.json[2]: the array item is not an object" in err and "name the file .jsonl" in err
    _assert_good_kept(data)
    article = _problems([batch / "export.json"])[0][0]
    assert article.outlet == "Le Journal de Brévannes" and article.provenance["outlet"] == "json"
    # One object alone is one article; a pretty-printed array saved as .jsonl is read whole, not line by line.
    (batch / "one.json").write_text(json.dumps(records[0]), encoding="utf-8")
    (batch / "array.jsonl").write_text(json.dumps(records[:1], indent=2), encoding="utf-8")
    for name in ("one.json", "array.jsonl"):
        articles, problems = _problems([batch / name])
        assert [a.id for a in articles] == ["good"] and not problems
    (batch / "broken.json").write_text('[{"id": "a",\n "text": "b"', encoding="utf-8")
    problems = _problems([batch / "broken.json"])[1]
    assert "broken.json: malformed JSON" in str(problems[0]) and "line 2" in str(problems[0])


def test_wrongly_encoded_file_is_decoded_within_the_batch(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = GOOD.replace("Brévannes", "Vérignac").replace("écoles", "crèches")
    (batch / "latin.txt").write_bytes(other.encode("cp1252"))
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 0 and not err
    assert sorted(a["id"] for a in data["articles"]) == ["good", "latin"]
    latin = next(a for a in _problems([batch / "latin.txt"])[0])
    assert "Vérignac" in latin.raw_text and "« Nous" in latin.raw_text


def test_windows_1252_controls_escaped_in_json_are_repaired(batch: Path) -> None:
    # A feed decoded as Latin-1 upstream leaves "\u0097" for a dash and "\u0092" for an apostrophe in its JSON.
    record = {"id": "c1", "title": "Le maire\x92s plan", "text": "\x97 Le maire a parl\u00e9.\n" + GOOD}
    (batch / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    article = next(a for a in _problems([batch / "feed.jsonl"])[0])
    assert article.raw_text.startswith("— Le maire a parlé.") and article.title == "Le maire’s plan"
    assert not any("\x80" <= c <= "\x9f" for c in article.raw_text + (article.title or ""))


def test_huge_file(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "huge.txt").write_text(GOOD * 20000, encoding="utf-8")
    code, err, data = _run(batch, tmp_path, capsys, "--max-input-mb", "1")
    assert code == 2
    assert "huge.txt: input is" in err and "--max-input-mb" in err
    _assert_good_kept(data)


def test_malformed_json_line_skips_only_that_line(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (batch / "good.txt").unlink()
    lines = [
        json.dumps(
            {"id": "good", "text": GOOD, "outlet": "Le Journal de Brévannes", "published": "2025-05-02T10:00:00+02:00"}
        ),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "notext", "title": "nothing else"}),
    ]
    (batch / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "feed.jsonl:2: malformed JSON" in err
    assert 'feed.jsonl:3 (id notext): the record has no non-empty "text" or "html"' in err
    _assert_good_kept(data)
    assert data["articles"][0]["published"].startswith("2025-05-02")


def test_unknown_language(batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (batch / "zh.txt").write_text(
        "北京市政府周四宣布，将在未来两年内投资一百亿元用于改善城市公共交通系统。\n" * 3, encoding="utf-8"
    )
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    assert "zh.txt" in err and "unsupported language: 'zh'" in err
    _assert_good_kept(data)


def test_error_page_robot_check_sign_up_form_and_paywall_are_not_articles(
    batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (batch / "gone.txt").write_text(
        "Page introuvable\nLa page demandée est introuvable. Elle a peut-être été déplacée ou supprimée.\n"
        "Retournez à la page d'accueil ou utilisez le moteur de recherche du site.\n",
        encoding="utf-8",
    )
    (batch / "robot.txt").write_text(
        "Why did this happen?\nPlease make sure your browser supports JavaScript and cookies and that you are not "
        "blocking them from loading. For more information you can review our Terms of Service.\n",
        encoding="utf-8",
    )
    (batch / "signup.txt").write_text(
        "Member Centre\nRegistering for Nordhaven.example is free and easy!\nAlready a member? Log in.\n"
        "Just fill out this one-time form for instant access to all of Nordhaven.example.\n"
        "E-mail address: (This is your log-in) Password: (At least 6 characters) Confirm password:\n",
        encoding="utf-8",
    )
    (batch / "login.txt").write_text(
        "The Nordhaven Post > Log In\nRegister for NordhavenPost.example.\n"
        "Complete Nordhaven Post articles, up-to-the-minute breaking news and in-depth multimedia presentations.\n"
        "It's free and it only takes a minute!\nMember ID: Password: Forgot Your ID or Password?\n"
        "Remember my Member ID and password on this computer.\n",
        encoding="utf-8",
    )
    (batch / "paywall.txt").write_text(
        "Nordhaven Science Weekly\nAccess options\n"
        "Most readers reach full-text articles through a site licence of their university.\n"
        "Buy this article: US$25. In order to purchase this article you must be a registered user.\n"
        "Are you a subscriber? Log in via the box above to read the article.\n"
        "Prices include sales tax where it applies.\n",
        encoding="utf-8",
    )
    code, err, data = _run(batch, tmp_path, capsys)
    assert code == 2
    for name in ("gone.txt", "robot.txt", "signup.txt", "login.txt", "paywall.txt"):
        assert name in err
    assert err.count("not an article") == 5 and "fetch the page again" in err and "sign-up form" in err
    assert "the page is a paywall" in err
    _assert_good_kept(data)


def test_missing_path_and_nothing_usable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "nope: no such file or directory" in err and "nothing written" in err
    assert not (tmp_path / "out" / "stories.json").exists()


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text(GOOD, encoding="utf-8")
    articles, problems = _problems([tmp_path / "a", tmp_path / "b"])
    assert len(articles) == 1
    assert "duplicate article id 'same'" in str(problems[0])
