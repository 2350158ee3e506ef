"""The header of a seed on layouts the converter has not met: unknown page furniture
between the headline and the byline, desks and bare times, name-over-outlet bylines,
places after "in" outside ASCII, shouted names with accents, and two-part breadcrumbs.

Every rule has its negative: a standfirst and a short first paragraph stay story text,
and a sentence that opens with a name is not a byline.
"""

from __future__ import annotations

import pytest

from news_import.dates import iso
from news_import.evaluate import plain_body
from news_import.meta import Line
from news_import.model import Article
from news_import.namelines import is_outlet_line, read_name_line
from news_import.names import parse_byline
from news_import.parse import parse_article

LEDE = "The harbour board voted on Tuesday to close the old ferry slip for good."
SECOND = "Work on the new slip will start in the spring."


def parse(*lines: str) -> Article:
    return parse_article(("\n".join(lines) + "\n").encode("utf-8"))


def body_lines(article: Article) -> list[str]:
    return plain_body(article).split("\n\n")


# Furniture the chrome lists do not name, between the headline (or standfirst) and the
# byline: skipped because header metadata follows within a few lines.
FURNITURE_BEFORE_BYLINE = [
    ("Hear this story · 6:02 min", "Gift to a friend"),
    ("Text size", "Save for later reading"),
    ("Reporting from Stavanger, Norway", "Audio version · 4 min"),
]


@pytest.mark.parametrize(("first", "second"), FURNITURE_BEFORE_BYLINE)
def test_unknown_furniture_between_standfirst_and_byline_is_skipped(first, second):
    standfirst = "The port wants a new ferry slip by 2027. Islanders have heard that before."
    article = parse(
        "Island ferry slip to close after eighty years",
        standfirst,
        first,
        second,
        "By Ingrid Solberg and Tore Vik",
        "Dec. 9, 2025, 6:00 a.m. ET",
        LEDE,
        SECOND,
    )
    assert article.authors == ["Ingrid Solberg", "Tore Vik"]
    assert iso(article.date) == "2025-12-09T06:00-05:00"
    assert body_lines(article) == [standfirst, LEDE, SECOND]


def test_caption_with_a_glued_credit_above_the_byline_is_dropped():
    article = parse(
        "Island ferry slip to close after eighty years",
        "Share this page",
        "The old slip at low tide on Monday.Credit...Kari Lund for The Fjord Post",
        "By Ingrid Solberg",
        "Dec. 9, 2025",
        LEDE,
        SECOND,
    )
    assert article.authors == ["Ingrid Solberg"]
    assert body_lines(article) == [LEDE, SECOND]


def test_desk_place_and_bare_time_around_the_date_are_skipped():
    article = parse(
        "Porti: a Savona una nuova banchina per le navi da crociera",
        "Redazione Wirefeed",
        "SAVONA",
        "9 dicembre 2025",
        "16:05",
        "Condividi",
        "Il porto di Savona ha aperto una nuova banchina per le navi da crociera più grandi.",
        "I lavori sono durati due anni.",
    )
    assert article.authors == []
    assert iso(article.date) == "2025-12-09"
    assert body_lines(article)[0].startswith("Il porto di Savona")


@pytest.mark.parametrize("widget", ["Share Now", "Jump to comments", "Gift this story"])
def test_short_widget_after_the_stamp_is_skipped(widget):
    article = parse(
        "Island ferry slip to close after eighty years",
        "Published on: Dec 9, 2025 | 11:20 AM IST",
        widget,
        LEDE,
        SECOND,
    )
    assert body_lines(article) == [LEDE, SECOND]


def test_unread_stamp_after_the_byline_is_not_left_as_a_heading():
    article = parse(
        "Recife amplia faixa de ônibus na avenida Norte",
        "Por Mariana Lins",
        "09/12/2025 às 14:32 · edição regional",
        "A Prefeitura do Recife ampliou nesta terça-feira a faixa exclusiva de ônibus.",
        "A obra custou R$ 2 milhões.",
    )
    assert article.authors == ["Mariana Lins"]
    assert body_lines(article)[0].startswith("A Prefeitura do Recife")


# Negatives: story text under the header stays, however short.
def test_a_short_standfirst_without_digits_stays_story_text():
    standfirst = "A quiet fight over a harbour wall splits the island"
    article = parse(
        "Island ferry slip to close after eighty years",
        standfirst,
        "By Ingrid Solberg",
        "Dec. 9, 2025",
        LEDE,
    )
    assert body_lines(article) == [standfirst, LEDE]


