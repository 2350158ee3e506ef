"""The top of a seed: labels above the headline, the headline, then its metadata lines."""

from __future__ import annotations

import re

from . import boxes, chrome
from . import patterns as P
from .agencies import canonical_agency
from .dateline import split_dateline
from .meta import (
    Line,
    category_footer,
    is_chrome_line,
    looks_like_furniture,
    looks_like_stamp,
    read_meta,
    read_role_line,
)
from .model import Article, SeedParseError
from .namelines import read_name_line
from .names import BYLINE_PREFIX, parse_byline
from .stamps import read_stamp_line

_MAX_LABEL_WORDS = 3
_MAX_TITLE_WORDS = 30
_MAX_STANDFIRST = 2
_MAX_STANDFIRST_WORDS = 60
_MAX_CRUMB_WORDS = 4
_MAX_LABEL_RUN = 12
_MAX_TRAILING_WORDS = 4
_CRUMB_MARK = re.compile(r"[>›»]")
# The first link of a breadcrumb trail, in the languages seeds come in.
_HOME_WORDS = {
    "home", "start", "news", "inicio", "início", "startseite", "accueil", "portada", "homepage",
}  # fmt: skip
_META_REACH = 4
_MENU_LABELS = 3
_LONG_MENU = 5
_STORY_REACH = 60
_MIN_LEDE_WORDS = 12
_MIN_STANDFIRST_WORDS = 6
_CONSENT_WORDS = 6
_MENU_EVIDENCE = 2
_CONSENT_BUTTON = re.compile(
    r"\b(?:agree|accept\w*|acept\w*|akzept\w*|accett\w*|aceit\w*|akkoord|reject\w*|"
    r"rechaz\w*|refus\w*|ablehn\w*|rifiut\w*|rejeit\w*|settings|preferences|paramétr\w*|"
    r"einstellungen|instellingen|impostazioni|configuración|consent\w*|zustimm\w*)\b",
    re.I,
)
_MIN_HEADLINE_WORDS = 5
_REPEAT_REACH = 6
_SITE_TAIL = re.compile(r"^\s+[-–—|:·]\s+\S.{0,60}$")
_MAX_CARD_LINES = 8
_CARD_LINE_WORDS = 10
# Labels that name the site's front or news area, never a story's section.
_GENERIC_SECTIONS = _HOME_WORDS | {
    "newsroom", "press releases", "news releases", "latest", "about", "about us", "contact",
    "contact us", "archive", "archives", "impressum", "imprint", "privacy", "help", "faq",
}  # fmt: skip
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_SKIP_LINK = re.compile(
    r"\bskip to\b|\bspring naar\b|\bzum inhalt\b|\baller au contenu\b|\bhoppa till\b|"
    r"\bgå til\b|\bsiirry\b|\bprzejdź do\b|\bsaltar al\b|\bir al contenido\b|"
    r"\bvai al contenuto\b|\bir para o conteúdo\b",
    re.I,
)
_GLUED_LINKS = re.compile(r"[a-zà-ÿ]{2,}[A-ZÀ-Þ][a-zà-ÿ]")
# Consent and account buttons: "Accepter et continuer", "Akkoord", "Instellingen", "Write".
_CONSENT = re.compile(
    r"\b(?:accept\w*|acept\w*|akzept\w*|accett\w*|aceit\w*|akkoord|agree|ok|"
    r"reject\w*|rechaz\w*|refus\w*|ablehn\w*|rifiut\w*|rejeit\w*|weiger\w*|"
    r"paramétr\w*|personnalis\w*|personalizz\w*|personaliz\w*|instellingen|einstellungen|"
    r"settings|preferences|configur\w*|gérer|manage|más información|more info\w*|"
    r"mehr erfahren|en savoir plus|continuar|continuer|prosseguir)\b",
    re.I,
)
_ABOVE_TITLE_BUTTON = re.compile(
    r"^(?:(?:accept\w*|acept\w*|akzept\w*|accett\w*|aceit\w*|akkoord|agree|"
    r"reject\w*|rechaz\w*|refus\w*|ablehn\w*|rifiut\w*|paramétr\w*|instellingen|"
    r"einstellungen|settings|preferences|configur\w*|personalizza)\b.{0,30}|"
    r"write|sign up|sign in|log in|login|register|my news|my account|account|search|menu|"
    r"open in app|get the app|newsletters?|subscribe(?: now)?|"
    r"menú|buscar|búsqueda|suscribite|suscríbete|ingresar|iniciar sesión|entrar|pesquisar|"
    r"assine|cerca|accedi|abbonati|zoeken|inloggen|abonneren|sök|logga in|prenumerera|søk|"
    r"logg inn|abonner|suchen|suche|anmelden|abonnieren|rechercher|recherche|se connecter|"
    r"s[’']abonner|mon compte|mi cuenta|minha conta|mein konto|e-paper|epaper)$",
    re.I,
)
_BARE_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|hrs))?$", re.I)
_SLASHES = re.compile(r"\s+[/|]\s+")
_DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<site>[^-–—]{2,40})$")
_SITE_WORDS = re.compile(
    r"(?:\bnews|\btimes|\bpost|\bherald|\bguardian|\bjournal|\btribune|\bgazette|\bonline|"
    r"\.com|\.org|\.net|\.co\.uk|\bdaily|\bchronicle|\bcourier|\btelegraph)$",
    re.I,
)


