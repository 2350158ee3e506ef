"""The tagger's rules, over small invented texts: entities, exclusions, site-wide names."""

from __future__ import annotations

import pytest

from news_import.tagging import Editorial, TagInput, Topic, auto_tags, tag_articles


def tags_of(title: str, *paragraphs: str, exclude: set[str] | None = None) -> list[str]:
    return auto_tags(title, list(paragraphs), exclude or set())


def test_later_surname_mentions_resolve_to_the_full_name():
    tags = tags_of(
        "Minsk frees prisoners",
        "President Alexander Lukashenko pardoned 14 people on Friday.",
        "Critics said Lukashenko would arrest more. Lukashenko denied it.",
    )
    assert "Alexander Lukashenko" in tags
    assert "Lukashenko" not in tags


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Belarusian border guards closed a crossing. Belarusian officials said so.", "Belarus"),
        ("The U.S. said it would help. US officials agreed.", "United States"),
        ("American engineers and the USA team met.", "United States"),
        ("Kenyan nurses went home. Kenyans voted.", "Kenya"),
        ("In Deutschland sagte er, Deutschlands Häfen seien voll.", "Germany"),
    ],
)
def test_demonyms_and_variants_map_to_the_country(text, country):
    tags = tags_of("A story", text)
    assert country in tags
    assert sum(1 for tag in tags if tag == country) == 1


def test_all_caps_names_are_normalised():
    tags = tags_of(
        "NURSES STRIKE IN KISUMU",
        "Nurse leader WANJIRU ACHIENG said the strike would go on in Kisumu.",
        "Achieng said talks with Kisumu county had failed.",
    )
    assert "Wanjiru Achieng" in tags
    assert "Kisumu" in tags
    assert not any(tag.isupper() and len(tag) > 4 for tag in tags)


def test_bylines_agencies_publisher_days_and_openers_are_never_tags():
    tags = tags_of(
        "Harbour talks collapse",
        "By Ingrid Solberg",
        "BERGEN (Reuters) - But talks collapsed on Monday in Bergen, the union said.",
        "But Monday's walkout in Bergen was short. In December, Reuters and AP reported more.",
        "Ingrid Solberg wrote for the Fjord Ledger. Ingrid Solberg is our reporter.",
        exclude={"Fjord Ledger", "Reuters"},
    )
    for junk in ("Ingrid Solberg", "Reuters", "AP", "Monday", "December", "But", "Fjord Ledger"):
        assert junk not in tags
    assert "Bergen" in tags


def test_subhead_fragments_only_count_for_names_the_story_has():
    doc = TagInput(
        "Port strike spreads",
        ("Dockers in Rotterdam walked out. The Rotterdam terminal was shut.",),
        headings=("OFFSHORE SUPPLY CHAINS AT RISK", "Rotterdam Braces"),
    )
    tags = tag_articles([doc])[0]
    assert "Rotterdam" in tags
    assert not {"Offshore Supply Chains", "Offshore", "Risk", "Braces"} & set(tags)


def test_sentence_opening_words_do_not_become_names():
    tags = tags_of(
        "Drivers wait at the border",
        "Drivers said the queue was long. Officials in Vilnius said checks would ease.",
        "Exiled activists said more. Political analysts agreed. Vilnius stayed calm.",
    )
    assert set(tags) <= {"Vilnius", "Transport"}


def test_organisation_short_forms_and_legal_suffixes_join_the_full_name():
    tags = tags_of(
        "Solvik Batteries opens a plant",
        "Solvik Batteries AB opened a plant. Solvik said it would hire 600 people.",
        "About Solvik Batteries AB: a Swedish company.",
    )
    assert tags.count("Solvik Batteries") == 1
    assert "Solvik" not in tags and "Solvik Batteries AB" not in tags


def test_at_most_twelve_tags():
    countries = ["Norway", "Kenya", "Spain", "Chile", "Peru", "Ghana", "Japan", "Fiji"]
    people = [f"{first} Okoro" for first in ("Ada", "Bola", "Chidi", "Dayo", "Emeka", "Femi")]
    paragraph = " ".join(
        f"{name} said so in {place}." for name, place in zip(people, countries, strict=False)
    )
    tags = tags_of(" ".join(countries), paragraph, paragraph)
    assert len(tags) <= 12


def test_one_name_per_entity_across_the_site():
    docs = [
        TagInput("Talks in Oslo", ("Tomás Reyes met the minister. Reyes said talks went well.",)),
        TagInput("More talks", ("Tomas Reyes spoke again. Reyes said he was hopeful.",)),
        TagInput("Reyes returns", ("Reyes flew home on Friday, and Reyes said little.",)),
    ]
    results = tag_articles(docs)
    assert all("Tomás Reyes" in tags for tags in results)
    assert not any("Tomas Reyes" in tags or "Reyes" in tags for tags in results)


def test_site_pass_does_not_depend_on_article_order():
    docs = [
        TagInput("Nordvik wins order", ("Nordvik Energy Storage won an order in Hamburg.",) * 2),
        TagInput("Battery deal", ("Kristoffer Aasen said Nordvik would hire. Aasen smiled.",)),
    ]
    forward = tag_articles(docs)
    backward = tag_articles(list(reversed(docs)))
    assert forward == list(reversed(backward))
    assert forward == tag_articles(docs)


def test_aliases_stop_list_and_topics_come_from_the_editorial():
    editorial = Editorial(
        aliases={"tikhanovskaya": "Sviatlana Tsikhanouskaya"},
        variants=(("Tikhanovskaya", "Sviatlana Tsikhanouskaya"),),
        stop=frozenset({"oslo"}),
        topics=(Topic("Elections", ("election*", "ballot*")),),
    )
    tags = auto_tags(
        "Tikhanovskaya in Oslo",
        [
            "Tikhanovskaya spoke in Oslo about the election.",
            "Oslo hosted her; ballots were cast.",
            "The election was close.",
        ],
        set(),
        editorial,
    )
    assert tags[0] == "Sviatlana Tsikhanouskaya"
    assert "Oslo" not in tags
    assert "Elections" in tags


def test_german_capitalised_nouns_are_not_tags():
    tags = tags_of(
        "Leipziger Klinik testet Videosprechstunde",
        "Das Klinikum in Leipzig hat ein Projekt gestartet. Die Ärzte sollen Befunde schicken.",
        "Die Ärzte in Leipzig sagen, das Projekt spare Zeit, sagte Projektleiterin Martina Vogt.",
        "Vogt sagte, die Befunde kämen schnell.",
    )
    assert set(tags) == {"Leipzig", "Martina Vogt"}


def test_press_release_contact_block_is_not_tagged():
    tags = tags_of(
        "Kijani launches an app",
        "Kijani Health Systems launched KijaniLink in Nairobi. Kijani Health Systems is Kenyan.",
        "Media contact:",
        "Brian Otieno, Kijani Health Systems. Brian Otieno answers calls.",
    )
    assert "Brian Otieno" not in tags
    assert "Kijani Health Systems" in tags
