"""People's names in bylines: split them, drop roles and outlets, fix shouted capitals."""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from .agencies import canonical_agency
from .chrome import strip_glyphs

BYLINE_PREFIX = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|written by|words by|story by|text by|"
    r"author of the article|authors of the article|interview by|interviewed by|as told to|"
    r"reported by|report by|posted by|author|autor|auteur|autorin|autorka|autore|autrice|"
    r"autora|text|texte)\b\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\||·|•|/|&|\b(?:and|And|AND|und|UND|et|ET|y|Y|og|OG|en|e|for|für|pour|para|"
    r"with|With|mit|avec|con|com|met)\b)\s*"
)
_DESK = re.compile(r"^(?P<outlet>.+?)\s+(?:staff|reporters?|correspondents?|desk|bureau)$", re.I)
# "Door onze redacteur", "Von unserem Korrespondenten", "De notre envoyé spécial": the
# writer's role said in front of the name, which follows.
_OUR_ROLE = re.compile(
    r"^(?:(?:by|von|de|door|par|por|di|da|van)\s+)?"
    r"(?:our|unser(?:em|er|e|en)?|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]|onze|ons)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:redacteur|redactrice|redakteur(?:in)?|rédact(?:eur|rice)|"
    r"redactor[a]?|redattore|redattrice|correspondent|correspondente|correspondant[e]?|"
    r"korrespondent(?:en|in)?|corresponsal|corrispondente|reporter(?:in)?|editor[a]?|"
    r"envoyée?\s+spéciale?|enviad[oa]\s+especial|inviat[oa](?:\s+speciale)?|"
    r"verslaggever|journalist(?:e|in)?)\b\s*(?:(?:in|à|en|a|aus|em|te)\s+[\w-]+\s*)?,?\s*",
    re.I,
)
_CONTACTS = re.compile(r"\S+@\S+|(?<!\w)@\w+|https?://\S+")
_ASIDE = re.compile(r"\s*\((?P<inner>[^()]*)\)")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Fr)\.?\s+")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
# A byline's place: "in Ærøskøbing", "in Rio de Janeiro"; capitalised words only, so that
# "Maria Lopez in Madrid said the plan" stays a sentence.
_PLACE = re.compile(
    rf"\s+(?:in|at|from|en|aus|à|in der|im)\s+[{_UPPER}][\w.'’-]*"
    rf"(?:[\s-]+(?:[{_UPPER}][\w.'’-]*|de|da|do|del|la|el|am|an|upon|on|sur|sul)){{0,4}}$"
)
_PARTICLES = {
    "de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von",
    "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "af", "los", "las",
    "dela", "delos", "degli", "dei",
}  # fmt: skip
# Words that make a byline part a role, a desk or an outlet rather than a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:staff|reporter|reporters|correspondent|correspondents|editor|editors|writer|"
    r"writers|contributor|contributors|columnist|team|desk|bureau|newsroom|agency|agencies|"
    r"service|news|press|media|times|post|herald|tribune|journal|gazette|ledger|review|"
    r"report|daily|weekly|online|digital|web|wire|radio|tv|television|network|magazine|"
    r"senior|chief|deputy|special|political|business|sports?|health|science|technology|"
    r"climate|data|economics|economy|environment|education|culture|foreign|international|"
    r"national|local|city|investigations?|analyst|producer|photographer|presenter|host|"
    r"our|the|courtesy|inputs|follow|share|updated|published|posted|"
    r"redaktion|korrespondent|korrespondentin|rédaction|redacción|corresponsal|envoyé|"
    r"spécial|mitarbeiter|nachrichten|actualités|noticias|agence|agentur|agencia|"
    r"redazione|redação|redactie|redakcja|redaksjon|redaktionen|"
    # company names: "Northbank Lithium Corp.", "Tidewater Bancorp"
    r"corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa|nv|bv|spa|ab|asa|"
    # share buttons run together: "Facebook Twitter Email Print Save"
    r"facebook|twitter|linkedin|whatsapp|email|e-mail|print|save|copy|link|"
    r"group|holdings?|bancorp|bank|company|co|cooperative|foundation|association|society|"
    r"university|council|ministry|department)\b",
    re.I,
)
_ROLE_WORD = re.compile(
    r"reporter|correspondent|editor|writer|columnist|contributor|analyst|producer|"
    r"photographer|presenter|host|intern|fellow|critic|reviewer|blogger"
)
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’.-]*$|^[A-ZÀ-Þ][a-z]?\.$")  # "Ma." too
_SHOUTED_WORD = re.compile(r"^[^\W\d_]*$")


