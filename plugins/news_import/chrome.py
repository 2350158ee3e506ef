"""Page chrome: the lines a copied web page drags along that are not the story.

Each constant recognises one kind of line; :mod:`body` decides what to do with it
(drop the line, drop a box of lines after it, or drop the rest of the page).
"""

from __future__ import annotations

import re


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# Whole lines that are widgets, buttons, counters and ad slots.
WIDGET = _any(
    r"^(?:share|share this|share this (?:article|story|page|post)|share (?:on|via) .{1,30}|"
    r"tweet|e-?mail|print|copy link|copy url|copy|link copied|save|save article|saved|"
    r"bookmark|follow|following|unfollow|listen|listen to (?:this )?article|"
    r"listen to this (?:story|article)|play|pause|audio|gift (?:this )?article|"
    r"comment|reuse this content|like|like loading\.*|reply|report|font size|text size|"
    r"a a a|menu|home|skip to (?:main )?content|sign in|log in|register|subscribe|"
    r"facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|bluesky|threads|"
    r"mastodon|instagram|youtube|flipboard|messenger|more|close|open|"
    r"advertisement|ad|ads|sponsored|sponsored content|paid content|promoted|"
    r"story continues(?: below)?(?: (?:this )?advertisement)?|"
    r"article continues below(?: advertisement)?|continue reading(?: below| the main story)?|"
    r"skip advertisement|scroll to continue(?: with content)?|advertisement · scroll to continue|"
    r"anzeige|werbung|teilen|drucken|folgen|merken|publicité|partager|imprimer|suivre|"
    r"publicidad|compartir|imprimir|seguir|pubblicità|condividi|copied|member-only story|"
    r"leer en español|read in english|get the app|file photo|from staff reports|"
    r"purchase licensing rights(?:, opens new tab)?|opens new tab|back to top|top of page|"
    r"next article|previous article|next story|previous story|show more|load more|see more|"
    r"loading\.*|enlarge this image|toggle caption|hide caption|watch video|play video|"
    r"report an error|report a correction|corrections policy|save for later|print this page|"
    r"add to reading list|open in app|accept all cookies|partner content|updated|"
    r"breaking|breaking news|developing|developing story|just in|live|live updates)[.:!]?$",
    r"^advertisement\b.{0,40}$",
    r"^sponsored by\b.{0,60}$",
    r"\((?:opens|open) in (?:a )?new (?:window|tab)\)$",
    r"^listen\b.{0,30}$",
    r"^(?:contact|email|e-mail) the (?:author|reporter|writer)s?\b.{0,80}$",
    r"^(?:image|photo|slide|picture) \d+ of \d+$",
    r"^video duration\b.{0,20}$",
    r"^\+\s*follow$|^restack$|^top$|^discussions?$",
    r"^[a-z]{2,5}(?:-[a-z]{2,5})*/[a-z]{2,5}(?:/[a-z]{2,5})*$",  # AFP desk codes: "bur-jm/fg"
    r"^PTI(?:\s+[A-Z]{2,4}){1,6}$",  # PTI desk codes: "PTI RSN ZMN"
    r"^(?:story|article) continues\b.{0,40}$",
    r"^click here\b.{0,80}$",
    r"^follow (?:us|@\w+|[\w ]{1,30} on (?:x|twitter|facebook|instagram|linkedin))\b.{0,60}$",
    r"^download (?:the|our) (?:free )?app\b.{0,60}$",
    r"^\d+\s+of\s+\d+$",
    r"^[-–—_=*~]{2,}$",  # rules drawn with dashes
    r"^[\d.,]+[kKmM]?\s+(?:followers?|following|claps?|likes?|views?|shares?|reads?)$",
    r"^(?=.*[\d·|•])[\d\s.,·|•kKmM+]*$",  # clap, view and share counters; lone separators
    r"^(?:\d+\s*)?(?:min|mins|minutes?)\.?(?:\s+read)?$",
    r"^\d+\s*(?:-|–)?\s*min(?:ute)?s?\s+read$",
    r"^(?:est(?:imated|\.)?\s+)?reading time\s*:?.{0,20}$",
    r"^(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|lectura)\s*:?.{0,20}$",
    r"^\d+\s+(?:min\.?|minuten)\s+(?:lesezeit|lesen)$",
    r"^(?:listen|hören|écouter|escuchar)\s*[·|(]?\s*\d+[:.]\d{2}(?:\s*min)?\)?$",
)
# Stamps that give no date: "3 hours ago", "Updated 2 hours ago", "vor 3 Stunden".
RELATIVE_STAMP = _any(
    r"^(?:updated|published|posted|last updated|modified)?\s*:?\s*(?:about\s+)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    r"^(?:updated|published|posted)?\s*:?\s*(?:just now|yesterday|today|moments ago)$",
    r"^\d{1,2}\s*(?:s|m|h|d|w|min|mins|hr|hrs)$",  # "1h", "35 min": short relative stamps
    r"^(?:aktualisiert\s+)?vor\s+\d+\s+(?:minuten|stunden|tagen)$",
    r"^(?:mis à jour\s+)?il y a\s+\d+\s+(?:minutes?|heures?|jours?)$",
    r"^(?:actualizado\s+)?hace\s+\d+\s+(?:minutos?|horas?|días?)$",
)
# Photo captions and picture credits.
CAPTION = _any(
    r"^(?:file photo|file|archive photo|photo|picture|image|foto|bild|pic)\s*[:|-]\s*.+",
    r"\b(?:photograph|photo|picture|image|foto|bild|credit|illustration)\s*:\s*"
    r"[A-Z][\w.'’-]*(?:(?:\s*[/&,]\s*|\s+|-)[A-Z][\w.'’-]*){0,7}\)?$",
    r"^\(?(?:image|photo|picture)\s+(?:credit|source)\s*[:,]?.*\)?$",
    r"^(?:image|media)\s+(?:source|caption)\s*,?.*$",
    r"^\(?(?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash)(?:\s*[/|].*)?\)?$",
    r"^(?:illustration|graphic|map|chart|video)s? by\b.{0,60}$",
    r"^photo(?:graph)? by .{2,60}(?: on unsplash)?$",
    r"^\(?(?:photo|image|picture)s?\s+(?:courtesy|by)\b.{0,60}\)?$",
    r"^\d+\s+of\s+\d+\s*[|:·-]\s*\S",  # gallery captions: "2 of 5 | Crowds gather …"
    r"^\[(?:image|photo|picture|video|graphic|gallery)\b[^\]]*\]$",
    r"pic\.twitter\.com/\w+",
    r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s+\S+\s+\d{1,2},\s+\d{4}$",  # embedded post byline
)
# Wire photo credits inside a caption: "REUTERS/Elena Varga", "(AP Photo/Jane Doe)".
_WIRE_PHOTO = re.compile(
    r"\b(?:REUTERS|EPA|EPA-EFE|AFP|ANP|ANSA|EFE|dpa|KEYSTONE|XINHUA)/[A-Z][\w.'’ -]+|"
    r"\((?:AP|AFP|Reuters|EPA) Photo\b[^)]*\)\s*$"
)


