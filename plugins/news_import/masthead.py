"""What stands above a headline: the site's name and menus, consent banners, skip links,
breadcrumbs, a release's contact card, and the section label right over the headline."""

from __future__ import annotations

import re

from . import boxes, chrome
from . import patterns as P
from .agencies import canonical_agency
from .meta import (
    Line,
    is_chrome_line,
    read_meta,
)
from .model import Article

MAX_LABEL_WORDS = 3
MAX_TITLE_WORDS = 30
_MAX_CRUMB_WORDS = 4
_MAX_LABEL_RUN = 12
_CRUMB_MARK = re.compile(r"[>›»]")
# The first link of a breadcrumb trail, in the languages seeds come in.
_HOME_WORDS = {
    "home", "start", "news", "inicio", "início", "startseite", "accueil", "portada", "homepage",
}  # fmt: skip
MENU_LABELS = 3
_MENU_LINK_WORDS = 5
_LONG_MENU = 5
# A breaking-news ticker or a weather widget over the page: "Breaking: Storm warning …",
# "14°C Oslo".
_TICKER = re.compile(
    r"^(?:breaking(?: news)?|just in|eilmeldung|última hora|dernière minute|urgente|"
    r"ultim[’']ora|breaking nieuws|senaste nytt|(?:weather|traffic|severe weather|storm) "
    r"(?:alert|warning|update)|alert)\s*[:|–—-]\s*\S|"
    r"^(?:[A-ZÀ-Þ][\w-]*\s+){0,3}-?\d{1,2}\s*°\s*[CF]?\b.{0,30}$",
    re.I,
)
_MENU_WORDS = 5
_PROMO_BUTTON_WORDS = 6
# A menu link: one capitalised word (or "&", "e-Paper"), never a small word of a sentence.
_MENU_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w’'-]*|&|e-?[Pp]aper|ePaper)$")
_LOOSE_MENU_WORD = re.compile(r"^(?:[A-ZÀ-Þ0-9][\w’'-]*|&|e-?[Pp]aper|ePaper)$")
_CONSENT_WORDS = 6
_CONSENT_BUTTON = re.compile(
    r"\b(?:agree|accept\w*|acept\w*|akzept\w*|accett\w*|aceit\w*|akkoord|reject\w*|"
    r"rechaz\w*|refus\w*|ablehn\w*|rifiut\w*|rejeit\w*|settings|preferences|paramétr\w*|"
    r"einstellungen|instellingen|impostazioni|configuración|consent\w*|zustimm\w*|"
    r"personalizza)\b",
    re.I,
)
_MAX_CARD_LINES = 8
_CARD_LINE_WORDS = 10
# A menu's home link ("News" also heads breadcrumbs, but many menus list it as a section).
_MENU_HOME = _HOME_WORDS - {"news"}
# Labels that name the site's front or news area, never a story's section.
_GENERIC_SECTIONS = _HOME_WORDS | {
    "newsroom", "latest", "about", "about us", "contact",
    "contact us", "archive", "archives", "impressum", "imprint", "privacy", "help", "faq",
}  # fmt: skip
# Badges a page sets over a headline; they name no section.
_BADGES = {"live", "live updates", "breaking", "breaking news", "exclusive", "developing", "new"}
# A site's own pages, linked from its menu.
_SITE_PAGES = {
    "contact", "about", "à propos", "impressum", "kontakt", "contacto", "sobre", "chi siamo",
}  # fmt: skip
COOKIE = re.compile(r"\bcookies?\b", re.I)
SKIP_LINK = re.compile(
    r"\bskip to\b|\bspring naar\b|\bzum inhalt\b|\baller au contenu\b|\bhoppa till\b|"
    r"\bgå til\b|\bsiirry\b|\bprzejdź do\b|\bsaltar al\b|\bir al contenido\b|"
    r"\bvai al contenuto\b|\bir para o conteúdo\b",
    re.I,
)
_GLUED_LINKS = re.compile(r"[a-zà-ÿ]{2,}[A-ZÀ-Þ][a-zà-ÿ]")
# Other buttons of a consent row, named only beside a consent button: "Akkoord | Instellingen".
_CONSENT_ROW_WORD = re.compile(
    r"\b(?:ok|weiger\w*|personnalis\w*|personalizz\w*|personaliz\w*|configur\w*|gérer|manage|"
    r"más información|more info\w*|mehr erfahren|en savoir plus|continuar|continuer|prosseguir)\b",
    re.I,
)
# Account buttons and links of a site's top bar: "Write", "Sign in", "Buscar", "Logga in".
ABOVE_TITLE_BUTTON = re.compile(
    r"^(?:write|sign up|sign in|log in|login|register|my news|my account|account|search|menu|"
    r"open in app|get the app|newsletters?|subscribe(?: now)?|"
    r"menú|buscar|búsqueda|suscribite|suscríbete|ingresar|iniciar sesión|entrar|pesquisar|"
    r"assine|cerca|accedi|abbonati|zoeken|inloggen|abonneren|sök|logga in|prenumerera|søk|"
    r"logg inn|abonner|suchen|suche|anmelden|abonnieren|rechercher|recherche|se connecter|"
    r"s[’']abonner|abonnez-vous|se connecter|mon compte|mi cuenta|minha conta|mein konto|"
    r"e-paper|epaper|abo|abonnement|(?:show|hide|submit|open|close) (?:search|menu)|"
    r"search query|send a release|submit a release|submit news|send us a tip)$",
    re.I,
)
_SLASHES = re.compile(r"\s+[/|]\s+")