def read_header(article: Article, lines: list[Line]) -> tuple[int, list[Line]]:
    """Fill title and header metadata; the index where the story starts, and any standfirst.

    A standfirst (a summary line between the headline and the byline or date) stays
    story text: it is returned so the body can open with it. Page furniture the readers
    do not know (``Share full article``, a desk, a bare time) is skipped when header
    metadata follows it, or when it is short and comes after header metadata.
    """
    i = _headline_index(lines)
    if i >= len(lines):
        raise SeedParseError("no headline: the seed holds only page furniture")
    _read_above_title(article, lines[:i])
    raw_title = lines[i].text
    article.title = clean_title(raw_title, article.publisher)
    standfirst: list[Line] = []
    after_meta = False
    i += 1
    while i < len(lines):
        if _same_headline(lines[i].text, raw_title, article.title):
            i += 1
            continue
        used = (
            read_meta(article, lines, i, header=True)
            or read_role_line(article, lines[i].text)
            or read_name_line(article, lines, i)
            or _label_after_title(article, lines, i)
        )
        if used:
            after_meta = True
        elif kind := _unread_line(lines, i, after_meta=after_meta):
            if kind == "standfirst" and len(standfirst) < _MAX_STANDFIRST:
                standfirst.append(lines[i])
                after_meta = False
            elif kind == "standfirst":
                break
            used = 1
        else:
            break
        i += used
    return i, standfirst


def _unread_line(lines: list[Line], i: int, *, after_meta: bool) -> str | None:
    """What a header line no reader took is: ``"standfirst"``, ``"furniture"``, or None
    when the story starts there."""
    text = lines[i].text
    if _BARE_TIME.match(text):
        return "furniture"  # "12:47" under a date line: never a paragraph
    if split_dateline(text) is not None or boxes.END.match(text):
        return None
    if _meta_ahead(lines, i):
        if _is_label(text) or looks_like_furniture(text) or _looks_like_caption(text):
            return "furniture"  # "Share full article", "Reporting from Lagos", a lead photo
        return "standfirst" if len(text.split()) <= _MAX_STANDFIRST_WORDS else None
    if after_meta and (_is_trailing_widget(text) or looks_like_stamp(text)):
        return "furniture"  # "Share Now" after the date; a stamp the date reader cannot read
    return None


def _is_label(text: str) -> bool:
    """A few words between header lines: a desk (``BBC Scotland``), ``In this article:``."""
    return len(text.split()) <= _MAX_LABEL_WORDS + 1


def _is_trailing_widget(text: str) -> bool:
    """A short button label after the header's metadata: ``Share Now``, ``Ir a los comentarios``."""
    return len(text.split()) <= _MAX_TRAILING_WORDS and looks_like_furniture(text)


def _looks_like_caption(text: str) -> bool:
    return chrome.is_caption(text)


def clean_title(text: str, publisher: str | None = None) -> str:
    """The headline without a wire prefix (``Cycling-``) or a site-name suffix."""
    text = P.HEADLINE_PREFIX.sub("", text, count=1)
    text = P.SITE_SUFFIX.sub("", text).strip()
    match = _DASH_SUFFIX.search(text)
    if match and _is_site_name(match["site"], publisher):
        text = text[: match.start()].strip()
    return text


def _is_site_name(name: str, publisher: str | None) -> bool:
    if publisher and name.casefold() == publisher.casefold():
        return True
    return bool(canonical_agency(name) or _SITE_WORDS.search(name))


