"""Mask the clutter that scraped news pages carry around the article text.

`mask_noise` blanks out navigation menus, share buttons, cookie and newsletter
blurbs, event promos, footers, photo credits, leading bylines and bare
timestamps, replacing each character with a space (newlines kept). The result
has exactly the length of the input, so offsets found in it are offsets into
the original text: the extractor reports evidence that way.

The rules are general shapes of page furniture, not fitted to one site. All
regexes are compiled once; each runs one pass over the text (≈ 0.09 ms per KB in all
on one core, measured on the dev corpus; see tests/test_clean.py).
"""

from __future__ import annotations

import functools
import re

import ahocorasick

from loaders.text import common_letters_first

# A capitalised word; possessive so it never ends mid-word.
_CAP = r"[A-Z0-9][\w'’&+-]*+(?:\.\w++)*+"
# A capitalised word that does not start a sentence (not followed by a lowercase word).
_NAME = _CAP + r"(?! [a-z])"
_CONN = r"(?:a(?:nd|t|n)?|o[fnr]|t(?:he|o)|for|with|in|by|more|[&/|·•–-])"

# Each pattern below starts with a literal where it can, not with \b or an
# alternation: the regex engine then jumps between occurrences of that literal,
# so a pass costs about 0.001 ms per KB instead of 0.006 or more. The others
# run only when their anchor word is in the text (see `_ANCHORS`).

_NAMES = _NAME + r"(?:(?:[ /]| / )" + _NAME + r"){0,5}"
# What an image was made with or came through: "Credit: Jo Roe made with Midjourney",
# "Image credit: Northwind via Wire", "generated with DALL-E".
_MADE_WITH = (r"(?:" + _CAP + r"(?:[ /]" + _CAP + r"){0,5} (?:made|generated|created) "
              r"(?:with|by|using) |" + _CAP + r"(?:[ /]" + _CAP + r"){0,5} via )")
# After "Photo", "Image", "Illustration": ": Jane Roe/Agency", "s credit: ...", " by Jo Roe".
# ("Photo: Jo Roe / Equinix file photo", "AP / Acme handout": a file picture's source)
_CREDIT = (r"(?:s?(?: [Cc]redits?)?\s?:\s?| by )(?:" + _MADE_WITH + r")?" + _NAMES
           + r"(?:(?: / | )" + _CAP + r"(?: " + _CAP + r"){0,3} (?:file (?:photo|picture|image)"
           r"|handout))?")

_TAG_LABEL = r"(?:Application|Company|End User|Sector|Source Data|Technology)"
_TAG_TECH = (r"(?:Machine learning|Machine vision|Neural Networks?|Chips|Robotics|Deep learning|"
             r"Natural language processing|Speech recognition|Face recognition|Supercomputing|"
             r"Quantum computing|Reinforcement learning|Computer vision|Sensors|Chatbots?|"
             r"Drones|Autonomous vehicles|Augmented reality|Virtual reality|Cloud computing)")

