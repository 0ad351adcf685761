"""Direct quotations: find them in each source, attribute them, and group them across sources.

One module per job: ``attribution`` reads a source in order and works out whom each speech
verb names (``speakers`` holds its rules as a table, ``discourse`` what it has read so far,
``phrases`` where a speaker phrase lies around a verb), ``extract`` decides which quotations
are speech and who speaks them, ``grouping`` joins them across sources; ``marks`` makes a
paragraph's quotation marks searchable, ``names`` maps mentions to full names, and ``cues``
builds the patterns they share from the lexicon (``text/data/<language>/``). Quotation marks
themselves are found by ``text/quotemarks.py``.

What counts as a quotation (the rule, applied the same way everywhere):

* Text between quote marks: curly or straight double quotes, ````…''``, ``«…»``, and single
  quotes when they are placed like quote marks (an apostrophe inside or at the end of a word,
  ``don't``, ``Russia's``, ``'90s``, never opens one). A double quotation left open runs to
  the end of its paragraph (the news convention for a quotation continued in the next one).
* Quotations of fewer than three words are terms, not speech (``"root causes"``).
* Titles and names are not speech: title-case text (``'Strong Ideas for a New Time'``) or text
  right after a naming word (``called``, ``dubbed``, ``titled``...).
* A full quotation (it starts with a capital, holds a sentence end, or is eight words or more)
  is speech. A shorter partial quotation woven into a sentence (``to solve the conflict's "root
  causes of the war"``) is speech only when the sentence attributes it with a speech verb, or
  when it holds two content words and a quotation of speech in the story, in any source, holds
  its words as a run (``made the case that he "inherited a mess"``, where another source prints
  ``"To be honest, I inherited a mess," Trump said``).

Attribution looks for a speech verb after the quotation in its sentence (``," Trump said``,
``," said Yuri Ushakov``), then before it (``Putin said, "...``), then at the sentence before
(``He spoke slowly: / "..."``, a quotation carried on from the previous paragraph). Pronouns
(he/she) resolve to the most recent person named as a speaker or as the subject of a sentence, or
failing those named inside one (a sentence opening with an unnamed role, ``The sheriff ...``, blocks
the reach back). A verb coordinated with an earlier one (``called it a farce and said``) shares the
sentence's subject. Names glued together by scraping (``SecretaryJaneDoe``) are split.

Organisations speak too: a named body headed by an organisation word (``the Mexican government``,
``Chile's Interior Ministry``, ``Customs and Border Protection``), and after it ``the ministry
said`` (the last body of that kind), ``it said``, and ``the statement said`` (the last speaker of
any kind). ``his family said`` names the family through the person.

A bare quotation takes the speaker of a quotation in the sentence before it, else of that
sentence's speech verb, else the person that sentence opens with, else the speaker two sentences
back when the sentence between names nobody; at a paragraph start, the speaker of a paragraph
ending in a colon, of a statement the paragraph reports, or of its last sentence or the quotation
in it. A name right after a quotation that ends on a comma, "?" or "!" speaks it whatever the verb
(``"...," Trump shot back``, ``"...," agrees Ann Lee``).
Speakers are written as the fullest name the article gives, without titles.

Grouping compares quotations word by word (contractions spelt out). Pairs that are not near-equal
must share a run of five words, not all function words; the most alike pairs join first, a version
found at the start of a longer one before one found inside it, and a source's two spans join only
when they are one sentence broken by its attribution (or the same words twice), or both are cut
from one version the group holds whole.
"""

from __future__ import annotations

from ...text.quotemarks import quotation_spans
from .echoes import Quotations, echoed
from .extract import extract_quotes, find_quotations
from .grouping import group_quotes

# The pipeline (analysis/analyse.py) runs the steps itself, each source under its own error context.
__all__ = ["Quotations", "echoed", "extract_quotes", "find_quotations", "group_quotes", "quotation_spans"]
