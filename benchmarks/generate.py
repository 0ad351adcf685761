"""Make larger, realistic seed trees from real articles, deterministically from a seed number.

    python -m benchmarks.generate OUT --stories 500 --sources 5 [--seed 1] [--size 4000]

Each generated source is a rewrite of one real article of a base story (the bundled
story, and the clusters in ``../shared/corpora`` when present): paragraphs reordered,
sentences dropped and reworded, quotes trimmed or spliced, page furniture added. The
output is for benchmarks only; it is never committed (the corpora are not ours).
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from pathlib import Path

from site_builder.text.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "seeds"
SHARED_CORPORA = REPO.parent / "shared" / "corpora"

# General newsroom paraphrases, applied word by word with some probability.
_REWORDINGS = {
    "said": "stated", "told": "informed", "paused": "halted", "pause": "halt", "weapons": "arms",
    "attack": "strike", "killed": "left dead", "officials": "authorities", "about": "roughly",
    "nearly": "almost", "called": "described", "conflict": "war", "war": "conflict", "however": "but",
    "reported": "said", "police": "officers", "people": "residents", "large": "big", "began": "started",
}
_FURNITURE_TOP = ["Home | World | Politics | Business", "Listen to This Article", "Subscribe to our newsletter",
                  "Advertisement", "Video"]
_FURNITURE_BOTTOM = ["You may also like", "Ten things to know before you travel this summer",
                     "Markets close higher as investors weigh rate cut", "Local team wins the cup after 40 years",
                     "Sign up for our daily briefing"]


@dataclass(frozen=True)
class BaseStory:
    name: str
    articles: tuple[str, ...]


def base_stories() -> list[BaseStory]:
    """The real stories available here: the bundled one, plus the shared corpora when present."""
    roots = sorted(p for p in BUNDLED.iterdir() if p.is_dir())
    if SHARED_CORPORA.is_dir():
        roots += sorted(p for p in SHARED_CORPORA.iterdir() if p.is_dir())
    stories = []
    for root in roots:
        articles = tuple(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt")))
        if articles:
            stories.append(BaseStory(root.name, articles))
    return stories


def _paragraphs(text: str) -> list[list[str]]:
    paragraphs = []
    for block in re.split(r"\n\s*\n|\n", text):
        block = block.strip()
        if len(block) > 40:
            paragraphs.append([block[a:b] for a, b in split_sentences(block)])
    return paragraphs


def _reword(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    for i, word in enumerate(words):
        key = word.lower().strip(",.;:")
        if key in _REWORDINGS and rng.random() < 0.5:
            words[i] = word.lower().replace(key, _REWORDINGS[key])
    if len(words) > 12 and rng.random() < 0.3:
        del words[rng.randrange(2, len(words) - 2)]
    return " ".join(words)


def _trim_quote(sentence: str, rng: random.Random) -> str:
    match = re.search(r"[\"“]([^\"”]{30,})[\"”]", sentence)
    if not match or rng.random() < 0.5:
        return sentence
    words = match.group(1).split()
    cut = max(4, int(len(words) * rng.uniform(0.5, 0.9)))
    trimmed = " ".join(words[:cut]) + "..."
    return sentence[: match.start(1)] + trimmed + sentence[match.end(1) :]


def rewrite(article: str, rng: random.Random, size: int) -> str:
    """One outlet's version of ``article``, about ``size`` characters long."""
    paragraphs = _paragraphs(article) or [[article[:size]]]
    if len(paragraphs) > 3:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    lines: list[str] = []
    if rng.random() < 0.6:
        lines += rng.sample(_FURNITURE_TOP, 2)
    total = 0
    for paragraph in paragraphs:
        kept = []
        for sentence in paragraph:
            if rng.random() < 0.15:
                continue
            if rng.random() < 0.35:
                sentence = _reword(sentence, rng)
            kept.append(_trim_quote(sentence, rng))
        if kept:
            lines.append(" ".join(kept))
            total += len(lines[-1])
        if total >= size:
            break
    if rng.random() < 0.4:
        lines += _FURNITURE_BOTTOM[: rng.randrange(2, len(_FURNITURE_BOTTOM) + 1)]
    return "\n".join(lines) + "\n"


def generate(out: Path, stories: int, sources: int, seed: int = 1, size: int = 4000) -> Path:
    """Write ``stories`` folders of ``sources`` articles each under ``out``; returns ``out``."""
    rng = random.Random(seed)
    bases = base_stories()
    out.mkdir(parents=True, exist_ok=True)
    for n in range(stories):
        base = bases[n % len(bases)]
        folder = out / f"{base.name}-{n:04d}"
        folder.mkdir(exist_ok=True)
        for m in range(sources):
            article = base.articles[(m + n) % len(base.articles)]
            (folder / f"source-{m:03d}.txt").write_text(rewrite(article, rng, size), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--stories", type=int, default=1)
    parser.add_argument("--sources", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=4000, help="approximate characters per source")
    args = parser.parse_args(argv)
    generate(args.out, args.stories, args.sources, args.seed, args.size)
    print(f"wrote {args.stories} stories x {args.sources} sources to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