@pytest.mark.parametrize(
    "first",
    ["Schools are closed.", '"We are ready"', "The ferry is gone!", "Ten minutes: that was all."],
)
def test_a_one_line_first_paragraph_after_the_stamp_stays(first):
    article = parse(
        "Island ferry slip to close after eighty years",
        "By Ingrid Solberg",
        "Dec. 9, 2025",
        first,
        LEDE,
        SECOND,
    )
    assert body_lines(article)[0] == first


def test_a_paragraph_not_followed_by_metadata_is_not_skipped():
    article = parse("Island ferry slip to close after eighty years", LEDE, "Share", SECOND)
    assert body_lines(article)[0] == LEDE


# Bylines.
BYLINE_PARTS = [
    ("Freja Lindholm in Ærøskøbing", ["Freja Lindholm"]),
    ("Ola Østby in Tromsø", ["Ola Østby"]),
    ("Lena Hoffmann in Rio de Janeiro", ["Lena Hoffmann"]),
    ("ANDRÉS MOLINA SÁEZ", ["Andrés Molina Sáez"]),
    ("ÉLODIE GARNIER-ROUX", ["Élodie Garnier-Roux"]),
    ("Maria Lopez in Madrid said the plan", []),
    ("Redazione ANSA", []),
]


@pytest.mark.parametrize(("text", "authors"), BYLINE_PARTS)
def test_byline_names(text, authors):
    assert parse_byline(text).authors == authors


def lines_of(*texts: str) -> list[Line]:
    return [Line(text, n) for n, text in enumerate(texts)]


NAME_LINES = [
    # (lines, index, lines used, authors)
    (("Freja Lindholm in Ærøskøbing", "Wed 10 Dec 2025 18.00 CET"), 0, 1, ["Freja Lindholm"]),
    (("Save", "Priya Raman", "BBC Wales", "Image source, Getty Images"), 1, 2, ["Priya Raman"]),
    (("Tomos Pryce", "Valley Courier", "5 December 2025"), 0, 2, ["Tomos Pryce"]),
    (("ANDRÉS MOLINA SÁEZ", "Zaragoza 10 dic", "Compartir en X"), 0, 1, ["Andrés Molina Sáez"]),
    # a lone name with nothing to vouch for it may be a heading: not taken
    (("Winter Olympics", LEDE), 0, 0, []),
    (("Maria Lopez in Madrid said the plan", "Dec. 9, 2025"), 0, 0, []),
]


@pytest.mark.parametrize(("texts", "index", "used", "authors"), NAME_LINES)
def test_bare_name_lines(texts, index, used, authors):
    article = Article(title="")
    assert read_name_line(article, lines_of(*texts), index) == used
    assert article.authors == authors


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("BBC Wales", True),
        ("Reuters", True),
        ("Valley Courier", True),
        ("Priya Raman", False),
        ("Image source, Getty Images", False),
        ("The council met on Monday.", False),
    ],
)
def test_outlet_lines(text, outlet):
    assert is_outlet_line(text) is outlet


def test_name_over_outlet_in_a_page():
    article = parse(
        "Cardiff bus lane cameras to start issuing fines",
        "3 hours ago",
        "Share",
        "Save",
        "Priya Raman",
        "BBC Wales",
        LEDE,
        SECOND,
    )
    assert article.authors == ["Priya Raman"]
    assert article.publisher is None
    assert body_lines(article) == [LEDE, SECOND]


# Breadcrumbs of two parts name the section.
@pytest.mark.parametrize(
    ("crumb", "category"),
    [
        ("Home / National", "National"),
        ("Inicio › Sociedad", "Sociedad"),
        ("Startseite > Politik", "Politik"),
        ("Accueil / Société", "Société"),
        ("Home | Business", "Business"),
        ("News / World / Africa", "Africa"),
    ],
)
def test_two_part_breadcrumbs(crumb, category):
    article = parse(crumb, "Island ferry slip to close after eighty years", "Dec. 9, 2025", LEDE)
    assert article.category == category
    assert article.title == "Island ferry slip to close after eighty years"


# Lines a site puts above the headline: passed over, never taken for the headline.
ABOVE_THE_HEADLINE = {
    "cookie-banner": (
        "Nos partenaires et nous utilisons des cookies pour mesurer l’audience.",
        "Accepter et continuer",
        "Paramétrer",
    ),
    "consent-row": ("Este sitio web utiliza cookies. Aceptar todas | Rechazar | Más información",),
    "glued-skip-links": ("Skip to contentSkip to site indexSearch & Section Navigation",),
    "account-buttons": ("Open in app", "Sign up", "Sign in", "Write"),
    "dutch-consent": ("Wij gebruiken cookies om je een betere ervaring te geven.", "Akkoord"),
}