def is_caption(text: str) -> bool:
    """True for a photo caption or a picture credit line."""
    return bool(CAPTION.search(text) or _WIRE_PHOTO.search(text))


# A caption lead-in whose caption text is on the next line (BBC style).
CAPTION_LEAD = re.compile(r"^(?:image|media)\s+caption\s*,?$", re.I)
# Licensing, syndication and legal boilerplate.
DISCLAIMER = _any(
    r"^(?:©|\(c\)|copyright\s+(?:©|\(c\)|\d{4}|by\b))",
    r"all rights reserved",
    r"has not been edited by .{0,60}(?:staff|team)",
    r"(?:auto-?generated|published) from a syndicated (?:news )?feed",
    r"^\(?except for the headline, this story",
    r"redistribution of this (?:dispatch|content|material)",
    r"may not be (?:published|reproduced), broadcast, rewritten",
    r"^disclaimer\s*:",
    r"^this (?:article|story|post) (?:was|is) (?:originally|first) (?:published|posted|appeared)",
    r"^(?:this (?:article|story) originally appeared)",
    r"^(?:republished|reprinted) (?:with|by) permission",
    r"^our standards\s*:",
    r"trust principles\.?$",
    r"^the views expressed (?:here|in this)",
    r"not responsible for the content of external (?:sites|websites|links)",
    r"^originally published (?:at|on|in|by)\b",
    r"^we use cookies\b",
)
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
    r"share this|like this|tags|tagged|filed under|lesen sie auch|mehr zum thema|"
    r"auch interessant|lire aussi|à lire aussi|sur le même sujet|lee también|"
    r"te puede interesar|noticias relacionadas|leggi anche)\s*[:|]?$",
)
# One line that points elsewhere: "Read more: …", "Also Read | …", "RELATED: …".
POINTER = _any(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|"
    r"lesen sie auch|lire aussi|lee también)\s*[:|»>-]\s*\S.{0,200}$",
    r"^(?:watch|video|gallery|photos|in pictures)\s*[:|]\s*.{0,150}$",
)
# Newsletter, membership and donation boxes.
PROMO = _any(
    r"^(?:sign up|signup|subscribe|get (?:our|the) .{0,40}newsletter|newsletter|"
    r"become a (?:member|subscriber|supporter|friend)|support (?:our|us|independent|local)|"
    r"join (?:now|us|today|the club)|donate|already a (?:member|subscriber)|"
    r"make a (?:contribution|donation)|unlock (?:this|unlimited)|try .{0,20}free|"
    r"enjoy unlimited|subscribe now|abonnieren|jetzt abonnieren|newsletter abonnieren|"
    r"abonnez-vous|inscrivez-vous|suscríbete|hazte socio|enter your e-?mail|"
    r"(?:got|have) a (?:news )?(?:tip|story)|subscribers only|exclusive to subscribers|"
    r"sign in to (?:continue|read)|create a free account|ready for more|type your e-?mail|"
    r"thanks for reading\W+(?:subscribe|sign up))\b",
)
PROMO_WORD = _any(
    r"\b(?:newsletters?|inbox|sign(?:ing)? up|subscri\w+|members?hip|member|join|"
    r"donat\w+|support (?:us|our)|privacy (?:policy|notice)|terms (?:of|&|and)|"
    r"unsubscribe|e-?mail address|a month|per month|free trial|log in|sign in|"
    r"paywall|reader-funded|readers like you|independent journalism)\b",
)
# Press-release contact blocks.
CONTACT = _any(
    r"^(?:media|press|investor|investors|news media)?\s*(?:contacts?|inquiries|enquiries)"
    r"(?:\s+information)?\s*:?$",
    r"^(?:media|press|investor|investors)\s+(?:contacts?|relations|inquiries)\b.{0,60}$",
    r"^for (?:further|more|additional) information,?.{0,40}(?:contact|visit)\b.{0,60}$",
    r"^contact\s*:.{0,80}$",
    r"^(?:pressekontakt|kontakt|contact presse|contacto de prensa)\s*:?.{0,60}$",
)
CONTACT_DETAIL = re.compile(r"@|\+?\(?\d[\d ()./-]{6,}\d|https?://|www\.", re.I)
# Lines after which nothing more is the story: end marks, comment threads, author cards.
END = _any(
    r"^(?:#\s*){3}$",
    r"^-\s*30\s*-$",
    r"^(?:ends|end)$",
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$",
    r"^(?:comments?|responses?)\s*\(\d+\)$",
    r"^(?:leave a (?:comment|reply)|add a comment|post a comment|join the (?:conversation|"
    r"discussion)|show comments|view comments|load (?:more )?comments|sort by\s*:)(?:\W+\w+){0,4}$",
    r"^(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|"
    r"à propos de l'auteur|sobre el autor)\s*:?$",
    r"^(?:kommentare|commentaires|comentarios)(?:\s*\(\d+\))?$",
    r"^discussion about this (?:post|article)$",
)
# "Forward-Looking Statements" and the like: the heading and its paragraphs go.
LEGAL_SECTION = _any(
    r"^(?:cautionary (?:note|statement)s? (?:regarding|about|on) )?forward[- ]looking "
    r"(?:statements?|information)\s*:?$",
    r"^safe harbou?r(?: statement)?\s*:?$",
    r"^(?:legal )?disclaimer\s*:?$",
)
# Press-release lines: markers at the top, the issuer's SOURCE line at the end.
RELEASE_MARKER = _any(
    r"^(?:for immediate release|immediate release|press release|news release|media release|"
    r"for release|pressemitteilung|communiqué de presse|comunicado de prensa|nota de prensa)"
    r"\b.{0,40}$",
    r"^embargo(?:ed)?\b.{0,80}$",
)
SOURCE_LINE = re.compile(r"^SOURCE\s+\S.{0,80}$")
