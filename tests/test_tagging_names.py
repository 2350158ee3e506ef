"""How the tagger names organisations and people: acronyms, legal forms, the publisher,
double surnames, German names among nouns and job titles glued to a name."""

from __future__ import annotations

import pytest

from news_import.tagging import TagInput, auto_tags, tag_articles


def tags_of(title: str, *paragraphs: str, exclude: set[str] | None = None) -> list[str]:
    return auto_tags(title, list(paragraphs), exclude or set())


# A. "Full Name (ACR)" ------------------------------------------------------------------------


def test_a_defined_acronym_counts_for_the_full_name():
    tags = tags_of(
        "Water bills to rise in Merrowdale",
        "The Merrowdale Water Authority (MWB) approved higher tariffs on Tuesday.",
        "MWB board members said pipes must be replaced. Critics of MWB want a freeze.",
    )
    assert "Merrowdale Water Authority" in tags
    assert "MWB" not in tags


def test_an_acronym_of_a_name_in_the_text_counts_for_it_without_brackets():
    tags = tags_of(
        "Trawler fleet told to cut catches",
        "The Coastal Fisheries Board ordered trawlers to land less cod this winter.",
        "CFB inspectors will board boats in port, and the CFB can suspend licences.",
    )
    assert "Coastal Fisheries Board" in tags
    assert "CFB" not in tags


def test_an_acronym_never_spelled_out_stays_as_written():
    tags = tags_of(
        "QRZ raises its fees",
        "QRZ said on Monday that members would pay more. QRZ gave no reason.",
    )
    assert "QRZ" in tags


def test_an_acronym_spelled_out_in_one_article_joins_the_name_site_wide():
    docs = [
        TagInput(
            "Teachers vote on pay offer",
            ("The Norland Teachers Union (NTU) put the offer to members on Friday.",),
        ),
        TagInput("Schools shut", ("NTU members walked out. NTU leaders met ministers.",)),
    ]
    first, second = tag_articles(docs)
    assert "Norland Teachers Union" in second
    assert "NTU" not in first + second


def test_known_acronyms_mean_the_organisation():
    tags = tags_of("WHO sends vaccines", "The WHO said doses would arrive in Beira.")
    assert "World Health Organization" in tags and "WHO" not in tags


# B. Legal forms and the publisher --------------------------------------------------------------


@pytest.mark.parametrize(
    "suffix",
    [
        "S.A.",
        "S.A.A.",
        "S.L.",
        "SpA",
        "GmbH",
        "AG",
        "N.V.",
        "B.V.",
        "Oyj",
        "ASA",
        "plc",
        "LLC",
        "Inc.",
        "Corp.",
        "Ltd",
        "Ltd.",
        "S.p.A.",
        "Co.",
    ],
)
def test_legal_forms_are_stripped(suffix):
    tags = tags_of(
        "Velmora Foods buys a dairy",
        f"Velmora Foods {suffix} bought a dairy in the hills on Monday.",
        f"Velmora Foods {suffix} said the deal would close in June.",
    )
    assert "Velmora Foods" in tags
    assert not [tag for tag in tags if tag != "Velmora Foods" and tag.startswith("Velmora")]


def test_a_press_release_keeps_its_company_but_a_news_site_is_never_a_tag():
    release = TagInput(
        "Velmora Foods opens a plant",
        (
            "Velmora Foods S.A.A., a dairy maker, today opened a plant near Arequipa.",
            "Velmora Foods said the plant would employ 300 people.",
        ),
        exclude=frozenset({"Velmora Foods S.A.A.", "PR Newswire"}),
    )
    news = TagInput(
        "Dairy prices climb",
        (
            "Milk prices rose again in Arequipa, farmers said on Monday.",
            "A buyer told the Andean Ledger that prices would stay high. The Andean Ledger "
            "asked Velmora Foods for comment.",
        ),
        exclude=frozenset({"Andean Ledger", "Rosa Quispe"}),
    )
    release_tags, news_tags = tag_articles([release, news])
    assert "Velmora Foods" in release_tags
    assert "Andean Ledger" not in news_tags


def test_an_author_named_in_the_lede_is_still_never_a_tag():
    tags = tags_of(
        "Notes from the market",
        "Esther Mwale here: Esther Mwale spent a week at the market in Lusaka.",
        "Traders in Lusaka said prices had doubled.",
        exclude={"Esther Mwale"},
    )
    assert "Esther Mwale" not in tags


