"""Compiled patterns for the metadata lines of a copied news page, one constant per part."""

from __future__ import annotations

import re

PUBLISHED_BY = re.compile(
    r"^(?:published by|published in|publisher|veröffentlicht von|herausgegeben von|publié par|"
    r"publicado por|pubblicato da)\s*:?\s*(?P<name>(?:\S.{0,80})?)$",
    re.I,
)
NEWS_PROVIDED_BY = re.compile(r"^news provided by\s*:?\s*(?P<name>.{0,80})$", re.I)
# The label in front of a date stamp; UPDATED_LABEL tells a modification stamp.
STAMP_LABEL = re.compile(
    r"^(?:originally\s+|first\s+|last\s+)?(?:posted|published|updated|modified|date|dated|"
    r"released|veröffentlicht|aktualisiert|erschienen|stand|publié|mis à jour|modifié|"
    r"publicado|publicada|actualizado|actualizada|pubblicato|aggiornato|gepubliceerd|"
    r"bijgewerkt|publisert|oppdatert|опубликовано|обновлено|atualizado|atualizada|"
    r"aggiornata|gewijzigd|geplaatst|publicerad|publicerat|uppdaterad|uppdaterat|publiziert|"
    r"aktualizacja|zaktualizowany|"
    r"opublikowano|zaktualizowano|julkaistu|päivitetty|publiceret|opdateret)"
    r"(?:\s+(?:on|at|am|um|le|el|il|the|em|op|:))*\s*:?\s*",
    re.I,
)
UPDATED_LABEL = re.compile(
    r"updated|modified|aktualisiert|mis à jour|modifié|actualizad|aggiornat|atualizad|stand|"
    r"bijgewerkt|gewijzigd|oppdatert|uppdaterad|uppdaterat|zaktualizowano|aktualizacja|päivitetty|"
    r"opdateret|обновлено",
    re.I,
)
WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda-feira|terça-feira|quarta-feira|"
    r"quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|"
    r"(?-i:\b(?:Mo|Di|Mi|Do|Fr|Sa|So|lun|mar|mer|jeu|ven|sam|dim|Lun|Mar|Mer|Jeu|Ven|Sam|Dim)"
    r"\.?(?=,?\s*(?:\d|$)))",
    re.I,
)
# Labels above the headline: "Section: Markets", "Home > World > Europe".
SECTION_LABEL = re.compile(
    r"^(?:section|category|kategorie|rubrik|ressort|rubrique|catégorie|sección|categoría)"
    r"\s*:\s*(?P<name>\S.{0,40})$",
    re.I,
)
BREADCRUMB = re.compile(r"^\S[^>›»]{0,40}(?:\s*[>›»]\s*[^>›»]{1,40}){1,6}$")
HOME_CRUMBS = re.compile(
    r"^(?:home|start|startseite|accueil|inicio|portada|news)\s*[/|]\s*(?P<rest>.+)$", re.I
)
# Footers that name the category: WordPress "Posted in …", portals' "Explore more …".
CATEGORY_FOOTER = re.compile(
    r"^(?:explore |see |read )?more (?:articles|stories|news|posts) (?:in|from) (?:the )?"
    r"(?P<en>.+?) (?:category|section)\.?$|"
    r"^weitere (?:artikel|nachrichten|beiträge|meldungen) (?:in der|aus der|im) "
    r"(?:kategorie|rubrik|ressort) (?P<de>.+?)\.?$|"
    r"^(?:plus d'articles|d'autres articles|autres articles) (?:dans|de) la (?:catégorie|"
    r"rubrique) (?P<fr>.+?)\.?$|"
    r"^más (?:artículos|noticias) (?:en|de) la (?:categoría|sección) (?P<es>.+?)\.?$|"
    r"^(?:posted|filed) (?:in|under)\s*:?\s+(?P<wp>[^,|]{1,40}?)(?:\s*[,|].*|\s+tagged\b.*)?$|"
    r"^this (?:entry|post|article) was (?:posted|filed) (?:in|under)\s+(?P<entry>[^,.]{1,40}?)"
    r"(?:,| and (?:tagged|bookmarked)\b).*$|"
    r"^(?:categor(?:y|ies)|categorías?|catégories?|categorie|kategorien?|categorias?)\s*:\s*"
    r"(?P<cat>[^,|]{1,40}?)(?:\s*[,|].*|\s+tag(?:ged|s)\b.*)?$",
    re.I,
)
TAG_FOOTER = re.compile(
    r"^(?:tags?|topics?|keywords?|schlagwörter|schlagworte|themen|mots-clés|"
    r"étiquettes|etiquetas|temas|related topics)\s*:\s*\S.*$"
    r"|^tagged(?: with| as)?\s*:?\s+\S.{0,150}$",
    re.I,
)
# Credit lines: "(Reporting by …; Editing by …)", "Associated Press writer … contributed …".
CREDIT_ROLE = (
    r"(?:reporting|additional reporting|writing|editing|compiled|written|reported|research|"
    r"graphics|photos|production|bericht|berichterstattung|mitarbeit|redigiert|redaktion|"
    r"bearbeitet|geschrieben|reportage|rédaction|rédigé|édité|édition|texto|redacción|"
    r"edición|información|informe)"
)
CREDIT_PAREN = re.compile(rf"^\((?P<body>{CREDIT_ROLE}\b[^()]{{2,300}})\)\.?$", re.I)
CREDIT_PLAIN = re.compile(
    r"^(?P<body>(?:reporting|additional reporting|writing|editing|compiled|reported|"
    r"written and edited|research) by\b.{3,300})$",
    re.I,
)
CREDIT_SPLIT = re.compile(rf";\s*|,\s*(?={CREDIT_ROLE}\b(?:\s+(?:by|von|par|por)\b|\s*:))", re.I)
CONTRIBUTED = re.compile(
    r"^(?:avec la collaboration d[e'’]|with files from|mit material von|con información de)"
    r"\s*\S.{1,150}$|"
    r"^.{3,250}\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\b.*$|"
    r"^.{3,200}\bcontributed reporting\b.{0,120}$|"
    r"^(?:the )?associated press (?:writers?|reporters?|journalists?)\b"
    r".{3,200}\bcontributed\b.{0,80}$",
    re.I,
)
WITH_INPUTS = re.compile(r"^\(?\s*with inputs? from (?P<who>[^()]{2,60}?)\s*\)?\.?$", re.I)
WRITTEN_BY_CARD = re.compile(
    r"^(?:written by|geschrieben von|écrit par|escrito por)\s+\S.{0,60}$", re.I
)
# Reuters-style section and story-type prefixes glued to a headline: "Cycling-", "UPDATE 2-".
HEADLINE_PREFIX = re.compile(
    r"^(?:(?:UPDATE|REFILE|CORRECTED|RPT|BRIEF|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|"
    r"INSIGHT|FOCUS|FEATURE|COLUMN|TIMELINE|GRAPHIC|INSTANT VIEW)(?:\s+\d+)?|"
    r"(?:Update|Exclusive|Analysis|Factbox|Explainer|Insight|Focus|Feature|Column|Timeline|"
    r"Breakingviews|Wrapup)(?:\s+\d+)?|"
    r"[A-Z]{2,}(?: [A-Z&]{2,})+|"
    r"[A-Z]{4,}(?=-[A-Z][a-z])|"  # a Reuters topic code: "METALS-Copper eases …"
    r"(?:Soccer|Football|Cricket|Tennis|Golf|Cycling|Athletics|Olympics|Paralympics|Rugby|"
    r"Rugby union|Rugby league|Motor racing|Motorsport|Motorcycling|Formula One|F1|Boxing|"
    r"Basketball|NBA|NFL|NHL|MLB|Baseball|Ice hockey|Hockey|Skiing|Alpine skiing|"
    r"Nordic skiing|Ski jumping|Biathlon|Swimming|Sailing|Rowing|Esports|Chess|"
    r"Horse racing|Equestrian|Sports?|Volleyball|Handball|Snooker|Darts|Badminton|"
    r"Table tennis|Judo|Wrestling|MMA|Triathlon|Gymnastics|Figure skating|Speed skating|"
    r"Luge|Bobsleigh|Curling|NASCAR|IndyCar|Rallying|Weightlifting|Fencing|Archery|"
    r"Surfing|Climbing|Squash|Diving|Canoeing|Karate|Taekwondo|Winter Olympics|"
    r"Commonwealth Games))"
    r"-(?=[A-Z0-9\"'‘“])"
)
# "Source: Alpine Post", "Quelle: dpa": where the copy came from, at the foot of a story.
SOURCE_CREDIT = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|bron|źródło|kilde|källa)\s*:\s*"
    r"(?P<who>[^\s.,;][^.;]{1,50})$",
    re.I,
)
SITE_SUFFIX = re.compile(r"\s+\|\s+[^|]{2,60}$")
SENTENCE_END = re.compile(r"[.!?…:;\"”’)»]$")
# A list item: a bullet or a dash with a space, then the item's text.
BULLET = re.compile(r"^(?:[•▪►·*]|[-–](?=\s))\s*(?P<text>\S.*)$")
