"""How many of the probe batteries in ``benchmarks/probes/`` the pipeline gets wrong.

    python -m benchmarks.probes [--verbose]

Attribution forms: a form is wrong when the speakers of its quotations differ from the listed ones
by the scorer's reading of names (``benchmarks.evaluate.names_match``: a full name for a given name
alone is right, "X spokeswoman" is X). Furniture lines: each is set under the headline and after
the article of a short story and must be removed both times with the article kept whole. Article
lines: each is set in the middle of the story and must be kept with it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.evaluate import names_match
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import extract_quotes
from site_builder.analysis.segment import segment_source
from site_builder.model import Metadata, RawSource

PROBES = Path(__file__).parent / "probes"
_LEAD = (
    "Council closes the Harbor Street bridge\n\nThe city council voted on Tuesday to close the Harbor Street "
    "bridge after inspectors found cracks in two of its piers, officials said.\n\n"
)
_STORY = (
    "Council closes the bridge after inspectors find cracks",
    "The city council voted on Tuesday to close the Harbor Street bridge after inspectors found cracks in its piers.",
    "The bridge carries about 20,000 vehicles a day, and drivers will be sent on a detour through the port district.",
    "Mayor Ann Lee said the closure would last at least six months while engineers design a repair.",
    "Officials expect to reopen one lane by the spring, weather permitting.",
)


def _raw(text: str) -> RawSource:
    return RawSource("probe", "probes/probe.txt", text, 1, Metadata(language="en"), "txt")


def _lines(name: str) -> list[str]:
    return [line for line in (PROBES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def attribution_misses() -> list[str]:
    misses = []
    for line in _lines("attribution_forms.txt"):
        text, wanted = line.split(" => ")
        want = [None if name.strip() == "-" else name.strip() for name in wanted.split(";")]
        source = segment_source(clean_source(_raw(_LEAD + text.replace(" || ", "\n\n") + "\n")))
        got = [quote.speaker for quote in extract_quotes(source)]
        agree = len(got) == len(want) and all(
            (g is None and w is None) or (g is not None and w is not None and names_match(g, w))
            for g, w in zip(got, want, strict=True)
        )
        if not agree:
            misses.append(f"got {got} want {want}: {text[:100]}")
    return misses


def furniture_misses() -> list[str]:
    headline, *body = _STORY
    misses = []
    for line in _lines("furniture_lines.txt"):
        for at in (0, len(body)):
            page = "\n\n".join([headline, *body[:at], line, *body[at:]]) + "\n"
            kept = [p.text for p in clean_source(_raw(page)).paragraphs]
            if kept != body:
                misses.append(f"kept ({'under the headline' if at == 0 else 'after the article'}): {line}")
                break
    return misses


def article_misses() -> list[str]:
    headline, *body = _STORY
    misses = []
    for line in _lines("article_lines.txt"):
        expected = [*body[:2], line, *body[2:]]
        kept = [p.text for p in clean_source(_raw("\n\n".join([headline, *expected]) + "\n")).paragraphs]
        if kept != expected:
            misses.append(f"removed: {line}")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args()
    for name, total, misses in (
        ("attribution forms", len(_lines("attribution_forms.txt")), attribution_misses()),
        ("furniture lines", len(_lines("furniture_lines.txt")), furniture_misses()),
        ("article lines", len(_lines("article_lines.txt")), article_misses()),
    ):
        print(f"{name:18} wrong {len(misses):3} of {total}")
        if args.verbose:
            for miss in misses:
                print("   ", miss)


if __name__ == "__main__":
    main()
