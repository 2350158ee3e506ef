"""Page chrome: the lines a copied web page drags along that are not the story.

Each constant recognises one kind of single line (a widget, a caption, a stamp without a
date, a disclaimer); labels that take a box of lines or the rest of the page along are
in :mod:`boxes`, and :mod:`body` decides what to do with each.
"""

from __future__ import annotations

import re


def any_of(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


_PRICE_MOVE = r"^[+\-−–]?\s?\d[\d.,]*\s?%$|^[+\-−–]?\d[\d.,]*\s*\(\s?[+\-−–]?\d[\d.,]*\s?%\s?\)$"
PRICE_MOVE = re.compile(_PRICE_MOVE)
# A quote box on one line: "QLSM Quillon Semiconductor Inc $41.87 +0.88 (+2.14%)".
QUOTE_ROW = re.compile(r"\d[\d,.]*\s+[+\-−–]\d[\d.,]*\s*\(\s?[+\-−–]?\d[\d.,]*\s?%\s?\)\s*$")
# Whole lines that are widgets, buttons, counters and ad slots.
WIDGET = any_of(
    r"^(?:tweet|e-?mail|print|copy link|copy url|copy|link copied|save|save article|saved|"
    r"bookmark|follow|following|unfollow|play|pause|audio|gift (?:this )?article|"
    r"comment|reuse this content|like|like loading\.*|reply|report|font size|text size|"
    r"a a a|menu|home|skip to (?:main )?content|sign in|log in|register|subscribe|"
    r"facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|bluesky|threads|"
    r"mastodon|instagram|youtube|flipboard|messenger|more|close|open|"
    r"advertisement|ad|ads|sponsored|sponsored content|paid content|promoted|"
    r"story continues(?: below)?(?: (?:this )?advertisement)?|"
    r"article continues below(?: advertisement)?|continue reading(?: below| the main story)?|"
    r"skip advertisement|scroll to continue(?: with content)?|advertisement · scroll to continue|"
    r"teilen|drucken|folgen|merken|publicité|partager|imprimer|suivre|"
    r"publicidad|compartir|imprimir|seguir|condividi|copied|member-only story|"
    r"leer en español|read in english|get the app|file photo|from staff reports|"
    r"purchase licensing rights(?:, opens new tab)?|opens new tab|back to top|top of page|"
    r"next article|previous article|next story|previous story|show more|load more|see more|"
    r"loading\.*|enlarge this image|toggle caption|hide caption|watch video|play video|"
    r"report an error|report a correction|corrections policy|save for later|print this page|"
    r"add to reading list|open in app|accept all cookies|partner content|updated|"
    r"breaking|breaking news|developing|developing story|just in|live|live updates|e-?paper|"
    r"watch live|listen live)[.:!]?$",
    r"^advertisement\b.{0,40}$",
    r"^sponsored by\b.{0,60}$",
    r"\((?:opens|open) in (?:a )?new (?:window|tab)\)$",
    r"^listen\b[^.!?\"”]{0,50}$",
    # share and comment buttons: "Share Now", "Share full article", "Ir a los comentarios"
    r"^share(?:\s+(?:now|this|full|the|article|story|post|page|on|via|with|link)\b.{0,40})?$",
    r"^article content$|^this advertisement has not loaded\b.{0,80}$",
    # a row of share or social buttons run together: "Facebook Email X LinkedIn"
    r"^(?:(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|telegram|pinterest|"
    r"bluesky|threads|messenger|print|copy link|flipboard)\s*){2,}$",
    r"^(?:(?:share|compartir|compartilhar|partilhar|partager|teilen|condividi|delen|dela)\b"
    r"[^.!?]{0,30}){2,}$",
    r"^\W{0,3}(?:join|follow|volg|folge|folgen sie|suivez|síguenos|siga|seguici|följ|følg)\b.{0,40}"
    r"\b(?:whatsapp|telegram|signal|viber|instagram|facebook|x|twitter|tiktok|linkedin|"
    r"bluesky|threads|google news)\b.{0,80}$",
    r"^(?:deel|dela|del|jaa|udostępnij|sdílet|megosztás|partilhar|partilhe|compartilhar)"
    r"(?: (?:dit|detta|denne|tämä|ten|este|o|this) (?:artikel|artikeln|artikkelen|artikkeli|"
    r"artykuł|artigo|article))?$",
    r"^get (?:breaking )?news alerts\b.{0,100}$",
    r"^(?!(?:\S+\s+){20}).*\b(?:download|get|install)\b.{0,60}\bapp\b\.?$",
    r"^(?:learn more|find out more|more info|mehr erfahren|en savoir plus|saber más|saiba mais|"
    r"scopri di più|lees meer|prosseguir|continuar|continuer|weiter|ok|got it|i agree|accept|"
    r"aceptar|accepter|akzeptieren|aceitar|accetta|order reprints|today'?s paper)$",
    # an access marker beside a post's date: "∙ Paid", "Members only"
    r"^[∙·•]?\s*(?:paid|free|premium|subscribers?[- ]only|members?[- ]only|"
    r"exclusivo para (?:suscriptores|assinantes)|réservé aux abonnés|nur für abonnenten|"
    r"abo|plus|premium content|article réservé aux abonnés|artículo exclusivo para suscriptores|"
    r"exklusiv für abonnenten|articolo riservato agli abbonati)$",
    r"^(?:lire plus tard|offrir l[’']article|später lesen|leer más tarde|ler mais tarde|"
    r"leggi dopo|later lezen|artikel verschenken|regalar (?:el )?artículo|"
    r"luister naar dit artikel|ascolta l[’']articolo|escuchar (?:el )?artículo|"
    r"ouvir (?:o )?artigo|écouter l[’']article|artikel anhören|lyssna på artikeln)$",
    r"^(?:proudly\s+)?(?:powered by|built with|made with)\s+\S.{0,40}$",
    # ad slots and "the story goes on below" notes in other languages
    r"^(?:annons|annonse|reklame|mainos|reklama|hirdetés|"
    r"publicidade|pubblicità|reclame|advertentie|anzeige|werbung|"
    r"contenu sponsorisé|contenido patrocinado|conteúdo patrocinado|contenuto sponsorizzato|"
    r"gesponsert|gesponsord)\b.{0,40}$",
    r"^(?:la suite|l[’']article continue|continue) (?:après|sous) (?:la|cette) publicité$",
    r"^(?:weiter|weiterlesen) (?:nach|unter) der (?:anzeige|werbung)$",
    r"^(?:artikel|text) (?:wird )?(?:geht )?(?:unter|nach) der (?:anzeige|werbung)"
    r"(?: fortgesetzt| weiter)?$",
    r"^(?:continúa|sigue) (?:leyendo|la noticia)(?: (?:tras|después de) la publicidad)?$",
    r"^continua (?:a leggere|dopo la pubblicità)$|^continua (?:após|depois d)a publicidade$",
    r"^(?:story|article|text) continues (?:after|below)\b.{0,40}$",
    # a wire's note on what an updated story adds, and an editor's initials: "(kva)"
    r"^\((?:adds|updates|recasts|changes|corrects|rewrites|writes through|repeats|fixes|"
    r"refiles|removes|inserts|clarifies|moves)\b[^()]{0,200}\)$",
    r"(?-i:^\([a-z]{2,4}(?:/[a-z]{2,4})*\)$)",
    # share labels and links to comments, embeds and an author's other posts
    r"^(?:share|comparte|compártelo|compartir|compartilhe|partilhe|partager|partagez|teilen|"
    r"condividi|deel|del)(?:\s+\S+){0,2}\s*:$",
    r"^(?=(?:\S+\s+){0,4}\S+$)(?:\S+\s+){0,3}(?:comments?|kommentare[n]?|commentaires|comentarios|"
    r"comentários|commenti|reacties)\b[^.!?]{0,30}$",
    r"^(?=(?:\S+\s+){0,4}\S+$)(?:\S+\s+){0,3}embed\b[^.!?]{0,15}$",
    r"^view all posts by\b.{0,60}$|^(?:alle beiträge von|tous les articles de|"
    r"todas las entradas de|ver todos os posts de)\b.{0,60}$",
    r"^(?:contact|email|e-mail) the (?:author|reporter|writer)s?\b.{0,80}$",
    r"^(?:image|photo|slide|picture) \d+ of \d+$",
    r"^video duration\b.{0,20}$",
    r"^\+\s*follow$|^restack$|^top$|^discussions?$",
    r"^(?:searching|loading|carregando|cargando|chargement|caricamento|laden|wird geladen)\b"
    r"[^.!?]{0,40}(?:\.{3}|…)?$",
    r"^(?:kindly |please )?share this (?:story|article|post)\s*:?$",
    r"^(?:fehler gefunden|encontr[óo] un error|vous avez (?:vu|trouvé) une erreur|"
    r"hai trovato un errore|fout gezien)\b.{0,40}$",
    r"^[a-z]{2,5}(?:-[a-z]{2,5})*/[a-z]{2,5}(?:/[a-z]{2,5})*$",  # AFP desk codes: "bur-jm/fg"
    r"^PTI(?:\s+[A-Z]{2,4}){1,6}$",  # PTI desk codes: "PTI RSN ZMN"
    r"^(?:story|article) continues\b.{0,40}$",
    r"^click here\b.{0,80}$",
    r"^follow (?:us|@\w+|[\w ]{1,30} on (?:x|twitter|facebook|instagram|linkedin))\b.{0,60}$",
    r"^download (?:the|our) (?:free )?app\b.{0,60}$",
    r"^(?:download|get|install) (?:the|our)\b.{0,40}\bapp\b.{0,30}$",
    r"^summary is ai-generated\b.{0,40}$",
    r"^(?:this )?summary (?:was|is) (?:ai|automatically)\b.{0,60}$",
    r"^\d+\s+of\s+\d+$",
    # share buttons run together: "Share on Facebook Share on X Join our Telegram channel"
    r"^(?:(?:share on|share via|follow us on|join our)\s+[\w.+-]+"
    r"(?:\s+(?:channel|group))?\s*){2,}$",
    r"^post navigation\b.{0,200}$",
    r"^.{0,120}\bjoin (?:our|the) (?:whatsapp|telegram|signal) (?:community|channel|group)\b"
    r".{0,80}$",
    # share buttons run together with spaces: "Facebook Twitter Email Print Save"
    r"^(?:(?:facebook|twitter|x|email|e-mail|print|save|share|linkedin|whatsapp|reddit|"
    r"copy link|comments?|pinterest|flipboard|telegram|messenger|bluesky|threads|"
    r"copier le lien|partager|link kopieren|teilen|copiar enlace|compartir|imprimer|drucken)"
    r"\s*[|·•]?\s*){3,}$",
    r"^(?:please )?(?:turn on|enable) javascript\b.{0,60}$",
    r"^\d{1,2}\s*(?:h|hr|hrs|m|min|mins|d)\s+ago\s+\S.{0,120}$",  # a live blog's key-event link
    r"^←.{2,200}→$",  # "← Older post title   Newer post title →"
    r"^←\s*(?:\S+\s+){0,14}\S+$|^(?:\S+\s+){0,14}\S+\s*→$",  # one on each line
    # a time alone on a line: a live blog's entry stamp ("16:42 GMT")
    r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,5}))?$",
    r"^(?:curtir|gostar|me gusta|j[’']aime|gefällt mir|mi piace|vind ik leuk)"
    r"(?:\s+isso|\s+esto|\s+ça|\s+das)?\s*:?$",
    r"^(?:curtir|me gusta|j[’']aime|gefällt mir|mi piace)\s+(?:carregando|cargando|chargement|"
    r"wird geladen|caricamento)[.…]*$",
    r"^[←‹«]?\s*(?:previous|next|older|newer) (?:post|article|entry)\s*:.{0,200}$",
    r"^[-–—_=*~]{2,}$",  # rules drawn with dashes
    r"^[\d.,]+[kKmM]?\s+(?:followers?|following|claps?|likes?|views?|shares?|reads?)$",
    r"^(?=.*[\d·|•])[\d\s.,·|•kKmM+]*$",  # clap, view and share counters; lone separators
    r"^(?:\d+\s*)?(?:min|mins|minutes?)\.?(?:\s+read)?$",
    r"^(?:[-–—·|]\s*)?\d+\s*(?:-|–)?\s*min(?:ute)?s?\s+read$",
    r"^(?:est(?:imated|\.)?\s+)?reading time\s*:?.{0,20}$",
    r"^(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|lectura)\s*:?.{0,20}$",
    r"^\d+\s+(?:min\.?|minuten)\s+(?:lesezeit|lesen)$",
    r"^(?:listen|hören|écouter|escuchar)\s*[·|(]?\s*\d+[:.]\d{2}(?:\s*min)?\)?$",
    # reading time in other languages: "Lecture 3 min.", "Lesezeit: 4 Min.", "5 min de lectura"
    r"^(?:lecture|lectura|leitura|lettura|lesezeit|lesedauer)\s*:?\s*\d+\s*(?:min\w*|minuten)\.?$",
    r"^\d+\s*(?:min\.?|minutes?|minutos?|minuti|minuten)\s+(?:de\s+|di\s+)?"
    r"(?:lecture|lectura|leitura|lettura|lesezeit|lesen)$",
    # share buttons in other languages: "Compartir en Facebook", "Partager sur X", "Auf X teilen"
    r"^(?:compartir|compartilhar|partilhar|partager|teilen|condividi|delen|dela|del)\s+"
    r"(?:en|no|na|por|sur|par|auf|per|via|bei|su|op|på)\s+.{1,30}$",
    r"^(?:auf|per|via|bei)\s+.{1,25}\s+teilen$",
    r"^(?:link kopieren|copier le lien|copiar (?:el )?enlace|copia link|envoyer par e-?mail|"
    r"enviar por (?:correo|e-?mail)|per e-?mail (?:senden|versenden|teilen))$",
    # a stock's price move in a ticker box: "-4.12%", "+1.05 (+0.84%)"
    _PRICE_MOVE,
)
# A stock's symbol in a ticker box (``SKRN``, ``NYSE: ABC``) and the price move beside it.
TICKER = re.compile(
    r"^(?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NSE|BSE|XETRA|OTC|AMEX)\s*:\s*)?"
    r"[A-Z]{1,5}(?:[.-][A-Z]{1,2})?$"
)
# Comment counters beside a post's byline and date: "4 Comments", "No responses".
COMMENT_COUNT = any_of(
    r"^(?:\d+|no|one)\s+(?:comments?|responses?|replies|kommentare?|commentaires?|"
    r"comentarios?)$",
    r"^leave a (?:comment|reply)$",
)
# Glyphs a page puts after a name or a link: "Quayline Water →", "Read more ›".
_TRAILING_GLYPHS = re.compile(r"[\s→⟶➔➜›»▸▶►❯>]+$")