def _same_headline(text: str, raw_title: str, title: str) -> bool:
    """A repeat of the headline (doubled by a portal, or with a site suffix)."""
    if text in (raw_title, title):
        return True
    squeezed = _squeeze(clean_title(text))
    return squeezed == _squeeze(title) or squeezed == _squeeze(raw_title)


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _slogan_above_section(lines: list[Line], i: int) -> bool:
    """``Democracy Dies in Darkness`` over ``Climate & Environment`` over the headline: a
    site's slogan, then a section label, then the headline with its byline or standfirst
    and byline under it. True when ``lines[i]`` is such a slogan."""
    if i + 3 >= len(lines) or not _label_like(lines[i + 1].text):
        return False
    words = len(lines[i + 2].text.split())
    if _is_meta_line(lines, i + 1) or not _MIN_HEADLINE_WORDS <= words <= _MAX_TITLE_WORDS:
        return False
    if words < len(lines[i].text.split()):
        return False  # a headline runs longer than the slogan above it
    if _is_meta_line(lines, i + 2) or read_stamp_line(lines[i + 2].text, allow_names=True):
        return False
    return _is_meta_line(lines, i + 3) or _meta_ahead(lines, i + 3)


def _meta_ahead(lines: list[Line], i: int) -> bool:
    """True when a byline, stamp or publisher line follows ``lines[i]`` within a few lines,
    with only page furniture (widgets, captions, short labels) between them."""
    for j in range(i + 1, min(len(lines), i + 1 + _META_REACH)):
        text = lines[j].text
        if read_stamp_line(text, allow_names=True) is not None:
            return True
        if _is_footer(text):
            return False  # a footer after the lede proves nothing
        if chrome.WIDGET.match(text) or is_chrome_line(text) or _looks_like_caption(text):
            continue  # page furniture proves nothing either way
        if _is_meta_line(lines, j):
            return True
        if not (looks_like_furniture(text) or _BARE_TIME.match(text)):
            return False
    return False


def _is_meta_line(lines: list[Line], j: int) -> bool:
    """A byline, role, name or publisher line at ``j`` (scratch-read, no effect)."""
    scratch = Article(title="")
    return bool(
        read_meta(scratch, lines, j, header=True)
        or read_role_line(scratch, lines[j].text)
        or read_name_line(scratch, lines, j)
    )


def _is_footer(text: str) -> bool:
    """A line that closes a page (category or tag footer, end mark), never a header's."""
    return bool(boxes.END.match(text) or category_footer(text) or P.TAG_FOOTER.match(text))


def _headline_index(lines: list[Line]) -> int:
    """Where the headline is: read down from the top past the site's labels and chrome,
    then checked against the line found by reading up from where the story starts."""
    i = _skip_above_title(Article(title=""), lines)
    if i >= len(lines):
        return i
    if (repeat := _bare_repeat(lines, i)) is not None:
        return repeat
    if _slogan_above_section(lines, i):
        return i + 2
    above = _title_above_story(lines)
    if above is None or above <= i:
        return i
    if _headline_shaped(lines[i].text) and not _site_lines_between(lines, i, above):
        return i
    return above


def _headline_shaped(text: str) -> bool:
    """Mostly letters: a phone number or a time over the menu is a site's, not a story's."""
    return sum(ch.isalpha() for ch in text) * 2 > len(text)


def _site_lines_between(lines: list[Line], i: int, k: int) -> bool:
    """True when a menu link, a section label or a consent banner stands between ``i`` and
    ``k``: lines that come above a headline, never between a headline and its story, so
    ``i`` was the site's name or slogan and ``k`` is the headline."""
    labels = 0
    for j in range(i + 1, k):
        text = lines[j].text
        if _names_someone(lines, j):
            return False  # a byline under ``i``: it was the headline
        if _COOKIE.search(text) or _SKIP_LINK.search(text) or _is_consent(text):
            return True
        if chrome.is_caption(text) or chrome.CAPTION_LEAD.match(text) or text.endswith(","):
            continue
        if _ABOVE_TITLE_BUTTON.match(text) or _menu_line(text):
            labels += 1  # search, log-in and menu buttons stand above a headline
        elif _label_like(text) and not _is_meta_line(lines, j) and not above_title_chrome(text):
            labels += 1
    return labels >= _MENU_EVIDENCE


