"""A cheap test of whether a text is English: the share of common English stopwords.

English prose runs at 35-50 % stopwords; other languages written in Latin
script share only a few of these short words ("a", "in", "no"), so their share
stays well under the threshold. Texts under `MIN_WORDS` words are not judged.
"""

from __future__ import annotations

import re

MIN_WORDS = 40
THRESHOLD = 0.12
_SAMPLE_CHARS = 6000  # the start of the text is enough to judge, and keeps this O(1)

_STOPWORDS = frozenset("""
a about after all also an and any are as at be been before but by can could did do does
for from had has have he her his how if in into is it its more most my new not of on one
only or other our out over said says she so some than that the their them then there these
they this those to up was we were what when where which who will with would you your
""".split())

STOPWORDS = _STOPWORDS  # for callers outside: words that are never a name alone

_WORD = re.compile(r"[^\W\d_]+")


def stopword_share(text: str) -> tuple[float, int]:
    """(share of English stopwords among words, number of words) in the start of `text`."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in _STOPWORDS)
    return hits / len(words), len(words)


def looks_english(text: str) -> bool:
    """True unless the text has ≥ MIN_WORDS words and too few English stopwords."""
    share, n = stopword_share(text)
    return n < MIN_WORDS or share >= THRESHOLD
