"""Compiled patterns that recognise the parts of a copied news page, one constant per part."""

from __future__ import annotations

import re

PUBLISHED_BY = re.compile(r"^(?:Published by|NEWS PROVIDED BY|Source)\s*:?\s*(?P<name>.+)$", re.I)
POSTED_ON = re.compile(
    r"^(?:Posted on|Posted|Published on|Published|Date(?:d)?|First published)\s*:?\s*(?P<when>.+)$",
    re.I,
)
UPDATED = re.compile(r"^(?:Updated|Last updated|Last modified|Modified)\s*:?\s*(?P<when>.+)$", re.I)
BYLINE = re.compile(r"^(?:By|Written by|Words by)\s*:?\s+(?P<names>[^.!?]{2,150})$", re.I)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]+)*)"
    r"(?:,?\s+(?P<when>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
    r"|(?:\d{1,2}\s+[A-Z][a-z]{2,8})))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)"
    r"|/(?P<wire>[A-Za-z ]+Newswire|[A-Za-z ]+Wire)/)"
    r"\s*(?:[-—–]+|:)\s*"
)
CREDIT = re.compile(
    r"^\((?P<body>(?:Reporting|Writing|Editing|Additional reporting|Compiled|Written)\b[^()]*)\)$",
    re.I,
)
CATEGORY_FOOTER = re.compile(r"^Explore more articles in the (?P<name>.+?) category\.?$", re.I)
CHROME = [
    re.compile(p, re.I)
    for p in (
        r"^(share|share this( article| story)?|tweet|email|print|copy link)$",
        r"^(facebook|twitter|x|linkedin|whatsapp|reddit|bluesky|threads)$",
        r"^share (on|via) ",
        r"^(advertisement|story continues( below)?|sponsored( content)?|ad)$",
        r"^(sign up|subscribe)\b.*newsletter",
        r"^(read more|related|also read|more from|recommended|trending)\b.{0,80}$",
        r"^explore more articles\b",
        r"^\d+\s+min(ute)?s?\s+read$",
        r"^(listen to this article|follow us\b.*)$",
        r"^(image|photo|picture)\s*(credit)?\s*:",
        r"^(tags?|topics?|filed under)\s*:",
        r"^(comments?|\d+ comments?|leave a comment|join the conversation)$",
        r"^this (article|story) (was|has been) (auto-?generated|published from a syndicated feed)",
    )
]
SUBHEAD = re.compile(r"^(?=.*[A-Z]{2})[^a-z]{3,80}$")
SENTENCE_END = re.compile(r"[.!?…:;\"”’)»]$")
