"""Furniture cues in fr, en, de, es, it, pt and pl: phrases that mark a line as site furniture.

Each cue is matched against a lowercased line with typographic quotes and apostrophes folded. Cues that could also
occur inside a news sentence are anchored at the start of the line or limited to short lines by the classifier.
"""

from __future__ import annotations

import re

# (reason, pattern). Patterns are regexes searched in the folded, lowercased line.
PROMPT_CUES: tuple[tuple[str, str], ...] = (
    # advertising
    ("advertising", r"^(publicité|advertisement|anzeige|werbung|publicidad|pubblicità|publicidade|reklama)$"),
    (
        "advertising",
        r"afficher votre publicité|advertise with us|advertise here|werben sie bei uns|hier werben|anúnciese|pubblicizza|annoncez ici|régie publicitaire|offres de la régie",
    ),
    ("advertising", r"^(sponsored|sponsorisé|gesponsert|patrocinado|contenu sponsorisé|partner content)\b"),
    # subscription, newsletter, account, login
    ("subscription prompt", r"newsletter|infolettre|boletín|lettre d'information"),
    (
        "subscription prompt",
        r"^(je m'abonne|abonnez-vous|s'abonner|subscribe|jetzt abonnieren|abonnieren|suscríbete|suscribirse|abbonati|assine|zaprenumeruj|subskrybuj|sign up|inscrivez-vous|melden sie sich|regístrate|hazte socio|devenez membre|become a (member|subscriber))\b",
    ),
    (
        "subscription prompt",
        r"\b(abonnez-vous|subscribe now|jetzt abonnieren|suscríbete|abbonati ora)\b|articles? gratuits?|free articles?|kostenlose artikel|artículos gratuitos|articoli gratuiti|(réservé|reserved|vorbehalten|reservado) (aux|for|für|a) (abonnés|subscribers|abonnenten|suscriptores)",
    ),
    (
        "subscription prompt",
        r"(subscribe|sign up) (now |today )?(to|for) (continue|unlimited|full|our)|continue reading|already a subscriber|déjà abonné|weiterlesen mit|bereits abonnent",
    ),
    (
        "subscription prompt",
        r"^(je crée mon compte|créer un compte|create an account|konto erstellen|crea tu cuenta|crear cuenta|registrati|zaloguj)",
    ),
    (
        "subscription prompt",
        r"^(connectez-vous|se connecter|connexion|log ?in|sign in|anmelden|einloggen|inicia sesión|iniciar sesión|accedi|entrar|zaloguj się)\b",
    ),
    ("subscription prompt", r"rejoignez la communauté|join our community|werden sie teil|únete a"),
    (
        "subscription prompt",
        r"^(offre|offer|angebot|oferta) (spéciale|special|exclusive)|premier mois offert|first month free|1 euro",
    ),
    # cookies and consent
    ("cookie prompt", r"\bcookies?\b|\btraceurs\b|\btrackers\b"),
    (
        "cookie prompt",
        r"^(tout accepter|accepter|tout refuser|accept all|reject all|alle akzeptieren|alle ablehnen|aceptar( todas| cookies)?|rechazar|accetta( tutti)?|rifiuta|aceitar|autoriser|bloquer|allow|block|zulassen|blockieren|permitir|bloquear|ok, compris|got it|verstanden|entendido)$",
    ),
    (
        "cookie prompt",
        r"(politique de confidentialité|privacy policy|datenschutzerklärung|política de privacidad|informativa sulla privacy|política de privacidade)",
    ),
    (
        "cookie prompt",
        r"(gérer mes choix|paramétrer les cookies|manage (my )?(preferences|cookies|consent)|einstellungen verwalten|configurar cookies)",
    ),
    # notifications and browser prompts
    (
        "notification prompt",
        r"\bnotifications?\b|push-?(mitteilungen|nachrichten|benachrichtigungen)|benachrichtigungen|notificaciones|notifiche|\balertes? (de la rédaction|info)|(désactiv|deactivat|deaktivier|desactiv|disattiv)\w*.{0,40}(à tout moment|at any time|jederzeit|en cualquier momento|in qualsiasi momento)",
    ),
    ("notification prompt", r"^(écoutez|listen|hören sie|escucha|ascolta)\b.{0,40}(en direct|live|directo|diretta)"),
    (
        "notification prompt",
        r"(est|is|ist|está) (aussi |also |auch |también )?(sur|on|auf|en) (whatsapp|telegram|instagram|facebook|tiktok|google news)|(suivez|follow|folgen sie|síguenos|seguici)\b.{0,30}(whatsapp|telegram|instagram|facebook|x|twitter|tiktok|google news)",
    ),
    ("notification prompt", r"^cliquez sur|^click (on )?[\"“]?(allow|ok)|^klicken sie|^haz clic|^clicca"),
    ("notification prompt", r"^bienvenue sur|^welcome to|^willkommen (bei|auf)|^bienvenido a|^benvenuto su"),
    ("notification prompt", r"^(ne manquez rien|don't miss|verpassen sie nichts|no te pierdas)"),
    ("notification prompt", r"^(téléchargez|download) (notre|l'|our|the) (app|application)|^(laden sie|descarga) "),
    # comments
    (
        "comment widget",
        r"^(\d+\s+)?(commentaires?|comments?|kommentare?|comentarios?|commenti|comentários|komentarze?|postings?|reacties|réactions?|reacciones)(\s*\(\d+\)|\s*:?\s*\d+)?$",
    ),
    (
        "comment widget",
        r"^(join the (conversation|discussion|debate)|rejoignez (la discussion|le débat)|diskutieren sie mit|únete a la (conversación|discusión)|partecipa alla discussione)\b",
    ),
    (
        "comment widget",
        r"(identifiez|connectez|log ?in|sign in|anmelden|einloggen|inicia sesión|identifícate|accedi).{0,40}comment|comment\w*.{0,40}(identifiez|connectez|compte|account|konto|cuenta|registr)",
    ),
    (
        "comment widget",
        r"espace des commentaires|pour pouvoir commenter|to (post a )?comment|kommentieren sie|para comentar|per commentare|réagir à cet article|laisser un commentaire|leave a comment|comment on this|kommentar schreiben|deja (un|tu) comentario|^ton opinion$|^votre opinion$|^ihre meinung$|^tu opinión$|^your view$|^have your say$",
    ),
    ("comment widget", r"^(signaler|report|melden|denunciar|segnala) (un abus|abuse|this comment|comentario)?$"),
    # sharing
    ("share widget", r"^(partager|partagez|share|teilen|compartir|condividi|compartilhar|udostępnij)\b.{0,60}$"),
    (
        "share widget",
        r"^(facebook|twitter|x|linkedin|whatsapp|e-?mail|imprimer|print|drucken|imprimir|copier le lien|copy link|link kopieren)(\s*[|/·,]\s*(facebook|twitter|x|linkedin|whatsapp|e-?mail|imprimer|print|drucken|imprimir))*$",
    ),
    # navigation
    ("navigation", r"^(rechercher|recherche|search|suche|suchen|buscar|búsqueda|cerca|pesquisar|szukaj)$"),
    ("navigation", r"^(retour en haut|back to top|nach oben|volver arriba|torna su|voltar ao topo)$"),
    ("navigation", r"^(menu|accueil|home|startseite|inicio|portada|sommaire|contents|inhalt)$"),
    ("navigation", r"^(contactez-nous|contact us|kontakt|contáctenos|contacto|contatti)(?!\w{3})"),
    (
        "navigation",
        r"^(mentions légales|legal notice|impressum|aviso legal|note legali|plan du site|sitemap|cgu|cgv|terms of (use|service))\b",
    ),
    # related links and other headlines
    (
        "related links",
        r"^(à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|sur le même sujet|read (also|more)|see also|related|more on this|most read|most popular|trending|lesen sie auch|auch interessant|mehr zum thema|meistgelesen|lee también|lea también|te puede interesar|lo más leído|leggi anche|i più letti|leia também|mais lidas|czytaj też|zobacz też)\b",
    ),
    (
        "related links",
        r"^(dans la même rubrique|les plus lus|les plus partagés|à la une|en continu|dernières infos|latest news|top stories|neueste nachrichten|últimas noticias|ultime notizie|articles similaires|articles liés|similar articles|related articles|ähnliche artikel|weitere artikel|noticias relacionadas|artículos relacionados|articoli correlati|más noticias|more stories|read the full story|lire l'article complet|zum artikel)\b",
    ),
    # reading time, counters, timestamps
    (
        "reading time",
        r"^\d+\s*(min|minutes?|mins?)\.?\s*(de lecture|read|reading|lesezeit|de lectura|di lettura|de leitura)$|^(lesezeit|lectura|lecture|temps de lecture|reading time|tempo di lettura|tiempo de lectura)\s*:?\s*\d+",
    ),
    (
        "timestamp",
        r"^(publié|actualisé|mis à jour|modifié|mise à jour|published|updated|posted|last updated|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|atualizado|opublikowano|zaktualizowano)\b[^!?]{0,80}(?<!\.)$",
    ),
    (
        "counter",
        r"^(gallery|galerie|galería|galleria|bildergalerie|fotogalerie|photos?|fotos?|diaporama|slideshow)\s*:?\s*\d+\s*(/|of|sur|von|de|di)\s*\d+$",
    ),
    (
        "timestamp",
        r"^(le |am |el |il |on )?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(\s*(à|um|a las|alle|at|,)?\s*\d{1,2}[:h]\d{2})?$",
    ),
    # credits, bylines, copyright
    (
        "photo credit",
        r"^(crédits?|credits?|photo|photos|foto|fotos|bild|image|illustration|source photo|©)\s*(:|/|©|-)",
    ),
    (
        "copyright",
        r"^©\s*\S|^copyright\b|\(c\)\s*\d{4}|tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati",
    ),
    ("byline", r"^(rédaction|redaktion|redacción|redazione|newsroom|staff reporter|correspondant)\b.{0,50}$"),
)

