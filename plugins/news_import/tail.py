"""The end of a story: page chrome that survived line by line is trimmed as a whole.

Below the last paragraph of a story, pages stack their leftovers: headlines of other
stories, buttons, paywall and cookie notices, appeals for support, the author's bio,
disclaimers. Read from the bottom up, every such block goes until the first block that
is story text; an ``About …`` section of a press release is story text.
"""

from __future__ import annotations

import re

from . import boxes, chrome
from . import patterns as P
from .agencies import canonical_agency
from .model import Block

_SHORT_WORDS = 12
_LINK_RUN_WORDS = 40
_STOPPED = re.compile(r"[.!?…][\"”’»)]*$|[\"”’»]$")
_APPEAL_WORDS = 70
# The page speaking to its reader or about itself: a paywall, an appeal, a notice.
_READER = re.compile(
    r"\b(?:you|your|vous|votre|vos|usted|tu|você|sua|seu|sie|ihnen|ihr|du|dein|jij|je|jouw|uw|"
    r"this (?:article|story|post|newsletter)|cet article|l[’']article|este artículo|"
    r"este artigo|questo articolo|dieser artikel|dit artikel|"
    r"our (?:reporting|journalism|newsroom|work)|our (?:[\w'’-]+ ){0,4}newsletter|sign up here)\b",
    re.I,
)
# What a paywall, a sign-up box, an appeal for money or a cookie notice asks of a reader.
_APPEAL = re.compile(
    r"\b(?:subscri\w+|newsletters?|free trial|paywall|sign[ -]in|log[ -]in|registering for free|"
    r"(?:with|make) a contribution|contribution of any size|costs money|value what we do|"
    r"free to read|readers like you|pay for it|keep reading|continue reading|donat\w+|"
    r"support (?:us|our (?:work|journalism|reporting|newsroom)|independent journalism)|"
    r"abonn\w+|suscri\w+|assin[ae]\w*|abbona\w+|reste \d+\s*% de l|seguir leyendo|"
    r"continuar lendo|weiterlesen|connectez-vous|inicia sesión|faça login|anmelden|accedi|"
    r"cookies?|inscrivez-vous|lettre gratuite)\b",
    re.I,
)
# What an appeal asks the reader to do.
_CALL = re.compile(
    r"\b(?:sign(?:ing)? up|subscrib\w*|register|join|donat\w*|support|contribut\w*|click|tap|"
    r"download|log[ -]in|sign[ -]in|abonn\w*|suscr\w*|assin\w*|abbona\w*|inscri\w*|"
    r"inicie sessão|connectez-vous|anmelden|registr\w*|meld je aan|recevez|recibe|receba|"
    r"ricevi|ontvang|erhalten sie)\b",
    re.I,
)
_JOURNALISM = re.compile(
    r"\b(?:journalism|reporting|newsroom|journalismus|journalisme|periodismo|giornalismo|"
    r"jornalismo|journalistiek)\b",
    re.I,
)
_APPEAL_BOX_WORDS = 40
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_PAYWALL = re.compile(
    r"\b(?:paywall|subscribers? only|for subscribers|free trial|keep reading|continue reading|"
    r"free to read|reste \d+\s*% de l|seguir leyendo|continuar lendo|weiterlesen)\b",
    re.I,
)
# How to reach the reporters, under the story: "Reach Ana Ruiz at …", "Contact Tom Lee at …".
_REACH = re.compile(r"^(?:reach|contact|email|e-mail|write to|follow)\s+\S", re.I)
_SITE_ADDRESS = re.compile(r"\b[\w-]+\.(?:com|net|org|in|co\.uk|ie|ca|com\.au|sg|co\.za)\b", re.I)
# A quotation in the paragraph: it opens with a quote mark or quotes someone.
_QUOTED = re.compile(
    r"^[\"“„«‘']|[\"”»’],?\s+(?:said|says|told|added|sagte|a dit|dijo|disse|ha detto)\b"
)
_SMALL_WORD = 3
_MIN_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.85  # German capitalises its nouns: a sentence can reach 0.7
_BIO_VERBS = (
    r"(?:is|was|covers|writes|reports|edits|leads|has been|has kept|has written|"
    r"can be reached|may be reached|can be contacted|ist|war|"
    r"schreibt|berichtet|est|écrit|es|escribe|è|scrive|é|escreve|schrijft|är|skriver)"
)
# A wire's mark closing a paragraph: "… near Tinsukia. (ANI)", "… on Dec. 3, 2025. (Kyodo)".
_WIRE_MARK = re.compile(
    r"(?<=[.!?\"”’])\s*\((?P<wire>[A-Za-z][\w -]{1,30}?)(?: photo)?\)\.?$", re.I
)
_CAPTION_WORDS = 40


