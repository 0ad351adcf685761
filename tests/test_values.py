"""Marking differing values inside shown text (site/values.py)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from site_builder.site.render import diff_markup
from site_builder.site.values import ValueMark, mark_values

_MARK = re.compile(r'<mark class="value-(?:differs|approximate)">|</mark>|<span class="vh"> \([^)]*\)</span>')


def test_a_value_split_by_diff_tags_is_marked_piece_by_piece_and_stays_nested() -> None:
    markup = diff_markup("killing at least 10 people", "killing at most 11 people")
    marked = str(mark_values(markup, [ValueMark("at most 11", False)]))
    # Every opened tag closes in order: a mark never straddles an <ins> or <del>.
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)(\w+)[^>]*>", marked):
        if closing:
            assert stack.pop() == name
        else:
            stack.append(name)
    assert not stack
    assert marked.count('<mark class="value-differs">') >= 1 and "(sources give this differently)" in marked
    # Struck-out words of the other version and hidden labels are never marked.
    struck = marked.split("<del>", 1)[1].split("</del>", 1)[0]
    assert struck == '<span class="vh">removed: </span>least 10'
    # The mark covers exactly the value's visible words, nothing before or after.
    assert _MARK.sub("", marked) == markup and "killing <mark" in marked and "</mark></ins> people" in marked


def test_a_value_is_marked_as_a_whole_word_where_it_first_appears() -> None:
    marked = str(mark_values("In 2011, 11 people and 110 cars", [ValueMark("11", True)]))
    assert marked == (
        'In 2011, <mark class="value-approximate">11<span class="vh"> '
        "(approximate: sources round it differently)</span></mark> people and 110 cars"
    )


def test_text_stays_escaped_and_an_absent_value_changes_nothing() -> None:
    assert str(mark_values("a &lt;b&gt; &amp; 5", [ValueMark("5", False)])).startswith("a &lt;b&gt; &amp; <mark")
    assert str(mark_values("no value here", [ValueMark("7", False)])) == "no value here"


@given(
    st.text(alphabet="ab 12<>&\"'", max_size=40),
    st.text(alphabet="ab 12<>&\"'", max_size=40),
    st.lists(st.text(alphabet="ab12", min_size=1, max_size=3), max_size=3),
)
def test_marking_only_adds_marks(old: str, new: str, values: list[str]) -> None:
    markup = str(diff_markup(old, new))
    marked = str(mark_values(markup, [ValueMark(value, False) for value in values]))
    assert _MARK.sub("", marked) == markup