@pytest.mark.parametrize("above", ABOVE_THE_HEADLINE.values(), ids=ABOVE_THE_HEADLINE.keys())
def test_site_lines_above_the_headline_are_passed_over(above):
    article = parse(*above, "Harbour board closes the old ferry slip", "By Ines Marlow", LEDE)
    assert article.title == "Harbour board closes the old ferry slip"
    assert article.category is None
    assert body_lines(article) == [LEDE]


@pytest.mark.parametrize(
    ("menu", "category"),
    [
        (("Home", "News", "Sport", "Weather", "Sounds"), None),  # a site menu names no section
        (("Home", "Archive", "About"), None),
        (("Home", "News", "Sport", "Weather", "Local News"), "Local News"),  # stands apart
        (("Subscribe | Log in", "Nation & World"), "Nation & World"),
        (("Home", "Newsroom"), None),
    ],
)
def test_a_menu_above_the_headline_names_no_section(menu, category):
    article = parse(*menu, "Harbour board closes the old ferry slip", "By Ines Marlow", LEDE)
    assert article.category == category


def test_a_page_title_with_the_site_name_gives_way_to_the_bare_headline():
    article = parse(
        "Harbour board closes the old ferry slip – Coast Notes",
        "Início | Tecnologia | Contato",
        "Início » Ciência » Meio ambiente",
        "Harbour board closes the old ferry slip",
        "Por Ana Souza · 5 de dezembro de 2025",
        LEDE,
    )
    assert (article.title, article.category) == (
        "Harbour board closes the old ferry slip",
        "Meio ambiente",
    )
    assert body_lines(article) == [LEDE]


def test_a_contact_card_set_off_above_a_release_is_skipped():
    article = parse(
        "Media contact:",
        "Marcy Lindqvist",
        "Communications Director, Harbour Board",
        "(509) 555-0187 | marcy@harbour.example",
        "",
        "FOR IMMEDIATE RELEASE",
        "",
        "Harbour board closes the old ferry slip",
        "",
        f"SPOKANE, Wash. — December 4, 2025 — {LEDE}",
    )
    assert article.title == "Harbour board closes the old ferry slip"
    assert (article.dateline, iso(article.date)) == ("SPOKANE, Wash.", "2025-12-04")
    assert body_lines(article) == [LEDE]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Door onze redacteur Sanne de Vries", "Sanne de Vries"),
        ("Von unserem Korrespondenten Jan Berg", "Jan Berg"),
        ("De notre correspondant à Rome, Paul Morel", "Paul Morel"),
        ("By our correspondent Ann Lee", "Ann Lee"),
    ],
)
def test_a_role_said_before_the_name_is_not_part_of_it(byline, name):
    assert parse_byline(byline).authors == [name]


@pytest.mark.parametrize(
    ("stamp", "date"),
    [("Mi., 10.12.2025, 07:30 MEZ", "2025-12-10T07:30+01:00"), ("mer. 10 déc. 2025", "2025-12-10")],
)
def test_a_stamp_opening_with_an_abbreviated_weekday_is_read(stamp, date):
    assert iso(parse("Harbour board closes the old ferry slip", stamp, LEDE).date) == date


def test_published_by_the_author_in_an_author_box_is_no_publisher():
    article = parse(
        "Harbour board closes the old ferry slip",
        "Posted on November 14, 2025 by Ruth Okafor",
        LEDE,
        SECOND,
        "Published by Ruth Okafor",
    )
    assert (article.authors, article.publisher) == (["Ruth Okafor"], None)


def test_a_slogan_over_a_section_over_the_headline():
    article = parse(
        "Democracy Dies in Darkness",
        "Climate & Environment",
        "The bay's oysters are coming back. Watermen aren't sure why.",
        "Scientists credit sanctuaries; some watermen credit luck.",
        "By Mara Linwood",
        "December 9, 2025 at 5:00 a.m. EST",
        "Gift Article",
        "Comment",
        LEDE,
    )
    assert article.title == "The bay's oysters are coming back. Watermen aren't sure why."
    assert (article.category, article.authors) == ("Climate & Environment", ["Mara Linwood"])
    assert iso(article.date) == "2025-12-09T05:00-05:00"
    assert body_lines(article) == [
        "Scientists credit sanctuaries; some watermen credit luck.",
        LEDE,
    ]


