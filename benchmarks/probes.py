"""How many of the probe batteries in ``benchmarks/probes/`` the pipeline gets wrong.

    python -m benchmarks.probes [--verbose]

``probes/held_out/`` holds a second battery, written by another helper once the rules of the
twentieth session were in, and never read while developing: only its totals are printed.

Attribution forms: a form is wrong when the speakers of its quotations differ from the listed ones
by the scorer's reading of names (``benchmarks.evaluate.names_match``: a full name for a given name
alone is right, "X spokeswoman" is X). Furniture lines: each is set under the headline and after
the article of a short story and must be removed both times with the article kept whole. Article
lines: each is set in the middle of the story and must be kept with it.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from pathlib import Path

from benchmarks.evaluate import names_match
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import extract_quotes
from site_builder.analysis.segment import segment_source
from site_builder.model import Metadata, RawSource

PROBES = Path(__file__).parent / "probes"
#: A second battery, written by another helper after these rules, and never read while developing.
HELD_OUT = PROBES / "held_out"
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


def _raw(text: str, language: str = "en") -> RawSource:
    return RawSource("probe", "probes/probe.txt", text, 1, Metadata(language=language), "txt")


def _lines(folder: Path, name: str) -> list[str]:
    return [line for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


#: A headline and a first paragraph in each language, set before every form.
_LEADS = {
    "en": _LEAD,
    "de": "Titel der Meldung\n\nDer Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten.\n\n",
    "fr": "Titre de la dépêche\n\nLe conseil municipal a examiné mardi le budget de l’année prochaine.\n\n",
    "es": "Titular de la noticia\n\nEl pleno municipal debatió el martes el presupuesto del próximo año.\n\n",
}


def attribution_misses(folder: Path = PROBES, language: str = "en") -> list[str]:
    misses = []
    name = "attribution_forms.txt" if language == "en" else f"attribution_forms_{language}.txt"
    for line in _lines(folder, name):
        text, wanted = line.split(" => ")
        want = [None if name.strip() == "-" else name.strip() for name in wanted.split(";")]
        source = segment_source(clean_source(_raw(_LEADS[language] + text.replace(" || ", "\n\n") + "\n", language)))
        got = [quote.speaker for quote in extract_quotes(source)]
        agree = len(got) == len(want) and all(
            (g is None and w is None) or (g is not None and w is not None and names_match(g, w))
            for g, w in zip(got, want, strict=True)
        )
        if not agree:
            misses.append(f"got {got} want {want}: {text[:100]}")
    return misses


def furniture_misses(folder: Path = PROBES) -> list[str]:
    headline, *body = _STORY
    misses = []
    for line in _lines(folder, "furniture_lines.txt"):
        for at in (0, len(body)):
            page = "\n\n".join([headline, *body[:at], line, *body[at:]]) + "\n"
            kept = [p.text for p in clean_source(_raw(page)).paragraphs]
            if kept != body:
                misses.append(f"kept ({'under the headline' if at == 0 else 'after the article'}): {line}")
                break
    return misses


def article_misses(folder: Path = PROBES) -> list[str]:
    headline, *body = _STORY
    misses = []
    for line in _lines(folder, "article_lines.txt"):
        expected = [*body[:2], line, *body[2:]]
        kept = [p.text for p in clean_source(_raw("\n\n".join([headline, *expected]) + "\n")).paragraphs]
        if kept != expected:
            misses.append(f"removed: {line}")
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every development miss")
    args = parser.parse_args()
    parts = [("development", PROBES, args.verbose)]
    if HELD_OUT.is_dir():
        parts.append(("held out", HELD_OUT, False))  # its misses are never printed
    for part, folder, verbose in parts:
        rows: list[tuple[str, str, Callable[[Path], list[str]]]] = [
            ("attribution forms", "attribution_forms.txt", attribution_misses),
            ("furniture lines", "furniture_lines.txt", furniture_misses),
            ("article lines", "article_lines.txt", article_misses),
        ]
        for language in ("de", "fr", "es"):
            file = f"attribution_forms_{language}.txt"
            if (folder / file).is_file():
                in_language = functools.partial(attribution_misses, language=language)
                rows.append((f"attribution ({language})", file, in_language))
        for name, file, score in rows:
            misses = score(folder)
            print(f"{part:12} {name:18} wrong {len(misses):3} of {len(_lines(folder, file))}")
            if verbose:
                for miss in misses:
                    print("   ", miss)


if __name__ == "__main__":
    main()