# Buttons, widgets and legal links that can sit anywhere in a line.
_PHRASES = tuple(re.compile(p) for p in (
    r"Share (?:(?:on|to|via) (?:Facebook|X|Twitter|LinkedIn|Reddit|Email|WhatsApp|Pinterest"
    r"|Flipboard|Threads|Bluesky)|this (?:story|article|post))\b",
    r"Follow us on (?:Facebook|X|Twitter|LinkedIn|Instagram|YouTube|RSS|TikTok|Threads"
    r"|Mastodon|Bluesky|Google News)\b",
    r"Loading market data(?:\.\.\.|…)?",
    r"Save this story(?: Save)?\b",
    # A magazine's topic tags after its save button ("Save Company Acme Zorbit End User
    # Big company Sector IT Technology Machine learning"): labels and their values, the
    # last label's values from a closed list (the article's first sentence follows).
    r"Save this story Save (?:" + _TAG_LABEL + r"(?: (?!" + _TAG_LABEL + r"\b)[A-Z0-9][\w&.-]*"
    r"(?: [a-z][\w-]*)*){1,12}? )*?Technology(?: " + _TAG_TECH + r")+\b",
    r"(?:Accept (?:all )?|Manage |Reject all )[Cc]ookies\b",
    r"All [Rr]ights [Rr]eserved\.?",
    r"Privacy (?:Policy|Notice)\b",
    r"Terms (?:of (?:Service|Use)|& Conditions)\b",
    r"Cookie (?:Policy|Statement|Settings)\b",
    r"Skip to (?:main )?content\b",
    r"Back to top\b",
    r"Related (?:Story|Stories|Articles|Content)\b",
    # Lists of other stories' headlines: "More from Tech <headline> <headline> ..." (no
    # sentence stop in it), "Popular <headline> <author> ... Keep Reading", and cards
    # "Most Popular <headline>\nBy <author> archive page <headline> <dek>".
    r"More from [A-Z][\w&-]* [^.!?\n]{40,1500}",
    r"Popular [^.!?\n]{20,1500}? Keep Reading\b",
    r"Most Popular[^\n]*(?:\nBy [^\n]{0,60}? archive page[^\n]*)+",
    # Photo credits: a label and the credited names ("Photo: Jane Roe/Agency").
    r"Photo(?:graph)?" + _CREDIT,
    r"Image" + _CREDIT,
    r"Illustration" + _CREDIT,
    r"Credits?\s?:\s?(?:" + _MADE_WITH + r")?" + _NAMES,
    # Copyright footers run to the end of their line.
    r"©[^\n]*",
    r"Copyright (?:©\s?)?\d{4}[^\n]*",
    r"\([Cc]\) ?\d{4}[^\n]*",
))

# Picture agencies; the credited names before them ("Jo Roe/Wire/Getty Images")
# are found by looking back from the agency name.
_AGENCIES = ("Getty Images", "Shutterstock", "Alamy")
_AGENCY = re.compile(r"(?:" + "|".join(_AGENCIES) + r")\b")
_AGENCY_LEAD = re.compile(r"(?:" + _CAP + r"(?: " + _CAP + r"){0,3}/){1,3}$")

# Sentences that sell something: the whole line goes when it is short (a promo
# paragraph), otherwise just the sentence around the trigger.
_PROMOS = tuple(re.compile(p) for p in (
    r"Sign up (?:(?:now|today|here) )?(?:for|to)\b",
    r"Subscribe (?:(?:now|today|here) )?(?:for|to)\b",
    r"Subscribe (?:now|today)\b",
    r"Consider becoming a sponsor\b",
    r"ecome a (?:sponsor|member|subscriber)\b",
    r"We use cookies\b",
    r"site uses cookies\b",
    r"Join us (?:for|at|in|on)\b",
    r"Register (?:now|today|here)\b",
    r" your (?:tickets?|pass(?:es)?|seat|spot)\b",
    r"arly[- ]bird (?:tickets?|pricing|rates?|registration)\b",
    r"Thank you for (?:subscribing|signing up|submitting your email)\b",
    r"never miss (?:a|our|the latest)\b",
    r"(?:Upcoming|Sponsored|Partner|Featured|Virtual|VB) [Ee]vents?\b",
    r"coming to a city near you\b",
))
_PROMO_LINE_MAX = 400
_PROMO_TAIL_MAX = 60



def _literal_prefix(pattern: str) -> str:
    """The plain characters a pattern starts with: 'Share (?:on' -> 'Share ', 'Credits?' ->
    'Credit' (a quantified character is optional)."""
    for i, ch in enumerate(pattern):
        if ch in "\\.^$*+?{}[]|()":
            return pattern[:i - 1] if ch in "*?{" else pattern[:i]
    return pattern


