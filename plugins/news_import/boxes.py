"""Labels that open or close a run of page chrome: link lists, newsletter and contact boxes,
legal sections, release markers, and the end marks after which nothing is the story.

:mod:`body` drops a box with the label that opens it; single chrome lines are in :mod:`chrome`.
"""

from __future__ import annotations

import re

from .chrome import any_of as _any

# Labels that open a list of links, widgets or topics: they go, and so do the
# short lines that follow them.
BOX = _any(
    r"^(?:read more|read also|also read|see also|related|related (?:articles?|stories|"
    r"coverage|content|links|internet links|news|posts?|reading|topics)|"
    r"more on this (?:story|topic)|"
    r"more from .{1,40}|more stories|recommended(?: for you| reading| stories)?|"
    r"you (?:may|might) also (?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|"
    r"trending(?: now)?|read next|up next|what to read next|popular now|editor'?s picks|"
    r"other stories|related posts|"
    r"top stories|latest(?: news| stories)?|explore more on (?:these|this) topics?|topics|"
    r"suggested topics|more on these topics|related topics|"
    r"share this|like this|tags|tagged|filed under|lesen sie auch|mehr zum thema|zum thema|"
    r"auch interessant|das könnte sie auch interessieren|weitere artikel|mehr dazu|"
    r"lire aussi|à lire aussi|lire également|à lire également|voir aussi|sur le même sujet|"
    r"sur le même thème|lee también|lee más|más información|te puede interesar|"
    r"también te puede interesar|te recomendamos|noticias relacionadas|relacionad[ao]s|"
    r"leggi anche|leia também|leia mais|veja também|veja mais|saiba mais|mais lidas|"
    r"weitere artikel(?! in der kategorie)\b.{0,40}|mehr aus\b.{1,40}|meistgelesen|"
    r"das könnte sie interessieren|"
    r"dans la même rubrique|à voir aussi|les plus lus|ver también|más noticias|lo más leído|"
    r"más leídas|potrebbe interessarti|le più lette|altre notizie|lees ook|meer nieuws|"
    r"gerelateerd|related coverage|läs mer|läs också|les mer|les også|læs mere|læs også|"
    r"zobacz (?:też|także)|czytaj (?:też|także)|przeczytaj (?:też|także)|"
    r"attachments?|anhänge?|pièces? jointes?|adjuntos?|"
    r"more (?:news|articles|stories) (?:from|on|about)\b.{1,40}|"
    r"more (?:[\w-]+ ){0,2}(?:news|stories|articles|interviews|posts)|"
    r"key points|key events|show key events only|in short|at a glance|das wichtigste in kürze|"
    r"auf einen blick|l[’']essentiel|"
    r"en bref|"
    r"claves|lo más importante|em resumo|in sintesi|in het kort|"
    r"in this article|stocks? mentioned(?: in (?:the|this) (?:article|story))?|"
    r"related (?:tickers|quotes|stocks)|trending tickers|"
    r"companies (?:in|mentioned in) this (?:story|article))\s*[:|]?$",
)
# A reader poll and its answer buttons: "Poll: Do you trust the forecasts?" over "Yes", "No".
POLL = _any(
    r"^(?:poll|quick poll|vote|umfrage|abstimmung|sondage|encuesta|sondaggio|enquete|peiling|"
    r"omröstning|ankieta)\s*:\s*.{2,200}\?$",
)
# Newsletter, membership and donation boxes.
PROMO = _any(
    r"^(?:sign up|signup|subscribe|get (?:our|the) .{0,40}newsletter|newsletter|"
    r"become a (?:member|subscriber|supporter|friend)|support (?:our|us|independent|local)|"
    r"join (?:now|us|today|the club)|donate|already a (?:member|subscriber)|"
    r"make a (?:contribution|donation)|unlock (?:this|unlimited)|try .{0,20}free|"
    r"enjoy unlimited|subscribe now|abonnieren|jetzt abonnieren|newsletter abonnieren|"
    r"get (?:our|the) .{0,40}(?:briefing|digest|bulletin)|"
    r"get (?:the latest|our|the)\b.{0,60}\b(?:delivered|to your inbox|in your inbox)|"
    r"abonnez-vous|inscrivez-vous|suscríbete|hazte socio|enter your e-?mail|"
    r"(?:got|have) a (?:news )?(?:tip|story)|subscribers only|exclusive to subscribers|"
    r"sign in to (?:continue|read)|create a free account|ready for more|type your e-?mail|"
    r"thanks for reading\b.{0,60}\b(?:subscribe|sign up)|keep reading with|continue reading with|"
    r"start (?:your )?(?:free )?trial|start trial|upgrade to paid|"
    r"(?:vous êtes|déjà) abonné|je m[’']abonne|abonnez|"
    r"ya (?:eres|soy) suscriptor|suscríbete|hazte suscriptor|"
    r"já (?:é|sou) assinante|assine|seja assinante|"
    r"sei (?:già )?abbonato|abbonati|"
    r"sie sind (?:bereits )?abonnent|jetzt (?:testen|lesen|weiterlesen)|"
    r"al abonnee|word abonnee|.{2,60}\bis a reader-supported publication)\b",
)
# The marker a page leaves where a newsletter box ended: the box above it goes too.
PROMO_END = re.compile(r"^after (?:newsletter )?promotion$", re.I)
# The skip link a page puts in front of such a box.
PROMO_SKIP = re.compile(r"^skip past (?:newsletter )?promotion$", re.I)
PROMO_WORD = _any(
    r"\b(?:newsletters?|inbox|mailbox|postfach|posteingang|boîte (?:mail|de réception)|"
    r"bandeja de entrada|casella (?:di posta|email)|caixa de entrada|sign(?:ing)? up|"
    r"subscri\w+|members?hip|member|join|"
    r"donat\w+|support (?:us|our)|privacy (?:policy|notice)|terms (?:of|&|and)|"
    r"unsubscribe|e-?mail address|a month|per month|free trial|log in|sign in|"
    r"paywall|reader-funded|readers like you|independent journalism|newsletter promotion|"
    r"delivered (?:every|each|to your|straight|daily|weekly)|briefing every|"
    r"(?:with|make) a contribution|contribution of any size|costs money|value what we do|"
    r"keep reading|continue reading|free to read|pay for it|our (?:reporting|journalism|newsroom)|"
    r"abonn[ée]e?s?|abonnent(?:en|in)?|abonnement|suscriptor(?:es|a)?|suscripción|assinantes?|"
    r"assinatura|abbonat[io]|abbonamento|"
    r"reste \d+\s*% de l|seguir leyendo|continuar lendo|weiterlesen|"
    r"connectez-vous|inicia sesión|faça login|anmelden|accedi|"
    r"cookies?|"
    r"(?:weekly|daily|morning|evening) "
    r"(?:newsletter|briefing|e-?mail|digest|round-?up|bulletin))\b",
)
# Press-release contact blocks.
CONTACT = _any(
    r"^(?:media|press|investor|investors|news media)?\s*(?:contacts?|inquiries|enquiries)"
    r"(?:\s+information)?\s*:?$",
    r"^(?:media|press|investor|investors)\s+(?:contacts?|relations|inquiries)\b.{0,60}$",
    r"^for (?:further|more|additional) information,?.{0,40}(?:contact|visit)\b.{0,60}$",
    r"^for (?:further|more|additional) information\s*:?$",
    r"^contact\s*:.{0,80}$",
    r"^(?:pressekontakt|kontakt|contact presse|contacto de prensa)\s*:?.{0,60}$",
    r"^(?:renseignements|pour (?:plus d[e']|de plus amples) (?:informations|renseignements)|"
    r"información de contacto|informazioni)\s*:?$",
)
CONTACT_DETAIL = re.compile(r"@|\+?\(?\d[\d ()./-]{6,}\d|https?://|www\.", re.I)
# Lines after which nothing more is the story: end marks, comment threads, author cards.
END = _any(
    r"^[-–—(*\s]*(?:(?:#\s*){3}|-\s*30\s*-|ends?|fin|ende)[-–—)*\s]*$",  # release end marks
    # the start of a comment thread: "4 thoughts on “…”", "12 comments on …"
    r"^(?:\d+|one|two|three|no)\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b.{1,200}$",
    r"^(?:\d+\s+|one\s+|um\s+|un\s+|uno\s+|een\s+)?(?:kommentare?|commentaires?|comentarios?|"
    r"comentários?|commenti|commento|reacties?)\s+(?:zu|sur|à|a|en|em|ao|a|al|su|op|bij)\b.{1,200}$",
    r"^(?:este|esta|this|dieser|cet|questo|dit)\b.{0,40}\b(?:no|não|keine|aucun|nessun|nog geen|"
    r"ainda não)\b.{0,30}\b(?:comments?|comentários|comentarios|kommentare|commentaires?|commenti|"
    r"reacties)\b.{0,80}$",
    r"^(?:\d+\s+)?(?:reacties|reactions)(?:\s*\(\d+\))?\s*:?$",
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$",
    r"^(?:comments?|responses?)\s*\(\d+\)$",
    r"^(?:leave a (?:comment|reply)|add a comment|post a comment|join the (?:conversation|"
    r"discussion)|show comments|view comments|load (?:more )?comments|sort by\s*:)(?:\W+\w+){0,4}$",
    r"^(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|"
    r"à propos de l'auteur|sobre el autor)\s*:?$",
    r"^(?:kommentare|commentaires|comentarios)(?:\s*\(\d+\))?$",
    r"^discussion about this (?:post|article)$",
    r"^welcome to the discussion\.?$",
    r"^(?:sign|view|read) the guest ?book\b.{0,40}$",
    r"^published in\s+\S.{0,60}$",  # Medium's card of the publication, below the story
    # the sign-in prompt of a comment box: "Log in to comment", "Inicie sessão para comentar"
    r"^(?:please\s+)?(?:log\s*in|sign\s*in|register|subscribe|inicie sessão|inicia sesión|"
    r"connectez-vous|accedi|log in|meld je aan|melden sie sich an)\b.{0,25}\b"
    r"(?:to comment|to join the (?:conversation|discussion)|para comentar|pour commenter|"
    r"per commentare|om te reageren|um zu kommentieren)\b.{0,30}$",
    r"^\((?:schluss|ende|fin|fine|fim)\)(?:\s+[a-z]{2,5}(?:/[a-z]{2,5})*)?$",  # "(Schluss) red/ske"
    r"^(?:postings|leserkommentare|forum|reacciones|réactions)$",
    r"^(?:les )?commentaires (?:sont )?(?:réservés|fermés)\b.{0,60}$|"
    r"^comments (?:are )?(?:closed|reserved for)\b.{0,60}$|"
    r"^(?:die )?kommentare (?:sind )?(?:geschlossen|abonnenten)\b.{0,60}$",
)
# "Forward-Looking Statements" and the like: the heading and its paragraphs go.
LEGAL_SECTION = _any(
    r"^(?:cautionary (?:note|statement)s? (?:regarding|about|on) )?forward[- ]looking "
    r"(?:statements?|information)\s*:?$",
    r"^safe harbou?r(?: statement)?\s*:?$",
    r"^(?:legal )?disclaimer\s*:?$",
    r"^(?:avertissement|déclarations prospectives|aviso legal|avviso|haftungsausschluss|"
    r"zukunftsgerichtete aussagen|declaraciones prospectivas|dichiarazioni previsionali|"
    r"toekomstgerichte verklaringen)\s*:?$",
)
# Press-release lines: markers at the top, the issuer's SOURCE line at the end.
RELEASE_MARKER = _any(
    r"^(?:for immediate release|immediate release|press release|news release|media release|"
    r"for release|pressemitteilung|communiqué de presse|comunicado de prensa|nota de prensa)"
    r"\b.{0,40}$",
    r"^embargo(?:ed)?\b.{0,80}$",
)
SOURCE_LINE = re.compile(r"^SOURCE\s*:?\s+\S.{0,80}$")