def read_above_title(article: Article, lines: list[Line]) -> None:
    """Read what stands above the headline: breadcrumbs, stamps and release lines, and
    the section label in the run of labels right over the headline."""
    run: list[str] = []
    trail = None
    j = 0
    while j < len(lines):
        text = lines[j].text
        if text.casefold() in _HOME_WORDS:
            run, j = [*run, text], j + 1  # the home link opens a menu
            continue
        if _badge(text):
            j += 1  # "LIVE" over a live blog's headline: a badge (a menu's "Live" is a link)
            continue
        if above_title_chrome(text):
            run, j = [], j + 1
            continue
        if crumb := _breadcrumb(text):
            trail, run, j = crumb, [], j + 1
            continue
        used = read_meta(article, lines, j, header=True) or _contact_block(lines, j)
        if used:
            run, j = [], j + used
            continue
        if agency := canonical_agency(text):
            article.agency = article.agency or agency
        elif label_like(text) or (run and _menu_link(text)):
            run.append(text)  # "NE, Orkney & Shetland" in a run of links is one more link
        else:
            run = []  # a site's name or slogan ends the run above it
        j += 1
    if run and _set_apart(lines, run[-1]):
        run = [run[-1]]  # a label in a block of its own under the menu: the section
    article.category = article.category or trail or (section_label(run) if run else None)


def _menu_link(text: str) -> bool:
    words = text.split()
    if len(words) > _MENU_LINK_WORDS or any(ch.isdigit() for ch in text):
        return False  # a phone number or a date is no link of the menu
    return not P.SENTENCE_END.search(text)


def _badge(text: str) -> bool:
    """``LIVE`` over a headline: a badge in capitals (a menu's ``Live`` is a link)."""
    return text.isupper() and text.casefold() in _BADGES


def _set_apart(lines: list[Line], label: str) -> bool:
    """True when the last line above the headline is ``label`` and blank lines part it
    from the line above it."""
    return len(lines) >= 2 and lines[-1].text == label and lines[-1].group != lines[-2].group


def skip_above_title(article: Article, lines: list[Line]) -> int:
    """Read the labels, markers and stamps above the headline; the headline's index.

    Cookie notices, consent buttons, skip links and account buttons above the headline
    are passed over. Of several short labels above the headline (site navigation, then a
    section), the one nearest the headline names the category; a run of three or more is
    a site menu and names none.
    """
    i = 0
    label = None
    trail = None
    while i < len(lines):
        text = lines[i].text
        if above_title_chrome(text):
            i += 1
            continue
        if crumb := _breadcrumb(text):
            trail = crumb  # the trail nearest the headline wins over a menu above it
            i += 1
            continue
        used = read_meta(article, lines, i, header=True) or _contact_block(lines, i)
        if used:
            i += used
            continue
        run = _label_run(lines, i)
        if not run:
            break
        names = []
        for line in lines[i : i + run]:
            if agency := canonical_agency(line.text):
                article.agency = article.agency or agency
            elif not _badge(line.text):
                names.append(line.text)
        if names:
            label = section_label(names)
        i += run
    article.category = article.category or trail or label
    return i