def strip_glyphs(text: str) -> str:
    """``text`` without the arrows and chevrons that follow a link or a name on a page."""
    return _TRAILING_GLYPHS.sub("", text).strip()


# Stamps that give no date: "3 hours ago", "Updated 2 hours ago", "vor 3 Stunden".
RELATIVE_STAMP = any_of(
    r"^(?:updated|published|posted|last updated|modified)?\s*:?\s*(?:about\s+)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$",
    r"^(?:updated|published|posted)?\s*:?\s*(?:just now|yesterday|today|moments ago)$",
    r"^\d{1,2}\s*(?:s|m|h|d|w|min|mins|hr|hrs)$",  # "1h", "35 min": short relative stamps
    r"^(?:(?:aktualisiert|veröffentlicht):?\s+)?vor\s+\d+\s+(?:minuten|stunden|tagen)$",
    r"^(?:(?:mis à jour|publié|posté):?\s+)?il y a\s+\d+\s+(?:minutes?|heures?|jours?)$",
    r"^(?:(?:actualizado|publicado):?\s+)?hace\s+\d+\s+(?:minutos?|horas?|días?)$",
    r"^(?:atualizado:?\s+)?há\s+\d+\s+(?:minutos?|horas?|dias?)$",
    r"^(?:aggiornato:?\s+)?\d+\s+(?:minuti|minuto|ore|ora|giorni|giorno)\s+fa$",
    r"^(?:bijgewerkt:?\s+)?\d+\s+(?:minuten|minuut|uur|dagen|dag)\s+geleden$",
    r"^(?:oppdatert:?\s+)?for\s+\d+\s+(?:minutter|minutt|timer|time|dager|dag)\s+siden$",
)
# Photo captions and picture credits.
CAPTION = any_of(
    r"^(?:file photo|file|archive photo|photo|picture|image|foto|bild|pic)\s*[:|-]\s*.+",
    r"\b(?:photograph|photo|picture|image|foto|bild|credit|illustration|graphic|grafik|"
    r"gráfico|infographic|rendering|handout|imagen|immagine|crédito|crédit)\s*:\s*"
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
    # a caption closed by its credit in brackets: "(Jahi Okafor/The Courier)", "(File Photo)",
    # "(Supplied: NSW RFS)"
    r"^(?!(?:\S+\s+){30}).*[.!?]?\s*\((?:[^()/]{2,40}/[^()]{2,60}|[^()]{0,40}\bfile photo|"
    r"[^():]{2,30}:\s*[A-Z][^():]{2,40}|"
    r"supplied\b[^()]{0,40}|(?:photo|image|picture|pic)\b[^()]{0,60}|"
    r"representational\b[^()]{0,40}|"
    r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)? [A-Z]{2,}(?:-[A-Z]{2,})?))\)$",  # "(Moses OKELLO)"
    r"^representational (?:image|photo|picture)\b",
    # a caption closed by a copyright credit: "… le 28 août 2025. © Fabrice Coffrini / AFP"
    r"^(?!(?:\S+\s+){40}).*©\s*[A-ZÀ-Þ][^©]{2,60}$",
    r"[.!?]\s+(?:photo(?:graph)?|picture|image) by\b.{2,60}$",
    # a caption closed by its photographer and outlet: "… on Tuesday. Jo Roe/Millbrook Courier"
    r"(?-i:[.!?]\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s?/\s?(?:The\s)?[A-Z][\w.'’&-]*"
    r"(?:\s[A-Z][\w.'’&-]*){0,4})$",
    r"[.!?]\s+(?:fot|foto|fot\.|zdj)\.?\s+[A-ZÀ-Þ].{0,40}$",  # Polish "… Fot. UM Gdańsk"
    r"[.!?]\s+(?:submitted|supplied|file|staff|contributed|handout) (?:photo|photograph|image)\.?$",
    r"(?-i:^(?=.*[a-zà-ÿ]).{10,200}\s\|\s+[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{3,40}$)",
    # a caption closed by a pipe and its credit: "… on December 9. | Courier/Brian Otieno"
    r"^(?!(?:\S+\s+){40}).{10,300}[.!?]\s*\|\s*[^|/]{2,40}/[^|/]{2,40}$",
    # a credit in brackets closing a caption: "… di Milano (foto Ansa)", "(Photo: Jane Doe)"
    r"\((?:foto|photo|fotó|bild|imagen|immagine|image|picture)\s*:?\s+[^()]{2,40}\)$",
    r"\b(?:credit|photo|image)(?:\.{2,}|…)\s*\S",  # glued credit: "…the lagoon.Credit...Name"
    # a caption closed by the photographer's name in capitals: "… el 3 de diciembre. MARTA GIL"
    # a caption closed by the photographer and the wire: "… on December 3. Joseph Otieno / AFP"
    r"(?-i:[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*/\s*"
    r"(?:AFP|AP|Reuters|REUTERS|EPA|ANP|ANSA|EFE|dpa|DPA|Xinhua|Getty Images)$)",
    r"(?-i:^(?=.*[a-zà-ÿ]).{20,}[.!?]\s+[A-ZÀ-Þ]{2,}(?:[\s-]+[A-ZÀ-Þ]{2,}){1,3}"
    r"(?:\s*/\s*[A-Z][\w.-]{1,20}){0,2}$)",
    r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)\s+\S+\s+\d{1,2},\s+\d{4}$",  # embedded post byline
)
# Wire photo credits inside a caption: "REUTERS/Elena Varga", "(AP Photo/Jane Doe)".
_WIRE_PHOTO = re.compile(
    r"\b(?:REUTERS|EPA|EPA-EFE|AFP|ANP|ANSA|EFE|dpa|KEYSTONE|XINHUA|LUSA|TT|NTB|APA|BELGA|"
    r"PAP|CTK|AAP|PTI|ANI)/[A-Z][\w.'’ -]+|"
    r"\((?:AP|AFP|Reuters|EPA) Photo\b[^)]*\)\s*$"
)


