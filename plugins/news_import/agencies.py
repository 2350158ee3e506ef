"""Wire services and press-release wires, under the one name Wirefeed writes for each."""

from __future__ import annotations

import re

# Every spelling news copy uses (lower-case, punctuation and spaces squeezed) -> our name.
_CANONICAL = {
    "reuters": "Reuters",
    "thomsonreuters": "Reuters",
    "ap": "AP",
    "associatedpress": "AP",
    "theassociatedpress": "AP",
    "afp": "AFP",
    "agencefrancepresse": "AFP",
    "dpa": "dpa",
    "dpainternational": "dpa",
    "deutschepresseagentur": "dpa",
    "pti": "PTI",
    "presstrustofindia": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "uni": "UNI",
    "bloomberg": "Bloomberg",
    "prnewswire": "PR Newswire",
    "businesswire": "Business Wire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "einpresswire": "EIN Presswire",
    "einnews": "EIN Presswire",
    "newsfile": "Newsfile",
    "newsfilecorp": "Newsfile",
    "newswireca": "Newswire.ca",
    "cision": "PR Newswire",  # Cision's name over a PR Newswire page
    "newswire": "Newswire",
    "efe": "EFE",
    "europapress": "Europa Press",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "kyodonews": "Kyodo",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "upi": "UPI",
    "aap": "AAP",
    "australianassociatedpress": "AAP",
    "cp": "The Canadian Press",
    "thecanadianpress": "The Canadian Press",
    "canadianpress": "The Canadian Press",
    "lapressecanadienne": "The Canadian Press",
    "pa": "PA",
    "pamedia": "PA",
    "tass": "TASS",
    "interfax": "Interfax",
    "anadolu": "Anadolu",
    "apa": "APA",
    "kna": "KNA",
    "epd": "epd",
    "sda": "SDA",
    "keystonesda": "Keystone-SDA",
    "ntb": "NTB",
    "tt": "TT",
    "ritzau": "Ritzau",
    "belga": "Belga",
    "anp": "ANP",
    "lusa": "Lusa",
    "agêncialusa": "Lusa",
    "agencialusa": "Lusa",
    "pap": "PAP",
    "polskaagencjaprasowa": "PAP",
    "ttnyhetsbyrån": "TT",
    "ttnyhetsbyran": "TT",
    "austriapresseagentur": "APA",
    "algemeennederlandspersbureau": "ANP",
    "bernama": "Bernama",
    "antara": "Antara",
    "wam": "WAM",
}
# An invented or unlisted service still reads as one: "Nordic Wire", "Baltic News Agency".
# A "Daily Wire" or "Weekly Newswire" is a publication, not a wire service.
_LOOKS_LIKE_AGENCY = re.compile(
    r"^(?!.*\b(?:Daily|Weekly|Times|Post|Herald|Tribune|Chronicle)\b)"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+(?:Newswire|Wire|News Agency|Press Agency)$"
)
_DESK = re.compile(r"^[\w.-]{2,20}(?:/[\w.-]{2,20})+$")
_SQUEEZE = re.compile(r"[\s.\-_'’]+")
# A wire named by its web address: "EINPresswire.com", "PRNewswire.co.uk".
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|de|fr|it|in)$")


def canonical_agency(name: str) -> str | None:
    """Our spelling of a wire service (``"ASSOCIATED PRESS"`` -> ``"AP"``); None if not one.

    A wire's web address counts as its name (``EINPresswire.com``).
    """
    name = name.strip(" ()/-–—=")  # sign-offs: "--IANS", "==Kyodo"
    key = _SQUEEZE.sub("", name.lower())
    if key.startswith(("prnewswire", "cisionprnewswire")):
        return "PR Newswire"
    if key in _CANONICAL:
        return _CANONICAL[key]
    site = _SQUEEZE.sub("", _WEB_SUFFIX.sub("", name.lower()))
    if site != key and site in _CANONICAL:
        return _CANONICAL[site]
    if _DESK.match(name):  # "dpa/lni", "AFP/DW": the wire and its regional desk or partner
        for part in name.split("/"):
            if (found := canonical_agency(part)) is not None:
                return found
    if _LOOKS_LIKE_AGENCY.match(name):
        return name
    return None