# Substrings without which a pattern cannot match: its leading words, or for a pattern
# that starts with an alternation, a part all its branches share. One Aho-Corasick
# pass finds which occur (most pages have none), and only their patterns run: that
# costs less than starting thirty regex scans, even scans that jump between literals.
_ANCHORS = {rx: _literal_prefix(rx.pattern) for rx in (*_PHRASES, *_PROMOS)}
_ANCHORS.update({
    next(rx for rx in _PHRASES if rx.pattern.startswith("(?:Accept")): "ookies",
    _PROMOS[13]: "vent",
})
# The promo "Upcoming events" and its kind, found from " Event"/" event" (`str.find`
# jumps there; the regex stopped at every U, S, P, F and V to try six words).
_EVENT_PROMO = _PROMOS[13]
_EVENT_WORDS = ("Upcoming", "Sponsored", "Partner", "Featured", "Virtual", "VB")
assert _EVENT_PROMO.pattern.startswith("(?:" + "|".join(_EVENT_WORDS) + ") [Ee]vents?")

# Lines that point elsewhere ("Related: ...", "Read more »").
_POINTERS = ("Related", "Read more", "Read More", "See also", "More from", "Recommended",
             "Further reading", "You might also like", "You may also like", "More stories",
             "Most read", "Also read", "Read next", "Read Next", "Up next", "Up Next",
             "Trending", "Top stories", "Top Stories", "Editor's picks", "Editor’s picks",
             "Editors' picks", "More news", "Latest news", "Latest stories", "Don't miss",
             "Don’t miss", "Must read", "Popular now", "Recent posts", "Recent Posts",
             "Most viewed", "Most popular", "Most shared", "More in", "Also on",
             # a heading naming the site ("More on Cloud Wire", "Also from DCN"), and the
             # same headings on pages not in English (Dutch, German, Indonesian, French,
             # Spanish)
             "More on", "Also from", "Meer nieuws", "Lees ook", "Mehr zum Thema",
             "Weitere Artikel", "Baca juga", "Lihat juga", "Lire aussi", "Leer más")
_POINTERS_TITLED = tuple(dict.fromkeys(w.title() for w in _POINTERS))
_POINTER_INITIALS = frozenset(w[0] for w in _POINTERS)
# Pointer words that, with a few words after them on a line of their own, head a list of
# other stories' headlines ("More from EU Startups Daily", "Most read this week")
_HEADINGS = frozenset({"More From", "Most Read", "Also Read", "Read Next", "More Stories",
                       "Top Stories", "More News", "Latest News", "Latest Stories",
                       "Popular Now", "Recent Posts", "You May Also Like",
                       "You Might Also Like", "Related", "Recommended", "Editor'S Picks",
                       "Editor’S Picks", "Editors' Picks", "Must Read", "Trending",
                       "Most Viewed", "Most Popular", "Most Shared", "More In", "Also On",
                       "More On", "Also From", "Meer Nieuws", "Lees Ook", "Mehr Zum Thema",
                       "Weitere Artikel", "Baca Juga", "Lihat Juga", "Lire Aussi", "Leer Más"})
_HEADING_MAX = 40
# Headlines listed under a pointer heading line ("Related stories" alone on its line):
# short lines with no sentence stop, up to the first line that is not one
_HEADLINE_MAX = 120
_POINTER_MARK = re.compile(r"[ \t]*(?::|»|›|→|$| stories\b| articles\b| coverage\b)")
_POINTER_LINE_MAX = 200
_POINTER_SHORT = 80
# A bar of share buttons on a line of its own ("Share: Facebook | X | LinkedIn | Email |
# Copy link", "WhatsApp  Facebook  X  LinkedIn"): button words only, one of them a network
# that is also a company's name, so a line naming one product ("LinkedIn") stays.
_SHARE_WORDS = ("Facebook|X|Twitter|LinkedIn|Email|E-mail|E-Mail|Mail|WhatsApp|Reddit|Weibo"
                "|WeChat|Telegram|Print|Pinterest|Flipboard|Threads|Bluesky|Copy link|Copy URL"
                "|Copy|Link copy|Link|Tweet|Messenger|Tumblr|Xing|Comments?|Save|Share|Line|LINE"
                "|Viber|Post|Bookmark|KakaoTalk|VK")