def is_caption(text: str) -> bool:
    """True for a photo caption or a picture credit line."""
    return bool(CAPTION.search(text) or _WIRE_PHOTO.search(text))


# A caption without a label: a noun phrase, then a picture-taking participle saying where
# ("Waxwings on the rowan tree, photographed from my kitchen window."); no verb before the
# comma and no clause after the place, so a sentence never matches.
UNLABELLED_CAPTION = re.compile(
    r"^[A-ZÀ-Þ][^.!?,;:\"“”«»]{2,100},\s+(?:photographed|pictured|seen|shown|filmed|taken)\s+"
    r"(?:from|in|at|on|by|during|outside|inside|near|after|before|over|above|below|with)\b"
    r"[^,;!?\"“”«»]{1,100}\.?$"
)
# A caption lead-in whose caption text is on the next line (BBC style).
# A line that announces the caption under it: "Image caption,", and the credit in
# capitals that French-Canadian pages print over their captions ("PHOTO ANNE ROY, LE FIL").
CAPTION_LEAD = re.compile(
    r"^(?:(?i:image|media)\s+(?i:caption)\s*,?"
    r"|(?:PHOTOS?|FOTO|IMAGE|ILLUSTRATION)\s+[A-ZÀ-Þ][A-ZÀ-Þ .,'’/&-]{2,80})$"
)
# Licensing, syndication and legal boilerplate.
DISCLAIMER = any_of(
    r"^(?:©|\(c\)|copyright\s+(?:©|\(c\)|\d{4}|by\b))",
    r"all rights reserved",
    r"\brepublish (?:our|this|these) (?:articles?|stor(?:y|ies)|reporting)\b",
    r"\bis solely responsible for all content\b",
    r"\baccepts? (?:no )?responsibility for the (?:adequacy|accuracy)\b",
    r"\bquotes? (?:are )?delayed (?:by )?(?:a minimum of |at least )?\d+ minutes\b",
    r"has not been edited by .{0,60}(?:staff|team)",
    r"(?:auto-?generated|published) from a syndicated (?:news )?feed",
    r"^\(?except for the headline, this story",
    r"redistribution of this (?:dispatch|content|material)",
    r"may not be (?:published|reproduced), broadcast, rewritten",
    r"^disclaimer\s*:",
    r"^this (?:article|story|post) (?:was|is) (?:originally|first) (?:published|posted|appeared)",
    r"^this (?:article|story|post|report) by\b.{1,60}\b(?:was|is) (?:originally |first )?"
    r"(?:published|posted)\b",
    r"^track (?:the )?latest news\b",
    r"^(?:this (?:article|story) originally appeared)",
    r"^privacy (?:notice|policy)\s*:",
    r"^(?:republished|reprinted) (?:with|by) permission",
    r"^our standards\s*:",
    r"trust principles\.?$",
    r"^the views expressed (?:here|in this)",
    r"not responsible for the content of external (?:sites|websites|links)",
    r"^originally published (?:at|on|in|by)\b",
    r"^we use cookies\b",
    r"\b(?:cookies?)\b.{0,120}\b(?:privacy|privacidade|privacidad|confidentialité|"
    r"datenschutz|privacy policy|navegando|navigating|browsing|navigation|consent\w*)",
    r"^(?:usamos|utilizamos|nous utilisons|wir (?:verwenden|nutzen)|utilizziamo|wij gebruiken)"
    r" cookies\b",
    r"auto-?generated from\b|holds? no responsibility for|takes? no responsibility for",
    r"^a version of this (?:article|story) (?:appears|appeared) in print\b",
    r"^distribution channels?\s*:",
    r"subject to the disclosure requirements",
    r"^for the latest (?:news|headlines|updates|local news)\b.{0,120}$",
    r"riproduzione riservata|todos los derechos reservados|tous droits réservés|"
    r"alle rechte vorbehalten|direitos reservados|alle rechten voorbehouden",
    r"^[^.!?]{0,60}©",  # a short line carrying a copyright sign: "Saltmarsh Notes © 2025"
    r"^dpa-infocom\b",
    r"\bprivacy collection statement\b|^your information is (?:being )?handled in accordance\b",
    # a feed's own note that nobody edited the story, in any order and language
    r"\b(?:automatisch|automatically|automatiquement|automáticamente|automaticamente|"
    r"automaticamente)\b.{0,80}\b(?:übernommen|generated|published|imported|publié|importé|"
    r"publicado|importado|pubblicato|importato|gegenereerd|overgenomen|geplaatst|gepubliceerd|"
    r"veröffentlicht|erstellt|publicerad|publisert)\b",
    r"\b(?:übernommen|generated|published|publié|publicado|pubblicato)\b.{0,40}"
    r"\b(?:automatisch|automatically|automatiquement|automáticamente|automaticamente)\b",
)
# One line that points elsewhere: "Read more: …", "Also Read | …", "RELATED: …".
POINTER = any_of(
    r"^(?:read more|read also|also read|see also|related|more|watch|listen|read|"
    r"lesen sie auch|mehr zum thema|zum thema|auch interessant|lire aussi|à lire aussi|"
    r"lire également|voir aussi|lee también|lee más|más información|te puede interesar|"
    r"leggi anche|leia também|veja também|lees ook|lees meer|läs också|läs mer|les også|"
    r"les mer|læs også|læs mere|lue myös|przeczytaj (?:też|także)|czytaj (?:też|także|więcej)|"
    r"zobacz (?:też|także)|ver también|vea también)\s*[:|»>-]\s*\S.{0,200}$",
    r"^(?:watch|video|gallery|photos|in pictures)\s*[:|]\s*.{0,150}$",
    # a link to another story by its quoted headline: "Lisez « Hiver : … »", "Read "…""
    r"^(?:read|lisez|lire|leer|lea|leggi|lesen sie|leia|lees)\s*:?\s*[«\"“„].{3,150}[»\"”“]$",
)