# Bylines, matched on the original case: "Par Julien Carrasco", "By Tom Ellerby, Local Democracy Correspondent".
BYLINE = re.compile(
    r"^(?:Par|By|Von|Por|Di|De|Przez|Door)\s+(?:(?:la |le |der |the |el |la )?(?:rédaction|Redaktion|redacción|redazione|staff|newsroom)\b.{0,60}"
    r"|[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|von|van|da|del|di|le|la)){0,3}(?:\s*(?:[,|/]|\bavec\b|\bwith\b|\bmit\b|\bcon\b|\bund\b|\band\b|\bet\b|\by\b)\s*.{0,80})?)$"
)
# An author's bio: "Marion Teyssier est correspondante du Courrier du Val ...".
AUTHOR_BIO = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}\s+(?:est|is|ist|es|è)\s+(?:une?\s+|a\s+|an\s+|\w+\s+)?(?:correspondante?|journaliste|reporter|rédact(?:eur|rice)|editor|korrespondent(?:in)?|redakteur(?:in)?|periodista|corresponsal|giornalista|redattore)\b",
    re.I,
)

# Agency sign-offs: "afp/olhor", "(nxp/ats/afp)", "(Source : AFP)", "(CP)", "(NewsXpress)".
SIGNOFF_LINE = re.compile(
    r"^\(?[a-z]{2,8}(\s*/\s*[a-z]{2,10})+\)?$|^\([A-Za-zÀ-ÿ]{2,10}(\s*/\s*[A-Za-zÀ-ÿ]{2,10})+\)$|^\((?i:source|sources|quelle|fuente|fonte)\s*:\s*[^)]{2,40}\)$|^\([A-Z][\w .&-]{0,29}\)$"
)
# A sign-off glued to the end of a news line: "... de mardi. (nxp/ats/afp)".
TRAILING_SIGNOFF = re.compile(
    r"\s*\((?:[a-z]{2,8}(?:/[a-z]{2,10})+|(?:source|quelle|fuente|fonte)\s*:\s*[^)]{2,40})\)\s*$", re.I
)