def test_a_desk_and_a_city_under_the_headline_are_no_slogan():
    article = parse(
        "Porti: a Genova entra in servizio la prima gru elettrica",
        "Redazione ANSA",
        "GENOVA",
        "11 dicembre 2025",
        LEDE,
    )
    assert article.title == "Porti: a Genova entra in servizio la prima gru elettrica"


def test_swedish_stamps_and_a_speech_dash():
    article = parse(
        "Göteborg bygger en stor värmetank",
        "Av Anna Svensson",
        "Publicerad 10 december 2025 kl. 14.05",
        "Uppdaterad 10 december 2025 kl. 16.20",
        "Göteborg Energi har börjat bygga en 60 meter hög tank för varmt vatten.",
        "– Det här gör att vi kan elda mindre, säger projektledaren Erik Lund.",
    )
    assert (iso(article.date), iso(article.modified)) == ("2025-12-10", "2025-12-10")
    assert body_lines(article)[-1].startswith("– Det här")


@pytest.mark.parametrize(
    ("stamp", "date", "modified"),
    [
        ("10 Dec 2025 02:15PM (Updated: 10 Dec 2025 04:30PM)", "2025-12-10", "2025-12-10"),
        ("Updated / Wednesday, 10 Dec 2025 14:05", None, "2025-12-10"),
    ],
)
def test_an_updated_stamp_in_brackets_or_after_a_slash(stamp, date, modified):
    article = parse("Harbour board closes the old ferry slip", "Ng Wei Ling", stamp, LEDE)
    assert (iso(article.date) if article.date else None, iso(article.modified)) == (date, modified)


def test_a_place_alone_on_its_line_above_the_lede_is_the_dateline():
    article = parse("Harbour board closes the old ferry slip", "Mumbai:", LEDE, SECOND)
    assert (article.dateline, body_lines(article)) == ("Mumbai", [LEDE, SECOND])


# A site's name, tagline or phone number over its menu and the section label: the
# headline is found from the story upwards, the section is the label right above it.
SITE_TOPS = {
    "station-name": (
        ("KXVR 7", "Watch Live", "Weather", "News", "Search", "Close", "National"),
        "National",
    ),
    "phone-number": (("In-Language News", "Contact Us", "888-776-0942"), None),
    "tagline": (
        (
            "Harbour Notes",
            "Growing together since 1987",
            "Skip to content",
            "Home",
            "About",
            "Contact",
        ),
        None,
    ),
    "repeated-section": (
        (
            "The Lion City Times",
            "Subscribe",
            "Log in",
            "Singapore",
            "Asia",
            "World",
            "Opinion",
            "Singapore",
        ),
        "Singapore",
    ),
    "buttons-then-section": (
        ("Diario Pampa", "Menú", "Buscar", "Suscribite", "Ingresar", "Sociedad"),
        "Sociedad",
    ),
    "one-line-menu": (("Home | News | Sports | Obituaries | Contact Us",), None),
}


@pytest.mark.parametrize(("top", "category"), SITE_TOPS.values(), ids=SITE_TOPS.keys())
def test_the_headline_under_a_site_top(top, category):
    article = parse(*top, "Harbour board closes the old ferry slip", "By Ines Marlow", LEDE, SECOND)
    assert (article.title, article.category) == (
        "Harbour board closes the old ferry slip",
        category,
    )
    assert body_lines(article) == [LEDE, SECOND]


def test_buttons_before_the_story_do_not_end_it():
    article = parse(
        "Harbour board closes the old ferry slip",
        "By Ines Marlow",
        "Published Dec 10, 2025  •  Last updated 2 hours ago  •  3 minute read",
        "Join the conversation",
        "Article content",
        LEDE,
        "Article content",
        SECOND,
    )
    assert (iso(article.date), article.category) == ("2025-12-10", None)
    assert body_lines(article) == [LEDE, SECOND]


def test_a_glued_reading_time_after_the_date():
    article = parse(
        "Harbour board closes the old ferry slip", "Ines Marlow", "Dec 2, 2025— 6 min read", LEDE
    )
    assert (iso(article.date), article.authors) == ("2025-12-02", ["Ines Marlow"])


def test_with_joins_two_names_in_a_byline():
    assert parse_byline("By Wanjiru Kamau with Pierre Delacroix in Paris").authors == [
        "Wanjiru Kamau",
        "Pierre Delacroix",
    ]