def trim_tail(blocks: list[Block], authors: list[str]) -> None:
    """Drop the chrome blocks below the story's last paragraph, in place."""
    while blocks and _is_tail_chrome(blocks[-1], authors):
        blocks.pop()


def _is_tail_chrome(block: Block, authors: list[str]) -> bool:
    text = block.text
    if block.heading:
        return True  # a heading with nothing under it heads nothing
    if block.item:
        return False
    words = len(text.split())
    if words <= _SHORT_WORDS and (not P.SENTENCE_END.search(text) or headline_cased(text)):
        return True  # another story's headline, a button, a desk code
    if words <= _LINK_RUN_WORDS and not _STOPPED.search(_WIRE_MARK.sub("", text)):
        return True  # other stories' headlines run together: no paragraph ends without a stop
    if chrome.DISCLAIMER.search(text):
        return True
    if words <= _APPEAL_BOX_WORDS and _REACH.match(text) and boxes.CONTACT_DETAIL.search(text):
        return True  # "Reach Carla Mendez at cmendez@… or 740-555-0117."
    if canonical_agency(text.strip("()., ")):
        return True  # the wire's mark alone: "(ANSA)."
    if _SITE_ADDRESS.search(text) and not P.SENTENCE_END.search(text):
        return True  # "Track Latest News Live on NDTV.com and get news updates …"
    if words <= _APPEAL_WORDS and _APPEAL.search(text) and _READER.search(text):
        # it asks something of the reader, or is the cookie notice; "… tips into the
        # spring newsletter" in a post's last paragraph asks nothing
        asks = _CALL.search(text) or _COOKIES.search(text) or _PAYWALL.search(text)
        return bool(asks) and not _QUOTED.search(text)
    return _is_author_bio(text, authors)


def _is_author_bio(text: str, authors: list[str]) -> bool:
    """``Obinna Clarke is the West Africa bureau chief …``, ``Priya covers oil markets``,
    ``Clarke covers …``: a bio of one of the authors, by full, first or last name."""
    names = {form for name in authors for form in _name_forms(name)}
    return any(re.match(rf"{re.escape(name)}\s+{_BIO_VERBS}\b", text) for name in names)


def _name_forms(name: str) -> set[str]:
    """``Tan Mei Ling``: the full name, the first and last word, and the first two words
    (some given names are two words)."""
    words = name.split()
    return {name, words[0], words[-1], " ".join(words[:2])}


def headline_cased(text: str) -> bool:
    """``Spain Moves to Tax Foreign Home Buyers Outside the E.U.``: most longer words
    capitalised, as another story's headline in a list of links is."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text) if len(w) > _SMALL_WORD]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= len(words) * _HEADLINE_SHARE


def drop_appeals(blocks: list[Block]) -> None:
    """Take out a paywall or support appeal between paragraphs (``By subscribing, you can
    help us get the story right.``) with the line about journalism that leads into it."""
    for n in range(len(blocks) - 1, -1, -1):
        block = blocks[n]
        if block.heading or block.item or not _is_appeal(block.text):
            continue
        del blocks[n]
        if n and _JOURNALISM.search(blocks[n - 1].text) and _short(blocks[n - 1].text):
            del blocks[n - 1]


def _is_appeal(text: str) -> bool:
    if _QUOTED.search(text):
        return False  # someone quoted in the story: "Subscribe to the idea …," she said
    return bool(
        _short(text) and _APPEAL.search(text) and _READER.search(text) and _CALL.search(text)
    )


def _short(text: str) -> bool:
    return len(text.split()) <= _APPEAL_BOX_WORDS


def drop_wire_marks(blocks: list[Block]) -> None:
    """The wire's mark after the last paragraph goes; a short paragraph it closes above the
    last one is a photo caption (``A bus on a test run … (Kyodo)``) and goes whole."""
    paragraphs = [b for b in blocks if not b.heading and not b.item]
    for block in paragraphs:
        match = _WIRE_MARK.search(block.text)
        if not match or not canonical_agency(match["wire"]):
            continue
        if block is paragraphs[-1]:
            block.text = block.text[: match.start()].rstrip()
        elif len(block.text.split()) <= _CAPTION_WORDS:
            blocks.remove(block)