# (also "Bagikan: ...", buttons in brackets "[LinkedIn] [X]", and one name more at the end,
# a local network's: "Share  Facebook  LinkedIn  Zalo")
_SHARE_BAR = re.compile(r"(?:Share(?: this(?: (?:story|article|post))?)?:?|Follow us:?|"
                        r"[A-Z][a-z]+:)?[ \t]*"
                        r"(?:\[?(?:" + _SHARE_WORDS + r")\]?(?:[ \t]*[|·•/,][ \t]*|[ \t]+|$)){2,}"
                        r"(?:[A-Z][a-z]{2,}[ \t]*)?")
_SHARE_NETWORKS = ("Facebook", "LinkedIn", "WhatsApp", "Twitter", "Weibo", "WeChat", "Reddit",
                   "Telegram", "Pinterest")
_SHARE_BAR_MAX = 160
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")

_MONTHS = ("Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August"
           "|Sep|Sept|September|Oct|October|Nov|November|Dec|December")
_DAYS = ("Mon|Monday|Tue|Tues|Tuesday|Wed|Wednesday|Thu|Thur|Thurs|Thursday|Fri|Friday"
         "|Sat|Saturday|Sun|Sunday")
# A line holding nothing but a date and/or time ("Updated: Mon 5 Mar 2024, 10:42 GMT").
_TIMESTAMP_LINE = re.compile(
    r"[ \t]*(?:(?:Updated|Published|Posted|Last updated|Modified)(?: on| at)?:?[ \t]*)?"
    r"(?:(?:(?:" + _MONTHS + "|" + _DAYS + r")\.?|\d{1,4}(?:[:/.-]\d{1,4}){0,2}(?:st|nd|rd|th)?"
    r"|[ap]\.?m\.?|[AP]M|[A-Z]{1,4}T|UTC|GMT|at|on|[,|·•–-])[ \t]*){1,12}")
_TIMESTAMP_LINE_MAX = 60

# Words after "By" that start a phrase of time or manner, not an author's name.
_NOT_NAMES = (r"(?:The|This|That|These|Those|Then|Now|Next|Last|Early|Late|Mid|End|Using"
              r"|Contrast|Comparison|Far|Q[1-4]|" + _MONTHS + "|" + _DAYS + r")\b")
_BYLINE = re.compile(
    r"By (?<![^\s]By )(?!" + _NOT_NAMES + r")" + _CAP + r"(?: (?:" + _CAP + r")){1,3}"
    r"(?:\s?,\s?(?:a |an |the )?[^\n.!?]{0,40}?"
    r"\b(?i:reporter|editor|writer|correspondent|contributor|columnist|analyst|staff|journalist)"
    r"\b[^\n.!?]{0,120}(?:\.|$))?", re.M)
_BYLINE_SCOPE = 1500  # bylines count only near the start of the article

# Navigation menus: long runs of capitalised words and connectors with no
# sentence punctuation ("Business Tech Science Newsletters Wellness ..."), where
# a single lowercase word may sit between two menu items ("US news World news").
# The first character is matched before the look-behind so the engine can skip
# quickly to capital letters.
_SEP = r",?[ \t]+"
_TOK = r"(?:" + _CAP + "|" + _CONN + r")"
_NAV_RUN = re.compile(
    r"[A-Z0-9](?<![\w,].)[\w'’&+-]*+(?:\.\w++)*+" + _SEP + _TOK
    + r"(?:" + _SEP + r"(?:[a-z][\w'’-]*+" + _SEP + r")?" + _TOK + r"){7,}(?!\w)")