# C. Double surnames and particles -----------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Lucía Paredes Quispe", "Paredes"),
        ("Joana Costa Ferreira", "Costa"),
        ("Ana de la Fuente Ruiz", "De la Fuente"),
        ("Pieter van der Berg", "Van der Berg"),
    ],
)
def test_a_first_surname_resolves_to_the_full_name(full, later):
    tags = tags_of(
        "Mine approved",
        f"The mine was approved, said {full}, who runs the project.",
        f"{later} said work would start in May. Villagers asked {later} about water.",
    )
    assert full in tags
    assert not [tag for tag in tags if tag != full and later.split()[-1] in tag]


# D. German names among capitalised nouns --------------------------------------------------------


def test_a_german_union_named_three_times_is_a_tag_but_nouns_are_not():
    doc = TagInput(
        "Streik im Hafen",
        (
            "Die Gewerkschaft Tarvos hat am Montag zu einem Streik im Hafen von Kiel aufgerufen.",
            "Tarvos fordert mehr Lohn. Der Streik soll zwei Tage dauern, sagte Tarvos am Abend.",
            "Die Reedereien kritisierten den Streik. Der Hafen bleibt geschlossen.",
        ),
        lang="de",
    )
    tags = tag_articles([doc])[0]
    assert "Tarvos" in tags
    assert not {"Streik", "Hafen", "Reedereien", "Gewerkschaft", "Lohn"} & set(tags)


# E. Job titles glued to a name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "lang"),
    [
        ("The NRSA said so. NRSA Administrator Oren Falkner told senators", "Oren Falkner", None),
        ("Chief Executive Jana Roeder said sales fell, and", "Jana Roeder", None),
        ("Tarvik Mining Chief Executive Jana Roeder said sales fell, and", "Jana Roeder", None),
        (
            "Finance Minister Kofi Asante-Mensah presented the budget, and",
            "Kofi Asante-Mensah",
            None,
        ),
        ("Bürgermeisterin Hanne Kolbeck sagte am Montag, und", "Hanne Kolbeck", "de"),
        ("Según el ministro Ramiro Etchegaray, la obra seguirá, y", "Ramiro Etchegaray", "es"),
    ],
)
def test_job_titles_before_a_name_are_stripped(text, person, lang):
    surname = person.split()[-1]
    paragraph = f"{text} {surname} repeated it later."
    tags = tag_articles([TagInput("A story", (paragraph, f"{surname} left."), lang=lang)])[0]
    assert person in tags
    assert not [tag for tag in tags if tag != person and surname in tag]


# Names of organisations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Central Bank of Norland held rates. The Central Bank of Norland",
            "Central Bank of Norland",
        ),
        (
            "the Maritime and Port Authority of Kelso said. The authority",
            "Maritime and Port Authority of Kelso",
        ),
        ("Hospitals in the Central Denmark Region shut. The region said", "Central Denmark Region"),
    ],
)
def test_organisation_names_with_of_and_and_or_a_place_inside(text, name):
    assert name in tags_of("A story", f"{text} it would act.")


def test_the_head_word_of_a_name_refers_back_to_it():
    tags = tags_of(
        "Nurses vote",
        "The Lakeland Nurses Union will ballot members.",
        "The union says pay has fallen. The union's leaders meet on Friday.",
    )
    assert "Lakeland Nurses Union" in tags


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fish farmer NordAqua Chiloé was fined. NordAqua Chiloé will appeal", "NordAqua Chiloé"),
        (
            "The Inspectorate of the Environment (IMA) acted. IMA inspectors said",
            "Inspectorate of the Environment",
        ),
        ("Hospitals in Neighbouring Kenya shut. Neighbouring Kenya said", "Kenya"),
    ],
)
def test_a_company_named_after_a_place_keeps_its_whole_name(text, name):
    tags = tags_of("A story", f"{text} it would act.")
    assert name in tags
    assert not [tag for tag in tags if tag != name and tag in name.split()]


def test_a_german_organisation_word_makes_a_name():
    doc = TagInput(
        "Werft streicht Stellen",
        (
            "Die Ostsee Werft in Kiel baut 200 Stellen ab.",
            "Die Ostsee Werft nannte fehlende Aufträge als Grund, sagte ein Sprecher.",
        ),
        lang="de",
    )
    assert "Ostsee Werft" in tag_articles([doc])[0]


def test_a_word_that_opens_three_sentences_is_a_name_unless_it_is_a_common_word():
    tags = tags_of(
        "Corvinas sign a striker",
        "Velloro have signed a striker from Lima. Velloro paid two million dollars.",
        '"Velloro is a big club," the striker said. Velloro play on Sunday.',
        "Farm output fell. Farm prices rose. Farm workers and farmers met in Lima.",
    )
    assert "Velloro" in tags
    assert "Farm" not in tags
