"""Which language an article is in, and what that changes for the tagger.

German capitalises every noun, so capitals there prove little (see :mod:`.german`); German,
Spanish and French articles write country adjectives in lower case ("deutschen",
"argentina", "française"), which then name the country.
"""

from __future__ import annotations

from .german import proper_nouns
from .lexicon import Lexicon
from .model import Chunk, Reading

CAPS_NOUN_LANGUAGES = frozenset({"de", "lb"})
_FUNCTION_WORDS = {
    "de": frozenset(
        {"der", "die", "das", "und", "nicht", "mit", "sich", "ist", "ein", "eine", "einen", "für"}
        | {"auf", "den", "dem", "von", "zu", "im", "wird", "sagte"}
    ),
    "es": frozenset(
        {"el", "la", "los", "las", "y", "que", "en", "con", "por", "para", "una", "del", "dijo"}
        | {"se", "su", "al", "es", "lo", "como", "más"}
    ),
    "fr": frozenset(
        {"le", "la", "les", "et", "que", "dans", "avec", "pour", "une", "des", "du", "est", "au"}
        | {"qui", "sur", "il", "elle", "pas", "ont", "été"}
    ),
    "en": frozenset(
        {"the", "and", "of", "to", "is", "was", "with", "for", "on", "that", "said", "by", "from"}
    ),
}


def read_language(
    lang: str | None, title: str, body: str, chunks: list[Chunk], lexicon: Lexicon
) -> Reading:
    """The rules of the article's language (``lang``, or detected from ``title`` and
    ``body``): German nouns and names, country adjectives."""
    lang = (lang or detect_language(title, body) or "")[:2].casefold()
    caps_nouns = lang in CAPS_NOUN_LANGUAGES
    names = (
        proper_nouns((c.text for c in chunks if not c.title_case), lexicon) if caps_nouns else None
    )
    return Reading(caps_nouns, lexicon.kb.adjectives.get(lang, {}), names or frozenset())


def detect_language(title: str, body: str) -> str | None:
    """ "de", "es" or "fr" when that language's function words are the most frequent, else
    None (English or unknown).

    The tagger only needs to know whether common nouns are capitalised and which country
    adjectives to read; counting a few dozen function words answers that without loading
    a language model.
    """
    words = f"{title} {body}".casefold().split()[:800]
    counts = {lang: sum(w in table for w in words) for lang, table in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    others = max(count for lang, count in counts.items() if lang != best)
    return best if best != "en" and counts[best] > max(3, others) else None
