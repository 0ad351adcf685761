"""How many of the probe batteries in ``benchmarks/probes/`` the pipeline gets wrong.

    python -m benchmarks.probes [--verbose] [--only NAME]

Every ``.txt`` file of ``probes/`` is a battery, its kind read from its name; ``probes/held_out/``
holds batteries written by other helpers and never read while developing: only their totals are
printed.

Attribution forms (``attribution_forms[_LANG][_N].txt``): a form is wrong when the speakers of its
quotations differ from the listed ones by the scorer's reading of names
(``benchmarks.evaluate.names_match``: a full name for a given name alone is right, "X spokeswoman"
is X). Furniture lines: each is set under the headline and after the article of a short story and
must be removed both times with the article kept whole. Article lines: each is set in the middle of
the story and must be kept with it. Quote pairs: two outlets' paragraphs, each quoting once, must
be grouped as one utterance exactly when labelled "same". Metadata pages: a whole scraped page, its
outlet, headline, byline and date scored as ``benchmarks.evaluate`` scores a gold story's (a value
the page does not state is as wrong as a missing one).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.compare import CODE_HELP, rerun_at_code
from benchmarks.evaluate import metadata_matches, names_match
from site_builder.analysis.clean import clean_source
from site_builder.analysis.quotes import echoed, extract_quotes, find_quotations, group_quotes
from site_builder.analysis.segment import segment_source
from site_builder.config import AnalysisSettings
from site_builder.model import Metadata, RawSource
from site_builder.text.quotemarks import MIN_QUOTE_WORDS, quotation_spans

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


#: A short story in each language, its headline first: furniture and article lines are set in it.
_STORIES = {
    "en": _STORY,
    "de": (
        "Stadtrat sperrt Brücke nach Rissen in den Pfeilern",
        "Der Stadtrat hat am Dienstag beschlossen, die Brücke an der Hafenstraße zu sperren, nachdem Prüfer Risse "
        "in zwei Pfeilern gefunden hatten.",
        "Über die Brücke fahren täglich rund 20.000 Fahrzeuge, die nun durch das Hafenviertel umgeleitet werden.",
        "Bürgermeisterin Anna Lehmann sagte, die Sperrung werde mindestens sechs Monate dauern.",
        "Die Verwaltung hofft, eine Fahrspur im Frühjahr wieder freigeben zu können.",
    ),
    "fr": (
        "Le conseil ferme le pont après la découverte de fissures",
        "Le conseil municipal a voté mardi la fermeture du pont de la rue du Port après la découverte de fissures "
        "dans deux de ses piles.",
        "Quelque 20 000 véhicules empruntent le pont chaque jour ; ils seront déviés par le quartier du port.",
        "La maire, Anne Leroy, a indiqué que la fermeture durerait au moins six mois.",
        "Les services espèrent rouvrir une voie au printemps, si la météo le permet.",
    ),
    "es": (
        "El ayuntamiento cierra el puente tras hallar grietas en sus pilares",
        "El pleno municipal votó el martes el cierre del puente de la calle del Puerto después de que los "
        "inspectores hallaran grietas en dos de sus pilares.",
        "Por el puente pasan unos 20.000 vehículos al día, que serán desviados por el barrio del puerto.",
        "La alcaldesa, Ana López, dijo que el cierre durará al menos seis meses.",
        "El consistorio espera reabrir un carril en primavera, si el tiempo lo permite.",
    ),
}


def _raw(text: str, language: str = "en", name: str = "probe") -> RawSource:
    return RawSource(name, f"probes/{name}.txt", text, 1, Metadata(language=language), "txt")


def _lines(folder: Path, name: str) -> list[str]:
    return [line for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


#: A headline and a first paragraph in each language, set before every form.
_LEADS = {
    "en": _LEAD,
    "de": "Titel der Meldung\n\nDer Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten.\n\n",
    "fr": "Titre de la dépêche\n\nLe conseil municipal a examiné mardi le budget de l’année prochaine.\n\n",
    "es": "Titular de la noticia\n\nEl pleno municipal debatió el martes el presupuesto del próximo año.\n\n",
}


def attribution_misses(folder: Path, file: str) -> list[str]:
    language = _battery_language(file)
    misses = []
    for line in _lines(folder, file):
        text, wanted = line.split(" => ")
        want = [None if name.strip() == "-" else name.strip() for name in wanted.split(";")]
        source = segment_source(clean_source(_raw(_LEADS[language] + text.replace(" || ", "\n\n") + "\n", language)))
        got = [quote.speaker for quote in extract_quotes(source)]
        agree = _same_speakers(got, want)
        if not agree:
            short = _SHORT_ONLY if _same_speakers(got, _listed_long_enough(text, want)) else ""
            misses.append(f"{short}got {got} want {want}: {text[:100]}")
    return misses


#: Marks a miss that is one only through quotations shorter than the tool lists (MIN_QUOTE_WORDS).
_SHORT_ONLY = f"(only quotations under {MIN_QUOTE_WORDS} words) "


def _listed_long_enough(text: str, want: list[str | None]) -> list[str | None]:
    """The listed speakers of the quotations of at least MIN_QUOTE_WORDS words (the shortest the
    tool lists as a quotation), when the passage's quotation marks pair into as many spans as are
    listed; else all of them."""
    quoted = [para[span.start : span.end] for para in text.split(" || ") for span in quotation_spans(para)]
    if len(quoted) != len(want):
        return want
    return [speaker for speaker, words in zip(want, quoted, strict=True) if len(words.split()) >= MIN_QUOTE_WORDS]


def _runs(speakers: list[str | None]) -> list[str | None]:
    return [speaker for at, speaker in enumerate(speakers) if at == 0 or speakers[at - 1] != speaker]


def _same_speakers(got: list[str | None], want: list[str | None]) -> bool:
    """Whether the quotations found have the speakers listed, in order. A quotation one source
    prints over two paragraphs may be found as two, so a run of one speaker counts once; and a
    quotation no one speaks (a sign, a title) need not be found at all, so an unnamed one listed
    may be missing; any other difference is a miss."""
    got, want = _runs(got), _runs(want)

    def matches(g: int, w: int) -> bool:
        if g == len(got):
            return all(speaker is None for speaker in want[w:])
        if w == len(want):
            return False
        found, listed = got[g], want[w]
        if listed is None and matches(g, w + 1):
            return True
        same = (found is None and listed is None) or (
            found is not None and listed is not None and names_match(found, listed)
        )
        return same and matches(g + 1, w + 1)

    return matches(0, 0)


def furniture_misses(folder: Path, file: str) -> list[str]:
    language = _battery_language(file)
    headline, *body = _STORIES[language]
    misses = []
    for line in _lines(folder, file):
        for at in (0, len(body)):
            page = "\n\n".join([headline, *body[:at], line, *body[at:]]) + "\n"
            kept = [p.text for p in clean_source(_raw(page, language)).paragraphs]
            if kept != body:
                misses.append(f"kept ({'under the headline' if at == 0 else 'after the article'}): {line}")
                break
    return misses


def article_misses(folder: Path, file: str) -> list[str]:
    language = _battery_language(file)
    headline, *body = _STORIES[language]
    misses = []
    for line in _lines(folder, file):
        expected = [*body[:2], line, *body[2:]]
        kept = [p.text for p in clean_source(_raw("\n\n".join([headline, *expected]) + "\n", language)).paragraphs]
        if kept != expected:
            misses.append(f"removed: {line}")
    return misses


def quote_pair_misses(folder: Path, file: str) -> list[str]:
    """Pairs ``paragraph of outlet A || paragraph of outlet B => same|different`` the quotes stage
    groups wrongly: each paragraph is set after the same lead in a source of its own, and the pair
    is one utterance when a single quote holds occurrences from both sources."""
    misses = []
    for line in _lines(folder, file):
        paragraphs, label = line.rsplit(" => ", 1)
        sources = [
            segment_source(clean_source(_raw(_LEAD + text.strip() + "\n", name=f"outlet-{side}")))
            for side, text in zip("ab", paragraphs.split(" || "), strict=True)
        ]
        occurrences = echoed([find_quotations(source) for source in sources])
        quotes = group_quotes(sources, occurrences, AnalysisSettings())
        joined = any(len({o.source_id for o in quote.occurrences}) == 2 for quote in quotes)
        if joined != (label.strip() == "same"):
            misses.append(f"{'joined' if joined else 'kept apart'} ({label.strip()}): {line[:160]}")
    return misses


#: A metadata page's gold fields, in the order the battery writes them, and ``Metadata``'s name for each.
_PAGE_FIELDS = {"outlet": "outlet", "headline": "title", "byline": "byline", "date": "date"}


def _pages(folder: Path, file: str) -> list[tuple[dict[str, str | None], str]]:
    """``(gold fields, page text)`` for each page of a metadata battery: a ``=== page`` line, one
    ``field: value`` line per field (``-`` for a field the page does not state), ``---``, the page."""
    pages = []
    for chunk in re.split(r"^=== page.*$", (folder / file).read_text(encoding="utf-8"), flags=re.MULTILINE)[1:]:
        head, _, text = chunk.partition("\n---\n")
        fields: dict[str, str | None] = {}
        for line in head.strip().splitlines():
            name, _, value = line.partition(":")
            fields[name.strip()] = None if value.strip() == "-" else value.strip()
        pages.append((fields, text.strip() + "\n"))
    return pages


def metadata_misses(folder: Path, file: str, field: str) -> list[str]:
    """Pages whose ``field`` the pipeline gets wrong: a value the page does not state counts as
    wrong as much as a missing or different one."""
    misses = []
    for number, (fields, text) in enumerate(_pages(folder, file), 1):
        expected = fields.get(field)
        found = getattr(clean_source(_raw(text)).metadata, _PAGE_FIELDS[field])
        if field == "byline" and expected is not None:
            expected = " and ".join(expected.split("; "))
        right = found is None if expected is None else metadata_matches(field, found, expected)
        if not right:
            misses.append(f"page {number}: got {found!r} want {expected!r}")
    return misses


def _battery_language(file: str) -> str:
    """``attribution_forms_de_2.txt`` and ``furniture_lines_de.txt`` are German,
    ``attribution_forms_2.txt`` English."""
    match = re.fullmatch(r"(?:attribution_forms|furniture_lines|article_lines)(?:_([a-z]{2}))?(?:_\d+)?\.txt", file)
    return match.group(1) or "en" if match else "en"


def _batteries(folder: Path) -> list[tuple[str, str, Callable[[], list[str]], int]]:
    """``(name, file, misses, size)`` for every battery file in ``folder``."""
    line_batteries: dict[str, Callable[[Path, str], list[str]]] = {
        "furniture_lines": furniture_misses,
        "article_lines": article_misses,
        "attribution_forms": attribution_misses,
        "quote_pairs": quote_pair_misses,
    }
    rows: list[tuple[str, str, Callable[[], list[str]], int]] = []
    for path in sorted(folder.glob("*.txt")):
        file = path.name
        if file.startswith("metadata_pages"):
            size = len(_pages(folder, file))
            rows += [
                (f"page {field}", file, functools.partial(metadata_misses, folder, file, field), size)
                for field in _PAGE_FIELDS
            ]
            continue
        kind = next((kind for kind in line_batteries if file.startswith(kind)), None)
        if kind is None:
            continue
        name = kind.replace("_", " ")
        if _battery_language(file) != "en":
            name = f"{name.split()[0]} ({_battery_language(file)})"
        rows.append((name, file, functools.partial(line_batteries[kind], folder, file), len(_lines(folder, file))))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every development miss")
    parser.add_argument("--only", help="score only the battery files whose name contains this")
    parser.add_argument("--code", metavar="REV", help=CODE_HELP)
    args = parser.parse_args()
    if args.code:
        return rerun_at_code(args.code, "benchmarks.probes", None)
    parts = [("development", PROBES, args.verbose)]
    if HELD_OUT.is_dir():
        parts.append(("held out", HELD_OUT, False))  # its misses are never printed
    for part, folder, verbose in parts:
        # Each metadata field over every page battery of the part: (wrong, pages).
        page_totals: dict[str, tuple[int, int]] = {}
        for name, file, score, size in _batteries(folder):
            if args.only and args.only not in file:
                continue
            misses = score()
            short = sum(miss.startswith(_SHORT_ONLY) for miss in misses)
            note = f"  ({short} only through quotations under {MIN_QUOTE_WORDS} words)" if short else ""
            print(f"{part:12} {file:32} {name:18} wrong {len(misses):3} of {size}{note}")
            if verbose:
                for miss in misses:
                    print("   ", miss)
            if name.startswith("page "):
                wrong, pages = page_totals.get(name, (0, 0))
                page_totals[name] = (wrong + len(misses), pages + size)
        for name, (wrong, pages) in page_totals.items():
            print(f"{part:12} {'all metadata page batteries':32} {name:18} wrong {wrong:3} of {pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