def test_a_ticker_a_weather_widget_and_a_key_points_box_over_the_story():
    article = parse(
        "Home | World | Business | Sport | Weather",
        "Breaking: Storm warning for the north coast",
        "14°C Oslo",
        "Business",
        "Harbour board closes the old ferry slip",
        "Key points:",
        "• The slip closes in March",
        "• A new one opens in 2027",
        "By Ines Marlow",
        "December 10, 2025 at 3:45 PM CET",
        LEDE,
        "Poll: Do you use the ferry?",
        "Yes",
        "No",
        SECOND,
    )
    assert (article.title, article.category) == (
        "Harbour board closes the old ferry slip",
        "Business",
    )
    assert iso(article.date) == "2025-12-10T15:45+01:00"
    assert body_lines(article) == [LEDE, SECOND]


# Round five: menus run together with spaces, share rows, masthead dates and weather,
# a headline hard-wrapped in two, a byline without "By" next to its wire.
def test_a_menu_run_together_with_spaces_gives_way_to_the_headline():
    article = parse(
        "Wednesday, December 10, 2025",
        "Nairobi 24°C",
        "Nairobi Courier",
        "News  Counties  Business  Sports  Opinion  Videos  ePaper",
        "Subscribe  |  Log In",
        "News",
        "Harbour board closes the old ferry slip",
        "By Ines Marlow",
        "09 Dec 2025 - 18:40 EAT",
        "Share this:",
        LEDE,
    )
    assert article.title == "Harbour board closes the old ferry slip"
    assert iso(article.date) == "2025-12-09T18:40+03:00"  # not the masthead's date
    assert body_lines(article) == [LEDE]


def test_a_headline_hard_wrapped_in_two_lines_is_joined():
    article = parse(
        "Business Wire",
        "",
        "Harbour Board Reports Record Ferry Numbers for the Winter",
        "Season",
        "",
        "December 09, 2025 04:30 PM Eastern Standard Time",
        "",
        f"BERGEN, Norway--(BUSINESS WIRE)--{LEDE}",
    )
    assert article.title == "Harbour Board Reports Record Ferry Numbers for the Winter Season"
    assert (article.agency, article.dateline) == ("Business Wire", "BERGEN, Norway")


def test_a_name_and_its_wire_on_one_line_are_not_the_headline():
    article = parse(
        "Sociedad",
        "Harbour board closes the old ferry slip",
        "Ana de la Fuente Ruiz | EFE",
        "Publicado: 10/12/2025 09:02 CET",
        "Compartir en Facebook  Compartir en X  Compartir en WhatsApp",
        LEDE,
    )
    assert (article.title, article.category) == (
        "Harbour board closes the old ferry slip",
        "Sociedad",
    )
    assert body_lines(article) == [LEDE]


@pytest.mark.parametrize(
    ("name", "agency"),
    [("Agência Lusa", "Lusa"), ("Polska Agencja Prasowa", "PAP"), ("TT Nyhetsbyrån", "TT")],
)
def test_more_wires_by_their_full_names(name, agency):
    assert parse_byline(f"By {name}").agency == agency


@pytest.mark.parametrize(
    ("stamp", "field"),
    [("Publiziert: 10.12.2025, 07:15", "date"), ("Aktualizacja: 10.12.2025, 12:40", "modified")],
)
def test_swiss_and_polish_stamp_labels(stamp, field):
    article = parse("Harbour board closes the old ferry slip", stamp, LEDE)
    assert iso(getattr(article, field)) == "2025-12-10"


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("Erik Lindqvist/TT", ["Erik Lindqvist"], "TT"),
        ("Ana de la Fuente Ruiz | EFE", ["Ana de la Fuente Ruiz"], "EFE"),
        ("Por María José de los Santos", ["María José de los Santos"], None),
        ("By Ma. Cristina dela Cruz", ["Ma. Cristina dela Cruz"], None),
    ],
)
def test_name_lines_with_a_wire_particles_and_abbreviated_names(byline, authors, agency):
    article = parse(
        "Harbour board closes the old ferry slip", byline, "Publicado: 10/12/2025 09:02 CET", LEDE
    )
    assert (article.authors, article.agency) == (authors, agency)
    assert iso(article.date) == "2025-12-10T09:02+01:00"


# Round eight: a comments button under the standfirst, before the story, never ends it.
def test_a_comments_button_under_the_standfirst_keeps_the_story():
    article = parse(
        "Snow-clearing budget nearly spent before winter starts",
        "",
        "City asks council to dip into its winter reserve after early storms.",
        "",
        "Join the conversation",
        "",
        LEDE,
        "",
        SECOND,
    )
    assert body_lines(article)[-2:] == [LEDE, SECOND]
