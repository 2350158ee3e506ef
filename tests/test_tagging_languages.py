"""Topics and countries across languages: one count per word, German, Spanish and French
triggers, lower-case country adjectives, and a country named once beside its city."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_import.tagging import Editorial, TagInput, Topic, load_editorial, tag_articles
from news_import.tagging.topics import score_topics

EDITORIAL = load_editorial(Path(__file__).resolve().parent.parent / "content" / "editorial")


def test_one_word_two_triggers_match_counts_once():
    topics = (Topic("Agriculture", ("farm*", "farmer*")), Topic("Trade", ("trade", "free trade")))
    body = "Farmers wait for rain. The farmers sold cows; farmers left."
    assert not score_topics(topics, "Dry spring", body)  # 3, not 6: below the bar
    (score,) = score_topics(topics, "", body + " More farmers came.")
    assert (score.name, score.score, score.triggers) == ("Agriculture", 4, 1)
    (score,) = score_topics(topics, "", "A free trade deal, more trade, trade talks, trade.")
    assert (score.name, score.score) == ("Trade", 4)


@pytest.mark.parametrize(
    ("title", "text", "lang", "topic"),
    [
        (
            "Warnstreik legt Busbetrieb lahm",
            "Die Gewerkschaft rief zum Warnstreik auf. Der Streik dauert bis Freitag.",
            "de",
            "Labour",
        ),
        (
            "Lugo vota en unas elecciones reñidas",
            "Los votantes de Lugo eligen alcalde el domingo con tres candidatos.",
            "es",
            "Elections",
        ),
        (
            "Grève à la poste",
            "Les syndicats ont appelé à la grève. Les grévistes demandent des salaires plus hauts.",
            "fr",
            "Labour",
        ),
    ],
)
def test_topics_have_german_spanish_and_french_triggers(title, text, lang, topic):
    tags = tag_articles([TagInput(title, (text,), lang=lang)], EDITORIAL)[0]
    assert topic in tags


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("In Kiel streiken die Beschäftigten der deutschen Werften seit Montag.", "de", "Germany"),
        ("Los productores de la provincia argentina de Salta protestaron.", "es", "Argentina"),
        ("La presse française a salué la décision du tribunal de Lyon.", "fr", "France"),
        (
            "Die spanischen Winzer in der Rioja ernten in diesem Jahr früher, sagte der Verband, "
            "und die Preise für den Wein sind mit der Ernte gestiegen.",
            None,
            "Spain",
        ),
    ],
)
def test_lower_case_country_adjectives_name_the_country_in_that_language(text, lang, country):
    tags = tag_articles([TagInput("Ein Bericht", (text,), lang=lang)])[0]
    assert country in tags


def test_country_adjectives_of_other_languages_are_ignored():
    doc = TagInput("Tango night", ("She danced an argentina-style tango with a francés guitar.",))
    assert tag_articles([doc])[0] == []


def test_a_country_named_once_counts_when_its_city_is_a_tag():
    tags = tag_articles(
        [
            TagInput(
                "Coding school in Accra lets students use chatbots",
                (
                    "A coding school in Accra now lets every student use a chatbot.",
                    "Accra has many such schools; phones are cheap across Ghana.",
                ),
            )
        ],
        Editorial(),
    )[0]
    assert {"Accra", "Ghana"} <= set(tags)
    lone = TagInput("Markets", ("Cocoa prices rose.", "Cocoa from Ghana sold well in Europe."))
    assert "Ghana" not in tag_articles([lone])[0]


def test_in_german_a_trigger_after_a_capitalised_word_still_counts():
    topics = (Topic("Labour", ("gewerkschaft*", "streik*")),)
    body = "Die Gewerkschaft droht. Die Gewerkschaft will streiken. Der Streik kommt."
    assert score_topics(topics, "", body, caps_nouns=True)[0].score == 4
    assert not score_topics(topics, "", body)  # in English text "Die Gewerkschaft" is a name
