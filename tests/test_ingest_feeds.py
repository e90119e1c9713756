"""Feed ingest: RSS 2.0, RSS 1.0 and Atom items become articles with their metadata; items without text are Problems."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from newsfuse.ingest import read_inputs
from newsfuse.records import Article, Problem

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Le Courrier du Nord</title>
  <language>fr-FR</language>
  <item>
    <title>Nordhaven : le pont de la Digue rouvre après six mois de travaux</title>
    <link>https://courrier-du-nord.example/nordhaven/pont-digue</link>
    <guid isPermaLink="false">cdn-48213</guid>
    <pubDate>Tue, 11 Mar 2025 07:42:00 +0100</pubDate>
    <description>Le pont de la Digue a rouvert mardi.</description>
    <content:encoded><![CDATA[<p>Le pont de la Digue a rouvert mardi matin, a annoncé la mairie.</p>
<script>track("pont")</script><p>Les travaux ont coûté 4,2 millions d&#39;euros.</p>]]></content:encoded>
  </item>
  <item>
    <title>Grève au port de Nordhaven</title>
    <link>https://courrier-du-nord.example/nordhaven/greve</link>
    <pubDate>Mon, 10 Mar 2025 18:00:00 +0100</pubDate>
    <description>&lt;p&gt;Les dockers de Nordhaven sont en grève depuis lundi matin.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photos : la fête du port</title>
    <link>https://courrier-du-nord.example/photos/fete</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>The Harbour Gazette</title>
  <entry>
    <title>Ferry line approved</title>
    <link rel="self" href="https://harbourgazette.example/feed/1"/>
    <link rel="alternate" href="https://harbourgazette.example/news/ferry-line"/>
    <id>tag:harbourgazette.example,2025:ferry-line</id>
    <updated>2025-05-02T06:30:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council approved the ferry line on Friday.</p>
    <p>Crossings start in June.</p></div></content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>Nordhaven Post</title></channel>
  <item>
    <title>Depot fire put out</title>
    <link>https://nordhavenpost.example/depot-fire</link>
    <description>Firefighters put out a fire at the bus depot on Sunday night.</description>
    <dc:date>2025-04-06T23:10:00+02:00</dc:date>
  </item>
</rdf:RDF>
"""


def _read(folder: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_inputs([folder]))
    return [a for a in items if isinstance(a, Article)], [p for p in items if isinstance(p, Problem)]


def test_rss_items_become_articles_with_their_metadata(tmp_path: Path) -> None:
    (tmp_path / "courrier.rss").write_text(RSS, encoding="utf-8")
    articles, problems = _read(tmp_path)
    bridge, strike = articles
    assert bridge.title == "Nordhaven : le pont de la Digue rouvre après six mois de travaux"
    assert bridge.outlet == "Le Courrier du Nord" and bridge.language == "fr"
    assert bridge.url == "https://courrier-du-nord.example/nordhaven/pont-digue"
    assert bridge.published == datetime(2025, 3, 11, 7, 42, tzinfo=timezone(timedelta(hours=1)))
    # The full text (content:encoded) is preferred to the teaser, a line per paragraph, scripts left out.
    assert bridge.raw_text == (
        "Le pont de la Digue a rouvert mardi matin, a annoncé la mairie.\nLes travaux ont coûté 4,2 millions d'euros."
    )
    assert strike.raw_text == "Les dockers de Nordhaven sont en grève depuis lundi matin."
    assert bridge.provenance["published"] == "feed" and bridge.provenance["outlet"] == "feed (channel title)"
    # An item with a title only is reported, with the file and the item, and the others are still read.
    [problem] = problems
    assert "courrier.rss (item 3" in problem.source and problem.problem == "the feed item has no text"
    assert "fetch the linked pages" in problem.hint


def test_an_item_keeps_its_id_in_a_later_copy_of_the_feed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "courrier.rss").write_text(RSS, encoding="utf-8")
    # The later copy has a new item on top: the others keep their ids, since ids come from guid or link.
    newer = RSS.replace(
        "<item>",
        "<item><title>Nouveau</title><guid>cdn-48300</guid><description>Un fait.</description></item><item>",
        1,
    )
    (tmp_path / "b" / "courrier.rss").write_text(newer, encoding="utf-8")
    first, _ = _read(tmp_path / "a")
    second, _ = _read(tmp_path / "b")
    assert {a.id for a in first} < {a.id for a in second}
    assert all(a.id.startswith("courrier:") for a in first)


def test_atom_and_rss_1_0_feeds(tmp_path: Path) -> None:
    (tmp_path / "gazette.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "post.xml").write_text(RDF, encoding="utf-8")
    (ferry, depot), problems = _read(tmp_path)  # files are read in name order
    assert not problems
    assert ferry.url == "https://harbourgazette.example/news/ferry-line" and ferry.language == "en"
    assert ferry.raw_text == "The council approved the ferry line on Friday.\nCrossings start in June."
    assert ferry.published == datetime(2025, 5, 2, 6, 30, tzinfo=UTC)
    assert depot.outlet == "Nordhaven Post" and depot.title == "Depot fire put out"
    assert depot.published == datetime(2025, 4, 6, 23, 10, tzinfo=timezone(timedelta(hours=2)))


def test_a_broken_feed_or_other_xml_is_reported_by_name(tmp_path: Path) -> None:
    (tmp_path / "cut.rss").write_text(RSS[:400], encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url>x</url></urlset>', encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert not articles
    by_file = {Path(p.source).name: p for p in problems}
    assert by_file["cut.rss"].problem.startswith("the feed is not well-formed XML")
    assert by_file["sitemap.xml"].problem == "the XML file is not an RSS or Atom feed"


def test_a_feed_in_another_encoding_reads_right(tmp_path: Path) -> None:
    latin = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Le Journal</title>'
        "<item><title>Fête à Noël</title><guid>x1</guid><description>La fête de Noël a réuni 300 personnes à "
        "Nordhaven samedi soir, selon la mairie.</description></item></channel></rss>"
    )
    (tmp_path / "journal.rss").write_bytes(latin.encode("latin-1"))
    [article], problems = _read(tmp_path)
    assert not problems and article.title == "Fête à Noël" and article.raw_text.startswith("La fête de Noël")