def above_title_chrome(text: str) -> bool:
    """A line above the headline that belongs to the site, not the story: a cookie notice,
    a consent or account button, a skip link, a row of glued menu links."""
    if is_chrome_line(text) or ABOVE_TITLE_BUTTON.match(text):
        return True
    if COOKIE.search(text) or SKIP_LINK.search(text) or _TICKER.match(text):
        return True
    if chrome.QUOTE_ROW.search(text):
        return True  # a share price over the headline
    if boxes.PROMO.match(text) and len(text.split()) <= _PROMO_BUTTON_WORDS:
        return True  # "Subscribe for $1"
    if len(_GLUED_LINKS.findall(text)) >= 2:
        return True  # "Skip to contentSkip to site indexSearch"
    parts = [part for part in re.split(r"\s*[|·•]\s*", text) if part]
    if len(parts) > 1 and all(is_consent(p) or _CONSENT_ROW_WORD.search(p) for p in parts):
        return True
    if len(parts) > 1 and all(ABOVE_TITLE_BUTTON.match(p) for p in parts):
        return True  # "Suche | Login | Abo"
    if home_menu(text):
        return True
    return is_consent(text) or menu_line(text)


def home_menu(text: str) -> bool:
    """``Accueil Communiqués Rechercher``: a menu opened by the home link and holding a site
    button (seed lines have their wide gaps squeezed to one space)."""
    words = text.split()
    if not 2 <= len(words) <= _LONG_MENU + 3 or words[0].casefold() not in _HOME_WORDS:
        return False
    pairs = [" ".join(words[n : n + 2]) for n in range(len(words) - 1)]
    candidates = [*words, *pairs]
    return any(ABOVE_TITLE_BUTTON.match(w) or w.casefold() in _SITE_PAGES for w in candidates)


def menu_line(text: str) -> bool:
    """``Home | News | Sports | Contact Us``: a site menu flattened onto one line."""
    parts = [part.strip() for part in text.split("|")]
    return len(parts) > MENU_LABELS and all(
        part and len(part.split()) <= MAX_LABEL_WORDS for part in parts
    )


def word_menu(text: str, *, strict: bool = True) -> bool:
    """``News Sports Weather Traffic Contests``: menu links run together with spaces. A
    Title Case headline looks the same, so this only counts when a headline follows.
    Copied with double spaces between the links, digits are allowed (``12 Investigates``)."""
    words = text.split()
    menu_word = _MENU_WORD if strict else _LOOSE_MENU_WORD
    if len(words) < _MENU_WORDS - 1 or not all(menu_word.match(word) for word in words):
        return False
    return len(words) >= _MENU_WORDS or any(ABOVE_TITLE_BUTTON.match(word) for word in words)


def site_only_line(text: str) -> bool:
    """A line only a site's top has: a ticker, the weather, a menu run together with
    spaces or double spaces, a skip link, a consent button."""
    if _TICKER.match(text) or SKIP_LINK.search(text) or is_consent(text):
        return True
    return word_menu(text) or (
        "  " in text and word_menu(re.sub(r"\s{2,}", " ", text), strict=False)
    )


def is_consent(text: str) -> bool:
    """A consent banner's short button: ``Yes, I agree``, ``Continuer sans accepter``."""
    return len(text.split()) <= _CONSENT_WORDS and bool(_CONSENT_BUTTON.search(text))


def section_label(names: list[str]) -> str | None:
    """The section a run of labels right over the headline names: the last one, unless
    it is a page of the site (``About``, ``Contact``) or the run is a site menu (it has a
    home link, or five links or more). Under a menu, the section is the label printed
    again (``Economía`` in the menu and over the headline) or one that stands apart, a
    longer label under one-word links (``Local News``)."""
    last = names[-1]
    if last.casefold() in _GENERIC_SECTIONS and not (len(names) == 1 and last == "News"):
        return None  # a lone "News" over the headline is the section; in a menu it is home
    menu = names[:-1]
    has_home = any(name.casefold() in _MENU_HOME for name in menu)
    if len(names) < MENU_LABELS or not (has_home or len(names) >= _LONG_MENU):
        return last
    if last in menu or len(last.split()) > 1 == max(len(n.split()) for n in menu):
        return last
    return None