def _names_someone(lines: list[Line], j: int) -> bool:
    """True when ``lines[j]`` is a byline that names someone."""
    return bool(BYLINE_PREFIX.match(lines[j].text) and parse_byline(lines[j].text).authors)


def _title_above_story(lines: list[Line]) -> int | None:
    """The headline found from the story upwards: the first line above the story's first
    paragraph that is not header metadata, page furniture or a standfirst."""
    start = _story_start(lines)
    if start is None:
        return None
    k = start - 1
    while k >= 0 and _furniture_above_story(lines, k):
        k -= 1
    if k < 0:
        return None
    above = k - 1
    while above >= 0 and _furniture_above_story(lines, above):
        above -= 1
    if above >= 0 and _is_standfirst_under(lines[k].text, lines[above].text):
        return above
    return k


def _story_start(lines: list[Line]) -> int | None:
    """The first paragraph of the story: a dateline or a full sentence of some length."""
    for j in range(1, min(len(lines), _STORY_REACH)):
        text = lines[j].text
        if above_title_chrome(text) or chrome.is_caption(text) or chrome.DISCLAIMER.search(text):
            continue
        if _is_meta_line(lines, j):
            continue
        if split_dateline(text) is not None and len(text.split()) >= _MIN_LEDE_WORDS:
            return j
        if len(text.split()) >= _MIN_LEDE_WORDS and P.SENTENCE_END.search(text):
            return j
    return None


def _furniture_above_story(lines: list[Line], k: int) -> bool:
    """A line between the headline and the story that is neither: metadata, a widget, a
    caption, a stamp, a short label."""
    text = lines[k].text
    if above_title_chrome(text) or chrome.is_caption(text) or boxes.END.match(text):
        return True
    if k and chrome.CAPTION_LEAD.match(lines[k - 1].text):
        return True  # the caption under "Image caption,"
    if _is_meta_line(lines, k) or looks_like_stamp(text) or _BARE_TIME.match(text):
        return True
    return len(text.split()) <= _MAX_LABEL_WORDS and not P.SENTENCE_END.search(text)


def _is_standfirst_under(text: str, above: str) -> bool:
    """True when ``text`` reads as the standfirst under the headline ``above``."""
    words = len(above.split())
    if words < _MIN_HEADLINE_WORDS - 2 or words > _MAX_TITLE_WORDS or above_title_chrome(above):
        return False
    return text.endswith(".") and len(text.split()) >= _MIN_STANDFIRST_WORDS


def _read_above_title(article: Article, lines: list[Line]) -> None:
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
        elif _label_like(text):
            run.append(text)
        else:
            run = []  # a site's name or slogan ends the run above it
        j += 1
    article.category = article.category or trail or (_section_label(run) if run else None)


def _skip_above_title(article: Article, lines: list[Line]) -> int:
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
            else:
                names.append(line.text)
        if names:
            label = _section_label(names)
        i += run
    article.category = article.category or trail or label
    return i


def _bare_repeat(lines: list[Line], i: int) -> int | None:
    """The index of the headline printed again without the site name that the first copy
    carries (a page's ``<title>`` then its ``<h1>``), within a few lines; else None."""
    title = lines[i].text
    for j in range(i + 1, min(len(lines), i + 1 + _REPEAT_REACH)):
        text = lines[j].text
        if (
            len(text) < len(title)
            and title.startswith(text)
            and _SITE_TAIL.match(title[len(text) :])
        ):
            return j
    return None


def above_title_chrome(text: str) -> bool:
    """A line above the headline that belongs to the site, not the story: a cookie notice,
    a consent or account button, a skip link, a row of glued menu links."""
    if is_chrome_line(text) or _ABOVE_TITLE_BUTTON.match(text):
        return True
    if _COOKIE.search(text) or _SKIP_LINK.search(text):
        return True
    if len(_GLUED_LINKS.findall(text)) >= 2:
        return True  # "Skip to contentSkip to site indexSearch"
    parts = [part for part in re.split(r"\s*[|·•]\s*", text) if part]
    if len(parts) > 1 and all(_CONSENT.search(part) for part in parts):
        return True
    return _is_consent(text) or _menu_line(text)


def _menu_line(text: str) -> bool:
    """``Home | News | Sports | Contact Us``: a site menu flattened onto one line."""
    parts = [part.strip() for part in text.split("|")]
    return len(parts) > _MENU_LABELS and all(
        part and len(part.split()) <= _MAX_LABEL_WORDS for part in parts
    )


