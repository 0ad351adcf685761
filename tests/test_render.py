"""The render stage: every page is there, every link lands, untrusted text stays text."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from site_builder.analysis.reuse import find_overlaps
from site_builder.config import SiteConfig
from site_builder.model import Metadata, StoryAnalysis
from site_builder.site.pairs import PAIR_LIMIT
from site_builder.site.render import (
    RenderedStory,
    SiteInput,
    Version,
    diff_markup,
    render_all,
    render_site,
    render_story,
    versions_compared,
)
from site_builder.site.search import (
    decode_postings,
    encode_postings,
    fold,
    quote_record_text,
)
from site_builder.site.theme import default_theme
from site_builder.site.urls import page_url, relative_url, rooted_url

from sample import BRIDGE_STORY, JAVASCRIPT_URL, SAMPLE_ANALYSES, crowded_story

ROOT = Path(__file__).resolve().parent.parent
THEME = default_theme()
# Written by export.py, not by the renderer; pages may link to them.
EXPORTED = {"data/index.json", "data/bridge-vote.json", "data/lone-report.json"}


def render(config: SiteConfig | None = None) -> dict[str, bytes]:
    return render_all(SAMPLE_ANALYSES, config or SiteConfig(), THEME)


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return render()


def pages(site: dict[str, bytes]) -> dict[str, str]:
    return {path: content.decode("utf-8") for path, content in site.items() if path.endswith(".html")}


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src"):
            if values.get(name) is not None:
                self.links.append(values[name] or "")


def _parse(html: str) -> _LinkParser:
    parser = _LinkParser()
    parser.feed(html)
    return parser


def test_every_page_type_is_rendered(site: dict[str, bytes]) -> None:
    expected = {
        "index.html",
        "404.html",
        "assets/style.css",
        "assets/site.js",
        "bridge-vote/index.html",
        "bridge-vote/sources/harbour-herald.html",
        "bridge-vote/sources/city-wire.html",
        "bridge-vote/sources/northern-notes.html",
        "bridge-vote/compare/index.html",
        "bridge-vote/compare/harbour-herald--city-wire.html",
        "bridge-vote/compare/harbour-herald--northern-notes.html",
        "bridge-vote/compare/city-wire--northern-notes.html",
        "bridge-vote/differences.html",
        "bridge-vote/quotes.html",
        "lone-report/index.html",
        "lone-report/sources/bay-gazette.html",
    }
    assert expected <= set(site)
    assert not any(path.startswith("data/") for path in site), "the JSON export belongs to export.py"


def site_path(page: str, link_path: str) -> str:
    """The site file a link's path names: from the page's folder, or from the site's root for
    a path starting with "/" (the 404 page's links, shown at any depth)."""
    if link_path.startswith("/"):
        return posixpath.normpath(unquote(link_path).lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(link_path)))


def test_every_internal_link_resolves_to_a_file_and_anchor(site: dict[str, bytes]) -> None:
    html_pages = pages(site)
    ids = {path: _parse(html).ids for path, html in html_pages.items()}
    problems = []
    for path, html in html_pages.items():
        for link in _parse(html).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            target = site_path(path, parts.path) if parts.path else path
            if target not in site and target not in EXPORTED:
                problems.append(f"{path}: {link} -> missing {target}")
            elif parts.fragment and unquote(parts.fragment) not in ids.get(target, set()):
                problems.append(f"{path}: {link} -> no #{parts.fragment} in {target}")
    assert problems == []


def test_every_page_is_reachable_from_home(site: dict[str, bytes]) -> None:
    html_pages = pages(site)
    seen, queue = {"index.html"}, ["index.html"]
    while queue:
        path = queue.pop()
        for link in _parse(html_pages[path]).links:
            parts = urlsplit(link)
            target = site_path(path, parts.path)
            if parts.path and target in html_pages and target not in seen:
                seen.add(target)
                queue.append(target)
    assert set(html_pages) - seen == {"404.html"}