# A caption's credit glued to it: "...(EI).Vasily Maximov/AFP", "... [AFP - Anne Poujoulat]", "... Photo: J. Smith/CP".
GLUED_CREDIT = re.compile(
    r"(?:[.)»\"”]\s?|\s)(?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\s*/\s*(?:AFP|AP|Reuters|EPA|dpa|Keystone|ANSA|EFE|Getty|Getty Images|[A-Z]{2,6})\s*$"
    r"|[.)»\"”](?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\s*/\s*[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?\s*$"
    r"|\s-?\s*\[[^\]]{2,60}\]\s*$"
    r"|\s*\((?:Photo|Foto|Bild|Crédit|Credit|Crédito|Image)\b[^)]{2,80}\)\s*$"
    r"|(?:\s|[.)»\"”])(?:Photo|Foto|Bild|Crédit|Credit|Crédito|Image)\s*:\s*[^!?]{2,60}$"
)

# Gallery captions start with a day.month prefix: "29.06 La ville ...".
GALLERY_LINE = re.compile(r"^\d{1,2}\.\d{2}\.?\s+\S")
COUNTER_LINE = re.compile(r"^\d{1,4}\s*/\s*\d{1,5}$|^-?\s*\d{1,2}m\s?\d{2}s?$|^\d{1,2}:\d{2}(:\d{2})?$")

# Markers that open a new item on a live or multi-item page.
ITEM_MARKER = re.compile(
    r"^(publié|published|veröffentlicht|publicado|pubblicato|publicado em|opublikowano)\b[^!?]{0,60}(?<!\.)$", re.I
)
# Pages of short items ("The week in brief", "En bref") are cut at their item headlines.
BRIEFS_PAGE = re.compile(
    r"\b(in brief|en bref|kurz gemeldet|kurzmeldungen|in kürze|en breve|breves|in breve|news in brief|briefing)\b", re.I
)

# Credits for names: "Keystone/AP".
AGENCY_NAME = re.compile(r"^[A-Z][\w-]+(\s*/\s*[A-Z][\w-]+)+$")