def _is_consent(text: str) -> bool:
    """A consent banner's short button: ``Yes, I agree``, ``Continuer sans accepter``."""
    return len(text.split()) <= _CONSENT_WORDS and bool(_CONSENT_BUTTON.search(text))


def _section_label(names: list[str]) -> str | None:
    """The section a run of labels right over the headline names: the last one, unless
    it is a page of the site (``About``, ``Contact``) or the run is a site menu (it has a
    home link, or five links or more). Under a menu, the section is the label printed
    again (``Economía`` in the menu and over the headline) or one that stands apart, a
    longer label under one-word links (``Local News``)."""
    last = names[-1]
    if last.casefold() in _GENERIC_SECTIONS:
        return None
    menu = names[:-1]
    has_home = any(name.casefold() in _HOME_WORDS - {"news"} for name in menu)
    if len(names) < _MENU_LABELS or not (has_home or len(names) >= _LONG_MENU):
        return last
    if last in menu or len(last.split()) > max(len(n.split()) for n in menu):
        return last
    return None


def _contact_block(lines: list[Line], i: int) -> int:
    """A release's contact lines above its headline: ``Contact: Alma Reyes, (512) 555-0199``,
    or a contact card set off by a blank line (name, role, phone and e-mail lines)."""
    if not boxes.CONTACT.match(lines[i].text):
        return 0
    used = 1
    while i + used < len(lines) and boxes.CONTACT_DETAIL.search(lines[i + used].text):
        used += 1
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


def _breadcrumb(text: str) -> str | None:
    """The last part of ``Home > World > Europe`` (``News / World / Africa``, ``Home / National``),
    else None."""
    home = P.HOME_CRUMBS.match(text)
    if home:
        text = _SLASHES.sub(" > ", home["rest"].strip())
        if not _CRUMB_MARK.search(text):
            text = f"Home > {text}"  # "Home / National": the home link and one section
    elif _SLASHES.search(text) and not P.SENTENCE_END.search(text):
        if text.count("|") >= _MENU_LABELS:
            return None  # "Home | News | Sports | Contact Us": a menu on one line
        text = _SLASHES.sub(" > ", text)
    if not P.BREADCRUMB.match(text):
        return None
    crumbs = [c.strip() for c in _CRUMB_MARK.split(text)]
    crumbs = [c for c in crumbs if c and c.casefold() not in _HOME_WORDS]
    if not crumbs or any(len(c.split()) > _MAX_CRUMB_WORDS or not c[0].isupper() for c in crumbs):
        return None
    return None if crumbs[-1].casefold() in _GENERIC_SECTIONS else crumbs[-1]


def _label_run(lines: list[Line], i: int) -> int:
    """How many short labels (``World``, a menu's words) start at ``i`` above the headline.

    A run of short lines ends either at a headline-like line (then they are all labels)
    or at a byline or stamp (then the last of them is a short headline).
    """
    j = i
    while j < min(len(lines), i + _MAX_LABEL_RUN) and _label_like(lines[j].text):
        if j > i and _is_meta(lines, j):
            break
        j += 1
    if j == i or j >= len(lines):
        return 0
    following = lines[j].text
    if _is_meta(lines, j):
        return j - i if chrome.WIDGET.match(following) else j - i - 1
    if len(following.split()) <= _MAX_TITLE_WORDS and not following.endswith("."):
        return j - i
    return 0


def _label_like(text: str) -> bool:
    if len(text.split()) > _MAX_LABEL_WORDS or P.SENTENCE_END.search(text):
        return False
    return not any(ch.isdigit() for ch in text) and not chrome.WIDGET.match(text)


def _is_meta(lines: list[Line], i: int) -> bool:
    return read_meta(Article(title=""), lines, i, header=True) > 0


def _label_after_title(article: Article, lines: list[Line], i: int) -> int:
    """A one-word label right under the headline: a section (``Norway``) or a wire (``Reuters``)."""
    text = lines[i].text
    if agency := canonical_agency(text):
        article.agency = article.agency or agency
        return 1
    if len(text.split()) != 1 or not text[:1].isupper() or P.SENTENCE_END.search(text):
        return 0
    if any(ch.isdigit() for ch in text):
        return 0
    article.category = article.category or text
    return 1