def test_every_page_has_the_landmarks_and_metadata(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        assert html.startswith('<!doctype html>\n<html lang="en">'), path
        assert '<meta name="viewport"' in html, path
        assert re.search(r'<meta name="description" content="[^"]+">', html), path
        assert re.search(r"<title>[^<]+</title>", html), path
        assert html.count("<main") == 1, path
        assert 'class="skip-link" href="#main"' in html, path


def test_language_comes_from_config() -> None:
    html = render(SiteConfig(language="de"))["index.html"].decode()
    assert '<html lang="de">' in html


def test_untrusted_text_is_escaped_everywhere(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        assert "<script>alert" not in html, path
        assert "<iframe" not in html, path
        assert "&#34;49&#34;" not in html, path
    source_page = site["bridge-vote/sources/harbour-herald.html"].decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source_page
    assert "footfall &amp; trade" in source_page
    assert "&lt;iframe src=&#34;x&#34;" in source_page
    assert "{{ 7*7 }}" in site["bridge-vote/sources/city-wire.html"].decode()


def test_javascript_url_is_shown_but_not_linked(site: dict[str, bytes]) -> None:
    wire = site["bridge-vote/sources/city-wire.html"].decode()
    assert JAVASCRIPT_URL in wire
    assert 'href="javascript:' not in wire.lower()
    herald = site["bridge-vote/sources/harbour-herald.html"].decode()
    assert 'href="https://example.org/news/bridge-vote?id=7&amp;ref=home"' in herald


def test_diff_marks_words_with_hidden_labels() -> None:
    markup = str(diff_markup("a structure that is ninety years old", "a structure that is 90 years old"))
    assert '<del><span class="vh">removed: </span>ninety</del>' in markup
    assert '<ins><span class="vh">added: </span>90</ins>' in markup
    assert markup.startswith("a structure that is <del>") and markup.endswith("</ins> years old")


def test_diff_escapes_both_versions() -> None:
    markup = str(diff_markup("say <b>hi</b> & go", 'say <i>hi</i> & "go"'))
    assert "<b>" not in markup and "<i>" not in markup
    assert "&lt;i&gt;hi&lt;/i&gt;" in markup and "&amp;" in markup and "&#34;go&#34;" in markup


def test_diff_leaves_punctuation_and_capitals_unmarked() -> None:
    new = "Progress at all on the war."
    assert str(diff_markup("progress at – all on the war", new)) == new


def test_a_version_sharing_little_wording_is_shown_whole_beside_the_first() -> None:
    first = "Based on reports, the call resulted in no progress at all on efforts to end the war in Ukraine."
    close = "Based on reports, the call resulted in no progress on efforts to end the war in Ukraine."
    reworded = "Trump said the call with Putin did nothing to move forward efforts to end the war in <Ukraine>."
    versions = versions_compared([("A", first, "a", ()), ("B", close, "b", ()), ("C", reworded, "c", ())])
    a, b, c = versions
    assert isinstance(a, Version) and a.diff is None
    # Close wording: a word diff, no highlighting.
    assert b.shared is None and b.diff is not None and "<del>" in str(b.diff) and "<mark" not in str(b.diff)
    # Little shared wording: no strike-through wall, the shared words and the names marked, text escaped.
    assert c.diff is None and c.shared is not None
    assert "<del>" not in str(c.shared) and "<ins>" not in str(c.shared)
    shared_run = '<mark class="shared">efforts to end the war in <b class="key-term">&lt;Ukraine&gt;.</b></mark>'
    assert shared_run in str(c.shared)
    assert '<b class="key-term">Putin</b>' in str(c.shared) and '<mark class="shared">Putin' not in str(c.shared)
    # The first version is highlighted against the versions shown beside it.
    assert a.shared is not None and '<mark class="shared">efforts to end the war in' in str(a.shared)


def test_differences_page_shows_passage_and_quote_diffs(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/differences.html"].decode()
    assert 'id="p1"' in html and 'id="quote-q1"' in html
    assert '<ins><span class="vh">added: </span>90</ins>' in html
    assert '<del><span class="vh">removed: </span>' in html
    assert 'close</span> <span class="similarity">81% similar' in html


def test_quotes_page_labels_variations(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/quotes.html"].decode()
    for label in ("reworded", "differs only in punctuation"):
        assert label in html
    assert "Unattributed" in html
    # A quote only one source carries has no versions to compare: no "identical" label on it
    # (the sample's one identical quote is such a quote).
    for block in html.split('<article class="diff-block quote-block"')[1:]:
        meta = block.split('<p class="meta">', 1)[1].split("</p>", 1)[0]
        assert ("tag-" in meta) == ("1 source" not in meta), meta
    assert "1 source</p>" in html


def test_shading_keys_show_only_what_the_story_can_show(site: dict[str, bytes]) -> None:
    # bridge-vote has three sources: its key stops at "3 sources".
    html = site["bridge-vote/sources/city-wire.html"].decode()
    swatches = html.split('<span class="swatches"', 1)[1].split("</p>", 1)[0]
    assert "3 sources" in swatches and "4+" not in swatches and "shade-3" not in swatches
    overview = site["bridge-vote/index.html"].decode()
    assert "darker rows" not in overview and "shaded darker the more sources carry its passage" in overview


def test_story_overview(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/index.html"].decode()
    assert '<table class="coverage coverage-grid"' in html
    assert '<th scope="col" role="columnheader">Passage</th>' in html
    assert "3 of 3" in html and "2 of 3" in html
    assert "Only in Bridge to close for two years" in html
    assert 'href="../data/bridge-vote.json"' in html
    assert "Only one source: nothing to compare." in site["lone-report/index.html"].decode()
    assert "Only one source" not in html


def test_source_page_marks_sentences(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/sources/city-wire.html"].decode()
    assert '<span id="city-wire-s1" class="s shade-2" data-passage="p1">' in html
    assert (
        '<a class="badge" href="../differences.html#p1">3 sources<span class="vh">: compare their wording</span></a>'
        in html
    )
    assert '<span id="city-wire-s5" class="s shade-0">' in html
    assert '<details class="removed">' in html and "line 5" in html


def test_compare_rows_line_up_passages_in_reading_order(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/compare/harbour-herald--city-wire.html"].decode()
    sentence_order = re.findall(r'<span id="[^"]+" class="s[^"]*"(?: data-passage="(\w+)")?[^>]*>([^<]{0,25})', html)
    passages = [passage for passage, _ in sentence_order if passage]
    # Herald's order wins where the sides disagree (City Wire tells p2 after p3 and p4).
    assert passages == ["p1", "p1", "p2", "p2", "p3", "p3", "p4", "p4", "p5", "p5"]
    # Herald's last two sentences and two of City Wire's have no counterpart on the other side.
    assert html.count('class="cmp-cell cmp-gap"') == 4


def test_second_render_is_byte_identical(site: dict[str, bytes]) -> None:
    assert render() == site


def test_output_is_sorted_by_path(site: dict[str, bytes]) -> None:
    assert list(site) == sorted(site)


def test_404_links_start_from_the_site_root() -> None:
    with_base = render(SiteConfig(base_url="https://example.github.io/news/"))
    assert 'href="/news/index.html"' in with_base["404.html"].decode()
    assert 'href="/news/assets/style.css"' in with_base["404.html"].decode()
    # Without a base URL the links start from "/", where site-builder serve and a user site put it.
    assert 'href="/index.html"' in render()["404.html"].decode()


def test_assets_stay_small(site: dict[str, bytes]) -> None:
    assert sum(len(content) for path, content in site.items() if path.startswith("assets/")) < 100_000


@pytest.mark.parametrize(
    ("target", "from_page", "expected"),
    [
        ("index.html", "index.html", "index.html"),
        ("index.html", "story/sources/a.html", "../../index.html"),
        ("story/sources/a.html#s1", "story/sources/b.html", "a.html#s1"),
        ("story/sources/a.html#s1", "story/sources/a.html", "#s1"),
        ("data/story.json", "story/index.html", "../data/story.json"),
        ("my story/index.html", "index.html", "my%20story/index.html"),
    ],
)
def test_relative_url(target: str, from_page: str, expected: str) -> None:
    assert relative_url(target, from_page) == expected


def test_rooted_url() -> None:
    assert rooted_url("story/index.html#top", "/repo/") == "/repo/story/index.html#top"


def test_sample_has_the_cases_the_tests_rely_on() -> None:
    strengths = {p.strength for p in BRIDGE_STORY.passages}
    assert strengths == {"verbatim", "close", "reworded"}
    assert any(q.variant for q in BRIDGE_STORY.quotes)


# --------------------------------------------------------------- reader's tools


def _linked_assets(path: str, html: str) -> list[str]:
    found = re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', html)
    return [site_path(path, link) for link in found]


def test_every_page_loads_under_100_kb_of_css_and_js(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        assets = _linked_assets(path, html)
        assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets), path
        assert sum(len(site[a]) for a in assets) < 100_000, path


def test_no_page_asks_for_anything_outside_the_site(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        source_link = 'href="https://example.org/news/bridge-vote?id=7&amp;ref=home"'
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html.replace(source_link, "")), path
        style = site["assets/style.css"].decode()
        assert "@import" not in style and "url(http" not in style


def test_one_short_source_label_in_the_coverage_grid(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/index.html"].decode()
    headers = re.findall(r'<th scope="col" role="columnheader" class="src-col">(.*?)</th>', html)
    assert headers == [
        '<a href="sources/harbour-herald.html">Harbour Herald</a>',
        '<a href="sources/city-wire.html">City Wire</a>',
        '<a href="sources/northern-notes.html">Bridge to close for two years</a>',
    ]
    assert '<td role="cell" class="num total">6<span class="vh"> of 6 in City Wire</span></td>' in html
    total = '<td role="cell" class="num total">3<span class="vh"> of 6 in Bridge to close for two years</span></td>'
    assert total in html
    assert 'href="differences.html#p1"' in html


def test_every_source_gets_one_short_label() -> None:
    from site_builder.model import Metadata, Source
    from site_builder.site.index import source_names

    def bare(source_id: str, file: str, **meta: str) -> Source:
        return Source(source_id, file, Metadata(**meta), (), ())

    names = source_names(
        [
            bare("a", "s/a.txt"),
            bare("b", "s/b.txt", outlet="Wire"),
            bare("c", "s/c.txt", outlet="Wire"),
            bare("d", "s/d.txt", title="A headline"),
            bare("e", "s/e.txt", title="Trump, Putin hold tense call as the Ukraine arms pause deepens"),
        ]
    )
    # One label each: the outlet, else the headline's start, else "Source N"; the same label numbered.
    assert names == {
        "a": "Source 1",
        "b": "Wire (1)",
        "c": "Wire (2)",
        "d": "A headline",
        "e": "Trump, Putin hold tense call…",
    }


def test_compare_sentences_are_keyboard_buttons_with_ids(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/compare/harbour-herald--city-wire.html"].decode()
    # (The Wire prints this sentence word for word too: it is also marked as copied.)
    assert re.search(
        r'<span id="harbour-herald-s1" class="s shade-1(?: s-copied)?" data-passage="p1" '
        r'tabindex="0" role="button" aria-pressed="false">',
        html,
    )
    # Sentences no other column carries are plain text, not buttons.
    assert '<span id="harbour-herald-s6" class="s">' in html
    assert 'role="status" data-announce' in html


def test_grid_of_all_sources_aligns_every_column(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/compare/all.html"].decode()
    assert 'style="--cols: 3"' in html
    rows = re.findall(r'<div class="cmp-row[^"]*"( data-row="\w+")?>(.*?)\n  </div>', html, re.DOTALL)
    assert html.count('<div class="cmp-row') == len(rows) == 1 + 6 + 5  # header, six passages, five lone sentences
    p1 = next(body for attr, body in rows if attr == ' data-row="p1"')
    assert p1.count('data-passage="p1"') == 3 and "cmp-gap" not in p1
    p6 = next(body for attr, body in rows if attr == ' data-row="p6"')
    assert p6.count('class="cmp-cell cmp-gap" data-column="0"') == 1
    # Every sentence of every source is there exactly once.
    for source in BRIDGE_STORY.sources:
        for sentence in source.sentences:
            assert html.count(f'id="{sentence.id}"') == 1
    assert "lone-report/compare/all.html" not in site, "one source has nothing to line up"


def test_search_index_holds_every_story_source_quote_and_sentence(site: dict[str, bytes]) -> None:
    index = json.loads(site["search-index.json"])
    assert index["version"] == 2
    bridge, lone = index["stories"]
    assert (bridge["title"], bridge["page"], bridge["quotes_page"], bridge["shard"]) == (
        "Old Harbour Bridge closure",
        "bridge-vote/index.html",
        "bridge-vote/quotes.html",
        "bridge-vote/search.json",
    )
    assert bridge["sources"][2] == ["Bridge to close for two years", "", "bridge-vote/sources/northern-notes.html"]
    assert bridge["sources"][0][1] == "Council votes to close Old Harbour Bridge"
    # Sentences and quotes live in the story's shard, fetched only for queries that may match them.
    shard = json.loads(site[bridge["shard"]])
    assert "sentences" not in bridge and "quotes" not in bridge
    assert len(shard["sentences"]) == sum(len(s.sentences) for s in BRIDGE_STORY.sources)
    assert [2, "northern-notes-s4", "Critics say the ferry cannot carry bicycles."] in shard["sentences"]
    assert shard["quotes"][1] == ["q2", "Marco Reyes", "It is a sad day for the harbour,", [1, 2]]
    assert json.loads(site[lone["shard"]])["quotes"] == []
    # Raw text, for the script to insert as text: no HTML escaping in the data, and nothing the page runs.
    assert any("<script>alert(1)</script>" in s[2] for s in shard["sentences"])
    search_page = site["search.html"].decode()
    assert 'data-index="search-index.json"' in search_page and 'src="assets/search.js"' in search_page
    assert "needs JavaScript" in search_page and 'href="index.html"' in search_page


def test_search_vocabulary_leads_to_every_story_a_term_can_match(site: dict[str, bytes]) -> None:
    """A query term found in a sentence or quote of a story occurs inside one of that story's listed words."""
    index = json.loads(site["search-index.json"])
    vocabulary = index["words"].split(" ")
    assert vocabulary == sorted(set(vocabulary)) and len(vocabulary) == len(index["postings"])
    stories_of = {word: decode_postings(postings) for word, postings in zip(vocabulary, index["postings"], strict=True)}
    for number, story in enumerate(index["stories"]):
        shard = json.loads(site[story["shard"]])
        texts = [s[2] for s in shard["sentences"]] + [quote_record_text(q[1], q[2]) for q in shard["quotes"]]
        for text in texts:
            folded = fold(text)
            # Every word-bounded stretch a query could ask for (here: each word and each inner piece of one).
            for chunk in re.split(r'[\s"]+', folded):
                term = re.sub(r"^[^\w']+|[^\w']+$", "", chunk, flags=re.ASCII)
                for piece in {term, term[1:-1].strip(".,;:!?"), term[:3]} - {""}:
                    assert any(piece in word and number in stories_of[word] for word in vocabulary), (piece, text)
    assert "bicycles" in vocabulary and stories_of["bicycles"] == [0]
    assert "unattributed" in vocabulary, "quotes without a speaker are found as Unattributed"
    assert fold("Zelenskiy’s “ÉTÉ”") == 'zelenskiy\'s "ete"'


@pytest.mark.parametrize("indices", [[], [0], [3], [0, 1, 2], [4, 5, 8], list(range(500)), [1, 2, 40, 41, 42, 1000]])
def test_posting_lists_round_trip(indices: list[int]) -> None:
    assert decode_postings(encode_postings(indices)) == indices
    assert encode_postings(list(range(500))) == "0+dv"


def test_every_page_links_to_search(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        assert 'class="search-link"' in html, path


def test_templates_never_mark_text_safe() -> None:
    for template in THEME.templates[0].glob("*.html"):
        assert "|safe" not in template.read_text(encoding="utf-8").replace(" ", ""), template.name


# ------------------------------------------------------------ rendering by story


def test_render_story_then_render_site_is_the_all_in_one_site(site: dict[str, bytes]) -> None:
    config = SiteConfig()
    stories = [render_story(a, config, THEME) for a in reversed(SAMPLE_ANALYSES)]
    around = render_site(SiteInput(tuple(story.listing for story in stories), config, THEME))
    assert {**around, **{path: page for story in stories for path, page in story.pages.items()}} == site
    assert len(around) + sum(len(story.pages) for story in stories) == len(site), "no page of two owners"
    assert render_all(SAMPLE_ANALYSES, config, THEME) == site
    # The story's own pages are its part of the site, byte for byte.
    bridge = stories[1]
    assert bridge.summary.slug == "bridge-vote" and bridge.summary.source_count == 3
    assert {path: site[path] for path in bridge.pages} == bridge.pages
    assert all(path.startswith("bridge-vote/") for path in bridge.pages)
    with pytest.raises(TypeError):
        SiteInput((stories[0].listing, BRIDGE_STORY), config, THEME)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SiteInput((stories[0],), config, THEME)  # type: ignore[arg-type]


def test_rendered_story_travels_between_processes() -> None:
    import pickle

    rendered = render_story(BRIDGE_STORY, SiteConfig(), THEME)
    again = pickle.loads(pickle.dumps(rendered))
    assert isinstance(again, RenderedStory) and again == rendered
    # Passed through a pickle (as from a worker process), it still makes the same site.
    from_pickle = render_site(SiteInput((again.listing,), SiteConfig(), THEME))
    assert from_pickle == render_site(SiteInput((rendered.listing,), SiteConfig(), THEME))


def test_templates_compile_once_per_theme_and_config() -> None:
    from site_builder.site.render import _environment

    config = SiteConfig(title="Cached")
    assert _environment(THEME, config) is _environment(THEME, SiteConfig(title="Cached"))
    assert _environment(THEME, config) is not _environment(THEME, SiteConfig(title="Other"))


# ------------------------------------------------------------------ big stories


@pytest.fixture(scope="module")
def crowded_site() -> dict[str, bytes]:
    return render_all([crowded_story(15)], SiteConfig(), THEME)


def _pair_links(html: str) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in re.findall(r'data-left="([^"]+)" data-right="([^"]+)"', html)}


def test_small_stories_keep_every_pair_and_the_grid() -> None:
    files = render_all([crowded_story(PAIR_LIMIT, "twelve")], SiteConfig(), THEME)
    assert sum("--" in path for path in files) == PAIR_LIMIT * (PAIR_LIMIT - 1) // 2
    assert "twelve/compare/all.html" in files


def test_big_story_pairs_each_source_with_its_closest(crowded_site: dict[str, bytes]) -> None:
    pair_pages = sorted(path for path in crowded_site if "/compare/" in path and "--" in path)
    # 15 sources: not 105 pages, but each source's three closest (neighbours first, then story order), shared.
    assert 15 <= len(pair_pages) <= 3 * 15
    assert "crowded/compare/src-01--src-02.html" in pair_pages  # neighbours: two shared passages
    assert "crowded/compare/src-01--src-03.html" in pair_pages and "crowded/compare/src-01--src-04.html" in pair_pages
    assert "crowded/compare/src-07--src-08.html" in pair_pages and "crowded/compare/src-06--src-07.html" in pair_pages
    assert "crowded/compare/src-09--src-13.html" not in pair_pages
    assert "crowded/compare/all.html" not in crowded_site, "no grid of fifteen columns"
    index = crowded_site["crowded/compare/index.html"].decode()
    assert "every source is paired with the 3 that share the most passages" in index
    assert {frozenset(("src-01", "src-02")), frozenset(("src-01", "src-04"))} <= _pair_links(index)
    assert "data-pairs-only" in index and "data-sources-picker" not in index
    all_pairs = 15 * 14 // 2
    for path, html in pages(crowded_site).items():
        links = _pair_links(html)
        assert {f"crowded/compare/{'--'.join(sorted(pair))}.html" for pair in links} <= set(pair_pages), path
        assert len(links) < all_pairs, path
        if path != "crowded/compare/index.html":
            assert len(links) <= 6, f"{path} lists {len(links)} pairs"
        assert "compare/all.html" not in html, path


def test_big_story_pages_stay_linear(crowded_site: dict[str, bytes]) -> None:
    source = crowded_site["crowded/sources/src-05.html"].decode()
    assert "Closest reports of this story" in source
    others = re.search(r'<nav class="other-sources".*?</nav>', source, re.DOTALL)
    assert others is not None and others.group().count("side by side<") == 3
    # The sentence every source carries links to a few of them and counts the rest.
    assert '15 sources<span class="vh">' in source and "and 8 more" in source
    overview = crowded_site["crowded/index.html"].decode()
    assert 'class="src-col"' not in overview, "no passage-by-source grid of fifteen columns"
    assert "15 of 15" in overview
    # Every link of the big story lands, as in the sample.
    ids = {path: _parse(html).ids for path, html in pages(crowded_site).items()}
    for path, html in pages(crowded_site).items():
        for link in _parse(html).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            target = site_path(path, parts.path) if parts.path else path
            assert target in crowded_site or target.startswith("data/"), f"{path}: {link}"
            if parts.fragment and target.endswith(".html"):
                assert unquote(parts.fragment) in ids[target], f"{path}: {link}"


# ------------------------------------------------------------------- publishing


def test_canonical_and_open_graph_with_base_url() -> None:
    files = render(SiteConfig(base_url="https://user.github.io/repo/"))
    for path, html in pages(files).items():
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)">', html)
        assert canonical == [page_url("https://user.github.io/repo/", path)], path
        assert canonical[0].startswith("https://user.github.io/repo/"), path
        assert f'<meta property="og:url" content="{canonical[0]}">' in html, path
        for tag in ("og:title", "og:description", "og:site_name", "og:type"):
            assert re.search(rf'<meta property="{tag}" content="[^"]+">', html), (path, tag)
    home = files["index.html"].decode()
    assert '<link rel="canonical" href="https://user.github.io/repo/">' in home
    assert '<meta property="og:type" content="website">' in home
    story = files["bridge-vote/index.html"].decode()
    assert '<link rel="canonical" href="https://user.github.io/repo/bridge-vote/">' in story
    assert '<meta property="og:type" content="article">' in story
    assert '<meta property="og:title" content="Old Harbour Bridge closure">' in story
    pair = files["bridge-vote/compare/harbour-herald--city-wire.html"].decode()
    assert (
        '<link rel="canonical" href="https://user.github.io/repo/bridge-vote/compare/harbour-herald--city-wire.html">'
        in pair
    )


def test_no_canonical_or_og_url_without_base_url(site: dict[str, bytes]) -> None:
    for path, html in pages(site).items():
        assert 'rel="canonical"' not in html and "og:url" not in html, path
        assert '<meta property="og:title" content="' in html, path
        assert '<meta property="og:site_name" content="Story comparison">' in html, path


def test_open_graph_text_is_escaped() -> None:
    from dataclasses import replace

    hostile = replace(BRIDGE_STORY, title='A "quoted" <b>title</b>')
    html = render_all([hostile], SiteConfig(), THEME)["bridge-vote/index.html"].decode()
    assert '<meta property="og:title" content="A &#34;quoted&#34; &lt;b&gt;title&lt;/b&gt;">' in html


def test_page_url() -> None:
    assert page_url("https://x.io/repo/", "index.html") == "https://x.io/repo/"
    assert page_url("https://x.io/repo/", "story/index.html") == "https://x.io/repo/story/"
    assert page_url("https://x.io/repo/", "my story/sources/a.html") == "https://x.io/repo/my%20story/sources/a.html"


def test_the_home_page_says_where_a_chosen_title_did_not_come_from() -> None:
    second = BRIDGE_STORY.sources[1].id
    headed = replace(BRIDGE_STORY, slug="headed", directory="headed", title_origin="headline", title_source=second)
    unnamed = replace(BRIDGE_STORY, slug="unnamed", directory="unnamed", title="Unnamed", title_origin="folder name")
    home = render_all([BRIDGE_STORY, headed, unnamed], SiteConfig(), THEME)["index.html"].decode()
    notes = re.findall(r'<p class="title-note">Title: ([^<.]*)', home)
    assert notes == ["the headline of City Wire", "made from the folder name (no source gives a headline)"], notes


def test_a_source_quoting_in_two_spans_is_one_version_under_its_one_label() -> None:
    quote = BRIDGE_STORY.quotes[1]  # City Wire and northern-notes carry it
    wire = quote.occurrences[0]
    second_span = replace(wire, text="we will rebuild it", start=wire.start + 40, end=wire.start + 58)
    split = replace(quote, occurrences=(wire, second_span, *quote.occurrences[1:]))
    story = replace(BRIDGE_STORY, slug="split", directory="split", quotes=(split,))
    html = render_all([story], SiteConfig(), THEME)["split/quotes.html"].decode()
    names = re.findall(r'<p class="version-source"><a [^>]*>([^<]*)</a>', html)
    assert names == ["City Wire", "Bridge to close for two years"]
    assert f"{wire.text} … we will rebuild it" in html.replace("&#39;", "'")


def test_copied_text_is_measured_on_the_overview_and_marked_side_by_side(site: dict[str, bytes]) -> None:
    overview = site["bridge-vote/index.html"].decode()
    table = overview.split('<table class="reuse">', 1)[1].split("</table>", 1)[0]
    # Row Harbour Herald, column City Wire: 45% of the Herald is printed alike by the Wire, linked to the pair.
    herald_row = table.split('href="sources/harbour-herald.html">Harbour Herald</a></th>', 1)[1].split("</tr>", 1)[0]
    assert '<a href="compare/harbour-herald--city-wire.html">45%</a>' in herald_row
    pair = site["bridge-vote/compare/harbour-herald--city-wire.html"].decode()
    assert 'class="legend copied-legend"' in pair and pair.count("s-copied") > 2
    assert "(printed alike by both)" in pair
    # No source is mostly another's: no "largely the same text" note.
    assert "Largely the same text" not in site["bridge-vote/sources/city-wire.html"].decode()


def test_a_source_mostly_printed_by_another_says_so() -> None:
    words = [f"w{number}x" for number in range(120)]
    sentences = [" ".join(words[at : at + 10]).capitalize() + "." for at in range(0, 120, 10)]
    from sample import _source  # the sample's builder of hand-made sources

    wire = _source("wire", "copy/wire.txt", Metadata(outlet="Example Wire"), [sentences])
    # The paper prints 90 of the wire's 120 words and three of its own: 97% of it is the wire's.
    own = "Own words here."
    reprint = _source("paper", "copy/paper.txt", Metadata(outlet="Example Paper"), [[*sentences[:9], own]])
    analysis = StoryAnalysis("copy", "Copy", "copy", (wire, reprint), (), (), overlaps=find_overlaps((wire, reprint)))
    pages = render_story(analysis, SiteConfig(), THEME).pages
    paper = pages["copy/sources/paper.html"].decode()
    assert "Largely the same text as" in paper and ">Example Wire</a>: 97% of its words appear there" in paper
    assert "Largely the same text as" in pages["copy/sources/wire.html"].decode()  # 90 of its 120 words: 75%


def test_disagreements_are_listed_on_the_overview_and_marked_where_the_values_are() -> None:
    from sample import disagreeing_story

    pages = render_story(disagreeing_story(), SiteConfig(), THEME).pages
    overview = pages["storm/index.html"].decode()
    section = overview.split('id="disagree-heading"', 1)[1].split("</section>", 1)[0]
    assert '<a href="differences.html#p1">count of “killed”</a>' in section  # the word as written
    assert '<strong class="value">76</strong> in Outlet 1' in section
    assert '<strong class="value">77</strong> in Outlet 2' in section
    assert '<span class="tag tag-conflict">conflict</span>' in section
    differences = pages["storm/differences.html"].decode()
    assert '<p class="conflict-note"><strong>Values differ:</strong>' in differences
    pair = pages["storm/compare/s1--s2.html"].decode()
    assert 'tag tag-conflict">values differ<span class="vh">: 76 (Outlet 1), 77 (Outlet 2)</span>' in pair
    # Marked inside the text, in words as well as by style, in both views.
    marked = '<mark class="value-differs">{}<span class="vh"> (sources give this differently)</span></mark>'
    assert f"killed {marked.format(76)} people" in pair and f"killed {marked.format(77)} people" in pair
    # In the differences view the second version is a diff: its own 77 is marked, the 76 struck out is not.
    second = differences.split('<li class="version">')[2]
    assert marked.format(77) in second and marked.format(76) not in second and ">76</del>" in second
    # Search finds the disagreement by what differs and by a value, and leads to the passage.
    shard = json.loads(pages["storm/search.json"])
    assert shard["disagreements"] == [
        ["count of “killed”, conflict: 76 (Outlet 1); 77 (Outlet 2)", "storm/differences.html#p1"]
    ]


def test_headlines_page_marks_words_only_one_source_uses_and_what_each_puts_first(site: dict[str, bytes]) -> None:
    html = site["bridge-vote/headlines.html"].decode()
    assert html.count('<li class="framing">') == 3
    # Each card: the label, the headline (or a note), the lead with its own words marked.
    assert '<mark class="only">' in html
    # A phrase of a source's own words is one mark, the spaces inside it marked too.
    assert '</mark> <mark class="only">' not in html
    assert "Puts first:" in html and ("as most sources do" in html or "in the usual order" in html)
    # Escaped like every page: article text that looks like markup stays text.
    assert "<script>alert(1)</script>" not in html
    assert 'href="headlines.html" aria-current="page">Headlines</a>' in html