def _contact_block(lines: list[Line], i: int) -> int:
    """A release's contact lines above its headline: ``Contact: Alma Reyes, (512) 555-0199``,
    or a contact card set off by a blank line (name, role, phone and e-mail lines)."""
    if not boxes.CONTACT.match(lines[i].text):
        return 0
    used = 1
    for n, line in enumerate(lines[i + 1 : i + 1 + _MAX_CARD_LINES], start=1):
        if boxes.CONTACT_DETAIL.search(line.text) and len(line.text.split()) <= _CARD_LINE_WORDS:
            used = n + 1
        elif len(line.text.split()) > _CARD_LINE_WORDS or P.SENTENCE_END.search(line.text):
            break  # name and role lines run on to the phone and e-mail lines, no further
    card = [line for line in lines[i + 1 : i + 1 + _MAX_CARD_LINES] if line.group == lines[i].group]
    after = i + 1 + len(card)
    closed = after < len(lines) and lines[after].group != lines[i].group
    if (
        closed
        and len(card) < _MAX_CARD_LINES
        and all(len(line.text.split()) <= _CARD_LINE_WORDS for line in card)
        and any(boxes.CONTACT_DETAIL.search(line.text) for line in card)
    ):
        used = max(used, 1 + len(card))
    return used


def breadcrumb_line(text: str) -> bool:
    """``Home / News / India``: a trail of links, which stands only above a headline."""
    return bool(P.HOME_CRUMBS.match(text)) or _breadcrumb(text) is not None


def button_row(text: str) -> bool:
    """``Thursday, Dec 11  |  e-Paper  |  Sign In``: a row with an account or site button."""
    parts = [part.strip() for part in re.split(r"\s[|·•]\s", text)]
    return len(parts) > 1 and any(ABOVE_TITLE_BUTTON.match(part) for part in parts)


def _breadcrumb(text: str) -> str | None:
    """The last part of ``Home > World > Europe`` (``News / World / Africa``, ``Home / National``),
    else None."""
    home = P.HOME_CRUMBS.match(text)
    if home:
        text = _SLASHES.sub(" > ", home["rest"].strip())
        if not _CRUMB_MARK.search(text):
            text = f"Home > {text}"  # "Home / National": the home link and one section
    elif _SLASHES.search(text) and not P.SENTENCE_END.search(text):
        if text.count("|") >= MENU_LABELS:
            return None  # "Home | News | Sports | Contact Us": a menu on one line
        text = _SLASHES.sub(" > ", text)
    if not P.BREADCRUMB.match(text):
        return None
    crumbs = [c.strip() for c in _CRUMB_MARK.split(text)]
    crumbs = [c for c in crumbs if c and c.casefold() not in _HOME_WORDS]
    if any(ABOVE_TITLE_BUTTON.match(c) for c in crumbs):
        return None  # "Accueil  Communiqués  Rechercher": a menu with its search button
    if not crumbs or any(len(c.split()) > _MAX_CRUMB_WORDS or not c[0].isupper() for c in crumbs):
        return None
    return None if crumbs[-1].casefold() in _GENERIC_SECTIONS else crumbs[-1]


def _label_run(lines: list[Line], i: int) -> int:
    """How many short labels (``World``, a menu's words) start at ``i`` above the headline.

    A run of short lines ends either at a headline-like line (then they are all labels)
    or at a byline or stamp (then the last of them is a short headline).
    """
    j = i
    while j < min(len(lines), i + _MAX_LABEL_RUN) and label_like(lines[j].text):
        if j > i and _is_meta(lines, j):
            break
        j += 1
    if j == i or j >= len(lines):
        return 0
    following = lines[j].text
    if _is_meta(lines, j):
        return j - i if chrome.WIDGET.match(following) else j - i - 1
    if len(following.split()) <= MAX_TITLE_WORDS and not following.endswith("."):
        return j - i
    return 0


def label_like(text: str) -> bool:
    """A short line that can be a menu link or a section label: a few words, no sentence."""
    if len(text.split()) > MAX_LABEL_WORDS or P.SENTENCE_END.search(text):
        return False
    return not any(ch.isdigit() for ch in text) and not chrome.WIDGET.match(text)


def _is_meta(lines: list[Line], i: int) -> bool:
    return read_meta(Article(title=""), lines, i, header=True) > 0