_NAV_MIN_CAPS = 8
_NAV_MIN_SHARE = 0.6
_NAV_MIN_CAPS_MIDSENTENCE = 20  # a run after a lowercase word is likely a list in a sentence
_LOWER_BEFORE = re.compile(r"[a-z,][ \t]*$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_NAV_KEEP_BEFORE_SENTENCE = 2

# Inline scripts that leaked into the text ("document.addEventListener(...)").
_CODE_STARTS = (re.compile(r"document\.[A-Za-z]+\s*\("), re.compile(r"window\.[A-Za-z]+\s*\("),
                re.compile(r"function\s*\w*\s*\(\s*\w*\s*\)\s*\{"))
_CODE_WORDS = ("document.", "window.", "function")  # each pattern's leading literal
_CODE_MAX = 5000
_OPEN, _CLOSE = "({[", ")}]"

_SENT_END = re.compile(r"[.!?][\"”’)]*(?=\s|$)")
_TITLE_SCOPE = 600


@functools.cache
def _anchor_automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for anchor in common_letters_first({*_ANCHORS.values(), *_AGENCIES, *_TAIL_WORDS} - {""}):
        a.add_word(anchor, anchor)
    a.make_automaton()
    return a


def _anchors_in(text: str) -> set[str]:
    """The anchors (and picture agency names) that occur in `text`."""
    return {anchor for _end, anchor in _anchor_automaton().iter(text)}


def _may_match(rx: re.Pattern[str], present: set[str]) -> bool:
    anchor = _ANCHORS.get(rx)
    return not anchor or anchor in present


def _promo_matches(text: str, present: set[str]) -> list[tuple[int, int]]:
    """The spans of every promo pattern's matches (in no particular order)."""
    out = [m.span() for rx in _PROMOS if rx is not _EVENT_PROMO and _may_match(rx, present)
           for m in rx.finditer(text)]
    if _may_match(_EVENT_PROMO, present):
        out.extend(_event_promo_spans(text))
    return out


def _event_promo_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `_EVENT_PROMO.finditer(text)`, in order: before each " Event" or
    " event" at most one of the words ends (they differ where their lengths agree)."""
    out = []
    for needle in (" Event", " event"):
        i = text.find(needle)
        while i >= 0:
            for word in _EVENT_WORDS:
                at = i - len(word)
                if at >= 0 and text.startswith(word, at):
                    m = _EVENT_PROMO.match(text, at)
                    if m is not None:
                        out.append(m.span())
                    break
            i = text.find(needle, i + 1)
    out.sort()
    return out


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _sentence_bounds(text: str, start: int, end: int, ls: int, le: int) -> tuple[int, int]:
    """The sentence around text[start:end], within the line text[ls:le]."""
    s = ls
    for m in _SENT_END.finditer(text, ls, start):
        s = m.end()
    m2 = _SENT_END.search(text, end, le)
    return s, (m2.end() if m2 else le)


def _nav_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _NAV_RUN.finditer(text):
        run = m[0]
        tokens = run.split()
        caps = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
        # a comma only ever ends a token (`_SEP`): counting them counts those tokens
        if caps < _NAV_MIN_CAPS or caps < _NAV_MIN_SHARE * len(tokens) \
                or run.count(",") * 5 > caps:
            continue
        start = m.start()
        if caps < _NAV_MIN_CAPS_MIDSENTENCE and _lower_before(text, start):
            continue
        end = m.end()
        if _LOWER_AFTER.match(text, end):
            # The run ran into a sentence ("... Tech Acme Corp opened a plant"): its
            # last capitalised words are likely the sentence's subject, so keep two.
            end = _last_words_start(text, start, end, _NAV_KEEP_BEFORE_SENTENCE)
        spans.append((start, end))
    return spans


def _lower_before(text: str, pos: int) -> bool:
    """Whether `_LOWER_BEFORE` is found in text[line start:pos]: a lowercase letter or a
    comma then only spaces or tabs up to `pos`. Read back from `pos` (the search went
    through the whole line before it, for each run on a long line)."""
    ls = text.rfind("\n", 0, pos) + 1
    while pos > ls and text[pos - 1] in " \t":
        pos -= 1
    return pos > ls and text[pos - 1] in _LOWER_OR_COMMA


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _last_words_start(text: str, start: int, end: int, n: int) -> int:
    """Offset where the last `n` words of text[start:end] begin."""
    for _ in range(n):
        cut = text.rfind(" ", start, end)
        if cut < 0:
            return start
        end = cut
    return end


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Script fragments: from a DOM call or function to where its brackets balance."""
    spans: list[tuple[int, int]] = []
    # `str.find` rules a pattern out several times faster than its regex scan does
    starts = [rx for rx, word in zip(_CODE_STARTS, _CODE_WORDS, strict=True) if word in text]
    pos = 0
    while starts:
        found = [m for rx in starts if (m := rx.search(text, pos)) is not None]
        if not found:
            return spans
        m = min(found, key=lambda x: x.start())
        depth, i, stop = 0, m.start(), min(len(text), m.start() + _CODE_MAX)
        end = -1
        while i < stop:
            c = text[i]
            if c in _OPEN:
                depth += 1
            elif c in _CLOSE:
                depth -= 1
                if depth <= 0:
                    end = i + 1
                    break
            i += 1
        if end < 0:
            pos = m.end()
            continue
        spans.append((m.start(), end))
        pos = end
    return spans


def _agency_spans(text: str, present: set[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not any(a in present for a in _AGENCIES):
        return spans
    for m in _AGENCY.finditer(text):
        lead = _AGENCY_LEAD.search(text, max(0, m.start() - 120), m.start())
        spans.append((lead.start() if lead else m.start(), m.end()))
    return spans


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Whole lines that are clutter: bare timestamps, bars of share buttons, short
    "Related:" pointers and the headlines listed under a pointer heading ("Related stories"
    or "Read next" alone on its line)."""
    spans = []
    start = 0
    listing = False  # on the headlines under a "Related stories" heading
    for line in text.split("\n"):
        end = start + len(line)
        body = line.strip()
        n = len(body)
        if listing and 0 < n <= _HEADLINE_MAX and not body.endswith(_SENTENCE_ENDS):
            spans.append((start, end))
            start = end + 1
            continue
        listing = False
        if n and n <= _TIMESTAMP_LINE_MAX and _TIMESTAMP_LINE.fullmatch(line) \
                and any(ch.isdigit() for ch in body):
            spans.append((start, end))
        elif n and n <= _SHARE_BAR_MAX and _SHARE_BAR.fullmatch(body) \
                and any(w in body for w in _SHARE_NETWORKS):
            spans.append((start, end))
        elif n and n <= _POINTER_LINE_MAX and (body.startswith(_POINTERS) or body[:1] in
                                               _POINTER_INITIALS and
                                               body.title().startswith(_POINTERS_TITLED)):
            # (also in capitals or title case: "ALSO READ", "Most Read", "MORE FROM X")
            titled = body.title()
            word = next(w for w in _POINTERS_TITLED if titled.startswith(w))
            # "Related: ..." is a pointer; "Related to the plant, ..." is a sentence.
            mark = _POINTER_MARK.match(body, len(word))
            if mark or (n <= _POINTER_SHORT and not body.endswith(_SENTENCE_ENDS)):
                spans.append((start, end))
                # the headlines listed under it: a heading alone on its line, also one
                # that names the site or the week ("More from DCPC", "Most read this week")
                listing = mark is not None and not body[mark.end():].strip(" :»›→") or \
                    n <= _HEADING_MAX and word in _HEADINGS and not body.endswith(
                        _SENTENCE_ENDS + (",", ";"))
        start = end + 1
    return spans


def _title_spans(text: str, title: str) -> list[tuple[int, int]]:
    """Copies of the title in the first line (or the first few hundred characters)."""
    title = " ".join(title.split())
    if len(title) < 8:
        return []
    first_end = text.find("\n")
    scope = max(first_end if first_end >= 0 else len(text), min(len(text), _TITLE_SCOPE))
    head = text[:scope]
    low = head.lower()
    if len(low) != len(head):  # case folding changed lengths: exact matches only
        low, needle = head, title
    else:
        needle = title.lower()
    spans, i = [], low.find(needle)
    while i >= 0:
        if not _inside_prose(head, i, i + len(needle)):
            spans.append((i, i + len(needle)))
        i = low.find(needle, i + len(needle))
    return spans


def _inside_prose(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a phrase inside a sentence: a lower-case word or a comma
    (not a capitalised menu word) before it and a lower-case word or a , . ; after it
    ("opened its new fab in Sherman on Monday" under the title "Fab in Sherman"). A copy
    of the title starts a line or ends a menu ("Top Stories Fab in Sherman", a break)."""
    before = text[max(0, start - 40):start].rstrip(" \t")
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not word or not (word[0].islower() or word[-1] == ","):
        return False
    after = text[end:end + 3].lstrip(" \t")
    return bool(after) and (after[0].islower() or after[0] in ",.;")


# Lists of other stories, each headline followed by its date ("... in London 28 Jun 2023
# Two lawyers fined ... 23 Jun 2023"): three dates or more, each within a headline's
# length of the last, with no line break between.
_LIST_YEAR = re.compile(r" 20\d\d(?= |$)", re.M)  # found first: " 20" is a fast literal
_LIST_DAY_MONTH = re.compile(r"(?<![\w.,])\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|"
                             r"Oct|Nov|Dec)$")
_MORE_ON = "More on this story"
_LIST_DATE_GAP = 250
_LIST_DATE_MIN = 3
_LIST_DATE_BARE = 8  # years of this century a text needs for a list with no header


def _dated_list_spans(text: str) -> list[tuple[int, int]]:
    """From "More on this story" (or the first date) to the last date of such a list."""
    out: list[tuple[int, int]] = []
    if _MORE_ON not in text and text.count(" 20") < _LIST_DATE_BARE:
        return out  # (no list header, and too few years for a list without one)
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= _LIST_DATE_MIN:
            start = run[0][0]
            lead = text.rfind(_MORE_ON, max(0, start - _LIST_DATE_GAP), start)
            out.append((lead if lead >= 0 else start, run[-1][1]))

    for y in _LIST_YEAR.finditer(text):
        m = _LIST_DAY_MONTH.search(text, max(0, y.start() - 7), y.start())
        if m is None:
            continue
        if run and (m.start() - run[-1][1] > _LIST_DATE_GAP
                    or "\n" in text[run[-1][1]:m.start()]):
            close()
            run = []
        run.append((m.start(), y.end()))
    close()
    return out


# A press release's legal and contact tail: a heading line alone ("Forward-Looking
# Statements", "Safe Harbor Statement", "Media Contact", "Contacts:") starts it, and it runs
# to the next "About ..." heading or the end. The names in it (partners in the legal
# small print, the press officer) are no facts of the story.
_TAIL_HEADING = re.compile(
    r"^[ \t]*(?:Cautionary (?:Note|Statement|Language)\b[^\n]{0,60}|(?:Note|Statement)s? "
    r"(?:[Rr]egarding|[Oo]n|[Aa]bout|[Cc]oncerning) [Ff]orward[- ][Ll]ooking[^\n]{0,30}|"
    r"Forward[- ][Ll]ooking [Ss]tatements?|FORWARD[- ]LOOKING STATEMENTS?|"
    r"Safe [Hh]arbou?r(?: [Ss]tatement)?|(?:Media|Press|Investor|Investors|Company)"
    r"(?: [Rr]elations)? [Cc]ontacts?|Contacts?|Media [Ii]nquiries)[ \t]*:?[ \t]*$", re.M)
_ABOUT_HEADING = re.compile(r"^[ \t]*About [A-Z][^\n]{0,60}$", re.M)
# Wire-service lines that end a release: "SOURCE Nimbria Data", "View source version on
# businesswire.com: https://..."
_WIRE_LINE = re.compile(r"^[ \t]*(?:SOURCE [A-Z][^\n]{0,80}|View (?:source|original content)"
                        r"[^\n]{0,200})$", re.M)


# (one of them is in every text `_TAIL_HEADING` or `_WIRE_LINE` can match; the anchors'
# Aho-Corasick pass finds them)
_TAIL_WORDS = ("Contact", "orward-L", "orward-l", "orward L", "orward l", "ORWARD", "Safe Harbo",
               "Cautionary", "Inquiries", "SOURCE ", "View source", "View original")


def _release_tail_spans(text: str) -> list[tuple[int, int]]:
    """The legal and contact tail of a press release (see `_TAIL_HEADING`) and its wire lines
    (run only when one of `_TAIL_WORDS` is in the text)."""
    out = [m.span() for m in _WIRE_LINE.finditer(text)]
    pos = 0
    while (m := _TAIL_HEADING.search(text, pos)) is not None:
        about = _ABOUT_HEADING.search(text, m.end())
        end = about.start() if about else len(text)
        out.append((m.start(), end))
        pos = max(end, m.end() + 1)
    return out


def noise_spans(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) spans of `text` that are page clutter."""
    present = _anchors_in(text)
    spans: list[tuple[int, int]] = [m.span() for rx in _PHRASES if _may_match(rx, present)
                                    for m in rx.finditer(text)]
    for start, end in _promo_matches(text, present):
        ls, le = _line_bounds(text, start)
        s, e = _sentence_bounds(text, start, end, ls, le)
        # A promo opens its line; the article may go on after it on the same line
        # ("VB Event ... near you! Both Acme and Initech ..."), so stop at its end.
        # A short tail ("Check your inbox to confirm.") belongs to the promo.
        if le - e <= _PROMO_TAIL_MAX:
            e = le
        spans.append((ls, e) if le - ls <= _PROMO_LINE_MAX else (s, e))
    spans.extend(_line_spans(text))
    spans.extend(m.span() for m in _BYLINE.finditer(text, 0, min(len(text), _BYLINE_SCOPE)))
    spans.extend(_agency_spans(text, present))
    spans.extend(_code_spans(text))
    spans.extend(_nav_spans(text))
    spans.extend(_dated_list_spans(text))
    if not present.isdisjoint(_TAIL_WORDS):
        spans.extend(_release_tail_spans(text))
    if title:
        spans.extend(_title_spans(text, title))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        elif e > s:
            merged.append((s, e))
    return merged


def _blank(segment: str) -> str:
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(part) for part in segment.split("\n"))


def mask_noise(text: str, title: str | None = None) -> str:
    """`text` with page clutter replaced by spaces (newlines kept); same length as `text`.

    >>> mask_noise("Share on Facebook Acme opened a plant.")
    '                  Acme opened a plant.'
    """
    out: list[str] = []
    pos = 0
    for s, e in noise_spans(text, title):
        out.append(text[pos:s])
        out.append(_blank(text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)


_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str, title: str | None = None) -> str:
    """The masked text for display: spaces collapsed, lines emptied by masking dropped."""
    kept = []
    for orig, line in zip(text.split("\n"), mask_noise(text, title).split("\n"), strict=True):
        line = _SPACES.sub(" ", line).strip()
        if line or not orig.strip():  # keep the article's own blank lines (paragraphs)
            kept.append(line)
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
