"""The core's own stand-ins for three standard-library functions, whose modules cost the
tools' first start in the browser more than the functions are worth: each answers exactly
as the function it stands in for."""

from __future__ import annotations

import calendar
import html
import itertools
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from followup.legal.model import days_in_month
from followup.messages import percent_encoded
from followup.render import esc

# Any text a reader can type or paste (lone surrogates cannot come out of a browser's form).
TEXT = st.text(st.characters(exclude_categories=("Cs",)))


@given(TEXT, st.sampled_from(["", "@,", "/", "~-_"]))
def test_percent_encoding_is_urllib_s(text: str, safe: str) -> None:
    assert percent_encoded(text, safe) == quote(text, safe=safe)


def test_percent_encoding_of_every_byte_and_of_letters_with_accents() -> None:
    every = bytes(range(256)).decode("latin-1")
    assert percent_encoded(every) == quote(every, safe="")
    assert percent_encoded("Caso #48213: ¿año?") == "Caso%20%2348213%3A%20%C2%BFa%C3%B1o%3F"


@given(st.one_of(TEXT, st.integers()))
def test_escaping_is_html_s(value: str | int) -> None:
    assert esc(value) == html.escape(str(value), quote=True)


def test_escaping_every_character_that_matters() -> None:
    assert esc("""<a href="x" title='y'>&amp;</a>""") == (
        "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;amp;&lt;/a&gt;"
    )


def test_days_in_month_are_the_calendar_s_for_every_month_a_date_can_have() -> None:
    for year, month in itertools.product(range(1, 10000), range(1, 13)):
        assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)