@dataclass(slots=True)
class Byline:
    """What a byline says: the people and the wire service it names."""

    authors: list[str] = field(default_factory=list)
    agency: str | None = None


def parse_byline(text: str) -> Byline:
    """Read a byline (``By A, Role, and B, Associated Press``) into names and an agency.

    An aside in brackets (``Par Julien Mercier (Lyon, correspondant)``) names a place or
    a role, or a wire service (``(AP)``), never a person.
    """
    text = _OUR_ROLE.sub("", strip_glyphs(text), count=1)
    text = _CONTACTS.sub("", BYLINE_PREFIX.sub("", text, count=1)).strip(" :-–—")
    byline = Byline()
    for aside in _ASIDE.finditer(text):
        byline.agency = byline.agency or canonical_agency(aside["inner"])
    text = _ASIDE.sub("", text)
    for part in _SPLIT.split(text):
        part = _PLACE.sub("", part.strip(" .-–—()")).strip()
        if not part:
            continue
        desk = _DESK.match(part)
        agency = canonical_agency(desk["outlet"] if desk else part)
        if agency:
            byline.agency = byline.agency or agency
            continue
        part, agency = _trailing_agency(part)
        byline.agency = byline.agency or agency
        part = _without_role(part)
        name = person_name(part)
        if name and name not in byline.authors:
            byline.authors.append(name)
    return byline


# Words of a beat written in capitals between a name and its job title.
_BEAT_WORDS = frozenset(
    {
        "local", "democracy", "political", "politics", "chief", "senior", "deputy", "home",
        "affairs", "business", "health", "science", "education", "environment", "climate",
        "crime", "courts", "transport", "economics", "economy", "foreign", "diplomatic",
        "security", "technology", "arts", "culture", "sports", "sport", "community", "rural",
        "middle", "east", "north", "south", "west", "america", "europe", "asia", "africa",
        "pacific", "international", "global", "national", "regional", "city", "state", "data",
        "investigations", "investigative", "features", "trainee", "junior", "digital",
    }
)  # fmt: skip


def _without_role(part: str) -> str:
    """``Jon Berg Europe correspondent`` -> ``Jon Berg``: a name run into its job title."""
    words = part.split()
    at = next((n for n, w in enumerate(words) if _ROLE_WORD.fullmatch(w.strip(",.").lower())), None)
    if at is None or at < 2:
        return part
    kept = words[:at]
    while kept and kept[-1][:1].islower():
        kept.pop()  # "health" in "Jane Doe health reporter"
    while len(kept) > 2 and kept[-1].lower() in _BEAT_WORDS:
        kept.pop()  # "Local Democracy" in "Priya Chandrasekar Local Democracy Reporter"
    if len(kept) >= 3 and kept[-1][:1].isupper() and at == len(kept):
        kept.pop()  # the beat: "Wales" in "Rhiannon Pryce Wales correspondent"
    return " ".join(kept)


def _trailing_agency(part: str) -> tuple[str, str | None]:
    """``JOHN ROE Associated Press`` -> (``JOHN ROE``, ``AP``)."""
    words = part.split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and (agency := canonical_agency(" ".join(words[-size:]))):
            return " ".join(words[:-size]), agency
    return part, None


def person_name(text: str) -> str | None:
    """``text`` as a person's name (capitals fixed), or None when it is not one."""
    text = _HONORIFIC.sub("", " ".join(strip_glyphs(text).split()))
    words = text.split()
    if not 2 <= len(words) <= 5 or _NOT_A_PERSON.search(text) or any(c.isdigit() for c in text):
        return None
    shouted = text.isupper()
    if not shouted and any(w.isupper() and len(w) > 1 and "." not in w for w in words):
        return None  # "BBC Scotland", "CNN International": an outlet
    text = " ".join(fix_shouted_name(w) if _is_shouted(w, shouted) else w for w in words)
    words = text.split()
    if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
        return None
    if words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
        return None
    return text


def _is_shouted(word: str, whole_name_shouted: bool) -> bool:
    letters = sum(1 for c in word if c.isalpha())
    return word.isupper() and "." not in word and letters >= (2 if whole_name_shouted else 3)


def fix_shouted_name(name: str) -> str:
    """``JOSEPH KAMAU`` -> ``Joseph Kamau``; ``MARY O'NEIL-SMITH`` -> ``Mary O'Neil-Smith``."""
    words = []
    for word in name.split():
        if word.lower() in _PARTICLES:
            words.append(word.lower())
            continue
        words.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(words)
