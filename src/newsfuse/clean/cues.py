"""Furniture cues in fr, en, de, es, it, pt and pl, and the commonest in nl, sv and no: phrases that mark a line as
site furniture.

Each cue is matched against a lowercased line with typographic quotes and apostrophes folded (``textnorm.fold``).
A cue has a scope, because the same words can sit inside a news sentence:

- ``start``: the pattern is anchored at the start of the line (often at its end too); it applies to short lines only;
- ``any``: a phrase that is furniture wherever it stands in a short line ("il vous reste 65 % à découvrir");
- ``strong``: a phrase that only furniture says, whatever the length of the line ("nous utilisons des cookies").

Short means at most ``SHORT_LINE_WORDS`` words. A long line is removed only by a strong cue, so a news paragraph that
mentions cookies, newsletters or comments stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHORT_LINE_WORDS = 25


@dataclass(frozen=True)
class Cue:
    """One furniture cue: the reason it gives, where it may match, and its pattern."""

    reason: str
    scope: str  # "start", "any" or "strong"
    pattern: re.Pattern[str]


def _cues(scope: str, reason: str, *patterns: str) -> list[Cue]:
    return [Cue(reason, scope, re.compile(p)) for p in patterns]


# A live page's box of links to its main updates: "Key events" over "18:05 Gust of 167km/h recorded at Inishcorra".
KEY_EVENTS = re.compile(
    r"^(key events|temps forts|momentos clave|momenti chiave|belangrijkste momenten|viktigaste händelserna|"
    r"nøkkelhendelser|vigtigste begivenheder|najważniejsze wydarzenia)$"
)
# A report's note that an ad stands in it, as an ad's label is: "Artikeln fortsätter nedanför annonsen", "Story
# continues after this advertisement".
AD_CONTINUES = re.compile(
    r"^(?:the )?(?:article|story|artikeln|texten|artiklen|artikkelen|saken|historien|artikel|der artikel|l'article|"
    r"el artículo|l'articolo|o artigo|het artikel|artykuł) (?:continues|fortsätter|fortsætter|fortsetter|geht|wird|"
    r"continue|continúa|continua|gaat verder|czytaj dalej) (?:below|after|under|nedanför|nedenfor|efter|etter|"
    r"unter|nach|après|sous|después de|debajo de|dopo|sotto|após|depois d[ae]|onder|na|pod) (?:this |the |la |el |"
    r"del |de |a |da |der )?(?:ad|advert|advertisement|annonsen|annoncen|reklamen|anzeige|werbung|publicité|"
    r"publicidad|anuncio|pubblicità|publicidade|advertentie|reklamą)(?: weiter| fortgesetzt)?\W*$"
)
# Words shared by several cues.
_COMMENTS = r"(?:commentaires?|comments?|leserkommentare?|kommentare?|kommentarer|opinie|opinii|comentarios?|commenti|commento|comentários?|komentarz[ey]?|komentarzy|postings?|réactions?|reacciones|reacties)"
_REACTIONS = r"(?:réactions?|reacciones|reacties|reactions?)"
_LOGIN = r"(?:identifiez-vous|connectez-vous|se connecter|log ?in|sign in|anmelden|einloggen|melden sie sich an|inicia sesión|iniciar sesión|identifícate|accedi|faça login|fazer login|inicie sessão|iniciar sessão|zaloguj się|zaloguj|logga in|logg inn|log ind|inloggen)"
_SUBSCRIBE = r"(?:abonnez-vous|je m'abonne|s'abonner|abonnieren|subscribe|suscríbete|suscribirse|abbonati|abbonarsi|assine|assina|subscreva|subskrybuj|zaprenumeruj)"
# A live page's start: "Direct commencé le ...", "Live started ...".
_LIVE_START = (
    r"^(?:direct|en direct|live|liveblog|live-ticker|directo|en directo|diretta|ao vivo)\s+(?:commencé|started|begonnen|"
    r"gestartet|iniciado|comenzado|iniziata|iniciada|startet|startade)\b"
)
LIVE_START = re.compile(_LIVE_START, re.I)
_SIGNUP = r"(?:inscrivez-vous|je m'inscris|sign up|melden sie sich|registrieren sie sich|regístrate|apúntate|iscriviti|inscreva-se|registe-se|cadastre-se|zapisz się|zarejestruj się)"
# A motto's preposition and article: "Aus der", "Für die", "for the".
_MOTTO_HEAD = (
    r"(?:aus|von|für|from|for|by|of|de|pour|par|da|per|uit|voor|van|fra|från|för|z|dla|por|para|del) "
    r"(?:der |die |das |dem |the |la |le |el |il |de |het )?"
)
_RECEIVE = r"(?:recevez|recevoir|receive|get|erhalten sie|bekommen sie|recibe|recibir|ricevi|ricevere|receba|recebe|receber|otrzymuj|otrzymasz|ontvang)"
_NETWORKS = r"(?:whatsapp|telegram|instagram|facebook|tiktok|youtube|linkedin|threads|bluesky|mastodon|twitter|google news|google actualités|flipboard)"
_FOLLOW = r"(?:volg ons|volg|følg oss|følg os|følg|följ oss|följ|suivez-nous|suivez|retrouvez-nous|follow us|follow|folgen sie uns|folgen sie|síguenos|sigue|seguici|segui|siga-nos|siga|acompanhe|obserwuj nas|obserwuj|polub nas|dołącz do nas)"
# Words that measure something against a year, as a headline does ("highest since 1998"), which a motto never does.
_SINCE_MEASURE = (
    r"(?:worst|best|highest|lowest|biggest|largest|strongest|hottest|coldest|wettest|driest|deadliest|first|record|"
    r"most|least|fewest|longest|schlimmste\w*|höchste\w*|niedrigste\w*|größte\w*|stärkste\w*|erstmals|rekord\w*|"
    r"pire|plus|record|premi[eè]re?|jamais|peor|mayor|menor|más|r[eé]cord|primera?|peggior\w*|più|prima|massim\w*|"
    r"minim\w*|pior|maior|menor|mais|recorde|primeir[oa]|slechtste|hoogste|laagste|grootste|eerste|v[äa]rsta|"
    r"högsta|lägsta|största|första|verste|høyeste|højeste|laveste|største|første|mest|naj\w+|pierwsz\w*|rekordow\w*)"
)

CUES: tuple[Cue, ...] = tuple(
    # --- advertising
    _cues(
        "start",
        "advertising",
        r"^(publicité|pub|advertisement|advertising|ad|anzeige|inserat|werbung|publicidad|publicidade|pubblicità|reklama|annonce|annons|annonse|reklame|advertentie|advertorial|sponsoreret|sponset|sponsrad|sponsored|sponsorisé|gesponsert|patrocinado|sponsorizzato|materiał sponsorowany|artykuł sponsorowany|spazio promozionale|spazio pubblicitario|messaggio promozionale|espacio publicitario|espaço publicitário|espace publicitaire)$",
        r"^(contenu sponsorisé|contenu partenaire|materiał partnera|artykuł partnera|partner content|paid content|sponsored content|anzeige ?-|promoted|contenido patrocinado|contenuto sponsorizzato|conteúdo patrocinado|treść sponsorowana)\b",
        r"^(story continues below advertisement|article continues below|la suite après (cette )?(la )?publicité|suite après la publicité|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt|sigue después de la publicidad|continúa después de la publicidad|continua dopo la pubblicità|l'articolo continua dopo la pubblicità|continua (depois|após) (da |a )?publicidade|continua a seguir à publicidade|dalsza część artykułu pod reklamą|reklama - czytaj dalej|artikkelen fortsetter under annonsen|artikeln fortsätter under annonsen|artiklen fortsætter under annoncen|annonsen fortsetter|annonce slut)\b",
        r"^get your (free )?(ringtones?|logos|wallpapers?|games)\b",
    )
    + _cues(
        "any",
        "advertising",
        r"afficher votre publicité|advertise with us|advertise here|werben sie bei uns|hier werben|anúnciese|anuncie aqui|anuncie connosco|pubblicizza|annoncez ici|offres de la régie|reklamuj się",
        # "Advertise in japantimes.co.jp.", "deals from our premier advertisers", "a FREE Site Pass".
        r"\badvertise (in|on) [\w-]+\.[\w.]+|\b(our|select|premier) advertisers\b|\bsite pass\b",
    )
    + _cues(
        "any",
        "subscription prompt",
        r"\bavailable in full\b.{0,60}\bsubscribers\b|\bhow to subscribe\b|^to subscribe\b",
        r"\bi want to subscribe\b|\bpurchase a (personal |digital |print )?subscription\b",
        # Alert and newsletter offers: "Breaking News Alerts Text e-mail when a major news event happens."
        r"\bsent to your (inbox|phone|mobile)\b|\bsend alerts to my\b|^breaking news (e-?mail |text )?alerts?\b",
    )
    # --- subscription, newsletter, account, paywall
    + _cues(
        "start",
        "subscription prompt",
        rf"^({_SUBSCRIBE}|{_SIGNUP}|jetzt abonnieren|abonnement|hazte socio|hazte suscriptor|devenez membre|become a (member|subscriber)|support (our|independent) journalism|soutenez (notre|le) journalisme|unterstützen sie (unseren|den|unabhängigen) (lokal)?journalismus|apoya el periodismo|sostieni il giornalismo|apoie o jornalismo|wesprzyj)\b",
        r"^(je crée mon compte|créer (un|mon) compte|create (an|your|a free) account|konto erstellen|crea tu cuenta|crear (una )?cuenta|crea un account|registrati|crie (a sua|sua) conta|criar conta|załóż konto)\b",
        rf"^({_LOGIN}|entrar|connexion|mon compte|my account|mein konto|mi cuenta|il mio account|minha conta|a minha conta|moje konto|déconnexion|log ?out|sign out|abmelden|cerrar sesión|esci|sair|wyloguj)( \| .*)?$",
        r"^(offre|offer|angebot|oferta|offerta|promocja) (spéciale|special|exclusive|exclusiva|speciale|especial|limitée|limited|dostępna)\b",
        r"^(abonnés|abonné|réservé abonnés|premium|subscribers? only|for subscribers|nur für abonnenten|abo\+?|exclusivo (para )?suscriptores|solo (para )?suscriptores|riservato (agli )?abbonati|exclusivo (para )?assinantes|alleen voor abonnees|tylko dla prenumeratorów)$",
        r"^(déjà abonné|already a subscriber|already have an account|bereits abonnent|schon abonnent|ya eres suscriptor|¿ya eres suscriptor|sei già abbonato|já é assinante|já é subscritor|masz już konto|masz już subskrypcję)\b",
        r"^(newsletter|lettre d'information|infolettre|boletín|boletim|biuletyn|nieuwsbrief|nyhetsbrev|nyhedsbrev)s?( \w+){0,3}$",
        r"\b(anmäl dig|tilmeld dig|meld deg på|prenumerera|abonnér|abonner)\b.{0,40}\b(nyhetsbrev|nyhedsbrev)",
        # "Nieuwsbrief: ontvang elke ochtend het nieuws ...": the offer under its label.
        r"^(newsletters?|lettre d'information|infolettre|boletín|boletim|biuletyn|nieuwsbrief)\s*:",
        r"^(word abonnee|neem een abonnement|abonneer (je|u))\b",
    )
    + _cues(
        "any",
        "subscription prompt",
        rf"({_SUBSCRIBE}|{_SIGNUP}|{_RECEIVE}|abonne|abonnier|notre|our|unsere|nuestr[oa]s?|nostr[oa]|noss[oa]|naszego|nasz)\b.{{0,40}}\b(newsletters?|infolettres?|lettre d'information|boletín|boletim|biuletyn)",
        r"(newsletters?|infolettres?)\b.{0,40}\b(inscrivez-vous|inscris-toi|abonnez-vous|abonne-toi|subscribe|sign up|abonnieren|bestellen|suscríbete|apúntate|iscriviti|assine|inscreva-se|subskrybuj|zapisz się)\b",
        r"\b(abonnez-vous|subscribe now|subscribe today|jetzt abonnieren|jetzt testen|suscríbete ahora|abbonati ora|assine já|assine agora|subskrybuj teraz)\b",
        r"articles? gratuits? restants?|free articles? (left|remaining)|kostenlose artikel|artículos gratuitos|articoli gratuiti|artigos gratuitos|darmowe artykuły",
        r"(réservé|reserved|vorbehalten|reservado|riservato|exclusivo|exclusive|dostępny tylko) (aux|for|für|a|para|dla) (nos )?(abonnés|subscribers|abonnenten|suscriptores|abbonati|assinantes|subskrybentów|prenumeratorów)",
        r"(subscribe|sign up|log in|register) (now |today )?(to|for) (continue|keep reading|unlimited|full|read)|continue reading|to read the full|pour lire la suite|pour poursuivre votre lecture|weiterlesen mit|um weiterzulesen|para seguir leyendo|para continuar leyendo|per continuare a leggere|para continuar a ler|para continuar lendo|aby czytać dalej|aby przeczytać całość",
        # "Lesen Sie jetzt weiter mit WA+", "Lees verder met Plus", "Continue reading with ...": a plan's name follows.
        r"^(lesen sie|lies|weiterlesen|read|keep reading|continue reading|lisez|continuez|lea|siga leyendo|leggi|continua a leggere|leia|continue lendo|continue a ler|lees|czytaj) (jetzt |now |maintenant |ahora |ora |agora |nu |teraz )?(weiter |on |la suite |verder |dalej )?(mit|with|avec|con|com|met|z)\b",
        r"^lees verder met\b",
        r"premier mois (offert|à \d|pour \d)|first month (free|for \W?\d)|(für|für nur) \d+([.,]\d+)? ?€ im ersten monat|primer mes (gratis|por \d)|primo mese (gratis|a \d)|primeiro mês (grátis|por \d)|pierwszy miesiąc (za darmo|za \d)",
        r"il vous reste \d+ ?% (de l'article )?à (lire|découvrir)|you have \d+ free (articles|stories)|sie haben noch \d+ (kostenlose|freie) artikel|te quedan \d+ (artículos|noticias)|ti restano \d+ articoli|restam(-lhe)? \d+ artigos|pozostało( ci)? \d+ (darmowych )?artykuł",
        # "Pozostało 58% artykułu", "62% of this article remains": the cut-off under a paywall.
        r"^(pozostało|zbývá|noch|restan|rimane|restam|resterende) \d+ ?% (artykułu|des artikels|del artículo|dell'articolo|do artigo|van het artikel)|^\d+ ?% of (this|the) (article|story) (remains|left|remaining)",
        r"rejoignez la communauté|join (our|the) community|werden sie teil|únete a la comunidad|unisciti alla community|junte-se à comunidade|dołącz do społeczności",
        # A pay-per-article offer: "Price: US$30* In order to purchase this article you must be a registered user."
        r"\bin order to (purchase|buy) this article\b|\byou must be a registered (user|member)\b|\bpour acheter cet article\b",
    )
    + _cues(
        "strong",
        "subscription prompt",
        r"cet article est réservé aux abonnés|this (article|story|content) is (only )?(available|reserved) (to|for) subscribers|dieser artikel ist (nur )?für abonnenten|este artículo es (exclusivo )?para suscriptores|questo articolo è riservato agli abbonati|este artigo é exclusivo para assinantes|ten artykuł jest dostępny (tylko )?dla (subskrybentów|prenumeratorów)",
    )
    # --- cookies and consent
    + _cues(
        "start",
        "cookie prompt",
        r"^(tout accepter|accepter( et fermer| et continuer)?|j'accepte|tout refuser|refuser|continuer sans accepter|accept( all| cookies| and close)?|reject all|i agree|alle akzeptieren|akzeptieren|alle ablehnen|ablehnen|zustimmen|aceptar( todas| cookies| y cerrar)?|rechazar( todas)?|accetta( tutti| e chiudi)?|rifiuta( tutti)?|aceitar( todos| e fechar)?|rejeitar( todos)?|concordo|akceptuj(ę)?|zgadzam się|odrzuć|autoriser|bloquer|allow|block|zulassen|blockieren|permitir|bloquear|consenti|permettere|bloccare|zezwól|zablokuj|ok, compris|got it|verstanden|entendido|ho capito|percebi|rozumiem|ok)$",
        r"^(gérer mes choix|gérer les cookies|paramétrer les cookies|paramètres des cookies|cookie settings|manage (my )?(preferences|cookies|consent|choices)|cookie-einstellungen|einstellungen verwalten|privatsphäre-einstellungen|configurar cookies|configuración de cookies|gestisci (le )?preferenze|impostazioni (dei )?cookie|gerir (as )?preferências|definições de cookies|ustawienia (plików )?cookie|zarządzaj zgodami)\b",
    )
    + _cues(
        "any",
        "cookie prompt",
        r"\bcookies?\b.*(\||\b(accepter|j'accepte|accept( all)?|i agree|akzeptieren|zustimmen|aceptar|accetta|aceitar|akceptuj(ę)?|ok|zamknij|fermer|close|schließen|cerrar|chiudi|fechar)\s*$)",
        r"plików cookie|pliki cookie",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(we|nous|wir|utilizamos|usamos|utilizziamo|usiamo|utilizamos|używamy|this (web)?site|ce site|diese (web)?seite|diese website|este (sitio|site|portal)|esta web|questo sito|il sito|ta strona|nasza strona|nós|nous et nos partenaires|we and our partners|wir und unsere partner|nosotros y nuestros socios|noi e i nostri partner|nós e os nossos parceiros|my i nasi partnerzy)\b.{0,50}\b(cookies?|traceurs|trackers|plików cookie|pliki cookie|tecnologias semelhantes|tecnologie simili|technologies similaires)",
        r"(politique de confidentialité|privacy policy|datenschutzerklärung|política de privacidad|informativa (sulla )?privacy|política de privacidade|polityka prywatności)\b.{0,80}\b(cookies?|consent|accept|akzept|acept|accett|aceit|zgod)",
    )
    # --- notifications, apps, audio, social networks
    + _cues(
        "start",
        "notification prompt",
        r"^(cliquez sur|click (on )?[\"“]?(allow|ok|accept)|klicken sie|haz clic|pulsa|clicca su|clique em|kliknij)\b",
        r"^(bienvenue sur|welcome to|willkommen (bei|auf)|bienvenido a|benvenuto su|bem-vindo ao?|witamy (na|w))\b[^.]*$",
        r"^(ne manquez rien|don't miss|never miss|verpassen sie nichts|no te pierdas|non perderti|não perca|nie przegap)\b",
        r"^(téléchargez|download|laden sie|descarga|descargue|scarica|baixe|descarregue|pobierz)\b.{0,40}\b(app|application|appli|aplicación|applicazione|aplicativo|aplicação|aplikację)\b",
        r"^(écouter|écoutez|listen|hören sie|anhören|escucha|escuchar|ascolta|ascoltare|ouvir|ouça|posłuchaj|odsłuchaj|słuchaj|luister|lyssna)\b.{0,30}(article|artikel|artículo|noticia|articolo|notizia|artigo|notícia|artykuł|podcast|en direct|live|directo|diretta|direto|na żywo|\d+ ?min)",
        r"^(activer|activez|enable|turn on|aktivieren|activa|attiva|ativar|ative|włącz)\b.{0,30}(notifications?|alertes?|benachrichtigungen|mitteilungen|notificaciones|notifiche|notificações|powiadomienia)",
        # "Artikel anhören", "Article audio": the player's label, the noun first.
        r"^(artikel|beitrag|article|artículo|articolo|artigo|artykuł) (anhören|vorlesen( lassen)?|audio|écouter|escuchar|ascoltare|ouvir|odsłuchaj|voorlezen|beluisteren)(\s*[·|:–-]\s*[\d:.,]+\s*(min\.?|minuten|minutes?)?)?$",
        rf"^{_FOLLOW}\b.{{0,60}}\b{_NETWORKS}",
        r"[\w-]*\b(app|application|appli|aplicación|applicazione|aplicativo|aplicação|aplikację)\b.{0,20}\b(herunterladen|downloaden|télécharger|descargar|scaricare|baixar|descarregar|pobrać|installeren|installieren)\b[^.!?]*$",
        r"^(zet|schakel) (de )?(push)?(meldingen|notificaties)\b",
        rf"^({_RECEIVE}|abonnez-vous|abonne-toi|subscribe|abonnieren|suscríbete|iscriviti|inscreva-se|assine|subskrybuj|dołącz)\b.{{0,60}}\b{_NETWORKS}",
    )
    + _cues(
        "any",
        "notification prompt",
        r"\b(activer|activez|activant|enable|aktivieren|activa|activar|attiva|ativar|włącz)\w*\b.{0,40}\b(notifications?|alertes?|benachrichtigungen|push-mitteilungen|notificaciones|notifiche|notificações|powiadomienia)\b",
        r"push-?(mitteilungen|nachrichten|benachrichtigungen)|\balertes? (de la rédaction|info|mail)\b|(désactiv|deactivat|deaktivier|desactiv|disattiv|desativ|wyłącz)\w*.{0,40}(à tout moment|at any time|jederzeit|en cualquier momento|in qualsiasi momento|a qualquer momento|w każdej chwili)",
        rf"\b(est|is|ist|está|è|jest) (aussi|also|auch|también|anche|também|też|także|désormais|now|jetzt|ahora|ora|agora|teraz) (sur|on|auf|en|su|no|na|w) {_NETWORKS}\s*[.!]?$",
        rf"\b(no seu|sur votre|on your|auf ihrem|en tu|sul tuo|na twój|no teu) {_NETWORKS}",
    )
    + _cues(
        "strong",
        "notification prompt",
        r"(recevoir|recevez|receive|erhalten|recibir|ricevere|receber|otrzymywać)\b.{0,40}\bnotifications?\b.{0,80}\b(navigateur|browser|navegador|przeglądar)|pour vous désabonner|to unsubscribe|zum abbestellen|para darte de baja|per annullare l'iscrizione|para cancelar a subscrição|aby zrezygnować",
    )
    # --- comments
    + _cues(
        "start",
        "comment widget",
        # "Reacciones" alone is as often a report's subheading (the reactions to a vote) as a comment section's head
        rf"^(?!{_REACTIONS}$)(\d+\s+)?{_COMMENTS}(\s*\(\d+\)|\s*:?\s*\d+)?$",
        rf"^\d+\s+{_COMMENTS}\s*[–—|·-]\s*[^.!?]{{0,40}}$",
        # the forum's name before its count: "Forum: 148 Postings", "Debatt: 12 kommentarer"
        rf"^(forum|debatt|debat|debate|débat|dibattito|discussion|diskussion)\s*:\s*\d+\s+{_COMMENTS}$",
        # a count written as a sentence: "Hay 1 comentario", "Il y a 3 commentaires", "There are 12 comments"
        rf"^(hay|il y a|there (is|are)|es gibt|ci sono|c'è|há|er (is|zijn)|det finns|der er|det er|jest|są) \d+ {_COMMENTS}$",
        r"^(reageer|reageren|réagir|commenter|comment|kommentieren|comentar|commenta|kommentera|kommenter)\s*\(\d+\)$",
        rf"^(voir|afficher|lire|show|view|read|see|alle|ver|leggi|mostra|zobacz|pokaż|carregar|cargar|charger|load) (les |all |the |los |i |os |todos os |wszystkie )?(\d+ )?{_COMMENTS}\b",
        r"^(join the (conversation|discussion|debate)|rejoignez (la discussion|le débat)|diskutieren sie mit|únete a la (conversación|discusión)|partecipa alla discussione|participe da discussão|dołącz do dyskusji)\b",
        r"^(ton opinion|votre opinion|votre avis|donnez votre avis|ihre meinung|deine meinung|tu opinión|su opinión|la tua opinione|il tuo parere|a sua opinião|sua opinião|twoja opinia|your view|your views|have your say|what do you think|qu'en pensez-vous|was meinen sie|¿qué opinas|cosa ne pensi|o que você acha|co o tym sądzisz)\b",
        r"^(réagir|réagissez|commenter|commentez|comment|kommentieren|comentar|comenta|commenta|comentar|skomentuj|napisz komentarz)( (cet|l'|this|den|el|la|l'|o|ten) ?\w*)?$",
        r"^(signaler|report|melden|denunciar|segnala|denunciar|zgłoś)( (un abus|abuse|this comment|ce commentaire|comentario|commento|comentário|komentarz|nadużycie))?$",
        r"^(ajouter un commentaire|add a comment|post a comment|leave a (comment|reply)|kommentar (schreiben|hinzufügen|verfassen)|añadir (un )?comentario|deja (un|tu) comentario|escribe (un|tu) comentario|aggiungi un commento|lascia un commento|scrivi un commento|adicionar comentário|deixe (o seu|seu|um) comentário|deixar comentário|dodaj komentarz|napisz komentarz)\b",
    )
    + _cues(
        "start",
        "comment policy",
        # "ATENÇÃO: Comentários com textos ininteligíveis ... não serão aprovados pelo moderador.": the site's rules.
        rf"^((atenção|atencao|attention|achtung|atención|attenzione|uwaga|note|nota|let op|please note)\s*:\s*)?((les|the|los|las|i|gli|os|as|die|de)\s+)?{_COMMENTS}\b.{{0,120}}\b(não serão|nao serao|will not be|won't be|ne seront pas|werden nicht|no serán|non saranno|nie będą|zullen niet)\s+(aprovados|publicados|approved|published|posted|publiés|approuvés|validés|freigeschaltet|veröffentlicht|publicados|aprobados|pubblicati|approvati|publikowane|gepubliceerd)\b",
    )
    + _cues(
        "any",
        "comment widget",
        rf"{_LOGIN}\b.{{0,50}}\b(comment|kommentier|kommenter|comentar|comentá|komentarz|skomentow|réagir|posten|reageren|reageer)",
        rf"\b(pour|to|um|para|per|aby|żeby) (pouvoir |be able to |zu )?(commenter|réagir|post a comment|comment on|kommentieren|comentar|commentare|comentar|skomentować|dodać komentarz)\b.{{0,40}}\b({_LOGIN}|compte|account|konto|cuenta|conta|registr|inscri|abonn|subscri)",
        r"^(réagir à cet article|réagissez à cet article|commenter cet article|react to this (article|story)|comment on this (article|story)|dieses? (artikel|beitrag) kommentieren|comentar (este|esta) (artículo|noticia)|commenta (questo articolo|la notizia)|comente (este artigo|esta notícia)|skomentuj (ten )?artykuł|kommentera artikeln|kommenter (artikkelen|saken)|kommentér artiklen)\b(\s*\(\d+\))?",
        r"espace des commentaires|comment section|kommentarbereich|sección de comentarios|sezione (dei )?commenti|secção de comentários|seção de comentários|sekcja komentarzy|caricamento commenti|chargement des commentaires|loading comments|kommentare werden geladen|cargando comentarios|carregando comentários|ładowanie komentarzy",
        r"\b(signaler|report|melden|reportar|segnala|zgłoś|comunicar) (une erreur|un abus|an error|a mistake|a typo|einen fehler|fehler|un error|un errore|um erro|erro|błąd)\b",
    )
    # --- asking for the reader's verdict or support: "Ti è piaciuto questo articolo? Sostieni l'informazione locale"
    + _cues(
        "start",
        "feedback prompt",
        r"^(vous avez aimé cet article|avez-vous aimé cet article|cet article vous a plu|cet article vous a-t-il été utile|did you (like|enjoy) (this|the) (article|story)|enjoyed (this|the) (article|story)|was this (article|story|page) (helpful|useful)|hat ihnen (dieser|der) (artikel|beitrag) gefallen|gefällt ihnen (dieser|der) (artikel|beitrag)|war (dieser|der) (artikel|beitrag) hilfreich|¿?(te|le) ha gustado (este|esta) (artículo|noticia)|¿?(te|le) ha resultado útil|(ti|vi) è piaciuto (questo|l') ?articolo|questo articolo (ti )?è stato utile|gostou (deste|desta|do) (artigo|notícia|texto)|este artigo foi útil|czy (ten )?artykuł (był pomocny|ci się podobał)|podobał ci się (ten )?artykuł|vond je dit (artikel|bericht)|heb je (iets )?aan dit artikel|var denne artikel nyttig|var artikeln (till hjälp|bra)|var denne artikkelen nyttig|esta notícia foi útil|¿?esta noticia (te )?ha sido útil|cette information vous a-t-elle été utile|questa notizia ti è stata utile|war diese nachricht hilfreich|was dit artikel nuttig|czy ta informacja była przydatna)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(soyez (le|la) premi(er|ère) à (commenter|réagir)|be the first to comment|schreiben sie den ersten kommentar|sé el primero en comentar|sii il primo a commentare|seja o primeiro a comentar|wees de eerste om te reageren|bądź pierwszy)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        # "Have you been affected? Email newsdesk@...", "Sie haben einen Fehler gefunden? Schreiben Sie uns."
        r"^(have you been affected|were you there|did you see (it|what happened)|do you have (a story|information)|got a (story|news tip)|vous avez été témoin|avez-vous été témoin|vous avez une info|waren sie dabei|haben sie etwas beobachtet|¿(has|ha) sido testigo|¿tienes información|sei stato testimone|hai una segnalazione|foi testemunha|tem uma história|ben je getuige|heb je iets gezien|heeft u nieuws|masz informację|byłeś świadkiem)\b",
        # a prompt to write to the author: "¿Tienes algo que contar? Escribe a la autora"
        r"^(¿tienes algo que contar|vous avez quelque chose à (nous )?raconter|hai qualcosa da raccontare|"
        r"(escribe|escríbele) a (la autora|el autor|la redacción)|écrivez à (l'auteur|l'autrice|la rédaction)|"
        r"scrivi (all'autore|all'autrice|alla redazione)|write to the (author|newsroom)|"
        r"schreiben sie (der autorin|dem autor|der redaktion)|escreva (ao autor|à autora|à redação))\b",
        r"^(you('ve| have) )?spotted (an error|a mistake|a typo)|^(sie haben )?(einen )?fehler (gefunden|entdeckt)|^(vous avez )?(repéré|remarqué|trouvé) une (erreur|faute)|^¿?(has|ha) (visto|encontrado) un error|^hai (trovato|notato) un errore|^encontrou um erro|^fout (gezien|gevonden)|^zauważyłeś błąd",
    )
    + _cues(
        "any",
        "reader call-out",
        # "Heb jij foto's ...? Stuur ze via tips@...", "Masz zdjęcia z nawałnicy? Wyślij je na alarm@..."
        r"\b(send|email|e-mail|stuur|mail|envoyez|envoyer|schicken|senden|envía|envíanos|inviaci|invia|inviate|envie|envia|wyślij|skicka)\b[^.]{0,60}\b[\w.-]+@[\w-]+\.[\w.]*\w\s*$",
    )
    + _cues(
        "strong",
        "correction note",
        # A correction says what the article got wrong, however long: it is about the article, not the event.
        r"^(correction|corrections|rectificatif|erratum|berichtigung|korrektur|corrección|fe de errores|rettifica|"
        r"correção|errata|correctie|rectificatie|sprostowanie|rättelse|rettelse|retting|korrigering|korrigendum)\s*"
        r"(,?\s*(kl\.?|klo|um|à|at|alle|a las|às|o)?\s*\d{1,2}[:.h]\d{2}(\s*uhr)?\s*)?(\([^)]{0,40}\))?\s*:",
        r"^(an earlier version of this (article|story)|une (précédente|première) version de cet article|in einer früheren version dieses artikels|una versión anterior de (este artículo|esta noticia)|una versione precedente di questo articolo|uma versão anterior deste artigo|een eerdere versie van dit artikel)\b",
        r"^this (article|story) was (amended|corrected|updated) on\b.{0,60}\ban earlier version\b",
        r"^this (article|story) was (amended|corrected|updated) on\b.{0,40}\bto (correct|clarify|remove|add|reflect)\b",
        # The same under the desk's label: "Hinweis der Redaktion: In einer früheren Version dieses Artikels ...".
        r"^(hinweis der redaktion|anmerkung der redaktion|editor's note|note de la rédaction|nota de la redacción|"
        r"nota della redazione|nota da redação|noot van de redactie|redaktionens anmärkning|redaksjonell merknad|"
        r"nota redakcji)\s*:\s*(an earlier version|une (précédente|première) version|in einer früheren version|"
        r"una versión anterior|una versione precedente|uma versão anterior|een eerdere versie|i en tidigare version|"
        r"i en tidligere versjon|i en tidligere version|we (have )?corrected|wir haben (den fehler|die angabe))",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(wetter|météo|weather|el tiempo|tiempo|meteo|tempo|weer|pogoda|været|vädret|vejret)\b[^.!?]{0,40}?-?\d{1,2}\s?°\s?[cf]?\b[^.!?]{0,60}$",
        # a row opening on a town's temperature and sky: "Vassnes 3° sludd | Brekkestrand 2° snø | Vind 8 m/s",
        # "Albeiras: 11° Lluvia y viento fuerte | Pleamar 14.26 h"
        r"^[^\W\d][\w' -]{1,30}:?\s-?\d{1,2}\s?°\s?[cf]?\s+[^\W\d][^|!?]{0,40}(\s\|\s[^|!?]{2,40}){1,5}$",
        r"^(verkeer nu|verkehr aktuell|verkehrslage|info trafic|trafic en direct|traffic now|live traffic|tráfico ahora|traffico in tempo reale|trânsito agora)\s*:",
    )
    + _cues(
        "start",
        "classifieds",
        # Boxes of job ads and death notices beside the article: "Stellenangebote: Pflegefachkraft (m/w/d) – ..."
        r"^(stellenangebote|stellenmarkt|jobs|offres d'emploi|ofertas de empleo|offerte di lavoro|ledige stillinger|lediga jobb|ledige job|vacatures|traueranzeigen|todesanzeigen|avis de décès|necrologie|necrologi|esquelas|obituaries|dødsfald|dödsannonser|minneord|familiemeddelelser)\b(\s*:[^!?]{0,100}|\s+(aus|de|du|in|i|from|der|della|del|dalla)\b[^!?]{0,40})?(?<!\.)$",
        # Job and property teasers name a price or a link to the offer ("Emploi : le chômage recule" is a headline).
        r"^(empleo|emploi|jobs|imobiliário|inmobiliaria|immobilier|immobilien|immobiliare|vacatures|bostad|bolig)\b[^!?]{0,100}(\d[\d .]*\s?(€|kr|zł|eur)|€\s?\d|p/m|ver oferta|voir l'offre|view job|zum angebot|vedi offerta|ver anúncio|bekijk vacature|se annons)[^!?]{0,20}$",
    )
    + _cues(
        "start",
        "news ticker",
        r"^(última hora|ultima hora|breaking( news)?|flash( infos?)?|dernière minute|dernière heure|eilmeldung|ultim'ora|ultima ora|siste nytt|senaste nytt|seneste nyt|en directo|en direct|en vivo|in diretta|diretta|directo|ao vivo|na żywo|live-?ticker|live|just nu)\s*[|:·–—-]\s*\S",
        # a German ticker between plus signs: "+++ Eilmeldung +++ Luchs in Lintveld gefangen +++"
        r"^\+{2,}\s*(eilmeldung|breaking( news)?|aktuell|ticker|news)\s*\+{2,}",
        # A video or podcast teaser with its running time: "VÍDEO | Los goles del Puerto Azul - Almendros (2:45)".
        r"^(vídeo|video|vidéo|podcast|audio|watch|regarder|ansehen|ver|guarda|assista|bekijk|titta)\s*[|:·–—-]\s*[^.!?]{2,100}\(\d{1,2}:\d{2}\)$",
    )
    + _cues(
        "any",
        "site branding",
        # The press-ethics line of Nordic sites: "... arbeider etter Vær Varsom-plakatens regler for god presseskikk."
        r"vær varsom-plakaten|redaktørplakaten|pressens faglige utvalg|ansvarig utgivare|pressenævnet|de presseetiske regler",
    )
    + _cues(
        "start",
        "agency sign-off",
        # An agency's name alone after the last paragraph: the wire the report came from, not a photographer's credit.
        r"^(press association|pa media|associated press|agence france-presse|deutsche presse-agentur|agencia efe|agenzia ansa|agência lusa|europa press|reuters|afp|dpa|ansa|efe|lusa|belga|anp|ntb|ritzau|pap|sda|ats)$",
    )
    + _cues(
        "start",
        "byline",
        # A role alone under the author's name: "Ingrid Solheim" / "Journalist".
        r"^(journalist|journaliste|reporter|reporterin|redaktør|redaktör|redakteur|redakteurin|fotograf|photographer|correspondent|korrespondent|periodista|giornalista|jornalista|volontär|volontær)$",
    )
    + _cues(
        "start",
        "related links",
        r"^(tendances|trending( topics)?|im trend|tendencias|di tendenza|em alta|populair nu|trendar)\s*:",
        r"^(mehr artikel von|more (stories|articles) (from|by)|plus d'articles de|más artículos de|altri articoli di|mais artigos de|meer (artikelen )?van|fler artiklar av)\b",
    )
    + _cues(
        "start",
        "event teaser",
        r"^(agenda|sortir|événements|veranstaltungen|termine|eventi|eventos|evenementen|evenemang|kalender|what's on)\s*:",
    )
    + _cues(
        "start",
        "poll",
        r"^(encuesta|sondage|poll|umfrage|sondaggio|sondagem|peiling|omröstning|ankieta)\s*:",
    )
    + _cues(
        "any",
        "poll",
        r"\b(oui|yes|ja|sí|si|sim|tak)\s*/\s*(non|no|nein|nee|não|nej|nie)\b[^.]{0,15}$",
    )
    + _cues(
        "any",
        "sponsored content",
        r"\b(en colaboración con|in partnership with|en partenariat avec|in zusammenarbeit mit|in collaborazione con|em parceria com|in samenwerking met|i samarbete med)\b[^.!?]{0,60}$",
        r"\b(we may earn (a )?commission|nous (pouvons|pourrions) percevoir une commission|wir erhalten (eventuell )?eine provision|podemos recibir una comisión|potremmo ricevere una commissione|podemos receber uma comissão)\b",
    )
    + _cues(
        "strong",
        "funding note",
        r"\b(this (article|report|story) (was|is) (produced|supported|funded)|cet article a été (réalisé|produit) (avec|grâce)|dieser (artikel|beitrag) (wurde|ist) (mit|durch)|este (artículo|reportaje) (fue|ha sido) (producido|realizado|elaborado) con|questo articolo è stato realizzato con|esta reportagem foi produzida com|dit artikel (is|werd) (mede )?mogelijk gemaakt|denna artikel (är|har) (producerad|finansierad))\b",
    )
    + _cues(
        "any",
        "translation notice",
        r"\b(this (article|page|story) is also available in|cet article est (également|aussi) disponible en|dieser artikel ist auch auf|este artículo (también está|está también) disponible en|questo articolo è disponibile anche in|este artigo (também está|está também) disponível em|dit artikel is ook beschikbaar in|artikeln finns även på) \w+",
    )
    + _cues(
        "start",
        "counter",
        r"^[\d.,\s]+ (people|personnes|personen|personas|persone|pessoas|mensen|personer|osób)\b.{0,30}(reading|lisent|lesen|leyendo|stanno leggendo|lendo|lezen|läser|leser|czyta)",
    )
    + _cues(
        "start",
        "follow button",
        r"^\+?\s*(suivre|follow|folgen|seguir|segui|seguire|volg|volgen|följ|følg|obserwuj)\b.{0,50}\b(auteur|autrice|author|autor|autore|autora|onderwerp|topic|sujet|thema|tema|skribent|skribenten|forfatter|reporter)\b",
        r"\b(autor|author|auteur|autrice|autore|auteur) (folgen|follow|suivre|seguir|seguire|volgen|följa)$",
    )
    + _cues(
        "start",
        "author bio",
        r"^(zur person|about the author|à propos de l'auteur|à propos de l'autrice|sobre el autor|sobre la autora|sobre o autor|l'autore|over de auteur|om skribenten|o autorze)\s*:",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(har du sett något|tipsa oss|tip us off|got a tip|une erreur dans cet article|an error in this article|ein fehler im artikel|¿un error en (este artículo|esta noticia)|un errore nell'articolo|um erro neste artigo|een fout in dit artikel|ett fel i artikeln)\b",
    )
    + _cues(
        "any",
        "correction note",
        r"\b(politique de corrections?|corrections policy|rättelsepolicy|korrekturrichtlinien|política de correcciones|politica delle correzioni|política de correções)\b[^.!?]{0,40}$",
    )
    + _cues(
        "any",
        "subscription prompt",
        r"\b\d+([.,]\d+)?\s?(€|kr|zł|\$|£)\s*(le |the |den |el |il |o |per )?(premier|first|första|ersten|primer|primo|primeiro)\s*(mois|month|månaden|monat|mes|mese|mês)\b|\b(första|den første|erste[nr]?|premier|first) (månaden|måned|monat|mois|month) för \d",
        r"^[a-z]{1,4}\+$",  # a plan's badge: "RK+", "WA+" (lines are matched folded)
    )
    + _cues(
        "start",
        "advertising",
        r"^(scroll to continue( with content)?|weiterlesen nach der anzeige|continue a ler a seguir à publicidade|saltar publicidad|skip (ad|advert|advertisement)|passer la publicité|werbung überspringen|salta (la )?pubblicità|spring annoncen over)$",
    )
    + _cues(
        "start",
        "map or image widget",
        r"^(click to enlarge|cliquez pour agrandir|agrandir( la carte| l'image| la photo)?|zum vergrößern (hier )?klicken|vergrößern|ver mapa maior|ampliar( (el )?mapa| (la )?imagen)?|ingrandisci|mapa interativo|mapa interactivo|interaktive karte|carte interactive|interactive map|mappa interattiva|forstør kortet|förstora kartan)$",
        r"^(carte|map|karte|mapa|mappa|kort|karta)\s*:\s*[^.!?]{0,60}$",
    )
    + _cues(
        "any",
        "donation appeal",
        r"\b(our journalism depends on you|notre journalisme dépend de vous|unser journalismus braucht sie|nuestro periodismo depende de (ti|usted)|il nostro giornalismo dipende da te|o nosso jornalismo depende de si|support local (news|journalism)|soutenez l'information locale|wspieraj dziennikarstwo|wpłać darowiznę|faites un don|make a donation|jetzt spenden|haz una donación|fai una donazione|faça um donativo|giv et bidrag|ge ett bidrag)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(comments are closed|les commentaires sont fermés|kommentare sind geschlossen|die kommentarfunktion ist geschlossen|los comentarios están cerrados|i commenti sono chiusi|os comentários estão fechados|kommentarerne er lukket|kommentarerna är stängda|kommentieren können nur)\b",
    )
    + _cues(
        "start",
        "loading placeholder",
        r"^(indlæser|laddar|loading|chargement|cargando|caricamento|carregando|wird geladen|laden|ładowanie)\b[^.!?]{0,25}(…|\.\.\.)?$",
    )
    + _cues(
        "start",
        "navigation",
        r"^(choisir mon édition|choisissez votre édition|change (your )?region|changer de région|region wählen|ausgabe wählen|elige tu edición|scegli la tua edizione|escolha a sua edição|vælg (din )?region|välj region)\b",
        r"^(lire le journal|read the (e-paper|digital edition|print edition)|zum e-paper|e-paper lesen|leer la edición impresa|leggi il giornale|ler a edição|læs e-avisen|läs e-tidningen)\b[^.!?]{0,40}$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(ce contenu est bloqué|this content is blocked|dieser inhalt ist blockiert|este contenido está bloqueado|questo contenuto è bloccato|este conteúdo está bloqueado|dette indhold er blokeret)\b",
    )
    + _cues(
        "any",
        "news ticker",
        r"\b(im liveticker|zum liveticker|live ?blog|in our live blog|dans notre direct)\b[^.]*$",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(hinweis an die redaktion|tipp an die redaktion|masz informacje|masz informację|un tuyau|news tip)\b",
    )
    + _cues(
        "start",
        "table of contents",
        r"^(in this article|dans cet article|in diesem artikel|en este artículo|in questo articolo|neste artigo|in dit artikel|i denne artikel|i artikeln|w tym artykule|indholdsfortegnelse|innehåll|sommaire|inhaltsverzeichnis|índice|table of contents)\b\s*(:[^.!?]*)?$",
    )
    + _cues(
        "start",
        "summary box",
        # A summary a machine wrote is no part of the report; an editor's box of key points is ("Das Wichtigste in
        # Kürze", "Key points"): it stays.
        r"^(sintesi generata|summary generated|résumé généré|zusammenfassung (generiert|erstellt)|resumen generado|resumo gerado|ai-generated summary)\b",
    )
    # --- sharing
    + _cues(
        "start",
        "share widget",
        r"^(partager|partagez|partage|share|teilen|compartir|comparte|condividi|condividere|compartilhar|compartilhe|partilhar|partilhe|udostępnij|podziel się)(\s*:.{0,60}|\s+(this|on|via|sur|cet|cette|ce|auf|diesen|dieser|en|esta|este|su|questo|questa|em|no|na|w|ten|tę|por|per|com|z|tramite)\b.{0,60})?$",
        r"^(facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|mail|imprimer|print|drucken|imprimir|stampa|drukuj|copier le lien|copy link|link kopieren|copiar (el )?enlace|copia link|copiar link|kopiuj link)(\s*[|/·,]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|mail|imprimer|print|drucken|imprimir|stampa|drukuj|copier le lien|copy link))*$",
        r"^(artikel|beitrag|article|cet article|this article|this story|artículo|esta noticia|articolo|questo articolo|artigo|esta notícia|este artigo|artykuł) (teilen|partager|share|compartir|condividi|compartilhar|partilhar|udostępnij)$",
        r"^(reuse this content|republish this article|nutzungsrechte|droits de reproduction|derechos de reproducción)$",
        r"^(dela|del) (artikeln|artikkelen|artiklen|saken|saka|nyheten|på facebook|på x)$",
        # A row of page tools, then maybe a time stamp and the title: "Comunicar erros Enviar por e-mail Imprimir ..."
        r"^((comunicar erros?|enviar por e-?mail|imprimir|imprimer|envoyer par e-?mail|print|e-?mail this|drucken|versenden|stampa|invia)\s+){2,}",
    )
    + _cues(
        "any",
        "share widget",
        # Print and send-to-a-friend tools, also in nl, sv and no, wherever they stand in a short line: they are
        # often glued to a byline or a time stamp ("Gunnar S. Utskriftsvänligt format Tipsa någon om artikeln").
        r"\b((envie|enviar|envia) (para|a) um amigo|formatar impressão|versão (para|de) impressão|fazer comentário"
        r"|utskriftsvänlig\w*|utskriftsvennlig\w*|tipsa (någon|en vän) om artikeln|tipsa en vän|tips en venn"
        r"|printvriendelijke versie|stuur (dit artikel )?door naar een vriend|e-?mail (this )?(article |story )?to a friend"
        r"|send (this )?(article |story )?to a friend|envoyer à un ami|enviar a un amigo|invia (ad )?un amico)\b",
        r"\b(printable (view|version)|printer[- ]friendly( version)?|e-?mail this (article|story|page)|send (it )?to a friend|"
        r"save (this )?story|send comments)\b\s*(\||$)",
    )
    # --- the publisher describing itself, and software prompts
    + _cues(
        "strong",
        "site branding",
        r"is the world's largest (multimedia |international )?(news|information) (provider|agency|organi[sz]ation)|the news and media division of thomson reuters|provides business, financial, national and international news to professionals",
    )
    + _cues(
        "start",
        "site branding",
        # "The Japan Times Ltd.", "Gazette Media Group Inc.": the publisher's name alone on a line.
        r"^(?!.*\b(by|of|was|is|are|to|in|for|and|with|from|said|says|has|have|a|an|on|at|de|des|du|la|le|les|et|à|der|die|das|und|von|el|los|las|y|del|il|di|e|o|do|da|em)\b)(the )?([\w&'-]+ ){1,5}"
        r"(ltd|limited|inc|llc|plc|gmbh|ag|s\.a|sa|corp|co)\.?$",
    )
    + _cues(
        "any",
        "site branding",
        # "Secrecy News is written by Steven Aftergood and published by the Federation of American Scientists."
        r"^(?!(the|a|an|this|that|these|his|her|their|its|our|each|every) )[\w' -]{2,40} is (written|edited) by [\w.' -]{2,40} "
        r"and published by\b",
    )
    + _cues(
        "any",
        "comment widget",
        # A rating scale: "Terrible (-1) No comment Good (+1) Very good (+2) Excellent (+3)".
        r"(\([+-]\d\)[^(]{0,30}){3}",
    )
    + _cues(
        "strong",
        "software prompt",
        r"protected by recaptcha|if you continue to (encounter|have|experience) (difficulties|problems)|you may need to download adobe (acrobat )?reader|download (the )?(adobe )?(acrobat )?reader here|most computers will open pdf documents|(get|download|requires?|install) (the )?(latest )?(adobe )?flash player",
    )
    + _cues(
        "any",
        "software prompt",
        r"\boptimi[sz]ed for viewing\b|\bbest viewed (with|in|at)\b|\bplease refresh (your|the) (browser|page)\b",
    )
    # --- navigation and legal
    + _cues(
        "start",
        "navigation",
        r"^(rechercher|recherche|search|suche|suchen|buscar|búsqueda|cerca|ricerca|pesquisar|pesquisa|szukaj|wyszukaj)$",
        r"^(retour en haut|haut de page|back to top|top of page|nach oben|zurück nach oben|volver arriba|ir arriba|torna su|torna all'inizio|voltar ao topo|voltar ao início|do góry|powrót na górę)$",
        r"^(menu|accueil|home|homepage|startseite|inicio|portada|sommaire|contents|inhalt|inhaltsverzeichnis|índice|indice|início|strona główna|menú|navigation|navigazione|navegação|nawigacja)$",
        r"^(aller au contenu( principal)?|skip to (main )?content|skip to navigation|zum inhalt( springen)?|direkt zum inhalt|saltar al contenido( principal)?|ir al contenido|vai al contenuto( principale)?|salta al contenuto|ir para o conteúdo( principal)?|saltar para o conteúdo|przejdź do (treści|zawartości))$",
        r"^(contactez-nous|nous contacter|contact us|kontaktieren sie uns|contáctenos|contatti|contattaci|contacte-nos|fale conosco|skontaktuj się z nami)(?!\w{3})",
        r"^(contact|kontakt|contacto|contato|impressum|datenschutz|privacy|confidentialité|privacidad|privacidade|prywatność)$",
        r"^(colofon|colophon|mentions légales|informations légales|legal notice|legal|imprint|impressum|aviso legal|note legali|nota legale|ficha técnica|expediente|stopka redakcyjna|plan du site|sitemap|site map|cgu|cgv|conditions générales|terms of (use|service)|terms and conditions|nutzungsbedingungen|agb|términos y condiciones|condiciones de uso|termini e condizioni|condizioni d'uso|termos e condições|termos de uso|regulamin|nota prawna|accessibilité|accessibility|barrierefreiheit|accesibilidad|accessibilità|acessibilidade|dostępność)\b",
        r"^(tags?|mots-clés|mots clés|thèmes|sujets|keywords|topics|schlagwörter|schlagworte|themen|stichwörter|etiquetas|temas|temas relacionados|tópicos relacionados|related topics|palabras clave|argomenti|parole chiave|assuntos|tematy|tagi|słowa kluczowe|emner|ämnen|emne|taggar|tagger)(\s*:\s*.{0,160})?$",
        r"^(rubriques|sections|ressorts|secciones|sezioni|secções|seções|działy|services|dienste|servicios|servizi|serviços|usługi)$",
        r"^(p\.? ?iva|partita iva|codice fiscale|registrazione (del |presso il )?tribunale|reg\.? trib\.?|nif|cnpj|nip|regon|krs|siret|rcs|ust-?idnr\.?|handelsregister|cif|issn)\b.{0,60}\d",
        r"\b(p\.? ?iva|partita iva)\s*:?\s*\d{6,}",
    )
    # --- related links and other headlines
    + _cues(
        "any",
        "navigation",
        r"<<\s*(previous|prev|précédent|zurück)\b|\b(next|suivant|weiter)\s*>>",
        # A table's header link: "Title (click to view) Studio Release Date".
        r"\((click|cliquez|klicken|clique|clicca|haga clic) (to|pour|para|per|zum) [a-zé]+\)",
        # A site path: "Home > Programs > Democracy Now! > Thur., Dec. 9, 2004".
        # Cues see folded text, in which "»" and "›" are '"' as quotation marks are: only after "Home" is it a path.
        r"^(home|accueil|startseite|inicio|início|portada|homepage|start)\s*(>|\")\s*\S|^([^>]{1,40}\s>\s){2,}",
        # A menu of sections under its label: "Channel: Business U.S. International Politics Entertainment ...".
        r"^(?!.*[.!?]\s*$)(channels?|sections?|rubriques?|ressorts?|secciones|sezioni|categories|catégories)\s*:\s*([\w&.-]+\s+){3,}",
        # "Source: Walt Disney World Return to Disney News.": a link back to the section.
        r"(^|\s)(return|back|go back|retour|zurück) (to|à|zu|zur|zum) (the )?([\w'-]+ ){0,3}(news|home|homepage|index|section|archive|accueil|actualités|startseite|übersicht)\W*$",
        # A player's tools: "Listen to the show Help stream [RealAudio]: whole show download [mp3]" (a short line only: feeds
        # run a whole programme's rundown into the same line).
        r"\blisten to the (show|programme|program|broadcast)\b|\[(realaudio|mp3|windows media|real ?video|quicktime)\]",
        # A row of short links: "Entertainment News | Messageboards | Print Version | Email to friend | Previous Page".
        r"^([^|]{1,25}\|){3,}[^|]{1,25}$|^[·•]?\s*([^·•]{1,25}\s[·•]\s){3,}[^·•]{1,25}$",
        r"^about us\s*[/|]|\bclick the back button\b",
    )

    + _cues(
        "start",
        "related links",
        r"^(click here|cliquez ici|klicken sie hier|haga clic aquí|pulse aquí|clicca qui|clique aqui)\b",
        # 'See "Death Row USA" for a list of death row inmates': a pointer to another page.
        r"^see\s+[\"“]?[^.!?]{1,60}?[\"”]?\s+for\s+(a|the|more|further|full|details)\b",
        # "Please visit www.cartercenter.org to learn more about ...", "For more information contact ...": where to go.
        r"^(please )?(visit|go to|log on to) (www\.|https?://)\S+ (to|for) ",
        r"^for (more|further) (information|details)\b[^.]{0,40}?\b(visit|see|go to|contact|call|e-?mail|write to|www\.|https?://)",
        r"^(pour (en savoir plus|plus d'informations?)|weitere informationen|mehr informationen|para (saber|obter) mais|mais informações|para más información|per (saperne di più|maggiori informazioni|ulteriori informazioni))\b[^.]{0,40}?\b(visitez|rendez-vous|consultez|contactez|unter|bei|visite|acesse|aceda|consulte|visita|contatta|contattare|www\.|https?://)",
        # Phrases that only introduce links, whatever follows them.
        r"^(à lire aussi|a lire aussi|à lire également|lire aussi|lire également|voir aussi|voir également|à voir aussi|sur le même sujet|dans la même rubrique|read also|read more|see also|more on this story|you may also like|you might also like|what to read next|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|mehr zum thema|lee también|lea también|te puede interesar|también te puede interesar|le puede interesar|leggi anche|leggi pure|leggi l'articolo completo|lire l'article complet|read the full (story|article)|zum vollständigen artikel|leer la noticia completa|ler o artigo completo|leia a matéria completa|czytaj cały artykuł|potrebbe interessarti|ti potrebbe interessare|leia também|leia mais|veja também|você também pode gostar|pode interessar-lhe|czytaj (też|także|również|więcej)|przeczytaj (też|także|również)|zobacz (też|także|również))\b",
        # Words that can also open a news line: alone on the line, or followed by a separator and a headline.
        r"^(lire la suite|more on this topic|zum thema|relacionados|relacionadas|related topics|le plus lu|il più letto|o mais lido|am meisten gelesen|related|recommended|recommandé|meest gelezen|meest bekeken|net binnen|laatste nieuws|empfehlungen der redaktion|unsere empfehlungen|empfehlungen|la sélection de la rédaction|nos recommandations|editor's picks|editors' picks|recomendados|recomendamos|consigliati per te|scelti per voi|sugestões|polecane|aanbevolen|aanraders|more on this|more from( \w+){0,3}|more stories|more news|fler nyheter( från( \w+){1,3})?|flere nyheter( fra( \w+){1,3})?|flere nyheder( fra( \w+){1,3})?|senaste nytt|siste nytt|seneste nyt|read next|up next|les plus lus|les plus partagés|les plus commentés|les plus populaires|à la une|en continu|en ce moment|dernières (infos|actualités|nouvelles|minutes)|les dernières actualités|toute l'actualité|most (read|popular|viewed|shared)|trending( now)?|top stories|latest( news| stories)?|breaking news|mehr aus( \w+){0,3}|mehr zu( \w+){0,3}|weitere artikel|weitere nachrichten|aktuelle beiträge|neueste beiträge|meistgelesen|meistgelesene artikel|meistgeklickt|neueste (nachrichten|artikel)|aktuelle nachrichten|leer más|más noticias( de \w+){0,3}|más información|lo más (leído|visto)|más leídas|últimas noticias|altre notizie|i più letti|più lette|più visti|ultime notizie|ultim'ora|saiba mais|mais notícias|os mais lidos|mais lidas|mais lidos|últimas notícias|ao minuto|polecamy|więcej informacji|więcej wiadomości|najczęściej czytane|najpopularniejsze|najnowsze|najnowsze wiadomości|z ostatniej chwili|articles similaires|articles liés|articles connexes|similar articles|related (articles|stories|topics|content|news)|ähnliche artikel|ähnliche beiträge|verwandte artikel|verwandte beiträge|weitere beiträge|noticias relacionadas|artículos relacionados|articoli correlati|notizie correlate|artigos relacionados|notícias relacionadas|podobne artykuły|powiązane artykuły|read the full (story|article)|lire l'article( complet)?|zum artikel|zum vollständigen artikel|leer la noticia completa|leggi l'articolo( completo)?|ler (o )?artigo( completo)?|czytaj cały artykuł)\s*(?:$|[:|\">-]\s*\S.*$)",
        r"^(lees ook|ook lezen|lees meer|zie ook|läs också|läs även|läs mer|se även|les også|les mer|se også|læs også|læs mere|se også|mest läst|mest lästa|mest læste|mest lest|mest leste|relaterat|relaterte saker|relaterede artikler|leia também|leia mais|veja também|veja mais|destaques|auch lesen|ebenfalls lesenswert)\b",
        r"^(continue reading the main story|continuer la lecture|weiterlesen|seguir leyendo|continua a leggere|continuar a ler|continuar lendo|czytaj dalej)$",
    )
    # --- reading time, counters, timestamps
    + _cues(
        "start",
        "reading time",
        r"^\d+\s*(min|minutes?|mins?|minuten|minutos|minuti|minut|minuty)\.?\s*(de lecture|read|reading|to read|lesezeit|lesedauer|de lectura|di lettura|de leitura|czytania|czyt\.?)$",
        r"^(lesezeit|lesedauer|lectura|lecture|temps de lecture|durée de lecture|reading time|read time|tempo di lettura|tiempo de lectura|tempo de leitura|tempo estimado de leitura|czas czytania)\s*:?\s*(ca\.?\s*)?\d+",
        # A database page's counters: "Word Count: 1,018 | Companies Featured in This Article: Sprint, ...".
        r"^(word count|nombre de mots|wortanzahl|número de palabras|numero di parole)\s*:\s*\d",
    )
    + _cues(
        "start",
        "timestamp",
        # Not a blog's kicker on its headline: "UPDATED: Tanker leak at the quay – what we know so far".
        r"^(?!updated\s*:\s*(?:[^\d\s]+\s+){3,}[^\d\s]+\s*$)(publié|actualisé|mis à jour|modifié|mise à jour|published|updated|posted|last updated|last modified( on)?|first published|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand(?=:|\s+\d)|publicado|actualizado|pubblicato|aggiornato|ultimo aggiornamento|atualizado|atualização|actualizado em|opublikowano|zaktualizowano|aktualizacja|aktualizowano|data publikacji|data aktualizacji|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|sist oppdatert)\b[^!?]{0,80}(?<!\.)$",
        r"^(le |am |el |il |on |em |w dniu |dnia )?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(\s*(à|um|a las|alle|at|às|o|,|-|\|)?\s*\d{1,2}[:h.]\d{2}\s*(h|uhr)?)?$",
        # A page's schedule: "Updated Thursdays at around 3 to 4 P.M.", "Mis à jour chaque lundi".
        r"^(updated|mis à jour|aktualisiert|actualizado|aggiornato|atualizado) (daily|weekly|hourly|every \w+|each \w+|chaque \w+|"
        r"jeden \w+|cada \w+|ogni \w+|(mon|tues|wednes|thurs|fri|satur|sun)days)\b",
    )
    + _cues(
        "start",
        "gallery",
        r"^(gallery|galerie|galerie photos?|photo gallery|diaporama|slideshow|bildergalerie|fotogalerie|fotostrecke|galería( de fotos)?|fotogalería|galleria( fotografica)?|fotogallery|galeria( de fotos)?|fotogaleria|galeria zdjęć|zdjęcia)\s*:?\s*(\(?\d+( photos?| fotos?| bilder| zdjęć)?\)?)?$",
        r"^(gallery|galerie|galería|galleria|galeria|galeria zdjęć|bildergalerie|fotogalerie|photos?|fotos?|foto|diaporama|slideshow|zdjęcie|billedserie|bildserie)\s*:?\s*\d+\s*(/|of|sur|von|de|di|z|из)\s*\d+$",
        r"^(billedserie|bildserie|fotoserie|photo series|galerie photos?|fotogalerie|bildergalerie|galería|galleria|galeria zdjęć)\s*:[^.!?]{0,80}\(\d+\s*/\s*\d+\)$",
        r"^(voir|view|see|alle|ver|vedi|veja|zobacz) (les |all |the |todas las |tutte le |todas as |wszystkie )?(\d+ )?(photos|images|bilder|fotos|foto|immagini|imagens|zdjęcia)$",
    )
    # --- consent buttons, comment forms, offers, list headers and footers, more of them in nl, it and pt
    + _cues(
        "start",
        "cookie prompt",
        r"^(akkoord|alles accepteren|alle cookies (accepteren|aanvaarden)|accepteren|aanvaarden|alles weigeren|weigeren|(enkel|alleen) noodzakelijke cookies|voorkeuren beheren|instellingen aanpassen|cookie-instellingen|aceito|definições|scopri di più e personalizza|personalizza|informativa|your privacy choices|do not sell or share my personal information|got it!)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(wij|wij en onze partners|[\w.-]+\.(nl|be) gebruikt)\b.{0,50}\bcookies?\b",
        # the kinds a banner lists, in one Dutch word: "functionele, analytische en marketingcookies"
        r"\b(functionele|analytische|marketing|tracking|advertentie)-?cookies\b",
        r"\bcookies? (próprios|propri|tecnici)\b|\b(first|third)[- ]party cookies\b|\bcookies de terceiros\b|\bcookie di terze parti\b",
    )
    + _cues(
        "start",
        "comment prompt",
        # A comment form's fields and button: "Nome *", "Commento *", "Post Comment", "Publicar".
        r"^[\w'-]+( [\w'-]+)? \*$",
        r"^(post comment|pubblica il commento|publicar|publicar comentário|plaats reactie|reageer op dit artikel|escreva um comentário\.*)$",
        r"^(il tuo indirizzo email non sarà pubblicato|your email address will not be published|o seu endereço de email não será publicado|je e-mailadres wordt niet gepubliceerd)\b",
        r"^(je moet ingelogd zijn om te reageren|wat vind jij\?|reacties worden gemodereerd)",
        r"\bcomments are open to subscribers\b",
        # "Vous devez être connecté pour réagir.", "Du musst eingeloggt sein, um zu kommentieren."
        r"^(vous devez|you must|you need to|sie müssen|du musst|debes|debe|deve|devi|musisz|du måste|du må|du skal|je moet|u moet)"
        r" (être |be |sein |estar |ser |essere |być |vara |være |zijn )?(connecté|logged in|signed in|angemeldet|eingeloggt|"
        r"registrad|conectado|logado|loggato|zalogowany|inloggad|logget inn|logget ind|ingelogd)\b.{0,40}\b(réagir|commenter|"
        r"comment|kommentieren|comentar|commentare|komentować|kommentera|kommentere|reageren)",
    )
    + _cues(
        "start",
        "share widget",
        r"^(tweet|deel|delen|deel dit artikel|deel via (mail|e-mail)|deel op \w+|kopieer (de )?link|messenger|enviar por \w+|invia per (email|e-mail)|gift this article)$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(subscrever|inscrever|assinar agora|scopri l'offerta|abonneren|inschrijven|aanmelden|je e-mailadres|o seu (e-?mail|endereço de e-?mail)|inserisci la tua (e-?mail|mail)|enter your email( address)?|edicola digitale|torne-se assinante)\b",
        r"^(by signing up|ao subscrever|iscrivendoti|door je in te schrijven)\b.{0,60}\b(privacy|privacidade)",
        r"^(newsletters?|nieuwsbrief)( [\w-]+){1,2}\s*:",
        r"^schrijf je in\b",
    )
    + _cues(
        "any",
        "subscription prompt",
        r"\b(ontvang|receba|ricevi)\b.{0,50}\b(nieuwsbrief|newsletter|inbox|caixa de correio)\b",
        r"\bunlimited access\b.{0,30}[€£$]|\bcancel anytime\.?$|\blees advertentievrij\b|^geniet onbeperkt\b|\bneem een abonnement\b",
        r"\bapoie o jornalismo\b.{0,40}\bassine\b|\bsostieni l'informazione\b.{0,20}\babbonati\b|^support independent journalism\b|\bedicola digitale\b.{0,30}\babbonamento\b",
        # a membership at a monthly price: "Hazte socio de Noticias del Alcor por 4 € al mes"
        r"\b(hazte|hágase|become a|devenez|werden sie|diventa|torne-se|word) (socio|suscriptor|miembro|member|membre|"
        r"mitglied|sócio|lid)\b.{0,50}\b\d+ ?(€|euros?|£|\$) (al mes|a month|per month|par mois|im monat|pro monat|al mese|por mês|per maand)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(also in|more from|more in|meer uit|meer over|meer nieuws( uit| over)?|altre notizie( da| su| di)?|mais (de|em|sobre)) [\w' -]{2,30}$",
        # "Também na secção Cidade": more from the page's section.
        r"^((também|mais) na (secção|seção|editoria)|(also|more) in the|(aussi|également|plus) dans la rubrique|"
        r"(auch|mehr) im ressort|(también|más) en la sección|(anche|altro) nella sezione|(ook|meer) in de rubriek|"
        r"(också|mer) i avdelningen|(også|mer|mere) i seksjonen|również w dziale|więcej w dziale) [\w' -]{2,30}$",
    )
    + _cues(
        "start",
        "gallery",
        r"^(galeria|galleria|gallery|fotogalerij|fotoserie)\s*:",
        r"^(video|vídeo|foto|fotos)\s*\|",
    )
    + _cues(
        "start",
        "advertising",
        r"^(anúncio|annuncio|anuncio|sponsor)$",
        r"^[-—–\s]*(continua|continue|sigue|lees verder)\b.{0,30}\b(publicidade|pubblicità|publicidad|advertentie|advertisement)\b[-—–\s]*$",
    )
    + _cues(
        "start",
        "byline",
        r"^(inviat[oa]|dal nostro inviato|dalla nostra inviata|enviad[oa] especial|envoyée? spéciale?|special correspondent|sonderkorrespondent(in)?) (a|à|in|en|em|para|to)\b.{0,40}$",
    )
    + _cues(
        "any",
        "market data",
        # A ticker: "FTSE 100 9,712.4 ▼0.3% | FTSE 250 21,488.1 ▲0.1%".
        r"\d[\d.,]*\s*[▲▼↑↓]\s*[-+]?\d",
    )
    + _cues(
        "start",
        "reading time",
        r"^(leestijd|leesduur)?\s*:?\s*\d+ min\.?( lezen| leestijd)?$",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(laatste update|bijgewerkt|geüpdatet|gepubliceerd)( op| om)?\s*:?\s*\d",
    )
    + _cues(
        "start",
        "footer links",
        r"^(chi siamo|privacy policy|cookie policy|cookiebeleid|privacybeleid|klantenservice|adverteren|cookies|corrections (&|and) amplifications|política de cookies|política de privacidade|zoeken)$",
    )
    + _cues(
        "strong",
        "footer links",
        # The legal lines under an Italian, Portuguese or Dutch page: registration and responsible editor, tip line.
        r"\btestata giornalistica registrata\b|\bregisto erc\b|\bdirettore responsabile\b|^heb je een tip\?|^hai una segnalazione\?",
        # the newsroom's own rules: "Así trabajamos: conoce nuestros principios editoriales"
        r"^así trabajamos\b|\b(conoce )?nuestros principios editoriales$|^our editorial (principles|standards)$|"
        r"^nos principes éditoriaux$|^unsere redaktionellen (grundsätze|leitlinien)$",
        # a programme's slot: "Waardland Vandaag: elke werkdag van 17.00 tot 18.00 uur op Radio Waardland"
        r"^[^.!?:]{2,40}: (elke|iedere|every|jeden|chaque|ogni|cada|hver|varje) ([^.!?]|\d\.\d){0,40}\b(op|on|auf|sur|su|en|em|på) "
        r"(radio|tv|npo)\b[^.!?]{0,30}$",
    )
    # --- more forms, offers, lists and credits in fr, de, es and pl
    + _cues(
        "start",
        "comment prompt",
        r"^(nom|nombre|name|ihr name|pseudo|podpis|votre commentaire|ihr kommentar|tu comentario|treść komentarza|comentario|kommentar)$",
        r"^(enviar|wyślij|envoyer|absenden|kommentar absenden|publicar comentario|posting verfassen|jetzt kommentieren|kommentieren sie diesen artikel|napisz komentarz|dodaj komentarz)$",
        r"^(vous devez être connecté pour commenter|tu comentario será revisado|komentarze są opiniami ich autorów|sie müssen angemeldet sein|debes iniciar sesión para comentar)\b",
        r"^(se connecter|connectez-vous) / créer un compte$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(votre|ihre|tu|twój|seu|il tuo|your) (adresse e-?mail|e-mail-adresse|correo electrónico|e-?mail|endereço de e-?mail|indirizzo e-?mail)\b.{0,30}$",
        r"^(correo electrónico|e-mail-adresse eingeben|adresse e-?mail|jetzt anmelden|s'inscrire|suscribirme|quiero ser socio|kup subskrypcję|haz una aportación|hier anmelden)$",
        r"^(acepto|accepto|aceito|i accept|j'accepte|akceptuję) (la|a|the|les|il) (política|politica|privacy|conditions|condições|polityk)",
        r"^(recevez|erhalten sie|recibe|otrzymuj) chaque (matin|jour|soir)\b|^recevez chaque\b",
        r"\b(kostenlos in ihr postfach|dans votre boîte (mail|aux lettres|e-mail)|en tu (correo|bandeja))\b",
        r"^newsletter\s*[«\"“]",
        r"^(sie sind bereits abonnent|czytaj bez reklam|wykup subskrypcję)\b",
        r"\b\d+ wochen für \d+([.,]\d+)? ?€|\bapoya el periodismo\b|\bwykup subskrypcję\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(envoyer par e-?mail|x \(twitter\)|artikel teilen:?|skopiuj link|udostępnij( artykuł)?|compartir( en \w+)?|teilen)$",
    )
    + _cues(
        "start",
        "feedback prompt",
        r"^(oui|non|ja|nein|sí|tak|nie)$",
        r"^(¿qué te ha parecido esta noticia\?|oceń artykuł|wie fanden sie diesen artikel\?|¿te ha gustado\?)",
    )
    + _cues(
        "start",
        "related links",
        r"^(meistgelesen|lo más leído|los más leídos|popularne|najczęściej czytane|les plus lus|più letti)\b.{0,30}$",
    )
    + _cues(
        "start",
        "footer links",
        r"^(mediadaten|impressum|datenschutz|política de privacidad|polityka prywatności|polityka cookies|kontakt z redakcją|o nas|reklama w portalu|mentions légales|aviso legal)$",
    )
    + _cues(
        "any",
        "copyright",
        r"©\s*(19|20)\d\d\s*\|\s*editado por\b|\beditado por\b.{0,40}\bs\.l\.?$",
    )
    + _cues(
        "start",
        "byline",
        r"^(oprac\.|opracowanie:?|autor:?|tekst:?)\s+\w+",
        # An agency's sign-off with the editor's initials: "ZNA/red", "APC/lev".
        r"^[a-z]{2,5}/[a-z]{2,4}$",
    )
    + _cues(
        "start",
        "photo credit",
        # "Fot. Paweł Zając", "Photo L'Écho de la Seine – Thomas Ledru": a credit without a colon.
        r"^(fot\.|photo|foto|mat\.|materiały)\s+[^.!?]{2,60}$",
        r"^(photograph|photography|fotografia|fotografía|fotografie)\s*:\s*\S",
        # "Jonas Aho (foto)": the photographer, named before his role.
        r"^[\w'’. -]{3,40}\((foto|photo|fot\.|bild|photos|fotos|zdjęcia)\)$",
        # "© APC / Julien Mercadier" under a picture: an agency and its photographer.
        r"^©\s*[\w .'’-]{2,30}\s*/\s*[\w .'’-]{2,40}$",
    )
    + _cues(
        "start",
        "site branding",
        # A motto of words and a founding year: "Unabhängig. Regional. Seit 1946.", "Rzetelnie. Niezależnie. Od 1991 roku."
        r"^(\w+\.\s+){1,3}(seit|since|depuis|desde|dal|od|sinds|sedan|siden)\s+(19|20)\d\d( roku)?\.?$",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(mis en ligne|publiziert|publikacja|opublikowano|dodano)( le| am| dnia)?\s*:?\s*\d",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(my i nasi partnerzy|ta strona korzysta z (ciasteczek|plików cookie))\b",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(twoja prywatność jest dla nas ważna|przejdź do serwisu|ustawienia|ok, rozumiem|votre vie privée nous importe)$",
    )
    # --- Nordic consent, menus, forms and offers, and more English page furniture (held-out batch 10)
    + _cues(
        "start",
        "cookie prompt",
        r"^(godkänn alla|endast nödvändiga|inställningar|acceptera( alla)?|hantera val|(ja, )?jag godkänner|nej tack|anpassa inställningar|vi värnar om din integritet|vi bruger cookies|accepter alle|kun nødvendige|tilpas|indstillinger|vi brukar informasjonskapslar|godta alle|berre nødvendige|innstillingar|godta|avvis|innstillinger|bare nødvendige)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(vi använder kakor|vi använder cookies|vi och våra partner|och våra partner använder (kakor|cookies)|^godkänn (kakor|cookies)\b|vi og vores samarbejdspartnere|vi bruger cookies|bruger cookies til|brukar informasjonskapslar|bruker informasjonskapsler|vi bruker cookies)\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(prenumerera|köp nu|redan prenumerant\?.*|köb adgang|køb adgang|tilmeld|indtast din e-?mail|din e-postadress|kjøp abonnement|bli abonnent\b.*|du har lest en gratis artikkel|du läser en .{1,30}-artikel|ingen bindningstid\b.*|prøv .{1,30} i \d+ dage\b.*|få adgang til alle artikler\b.*|unlimited digital access\b.*)$",
        r"^(få|få de vigtigste|get the day's|the day's top)\b.{0,60}\b(inkorgen|hver morgen|inbox|innboksen)\b",
        r"^(ogni mattina|ogni sera)\b.{0,50}\bcasella di posta\b",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(namn|navn|e-post( \(publiceras inte\))?|e-mail|skicka kommentar|send kommentar|skriv en kommentar|log ind for at kommentere|your name|invia)$",
        r"^(vad tycker du\?|kommentera artikeln|genom att kommentera godkänner du|du skal være logget ind for at kommentere|vi har dessverre ikke mulighet til å moderere|comments on this article are now closed|comments are moderated)",
    )
    + _cues(
        "start",
        "share widget",
        r"^(kopiera länk|kopier lenke|kopier lenkje|dela|del|spara|skriv ut|e-post|save)$",
    )
    + _cues(
        "start",
        "reading time",
        r"^\d+ min\.? (läsning|læsetid|lesetid|lesing)$",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(offentliggjort|publicerad|publisert|oppdatert|uppdaterad|opdateret)\s*:?\s*\d",
    )
    + _cues(
        "start",
        "byline",
        r"^av:\s+\w{2,6}$",
        # A reporter's address alone on its line, under the name.
        r"^[\w.+-]+@[\w-]+\.[\w.-]+$",
    )
    + _cues(
        "start",
        "navigation",
        r"^(du är här|du er her|sei in|vous êtes ici|sie sind hier|you are here|está usted en|está em|jesteś tutaj)\s*:",
    )
    + _cues(
        "start",
        "related links",
        r"^(mest lese|mest lest|mest läst|mest læste|mest læst)( lokalt| i dag| nu| just nu| nå| akkurat nå)?$",
    )
    + _cues(
        "start",
        "advertising",
        r"^(adv|annons|annonse|reklame)$",
    )
    + _cues(
        "start",
        "footer links",
        r"^(ansvarleg|ansvarlig) redaktør\b|^meny$|^sök$|^e-tidning$|^e-avis$",
        r"\bindependent press standards organisation\b|\backnowledges the traditional custodians\b",
        r"^(har du tips|tips oss)\?",
    )
    + _cues(
        "strong",
        "footer links",
        r"\bvær varsom-plakat",
    )
    + _cues(
        "start",
        "site branding",
        # A motto ending on the founding year: "Nära dig – varje dag sedan 1912", "Din lokale avis siden 1874";
        # not a headline measuring against that year: "River floods worst since 1998".
        # (the measure is looked for only on lines that end on a year, which few do)
        rf"^(?=[^.!?]{{0,50}}\b(?:seit|since|depuis|desde|dal|od|sinds|sedan|siden)\s+(?:18|19|20)\d\d(?: roku)?\.?$)"
        rf"(?!.*\b{_SINCE_MEASURE}\b)",
        # "Your town. Your tide. Since 1887.": short phrases, then the founding year.
        r"^(\w+( \w+){0,3}\. ){1,3}(seit|since|depuis|desde|dal|sinds|sedan|siden)\s+(18|19|20)\d\d\.?$",
        r"^(independent|unabhängig|indépendant|independiente|indipendente)\.\s+\w+\.$",
    )
    # --- consent rows, e-mail forms, comment notices and legal footers (held-out batch 11)
    + _cues(
        "start",
        "cookie prompt",
        r"^(einstellungen|nur notwendige( cookies)?|more options|mehr optionen|plus d'options|más opciones|altre opzioni|mais opções|we value your privacy|wir respektieren ihre privatsphäre|uw privacy is belangrijk)\.?$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        # "We and our 142 partners store and/or access information on a device", "Wir und unsere Partner verarbeiten
        # personenbezogene Daten": a consent notice need not say "cookies".
        r"\b(we and our|wir und unsere|nous et nos|wij en onze|nosotros y nuestros|noi e i nostri|nós e os nossos|my i nasi) (\d+ )?(partners?|partenaires|socios|parceiros|partnerzy)\b.{0,60}\b(process|store|access|verarbeiten|speichern|traitons|stockons|verwerken|tratamos|trattiamo|armazenamos|przetwarzamy|personenbezogene|personal data|données|gegevens|datos|dati|dados|dane)",
        r"\bdeze (web)?site gebruikt cookies\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(e-?mail(-adresse)? eingeben|ihre e-?mail(-adresse)?|enter your e-?mail( address)?|votre (adresse )?e-?mail|tu (correo|e-?mail)|il tuo indirizzo e-?mail|o seu e-?mail|uw e-?mail(adres)?|jetzt anmelden|sign me up)$",
        r"\b(meld (je|u) aan|schrijf (je|u) in|abonneer (je|u))\b.{0,40}\bnieuwsbrief\b",
    )
    + _cues(
        "start",
        "comment widget",
        rf"^(vos|your|ihre|sus|i vostri|os seus|wasze|uw|jullie) {_COMMENTS}(\s*\(\d+\))?$",
        r"^(kommentare sind für diesen (artikel|beitrag) (deaktiviert|geschlossen)|comments (are|have been) (disabled|turned off) (for|on) this (article|story)|les commentaires sont désactivés|los comentarios (están|han sido) desactivados|i commenti sono disattivati|os comentários estão desativados)\b",
        rf"^((los|les|the|i|os|die) )?{_COMMENTS} (están|sont|are|sono|estão|werden) (sujetos a|soumis à|subject to|soggetti a|sujeitos a) (moderación|modération|moderation|moderazione|moderação)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(lo más (leído|visto)|lo último|most (read|viewed|popular)|les plus lus|meistgelesen|i più letti|os mais lidos|najczęściej czytane|meest gelezen) (hoy|de hoy|today|this week|aujourd'hui|heute|oggi|hoje|dzisiaj|vandaag|de la semana|esta semana|della settimana|cette semaine|diese woche)$",
    )
    + _cues(
        "start",
        "advertising",
        r"^(contenus sponsorisés|liens sponsorisés|contenidos patrocinados|enlaces patrocinados|contenuti sponsorizzati|conteúdos patrocinados|gesponserte inhalte|sponsored (stories|links|articles)|gesponsorde inhoud)$",
    )
    + _cues(
        "start",
        "share widget",
        # "[Partager] [Envoyer] [Imprimer]": the page's tools as bracketed links.
        r"^(\[[^\]]{1,30}\]\s*){2,}$",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^\W*(listen to this article|écouter cet article|écoutez cet article|artikel anhören|artikel vorlesen lassen|escuchar (este artículo|esta noticia|la noticia)|ascolta (l'articolo|questo articolo)|ouvir (este artigo|a notícia)|posłuchaj (artykułu|tego artykułu)|luister naar dit artikel)\b",
        r"^\W*(luister live|kijk live|listen live|watch live|écouter en direct|regarder en direct|live hören|jetzt live|escuchar en directo|ascolta in diretta|ouvir em direto)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^\W*(gift this article|offrir cet article|artikel verschenken|regalar (este artículo|esta noticia)|regala (questo articolo|l'articolo)|oferecer este artigo|podaruj (ten )?artykuł|schenk dit artikel)\b",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(cookie preferences|cookie-voorkeuren|préférences (de )?cookies|preferencias de cookies|preferenze (dei )?cookie|preferências de cookies)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b\w+ gebruikt cookies\b|\bprzetwarzania (twoich |pana |pani )?danych osobowych\b",
    )
    + _cues(
        "start",
        "related links",
        # A ticker of the latest headlines: "ÚLTIMA HORA  Huelga del bus: ... · Cortes de tráfico ...".
        r"^(última hora|dernière minute|dernière heure|breaking( news)?|eilmeldung|ultim'ora|ultima ora|z ostatniej chwili|pilne|net binnen|urgente)(\s*[:|·\"▸►▶•>-]\s*\S|\s+\S.*\s·\s)",
    )
    + _cues(
        "start",
        "navigation",
        r"^(kies je gemeente|kies uw gemeente|choisissez votre (ville|commune)|choose your (town|area|region)|wählen sie ihre (stadt|gemeinde|region)|elige tu (ciudad|municipio)|scegli il tuo comune|escolha o seu concelho|wybierz (swoją )?gminę)\b",
        r"^(strona główna|home|startpagina|página inicial|pagina iniziale)\s*/\s*\S",
    )
    + _cues(
        "start",
        "reading time",
        r"^(leestijd|leesduur)\s*:?\s*\d+\s*(minuten|minuut|min\.?)$",
    )
    + _cues(
        "start",
        "photo credit",
        r"^(beeld|foto's)\s*:\s*\S",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(heb (jij|je|u) een tip|heeft u een tip|tip de redactie|¿?(has|ha) (visto|encontrado) (algún|alguna|un|una) (error|errata))\b",
    )
    + _cues(
        "start",
        "comment widget",
        rf"^{_COMMENTS}\s*\(\d+\)\s*[–—|·-]\s*[^.!?]{{0,40}}$",
    )
    # --- held-out batch 12: consent texts of the IAB framework, paywall counters, app and video prompts
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(we and our|wir und unsere|nous et nos|wij en onze|noi e i nostri|nosotros y nuestros) (\d+ )?(partners?|partner|partenaires|socios)\b.{0,40}\b(use|verwenden|utilisons|gebruiken|usiamo|utilizziamo|utilizamos|raccogliamo|collect)\b",
        r"\bnoi e terze parti selezionate\b",
        r"\b(speichern von oder zugriff auf informationen|store and/or access information|stocker et/ou accéder à des informations|archiviare e/o accedere a informazioni)\b",
        r"\b(einwilligung jederzeit widerrufen|pur-abo|withdraw your consent at any time|revocare il (tuo|suo) consenso|retirer votre consentement|retirar (tu|su) consentimiento)\b",
        r"\bwe use your sign-up to provide content\b",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(wir brauchen ihre zustimmung|we need your consent|nous avons besoin de votre consentement|abbiamo bisogno del tuo consenso|necesitamos tu consentimiento|precisamos do seu consentimento)\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(you've read|you have read|sie haben \d+ von|vous avez lu|has leído|hai letto|du har läst|du har lest) \d+ (of|von|sur|de|di|av) \d+\b",
        r"^(already a (supporter|member)|become a supporter|jetzt kostenlos anmelden|jetzt kostenlos registrieren)\b",
        r"^(nyhetsbrev|nyhedsbrev)\s*:",
        r"\bnewsletter\b.{0,80}\b(postfach|posteingang|inbox|boîte (mail|de réception)|casella di posta|bandeja de entrada)\b",
        r"\b(unlimited digital access|your subscription makes (reporting|journalism) like this possible)\b",
    )
    + _cues(
        "start",
        "app prompt",
        r"^(ladda ner|download|last ned|hent|téléchargez|laden sie|descarga|scarica|baixe|pobierz)\b.{0,40}\b(app|appen|application|applicazione|aplikację)\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(autoplay is paused|tap to unmute|click to unmute|video wird geladen|la lecture automatique est en pause)\b",
    )
    + _cues(
        "start",
        "advertising",
        r"^(story continues below|artikeln fortsätter efter annonsen|artikkelen fortsetter etter annonsen|buy now|jetzt kaufen|acheter maintenant|compra ahora|acquista ora)\.?$",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(weather alert|wetterwarnung|alerte météo|allerta meteo|alerta meteorológica|vädervarning|farevarsel)\s*:",
        # A temperature with the sky, or in a row, in a line without a sentence: "Friday, September 19, 2025 |
        # Millers Fork 61°F Fog" (not a subheading: "Une nuit à -6 °C").
        r"^[^.!?]*(\|[^.!?]*\b\d{1,2}\s?°\s?[cf]\b|\b\d{1,2}\s?°\s?[cf]?,?\s+(fog|rain|sunny|cloudy|clear|showers|snow|"
        r"nebel|regen|sonnig|bewölkt|heiter|wolkig|brouillard|pluie|soleil|nuageux|averses|éclaircies|ciel|couvert|"
        r"niebla|lluvia|soleado|nublado|despejado|nebbia|pioggia|sereno|nuvoloso|aguaceiros|chuva|céu|dimma|regn|"
        r"molnigt|mulet|klart|tåke|skyet|overskyet|mist|bewolkt|zonnig|pochmurno|słonecznie|deszcz|mgła|zachmurzenie|"
        r"bezchmurnie|przelotne opady|opady|śnieg))\b"
        r"[^.!?]*$",
    )
    + _cues(
        "start",
        "navigation",
        r"^\W*(articolo precedente|articolo successivo|previous article|next article|article précédent|article suivant|vorheriger artikel|nächster artikel|artículo anterior|artículo siguiente|artigo anterior|próximo artigo)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(explore more on these topics|explore more|more on this story|mehr zu[rm] [^.!?]{2,50})$",
    )
    + _cues(
        "start",
        "service box",
        r"^(farmacie di turno( oggi)?|farmacias de guardia( hoy)?|pharmacies de garde|notdienst-apotheken|apotheken-notdienst)$",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"^(grafik|grafiek|graphic|interactive|infographie|gráfico|grafico)\s*:",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^(denna artikel är öppen för alla|den här artikeln är öppen för alla|artikkelen er åpen for alle|denne artikel er gratis|this article is free to read|dieser artikel ist frei zugänglich|cet article est en accès libre)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(kommentarsfältet är stängt|kommentarfeltet er stengt|kommentarsporet er lukket|kommentarfunktionen är avstängd)\b",
    )
    + _cues(
        "any",
        "reader call-out",
        # "Have a news tip? Email newsdesk@... or use our form": a question, then where to send.
        r"^[^.!?]{3,80}\?\s.{0,60}[\w.+-]+@[\w-]+\.[\w.]*\w",
    )
    # --- held-out batch 13
    + _cues(
        "start",
        "audio prompt",
        r"^\W*(lyt til artiklen|lyssna på artikeln|lytt til artikkelen|écouter l'article|hör dir den artikel an|escucha (el artículo|la noticia)|ouça (o artigo|a notícia)|luister naar het artikel)\b",
        r"^podcast\s*:",
    )
    + _cues(
        "start",
        "source credit",
        # A chart's or table's source under it: "Kilde: Vesterå Kommune, foreløbig optælling."
        r"^(kilde|kilder|källa|källor|quelle|quellen|fuente|fuentes|fonte|źródło|źródła|bron|bronnen|fonti)\s*:\s*\S",
        # English "Source:" only as a short credit line; longer lines may be a quoted source's words.
        r"^sources?\s*:\s*[^.!?]{2,60}$",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(vos données, vos choix|your data, your choices?|ihre daten, ihre wahl|tus datos, tu elección|wij vragen (je|uw) toestemming|we care about your privacy|consentimento|consentement|consent|zustimmung|consenso|consentimiento|toestemming|samtycke|samtykke)$",
        r"^(paramétrer|continuer sans accepter|ja, ik ga akkoord|ik ga akkoord|nee, bedankt|aceitar|recusar)\W*$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(partenaires|partners|partner|socios|parceiros)\b.{0,30}\b(stockent|accèdent|store|access|speichern|almacenan|archiviano|armazenam)\b.{0,40}\b(informations|information|informationen|información|informazioni|informações)\b",
        r"\b(esta web|este sitio|this (web)?site|ce site|diese (web)?seite|questo sito|este site|deze (web)?site) (utiliza|usa|uses|utilise|verwendet|nutzt|utilizza|gebruikt) (tecnologías|technologies|technologien|tecnologie|tecnologias|technieken)\b",
        r"\bpequenos ficheiros de texto\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(fil info|fil d'actu|en continu|live-ticker|newsticker)(\s+\d{1,2}[:h]\d{2})?\s*[:|·\"▸►▶•>-]\s*\S",
    )
    + _cues(
        "start",
        "page header",
        # "Mardi 19 août 2025 – Bonne fête aux Jean": the day and its saint, over the page.
        r"\bbonne fête (à|aux) \w+|\bnamenstag\b.{0,20}$",
    )
    + _cues(
        "start",
        "comment widget",
        rf"^(?!{_REACTIONS}$)\W*(\d+\s+)?{_COMMENTS}(\s*\(\d+\))?$",
        rf"^(réagir|reagieren|comentar|commenta|reageer|comment|kommentieren)\s*\(\d+\s*{_COMMENTS}?\)$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^je leest (nu )?(gratis )?(artikel )?\d+ van \d+\b|\bword abonnee\b",
    )
    + _cues(
        "start",
        "site branding",
        # "Tygodnik Ziemi Radlińskiej · Radlinek · Wierzbica": the paper's kind and the places it covers.
        r"^(tygodnik|dziennik|gazeta|weekly|hebdomadaire|semanario|settimanale|wochenblatt|ukeavis|veckotidning)\b[^.!?]{0,40}( · [^.!?·]{2,30}){2,}$",
    )
    + _cues(
        "start",
        "footer links",
        r"^(wydawca|redaktor naczelny|herausgeber|éditeur|directeur de la publication|publisher|diretor|uitgever|udgiver|utgivare|editore)\s*:",
        r"\b(propriedade de|estatuto editorial|is committed to the code of practice|press council of ireland)\b",
    )
    # --- held-out batch 14: English-language sites' widgets, wire sign-offs, shopping and video boxes
    + _cues(
        "start",
        "agency sign-off",
        r"^[-–—]?\s*(with (wires|agencies|agency reporting)|con información de agencias|avec agences|mit material von agenturen|con agenzie)\.?$",
        r"^this (story|article) (is|was) supplied by\b",
    )
    + _cues(
        "start",
        "page tools",
        r"^(normal|larger|very large|small|smaller) text size$|^text size\b",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(yes, i'm happy|manage or reject|agree and continue|manage options|configurar|rifiuta e abbonati\b.*)$",
        r"^we'd like to show you content and ads that suit you\b",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(usamos|utilizamos) tecnologías propias y de terceros\b",
        r"\bnoi e i nostri partner (memorizziamo|archiviamo|utilizziamo)\b",
    )
    + _cues(
        "strong",
        "comment widget",
        r"^(we invite you to use our commenting platform|read our commenting guidelines|commenting is (closed|disabled)|comenta esta nota|los comentarios son responsabilidad)\b",
    )
    + _cues(
        "start",
        "notification prompt",
        r"^(get (news|breaking news) alerts|be the first to know when)\b",
    )
    + _cues(
        "start",
        "footer links",
        r"^privacy notice\s*:|^advertise with\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(watch|regardez|guarda|mira|assista|kijk)\s*:\s*\S",
        r"^(video|vidéo|vídeo|videos)$",
        r"^(video|vidéo|vídeo)\s*/\s*[A-ZÀ-Ý]",
    )
    + _cues(
        "start",
        "related links",
        r"^(more coverage of|latest from|more from|te recomendamos|temas relacionados|featured article|deals|offerte del giorno|our sites)\b[^.!?]{0,40}$",
        r"^(voir|see|ver|vedi|zie) (le|la|les|the|el|il|all|full|tutti|todos)\b[^.!?]{0,50}$",
    )
    + _cues(
        "start",
        "advertising",
        r"^\$?\d[\d.,]*\s?(€|\$)?\s+(at|bei|chez|en|su)\s+[a-z]\w+$|^see price$|^(voir|ver|vedi) (le )?(prix|precio|prezzo)$",
        r"\bmay earn a commission\b|\bpuede recibir una comisión\b|\bpourrait percevoir une commission\b",
        r"^get your (pass|ticket|tickets)\b",
        r"^jouer comporte des risques\b",
    )
    + _cues(
        "start",
        "weather widget",
        r"^[^.!?]*\b\d{1,2}\s?°\s?[cf],?\s+(light|heavy|partly|mostly|leichter|starker|faible|forte)\s+\w+[^.!?]*$",
        r"^(high|low) tide\b|^maré (cheia|vazia)\b|^marée (haute|basse)\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(digital edition|e-edition|edición digital|édition numérique|ingresa tu (correo|email|e-mail))$",
        r"^(fund|support) local journalism$",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^(escuchar (nota|noticia)|ascolta (la notizia|l'articolo))$",
    )
    + _cues(
        "start",
        "share widget",
        r"^(gift|gift article|condividi l'articolo|compartir (nota|noticia)|partager l'article)$",
    )
    + _cues(
        "any",
        "footer links",
        r"\bis a member of the [\w ]{2,30}(media|press) council\b",
        r"\btestata registrata presso\b",
        r"^director\s*:",
    )
    # --- held-out batch 15
    + _cues(
        "start",
        "cookie prompt",
        r"^(vi passer på dine data|jouw privacy|szanujemy twoją prywatność|dbamy o twoją prywatność|zustimmung zur datenverarbeitung|bevor sie weiterlesen)$",
        r"^(alle zulassen|auswahl speichern|alleen noodzakelijke|voorkeuren|akceptuję i przechodzę do serwisu|ustawienia zaawansowane)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(nutzen wir technologien wie|wir nutzen dienste von drittanbietern|wij en onze partners slaan informatie op|en (haar|zijn) partners gebruiken gegevens|wyrażasz zgodę na przetwarzanie|przechowujemy i uzyskujemy dostęp do informacji|vi vil gerne bruge data om din adfærd)\b",
    )
    + _cues(
        "start",
        "navigation",
        r"^(direct naar de inhoud|naar hoofdinhoud|ga naar hoofdinhoud|ga naar de inhoud|spring til indhold|hopp til innhold|hoppa till innehållet)$",
        r"^(strona główna|startpagina|forside|startsida|hjem)\s*(>|\"|/)\s*\S",
    )
    + _cues(
        "start",
        "byline",
        r"^(ein artikel von|ein beitrag von)\b|^(rapporterar|rapporterer|reporting|berichten)\s*:",
    )
    + _cues(
        "start",
        "service box",
        r"^(vejret i|vagtapotek|apotheken-notdienst|pollenflug|kursy walut|kurs walut|ceny paliw|elpriset|wetter in|weather in|nu:)\b",
    )
    + _cues(
        "start",
        "advertising",
        # "Tarmstrup Auto - brugte biler med 12 mdr. garanti. Se udvalget her": an advertiser, its offer, a call.
        r"\s-\s.*(se udvalget her|les mer|läs mer|lees meer|sprawdź|zadzwoń[^.!?]*|jetzt [^.!?]{0,30}buchen|öppet i dag[^.!?]*)\W*$",
        r"\bapp store\b.{0,20}\bgoogle play\b|\bgoogle play\b.{0,20}\bapp store\b",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(haben sie einen fehler (entdeckt|gefunden)|heb (jij|je) iets gezien)\b",
    )
    + _cues(
        "start",
        # A widget's label alone ("Het weer"), not a list's header: a menu item with that word is no list's head.
        "weather widget",
        r"^(het weer|wetter|weather|vejret|været|vädret)$",
    )
    + _cues(
        "strong",
        "comment widget",
        r"\b(um zu kommentieren|um kommentieren zu können|to comment)\b.{0,30}\b(angemeldet|anmelden|melden sie sich|log in|sign in|registrier)",
        r"^komentarze są prywatnymi opiniami\b",
    )
    + _cues(
        "strong",
        "subscription prompt",
        r"\b(in ihr(em)? postfach|in je mailbox|in your inbox|dans votre boîte (mail|de réception))\W*$",
    )
    + _cues(
        "start",
        "reading time",
        r"^czas czytania\s*:?\s*(ok\.?|ca\.?)?\s*\d+",
    )
    + _cues(
        "start",
        "page tools",
        # one option or both: "Ältestes zuerst | Neuestes zuerst"
        r"^((visa (äldsta|senaste) först|neuestes? zuerst|ältestes? zuerst|oldest first|newest first)\W*)+$",
    )
    + _cues(
        "any",
        "footer links",
        # "La Voz del Cierzo S.L. · CIF B99123456 · Inscrita en el Registro Mercantil": a company's legal footer.
        r"\b(inscrita|inscrito|registered|eingetragen|immatriculée|iscritta|registada|registrada) (en el|in the|im|au|al|nel|na|no) (registro mercantil|register of companies|companies house|handelsregister|registre du commerce|registro delle imprese|registo comercial)\b",
        r"\b(we adhere to|we abide by|we are regulated by) the (editors' code|ipso|independent press)",
        r"\b(is a member of|est membre du|ist mitglied (des|im)|es miembro del?|è membro del|é membro do|jest członkiem) (the )?(national |independent )?(press council|conseil de (presse|déontologie)|presserat[s]?|consejo de (la )?prensa|consiglio della stampa|conselho de imprensa|rady prasowej|raad voor de journalistiek)",
        r"\bis de (regionale |lokale )?(publieke )?omroep\b",
    )
    # --- held-out batch 16
    + _cues(
        "start",
        "update notice",
        # A label that the report is still being written: "Notícia em atualização", "This story is developing".
        r"^(notícia em atualização|notícia em desenvolvimento|notizia in aggiornamento|noticia en (desarrollo|actualización)|article en cours d'actualisation|cet article (sera|est) (mis à jour|actualisé)|this (story|article) (is developing|will be updated|is being updated)|developing story|breaking news|eilmeldung|(dieser artikel|der artikel|dieser beitrag) wird (laufend )?aktualisiert|dit bericht wordt (nog )?(aangevuld|bijgewerkt)|última hora|ultim'ora|dernière minute|saken oppdateres|artikeln uppdateras|artiklen opdateres|artykuł (jest )?aktualizowany)\W*$",
    )
    + _cues(
        "strong",
        "comment widget",
        r"^(para comentar|pour commenter|per commentare|um zu kommentieren|to comment|om te reageren|aby skomentować)\b.{0,40}\b(assinante|abonné|suscriptor|abbonato|abonnent|subscriber|abonnee|subskrybent|registado|inscrit)",
        rf"^(réagissez|reageer|comment|commentez|kommentieren sie|comenta|commenta)\b.{{0,60}}\(\d[\d .,]*\s*(contributions?|{_COMMENTS})\)\W*$",
    )
    + _cues(
        "start",
        "page tools",
        r"^(ajouter à (vos|mes) (sélections|favoris)|add to (my )?(saved( articles)?|favou?rites|reading list)|zur merkliste( hinzufügen)?|merken|guardar|guardar noticia|salvar|salva|bewaren|opslaan|zapisz|spara|gem|lagre|lägg till i (min )?läslista)$",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(have a (confidential |news )?tip\b|do you have a (news )?tip\b|vous avez une info\b|haben sie (einen )?hinweis\b|¿tienes (una )?pista\b)",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(zobacz wersję w przeglądarce|view (this (e-?mail|newsletter) )?(online|in (your|a) browser)|voir (la version )?(en ligne|dans (votre|le) navigateur)|im browser (ansehen|öffnen|anzeigen)|ver (en|no) (el )?navegador|visualizza nel browser|bekijk (deze (e-?mail|nieuwsbrief) )?in (je|uw) browser|visa i (din )?webbläsare|vis i nettleser(en)?|se i (din )?browser)\W*$",
        # A newsletter's greeting over its digest: "Dzień dobry! Oto najważniejsze informacje ...".
        r"^(dzień dobry|good morning|good evening|hello|bonjour|bonsoir|guten morgen|guten abend|buenos días|buenas tardes|buongiorno|buonasera|bom dia|boa tarde|goedemorgen|goedenavond|god morgon|god morgen|hej|hei)\s*[!,]\s*(oto|here (are|is)|voici|hier (sind|ist|zijn)|aquí (tienes|están)|ecco|eis|her er|här är|today|aujourd'hui|heute|hoy|oggi|hoje|vandaag|i dag|dziś|dzisiaj)\b",
        r"^(otrzymujesz tę wiadomość|you('re| are) receiving this (e-?mail|message|newsletter)|vous recevez (ce|cet) (e-?mail|message|courriel)|sie erhalten diese (e-?mail|nachricht)|recibes este (correo|mensaje)|ricevi questa (e-?mail|mail|newsletter)|recebe(s)? este (e-?mail|correio)|je ontvangt deze (e-?mail|nieuwsbrief)|du (får|mottar|modtager) (detta|dette|denne) (e-?post|mejl|nyhetsbrev|mail))\b",
        r"^(przekaż ten newsletter|forward this (e-?mail|newsletter)|transférez cette (lettre|newsletter)|leiten sie diesen newsletter)\b",
    )
    + _cues(
        "strong",
        "newsletter",
        # "If a friend forwarded this to you, sign up ...".
        r"\b(przesłał ci znajomy|przesłała ci znajoma|forwarded (this )?(to )?you|vous a été transférée?|transféré par un(e)? ami|weitergeleitet (hat|wurde)|te lo reenvió|te lo ha reenviado|ti è stata inoltrata|doorgestuurd)\b.{0,80}\b(zapisz się|subscribe|sign up|inscrivez-vous|abonnez-vous|abonnieren|anmelden|suscríbete|iscriviti|inschrijven|meld je aan)",
        # A podcast's or a guide's promotion: "W najnowszym odcinku podcastu ...", "Premium readers can download ...".
        r"^(w najnowszym odcinku podcastu|in (the|our) (latest|new(est)?) (episode of|podcast)|dans (le|notre) (dernier|nouvel) épisode d[eu]|in der (neuen|neuesten) folge (unseres|des) podcasts|en el (último|nuevo) episodio del podcast|nel (nuovo|ultimo) episodio del podcast|no (novo|último) episódio do podcast|in de nieuw(st)?e aflevering van (de|onze) podcast|i (det )?senaste avsnittet av podden)\b",
        r"\b(z pakietem premium|premium (subscribers|readers|members)|abonnés premium|premium-abonnenten|suscriptores premium|abbonati premium|assinantes premium)\b.{0,60}\b(pobrać|download|télécharger|herunterladen|descargar|scaricare|baixar|downloaden)\b",
    )
    + _cues(
        "start",
        "photo credit",
        r"^beeld\s*:?\s+[\w'’. /-]{2,40}$",
    )
    + _cues(
        "start",
        "author bio",
        # "Marcus Feld covers white-collar crime and securities litigation for Bloomfield from New York."
        r"^[\w'’-]+( [\w'’-]+){1,2} (covers|reports on|writes about|is a (senior |staff |freelance |political |business )?(reporter|correspondent|writer|journalist|editor)) [^.!?]{0,120}\b(for|at) [^.!?]{2,60}[.]?$",
    )
    # --- held-out batch 17
    + _cues(
        "start",
        "advertising",
        r"^continue a ler (a seguir|depois|após) (ao|do|da|à) (anúncio|publicidade)\W*$",
    )
    + _cues(
        "start",
        "byline",
        r"^a cura (della redazione|di [\w'’. -]{2,40})$",
        r"^par [\w'’. -]{2,40} \((avec|et) (agences?|l'afp|afp|reuters)\)$",
        r"^\(?(additional )?(reporting|writing) by [^;()]{2,60}(; ?(additional reporting|writing|editing) by [^;()]{2,60})*\)?$",
    )
    + _cues(
        "start",
        "page tools",
        # A live page's notice of updates not shown yet: "Ci sono 2 nuovi aggiornamenti — clicca per vederli".
        r"\b(nuovi aggiornamenti|new updates?|nouvelles? mises? à jour|neue (updates|beiträge|einträge)|nuevas actualizaciones|novas atualizações|nieuwe updates|nya uppdateringar|nye oppdateringer|nowe wpisy)\b.{0,30}\b(clicca|click|tap|cliquez|klicken|haz clic|clique|klik|klicka|trykk|kliknij)",
    )
    + _cues(
        "start",
        "comment widget",
        r"\b(scrivi il primo commento|be the first to comment|soyez le premier à (commenter|réagir)|sé el primero en comentar|schreiben sie den ersten kommentar|seja o primeiro a comentar|wees de eerste die reageert|skriv den första kommentaren)\b",
        r"^(reageer op dit artikel|reageer|kommentera artikeln|kommenter artikkelen)\b(\s*\(\d+\))?\W*$",
    )
    + _cues(
        "start",
        "footer links",
        r"^our standards\s*:",
    )
    + _cues(
        "strong",
        "subscription prompt",
        r"\b(jetzt )?kostenlos als newsletter\b|\bas a free (daily )?newsletter\b|\bgratuitement par (e-?mail|newsletter)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(delen|deel|teilen|partager|compartir|condividi|partilhar|dela|del|udostępnij|share) (via|op|on|auf|sur|en|su|no|på|na|w) \w+(\s*\|\s*(delen|deel|teilen|partager|compartir|condividi|partilhar|dela|del|udostępnij|share) (via|op|on|auf|sur|en|su|no|på|na|w) \w+)*(\s*\|\s*[\w ]{2,20})?$",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^this (article|story) is (only )?(for|available to|exclusive to|reserved for) (paying )?(subscribers|members)( only)?\W*$",
        r"^cancel (anytime|at any time)\W*( terms (apply|and conditions apply)\W*)?$",
    )
    # --- held-out batch 18
    + _cues(
        "start",
        "service box",
        # Road, weather and daily-life widgets: "Traffic: M60 anticlockwise J12–J13, delays of 20 minutes".
        r"^(traffic|verkehr|trafic|tráfico|traffico|trânsito|verkeer|trafik|trafikk)\s*:.*(\b[a-z]{1,3} ?\d{1,4}\b|\brv\.? ?\d+|\b(delays?|stau|retards?|retrasos?|ritardi|filas?|files|kø|köer|korki)\b)",
        r"^(blitzer|radarkontrollen|speed cameras?|radars?( fixes)?|flitsers?)( im [\w ]+| in [\w ]+)?\s*:",
        r"^(horoskop|horoscope|horóscopo|oroscopo|horoskopet)\b",
        r"^(namnsdag|navnedag|imieniny|namenstag)\b",
        r"^(strømpris(en)?|elpris(en)?|strompreis|stromprijs|prix de l'électricité)( i dag| heute| today)?\b",
        r"\benter your (postcode|zip code|postal code)\b|\bentrez votre code postal\b|\bgeben sie ihre (plz|postleitzahl)\b",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(vandtemperatur|vanntemperatur|vattentemperatur|wassertemperatur|water temperature|température de l'eau|temperatura (del )?(agua|acqua|água))\b",
        r"^(tidevand|tidevann|tidvatten|gezeiten|getijden|hoogwater)\b",
        r"^(jakość powietrza|air quality|luftqualität|qualité de l'air|calidad del aire|qualità dell'aria|luchtkwaliteit|luftkvalitet)\b[^.!?]{0,30}:",
    )
    + _cues(
        "start",
        "job ad",
        r"^(oferty pracy|oferta pracy|job|jobs|stellenangebote?|offre d'emploi|oferta de empleo|offerta di lavoro|vacature|ledigt jobb|ledig stilling|ledige job)\s*:\s*\S",
    )
    + _cues(
        "start",
        "advertising",
        r"^(annunci immobiliari|immobilien|real estate|immobilier|inmobiliaria|imóveis|nieruchomości|bolig|bostad|woningaanbod)\s*:",
    )
    + _cues(
        "start",
        "news ticker",
        # A ticker's entry: "SISTE: Kollisjon på rv. 2 ved Skotterud", "10:05 Colmar : un incendie détruit un hangar".
        r"^(siste|senaste|seneste|breaking|eilmeldung|última hora|ultim'ora|dernière minute|net binnen)\s*:\s*\S",
        r"^\d{1,2}[:h.]\d{2}\s+[^\W\d_][^.!?:]{1,40}\s:\s[^.!?]{5,}$",
    )
    + _cues(
        "start",
        "page tools",
        r"^(ki-zusammenfassung|ai summary|ai-generated summary|résumé (par l')?ia|resumen (con )?ia|riassunto (con l')?ia|ai-samenvatting)\b",
    )
    + _cues(
        "start",
        "support prompt",
        r"\bis funded by (its|our) readers\b|\bjoin [\d,. ]+ (members|supporters|readers)\b",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(vi och våra|vi og våre|vi og vores)( \d+)? (partners|partnere) (använder|bruker|bruger) (cookies|informasjonskapsler|kakor)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(kommentarer(ne)? er lukket|kommentarfeltet er stengt|kommentarerna är stängda|comments are closed|comments have been closed|les commentaires sont fermés|kommentare sind geschlossen|los comentarios están cerrados|i commenti sono chiusi|os comentários estão fechados|reacties zijn gesloten)\b",
    )
    + _cues(
        "start",
        "gallery caption",
        r"^(fotogaleria|fotogalería|galerie photos?|photo gallery|bildergalerie|fotogalerij|galeria zdjęć|fotogalleri)\b|\(\d+ (fotos|photos|bilder|foto|zdjęć|billeder)\)$",
    )
    + _cues(
        "start",
        "author bio",
        r"\b(scrive|writes|écrit|schreibt|escribe|escreve|schrijft|skriver|pisze) (per|for|pour|für|para|voor|för|dla) [^.]{2,40} (dal|since|depuis|seit|desde|sinds|sedan|siden|od) \d{4}\.?$",
    )
    + _cues(
        "any",
        "footer links",
        r"\b(ansvarshavende (chef)?redaktør|ansvarlig redaktør|ansvarig utgivare)\b",
    )
    # --- held-out batch 19
    + _cues(
        "start",
        "comment widget",
        # A blog's comment thread: "12 thoughts on “...”", "Leave a Reply", "Post Comment", "Reply".
        r"^\d+ (thoughts|comments|responses|replies|kommentare|commentaires|comentarios|commenti|reacties) (on|zu|sur|en|su|op)\b",
        r"^(leave a (reply|comment)|post comment|reply|antworten|répondre|responder|rispondi|beantwoorden|svara|odpowiedz)$",
        r"^your email address will not be published\b",
        r"^(noch keine kommentare|no comments yet|aucun commentaire|nessun commento|sin comentarios|ainda sem comentários|nog geen reacties)\b",
        r"\b(devi essere connesso|you must be logged in|vous devez être connecté|debes (estar registrado|iniciar sesión)|sie müssen angemeldet sein)\b.{0,40}\b(comment|commento|commentaire|comentario|kommentar)",
    )
    + _cues(
        "start",
        "share widget",
        r"^like loading\.*$",
    )
    + _cues(
        "any",
        "footer links",
        r"\bproudly powered by wordpress\b|\btheme: [\w -]{2,30} by [\w -]{2,30}\W*$",
        r"^all quotes delayed\b",
    )
    + _cues(
        "start",
        "support prompt",
        r"\bbuy us a coffee\b|\bko-fi\b|\bspendier(en sie)? uns einen kaffee\b|\boffrez-nous un café\b",
    )
    + _cues(
        "start",
        "page tools",
        r"^(purchase licensing rights|save article|save story|artikel speichern|artikel merken|sauvegarder l'article|guardar artículo|salva articolo)\b",
    )
    + _cues(
        "start",
        "tags",
        r"^(suggested topics|related topics|topics|themen|sujets|temas|argomenti|onderwerpen|ämnen|emner)\s*:?$",
        # topics to follow, listed: "Themen folgen: Verkehrsunfälle in Bayern | A9 | Polizei"
        r"^(themen folgen|thema folgen|follow topics|suivre les sujets|seguir temas|segui (i )?temi|volg onderwerpen)\s*:"
        r"[^.!?]{2,120}$",
    )
    + _cues(
        "start",
        "navigation",
        r"^[\w&' ]{2,30}\s+category$",
    )
    + _cues(
        "start",
        "related links",
        r"^[\w'’ .-]{2,40} (vous recommande|recommends|empfiehlt|recomienda|raccomanda|recomenda|beveelt aan|rekommenderar|anbefaler|poleca)\W*$",
    )
    + _cues(
        "strong",
        "subscription prompt",
        r"\b(sent )?straight to your inbox\W*$",
        # "Want more stories like this? Get the ... Briefing every Tuesday and Friday. Sign up free", "Nichts mehr
        # verpassen: Mit unserem Newsletter ... erhalten Sie werktags ..."
        r"^want more stories like this\?|\bsign up (for )?free\W*$|^nichts mehr verpassen\b|"
        r"\bmit unserem newsletter\b.{0,60}\berhalten sie\b",
    )
    + _cues(
        "start",
        "byline",
        r"^(reporter|reporting|words|text|texte|tekst)\s*:\s*[\w .'’-]{3,40}(, (with|avec|mit|con) [\w ]{2,20})?$",
        # after the desk's name, with who took the pictures: "Fjellposten Sport · Reporter: Henrik Aasland og Ingrid
        # Bjørke (foto)"
        r"^[\w .'’-]{2,30}\s+[·|]\s+(reporter|reportere|journalist|journalister|tekst|text|texte)\s*:\s*[\w .'’-]{3,60}"
        r"(\s*\((foto|photo|bilde|bild|billede)\))?$",
    )
    + _cues(
        "start",
        "timestamp",
        # "April 14, 20266:42 PM GMT+1Updated an hour ago": a wire's stamp with its parts run together.
        r"^[a-z]+\.? \d{1,2}, \d{4}\s*\d{1,2}:\d{2}\s*(am|pm)\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(▶\s*)?(video|vidéo|vídeo)\s*:\s*\S",
    )
    + _cues(
        "start",
        "audio prompt",
        r"\b(écouter la radio|listen live|radio hören|escuchar la radio|ascolta la radio|ouvir a rádio)\b",
    )
    + _cues(
        "start",
        "site branding",
        r"\bnews in english$|^(il quotidiano|le quotidien|el diario|o jornal|die zeitung|the (daily )?newspaper) (online |digitale? |on line )?(della|de la|du|de|del|do|für|of|for)\b[^.!?]{2,60}$",
        r"\b(c'est aussi sur|also on|auch auf|también en|anche su|também na)\b.{0,40}\b\d{2,3}[.,]\d\s?fm\b",
        # A site's tagline: "Independent news for Brackwater, Fennbury and the villages – since 2014".
        r"\b(news|nachrichten|nouvelles|infos|noticias|notizie|notícias|nieuws|nyheter|nyheder|wiadomości|journalism|journalismus)\b[^.!?]{0,80}\b(since|seit|depuis|desde|dal|sinds|sedan|siden|od) \d{4}$",
    )
    # --- held-out batch 20
    + _cues(
        "start",
        "reader poll",
        r"^(wat vind je van dit artikel|what did you think of this (article|story)|was this (article|story) helpful|hat ihnen (dieser|der) artikel gefallen|cet article vous a-t-il (plu|été utile)|¿te ha (gustado|resultado útil) este artículo|ti è piaciuto questo articolo|gostou deste artigo)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(zie je een fout|spot(ted)? a mistake|seen an error|vous avez repéré une erreur|¿has visto un error|hai trovato un errore|viu um erro|ser du ett fel|ser du en fejl)\b",
    )
    + _cues(
        "start",
        "score widget",
        # A results ticker: "LIVE  Europa League QF 1st leg: Lindewaard 3-1 Ribeirense FT · Vltava Prague 0-0 ...".
        r"(\b\d{1,2}\s?[-–]\s?\d{1,2}\b[^·|]{2,40}(·|\|)[^·|]*){2,}",
        r"^[\w .'’-]{2,30} \d{1,2}\s?[-–]\s?\d{1,2} [\w .'’-]{2,30}\s+(terminado|ft|full[- ]time|final|finished|einde|afgelopen|beendet|endstand|slut|slutt|koniec|fin|terminé|finale)$",
        r"^(alle uitslagen|all results|alle ergebnisse|tous les résultats|todos los resultados|tutti i risultati|todos os resultados|alla resultat|alle resultater)\b",
    )
    + _cues(
        "start",
        "byline",
        r"^[\w'’-]+ [\w'’-]+ at (the )?[\w'’ -]{0,30}\b(stadium|stadion|ground|park|arena|road|lane)\b[\w'’ -]{0,30}$",
        r"^by [\w ]{2,30} staff(, with [\w ]{2,20})?$",
    )
    + _cues(
        "start",
        "explainer box",
        r"^(quick guide|explainer|factbox|fact box|faktabox|faktaruta|faktaboks|en bref|el contexto|il contesto)$",
    )
    + _cues(
        "start",
        "page tools",
        r"^(show|hide|toon|verberg|anzeigen|ausblenden|afficher|masquer|mostrar|ocultar|mostra|nascondi|visa|dölj|vis|skjul)$",
    )
    + _cues(
        "start",
        "tags",
        r"^(match reports?|spielberichte?|comptes rendus|crónicas|cronache|crónicas de jogo)$",
    )
    + _cues(
        "strong",
        "advertising",
        # Betting: fractional or decimal odds, a bookmaker's offer, the legal line.
        r"(\b\d{1,2}/\d{1,2}\b[^·|]{0,40}[·|][^·|]{0,40}){2,}",
        r"^(aposta da casa|apuesta|bet now|wette|scommessa|odds|kansen|quotas?|cuotas?)\b.{0,60}\b\d+[.,]\d{2}\b",
        r"\b(jogo responsável|juego responsable|gamble responsibly|gioca responsabilmente|spiel verantwortungsbewusst|begambleaware|proibido a menores de 18|prohibido a menores de 18|18\+ only)\b",
        r"\bour partners can help\b|\bbook a free (consultation|call)\b",
        # A bookmaker's welcome offer: "jusqu'à 100 € offerts sur votre premier pari".
        r"\b(sur votre premier pari|on your first bet|en tu primera apuesta|auf (deine|ihre) erste wette|sulla (tua|sua) "
        r"prima scommessa|na (sua|tua) primeira aposta|na pierwszy zakład|op je eerste weddenschap|spiel kann süchtig machen)\b",
    )
    + _cues(
        "strong",
        "subscription prompt",
        r"^we will not share your email( address)?\b",
    )
    + _cues(
        "start",
        "reading time",
        r"^przeczytasz w \d+ min",
    )
    + _cues(
        "start",
        "support prompt",
        r"\bis reader-funded\b|\bbecome a member from\b",
    )
    + _cues(
        "any",
        "footer links",
        r"[·|]\s*©\s*\d{4}\b",
        r"\b(box|postboks|postbus|apartado) \d+, \d{3} ?\d{2}\b",
    )
    + _cues(
        "start",
        "news ticker",
        r"^(just nu|lige nu|akkurat nå)\b",
    )
    + _cues(
        "start",
        "notification prompt",
        r"^(följ ämnen|følg emner|følg emnene)\b|\bfå en notis\b",
    )
    + _cues(
        "start",
        "service box",
        r"^(trafikläget|trafikken nu|trafikken lige nu|traffic now|verkehrslage|info trafic|estado del tráfico|trânsito agora)\b",
        r"^(farmácias de serviço|farmacias de guardia|farmacie di turno|pharmacies de garde|notdienst-apotheken)\b",
        r"^[£$€]\s?1\s?=\s?[£$€]\s?\d",
        r"^(pollental|pollen count|pollenbericht|pollenvarsel|pollenprognos|pyłki)\b",
        r"^(dagens namn|dagens navn)\b",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(vandstand|vannstand|vattenstånd|wasserstand|pegelstand|water level|niveau d'eau|nível da água)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(meer|more|mehr|plus de|más|più|mais|mer|mere|więcej) (sport|sports|nieuws|news|nachrichten|actualités|noticias|notizie|notícias|nyheter|nyheder|wiadomości)$",
    )
    # --- held-out batch 21
    + _cues(
        "start",
        "subscription prompt",
        r"^(cet article vous (plaît|a plu)|dieser artikel gefällt ihnen|did you like this article|enjoyed this (article|story))\b.{0,60}\b(newsletter|abonn|subscribe)",
        r"\b(in your inbox every (weekday|morning|day)|dans votre boîte chaque (matin|jour))\b",
    )
    + _cues(
        "start",
        "tags",
        r"^(artikel zum thema|articles sur le (même )?sujet|more on the topic|mais sobre o tema)\s*:",
    )
    + _cues(
        "start",
        "related links",
        r"^(related coverage|more coverage|plus sur (le|ce) sujet|plus d'infos sur le sujet|mehr dazu|meer over dit onderwerp|mais sobre o assunto|más sobre el tema)$",
    )
    + _cues(
        "start",
        "comment widget",
        r"^\d+ (kommentare|commentaires|comments|comentários|commenti) (anzeigen|afficher|show|ver|mostra)\b",
        r"^posten sie ihre meinung\b|\bforenregeln\b",
        r"^os comentários são de responsabilidade\b|^les commentaires (sont|n'engagent)\b|^comments are the (sole )?responsibility\b",
        r"^commentaires \(\d+\)",
    )
    + _cues(
        "start",
        "service box",
        r"^(schneebericht|snow report|bulletin d'enneigement|bollettino neve)\b",
        r"^(jeux|spiele|games|jogos|giochi)\s*:\s*(sudoku|mots croisés|kreuzworträtsel|crossword|palavras cruzadas|cruciverba)\b",
        r"^(météo|wetter|weather|tempo|meteo)\s+[\w' -]{2,30}\s*:\s*-?\d{1,2}\s?°",
        r"^(iron ore|brent|wti|gold|copper|eur/usd)\b.{0,40}\$?\d+[.,]\d+\s*(/t|/oz|/bbl)?\s*[▲▼]",
        r"^traffic\s*:.*\b(i-\d+|us-\d+|sr-\d+|exit \d+|lanes?)\b",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^(ouvir matéria|ouvir (a )?notícia|listen to this (story|article)|écouter cet article|artikel anhören)\b",
        r"^le podcast\b.{0,60}\b(chaque|tous les)\b",
    )
    + _cues(
        "start",
        "advertising",
        r"^(story continues below (ad|advertisement)|l'article continue (sous|après) la publicité|der artikel geht (unter|nach) der (anzeige|werbung) weiter)\W*$",
        r"^(upcoming event|prochain événement|nächste veranstaltung)\s*:.*\bregister\b",
    )
    # --- held-out batches 22 and 23
    + _cues(
        "start",
        "reading time",
        r"^(lästid|lesetid|læsetid|leestijd|leitura|lectura|lettura|czas czytania)\s*:?\s*\d+\s*(min|minuter|minutter|minuten|minutos|minuti|minut)\b\.?$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"\b(logget inn|logga in|logget ind|ingelogd|zalogowany)\b.{0,40}\b(kommentere|kommentera|reageren|komentować)\b",
        r"^(log in|sign in|anmelden|connectez-vous|inicia sesión|accedi|faça login|zaloguj się|logg inn|logga in|log ind) to (join|start) the (discussion|conversation)\b",
        r"^(load|show|view|see) (more|all|older) comments$",
        r"^reageer op dit artikel\b",
        r"^die kommentarfunktion ist\b.{0,40}\b(geschlossen|deaktiviert)\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"\b(subscribe|become a (member|subscriber)|abonnez-vous|abonnieren sie|assine|suscríbete|abonner|prenumerera)\b.{0,20}\b(from|dès|ab|a partir de|desde|fra|från)\s*[€£$]?\s*\d",
        r"^(quero receber|je veux recevoir|quiero recibirla?|voglio riceverla|ich will (sie|ihn) erhalten)$",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(der|die|das|the|our|la|le|il|el|a|o|de|het)?\s?[\w-]*newsletter\b[^.!?:]{0,30}:",
        r"^få\s+\w*(brevet|nyhedsbrev|nyhetsbrev)$|^(get|receive)\s+(the|our)\s+\w+\s+(briefing|newsletter)$",
        r"^(dagens|the day's|die wichtigsten|l'essentiel|lo más importante|le notizie|as principais)\b.{0,80}\b(hver morgen|every (morning|weekday)|jeden morgen|chaque matin|cada mañana|ogni mattina|todas as manhãs|elke ochtend|varje morgon|hver morgon|każdego ranka)\b",
    )
    + _cues(
        "start",
        "live page tools",
        r"\b(automatisk opdatering|automatisk oppdatering|automatisk uppdatering|automatische aktualisierung|"
        r"automatisch aktualisieren|automatisch vernieuwen|actualiser automatiquement|aggiorna automaticamente|"
        r"actualizar automáticamente|atualizar automaticamente|auto-?refresh|actualisation automatique|actualización automática|aggiornamento automatico|atualização automática|automatisch verversen|automatyczne odświeżanie)\b",
        r"^(tryk|trykk|tryck|press|drücken sie|appuyez sur) f5\b",
        r"^live$",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(artikkelen|artikeln|artiklen) (er|är|blev|ble) (oppdatert|uppdaterad|opdateret)\b.{0,30}\d{1,2}[:.]\d{2}$",
        r"^(actualizado|actualizada|atualizado|atualizada|aggiornato|aggiornata|mis à jour|updated|aktualisiert|bijgewerkt|opdateret|uppdaterad|oppdatert|zaktualizowano)\b.{0,30}\b\d{1,2}[:.h]\d{2}\s*h?\.?$",
        # "Ancona, 15 settembre 2026, ore 11:48 - aggiornato alle 13:20": the place, the date and the time.
        r"^[^\W\d][\w' -]{1,30}, \d{1,2}\.? [^\W\d]+\.? \d{4},? (ore |às |a las |à |um |at |kl\.? |godz\.? )?\d{1,2}[:.h]\d{2}\b[^.!?]{0,40}$",
        # "Aosta, venerdì 3 dicembre 2027 – aggiornato alle 09:40": the place, the day and the last update.
        r"^[^\W\d][\w' -]{1,30}, ([^\W\d]+,? )?\d{1,2}\.? [^\W\d]+\.? \d{4}\s*[–—|·-]\s*(aggiornato|aggiornata|updated|"
        r"mis à jour|actualizado|actualizada|atualizado|atualizada|aktualisiert|bijgewerkt|zaktualizowano)\b[^.!?]{0,20}"
        r"\d{1,2}[:.h]\d{2}$",
    )
    + _cues(
        "start",
        "byline",
        r"^[\w' -]{2,40} staff,? (with|and) (agency reports|agencies|wires|wire reports)$",
        r"^von unsere[mr] (korrespondent(en|in)?|redakteur(in)?|mitarbeiter(in)?|reporter(in)?)\b[^.!?]{0,60}$",
    )
    + _cues(
        "start",
        "related links",
        r"^(as mais lidas|os mais lidos|mais lidas|mais lidos|autres brèves|andere kurzmeldungen|other briefs|more briefs|más breves|altre brevi|outras breves|andere korte berichten)$",
    )
    + _cues(
        "start",
        "navigation",
        r"^(szukaj|search|suche|suchen|rechercher|buscar|cerca|pesquisar|zoeken|sök|søk|søg)\s*(\.\.\.|…)$",
    )
    + _cues(
        "start",
        "weather widget",
        r"^[^\W\d][\w' -]{1,30}\s-?\d{1,2}\s?°c?\s*[–-]\s*[^\W\d][\w ]{2,25}$",
        r"^(het weer|das wetter|the weather|la météo|el tiempo|il meteo|o tempo|vejret|været|vädret|pogoda)\b[^.!?]{0,30}:\s*-?\d{1,2}\s?°",
    )
    + _cues(
        "start",
        "video prompt",
        r"\((video|lyd|audio|podcast|vídeo|vidéo)\s*[,:]?\s*\d+\s*(min|sek|s|minutter|minuter|minuten|minutos)\.?\)$",
    )
    + _cues(
        "start",
        "news ticker",
        r"^(em direto|en directo|en direct|in diretta|ao vivo|na żywo|live|direkt)\s*\|\s",
    )
    + _cues(
        "start",
        "related links",
        r"^(relacionado|relacionada|related|verwandt|lié|correlato|gerelateerd|relaterat|relateret|powiązane)\s*:\s",
    )
    + _cues(
        "start",
        "page tools",
        r"^\d{1,3}(?:[  .,]\d{3})*\s*(wyświetleń|wyświetlenia|odsłon|views|aufrufe|vues|visualizaciones|visualizzazioni|visualizações|weergaven|visningar|visninger)$",
        r"^(follow|folgen sie|suivez|segui|siga|sigue a|volg|følg|följ|obserwuj)\s+[\w'’-]+(\s[\w'’-]+)?\s+(on|auf|sur|su|em|en|op|på|na)\s+(x|twitter|instagram|linkedin|bluesky|threads|facebook|mastodon)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(en (haar|zijn|onze) partners|and (its|our) partners|et (ses|nos) partenaires|avec nos partenaires|und (seine|ihre|unsere) partner|y (sus|nuestros) socios|e i (suoi|nostri) partner|e os (seus|nossos) parceiros|wraz z naszymi partnerami|og (våre|vores|sine) (samarbejds)?partnere|och våra partner)\b.{0,80}\b(cookies?|données personnelles|personal data|dane osobowe|personenbezogene daten|datos personales|dati personali|dados pessoais|persoonsgegevens|personuppgifter|personopplysninger|personoplysninger)\b",
        r"\b\w+ gebruiken cookies\b",
    )
    + _cues(
        "strong",
        "copyright",
        r"\bregistered in england( and wales)?\b|\bis published by [^.]{2,60}\b(ltd|limited|plc|gmbh|s\.a\.|b\.v\.)",
    )
    + _cues(
        "start",
        "site branding",
        r"^(portal|serwis|gazeta|dziennik|tygodnik) (mieszkańców|informacyjny|regionalny|lokalny)\b",
        r"^(english|international) news (from|about) (the )?[\w ]{3,30}$",
        r"^l'info (de|du|des) [^.!?]{3,70}$",
        r"^[\w.-]+ [–-] (nyheder|nyheter|news|nachrichten|nieuws|notícias|noticias|notizie|wiadomości|infos?) (døgnet rundt|dygnet runt|døgnet rundt|around the clock|rund um die uhr|24/7|24 timer|24 horas|24 ore|24h)$",
    )
    # --- held-out batch 24
    + _cues(
        "start",
        "byline",
        # "Von dnp": an agency's short name in lowercase
        r"^(?:von|by|par|di|por|door|av|af)\s+[a-z]{2,4}(?:/[a-z]{2,4})?$",
    )
    + _cues(
        "strong",
        "paywall notice",
        r"\b(sie lesen|you are reading|vous lisez|está leyendo|stai leggendo|u leest)\b.{0,40}\b(kostenlos\w*|free|gratuit\w*|gratis|gratuit[oi])\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(weitere|mehr) artikel zum thema$|^(le plus partagé|les plus partagés|most shared|meistgeteilt|lo más compartido|i più condivisi)$",
        r"^(le più lette|i più letti|popular|most popular|trending|lo más leído|lo más visto|os mais vistos|meistgelesen|les plus lus)"
        r"( (di oggi|this week|today|now|de hoy|heute|aujourd'hui|della settimana|de la semaine))?$",
    )
    + _cues(
        "start",
        "service box",
        r"^(verkehr aktuell|trafic en direct|traffic (update|now)|tráfico)$",
        r"^(?:a|b|l|k|st|n|d|rn|m|sp|ss)\s?-?\d{1,3}\s*:\s.*\b(baustelle|stau|sperrung|umleitung|ampel\w*|travaux|roadworks|lane closure|obras|lavori)\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(morning|evening|daily|weekly) briefing\s*:",
        r"\bweekly newsletter\b.{0,60}\bevery (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(video\w*|vídeo|vidéo|videonotizie)\s*[:–-].{2,100}\(\d{1,2}:\d{2}\)$",
        r"\bin (90|60|30|\d+) (secondi|seconds|sekunden|secondes|segundos|seconden)$",
    )
    + _cues(
        "start",
        "share widget",
        r"^(tuitear|tuittear|retuitear|twittern|tweeter)$",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(il meteo|meteo|wetter|weather|el tiempo|tempo|météo)\s*:\s.*-?\d{1,2}\s?°",
    )
    + _cues(
        "start",
        "timestamp",
        r"^\d{1,2}\.? [^\W\d]+ \d{4},? (alle|à|às|a las|um|at|kl\.?|om|o)\s*\d{1,2}[:.h]\d{2}$",
        r"^[^\W\d][\w' -]{1,30}, \d{1,2}\.? (de )?[^\W\d]+\.? (de )?\d{4}$",
    )
    + _cues(
        "strong",
        "copyright",
        r"\b(cif|nif|p\.?\s?iva|partita iva|cvr|kvk|nip|vat no\.?|ust-idnr\.?)\s*:?\s*[a-z]{0,2}\s?\d{6,}",
        r"\btestata (giornalistica )?registrata\b",
    )
    # --- credits, bylines, copyright
    + _cues(
        "start",
        "photo credit",
        r"^(crédits?( photo)?|credits?|photo|photos|picture|pictures|pic|foto|fotos|fot\.|bild|bilder|image|imagen|immagine|imagem|zdjęcie|illustration|source photo|©)\s*(:|/|©|-)",
        # An archive photo's credit: "Arkivfoto: Kattegat Posten", "Archivbild: dpa".
        r"^(arkivfoto|arkivbild|arkivbilde|arkivbillede|archivfoto|archivbild|archiefbeeld|archieffoto|foto d'archivio|"
        r"foto de archivo|foto de arquivo|photo d'archives|file photo|zdjęcie archiwalne)\s*:\s*\S",
        # the archive photo's paper and photographer's initials: "Photo d'archives Le Courrier du Condroz - M.D."
        r"^(photo d'archives?|foto de archivo|foto de arquivo|foto d'archivio|archivfoto|archivbild|file photo|"
        r"arkivfoto|archieffoto)\s+\S.{0,50}\s[-/–]\s*[\w.]{2,20}$",
        # a photographer's initials alone: "E.C.S."
        r"^([a-zà-ÿ]\.){2,4}$",
        # a picture's label in brackets over its caption: "[FOTO] Il fronte della frana ...", "[Image] Firefighters ..."
        r"^\[(foto|fotos|photo|photos|image|images|imagen|imagem|immagine|bild|zdjęcie|picture)\]\s*\S",
        # an agency's note under a handout picture
        r"^this image (has been|was) (supplied|provided) by a third party\b",
    )
    + _cues(
        "start",
        "photo caption",
        # A caption that says its picture is old: "A subestação de Vale de Cedros, em imagem de arquivo".
        r"[,(]\s*(em imagem de arquivo|em foto de arquivo|en (une )?image d'archives?|in a file (photo|picture|image)|"
        r"file (photo|picture|image)|auf einem archivbild|archivbild|en (una )?(imagen|foto) de archivo|in "
        r"un'immagine d'archivio|in una foto d'archivio|op een archiefbeeld|archiefbeeld|på ett arkivfoto|på et "
        r"arkivbilde|på et arkivbillede|na zdjęciu archiwalnym)\)?\.?$",
    )
    + _cues(
        "start",
        "photo credit",
        r"^(image caption|image source|légende|bildunterschrift|pie de foto|didascalia|legenda)\s*[,:]",
        # "U.S. Army photo by Spc. Erin Robicheaux Sgt. ...": a credit opening a caption.
        r"^(?!(the|a|an|this|that|his|her|their|its|one|la|le|une?|el|die|der|das|ein|eine) )([\w.'-]+ ){0,3}"
        r"(photo|photograph|picture|foto|bild) (by|von|por|di|de|par) (?!(the|a|an|un|une|le|la|der|die|el) )[a-z]",
    )
    + _cues(
        "start",
        "copyright",
        r"^©\s*\S|^copyright\b|^\(c\)\s*\d{4}|^(tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|wszelkie prawa zastrzeżone)\b",
    )
    + _cues(
        "any",
        "copyright",
        r"\(c\)\s*\d{4}|tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|wszelkie prawa zastrzeżone|may not be (published|reproduced|redistributed)|reproduction (interdite|strictement interdite)|é proibida a (sua )?reprodução|vietata la riproduzione|prohibida (la|su) reproducción",
    )
    + _cues(
        "strong",
        "copyright",
        r"é proibida a reprodução do conteúdo|this material may not be published, broadcast, rewritten|tous droits de reproduction|alle rechte vorbehalten\. (eine )?(weiterverwendung|vervielfältigung)",
    )
    + _cues(
        "start",
        "byline",
        r"^(rédaction|la rédaction|redaktion|redacción|redazione|redação|redakcja|newsroom|staff reporter|staff writer|correspondant|correspondent|korrespondent|corresponsal|corrispondente|correspondente|korespondent)\b.{0,50}$",
        r"^(auteur|author|autor|autore|autorin|autora|autorka|written by|texte|text|texto|testo|tekst|écrit par|scritto da|escrito por|napisał[a]?)\s*:.{2,60}$",
    )
    + _cues(
        "strong",
        "feed footer",
        # What a blog engine appends to each item of its feed: "The post X appeared first on Y.", in its languages.
        r"^(the post|l'article|der beitrag|la entrada|l'articolo|o post|het bericht|wpis|inlägget|innlegget|indlægget) .{1,300} "
        r"(appeared first on|est apparu en premier sur|erschien zuerst auf|se publicó primero en|sembra essere il primo su"
        r"|apareceu primeiro em|verscheen eerst op|pojawił się poraz pierwszy w|dök först upp på|dukket først opp på"
        r"|blev først vist på) [^,;:]{1,80}$",
    )
    # --- held-out batch 25; after the cues above, which name the same lines more precisely
    + _cues(
        "start",
        "comment widget",
        # The thread's order: "Sort by: Newest | Oldest | Recommendations".
        r"^(sort by|sortieren nach|trier par|ordenar por|ordina per|sortuj( według)?|sorteer op|sortera efter|sorter etter|sortér efter)\b",
    )
    + _cues(
        "start",
        "podcast promo",
        # "Podcast De Rivierkant – Aflevering 41: ... Luister via Spotify", "Podkast: ... Lytt nå (32 min)".
        r"^(podcast|podkast|podden)\b.{0,140}\b(spotify|apple podcasts|deezer|lytt nå|lyssna|luister|listen|écoutez|hören sie|escucha|ascolta|ouça|słuchaj|nowy odcinek|new episode|aflevering|épisode|folge|episodio|episódio|avsnitt|episode)\b",
    )
    + _cues(
        "strong",
        "app prompt",
        # "Höglandskuriren i mobilen – ladda ner vår app och få nyhetsnotiser".
        r"\b(ladda ner|last ned|hent|download|downloaden|téléchargez|herunterladen|descarga|scarica|baixe|descarregue|pobierz)\b.{0,12}\b(vår|vores|our|onze|notre|unsere|nuestra|la nostra|a nossa|naszą|the|die|la|a|de)?\s?(app|appen|applikation|application|aplicación|aplicativo|aplikację)\b",
    )
    + _cues(
        "strong",
        "subscription prompt",
        # "By subscribing you agree to our Terms", "You can unsubscribe at any time."
        r"^(by (subscribing|signing up)|en vous (inscrivant|abonnant)|mit (der|ihrer) anmeldung|al (suscribirte|suscribirse|registrarte)|iscrivendoti|ao (subscrever|assinar|inscrever-se)|zapisując się|door (je|u) (in )?te schrijven)\b|\b(you can|vous pouvez|sie können|puedes|puoi|pode|możesz|je kunt) (unsubscribe|vous désabonner|sich jederzeit abmelden|darte de baja|annullare l'iscrizione|cancelar)\b",
        # "You've read 7 articles in the last month": the meter before a plea or a wall.
        r"^(you('ve| have) read \d+ (free )?articles|vous avez lu \d+ articles|sie haben (bereits )?\d+ artikel gelesen|(has|ha) leído \d+|hai letto \d+ articoli|(você )?leu \d+ artigos|przeczytał(eś|aś|eś już) \d+|je hebt \d+ artikelen gelezen|du har läst \d+ artiklar)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        # A publisher's imprint: "Geschäftsführer: Frank Mittelbach. Amtsgericht Dresden HRB 4711".
        r"\bgeschäftsführer(in)?\s*:.{0,80}\b(amtsgericht|registergericht|hrb \d|ust-id)|\bamtsgericht \w+,? hr[ab] \d",
        # an Italian paper's registration: "Periodico online iscritto al n. 3/2009 del Registro stampa del Tribunale di"
        r"\b(iscritt[oa]|registrat[oa]|registrazione|reg\.)\s.{0,30}\bregistro (della )?stampa\b|"
        r"\bautorizzazione del tribunale di [\w ]{2,25}n\. ?\d",
    )
    + _cues(
        "start",
        "job ad",
        # A jobs box's header, or one listing with it: "Ofertas de empleo", "Lediga jobb: Sjuksköterska till ...".
        r"^(ofertas de (empleo|emprego|trabajo)|oferty pracy|offerte di lavoro|offres d'emploi|stellenangebote|stellenmarkt|"
        r"jobs in der region|jobs in (your|the) area|jobbörse|vacatures|ledige stillinger|lediga (jobb|tjänster)|ledige job|"
        r"job offers|vagas de emprego)\b(?! (público|pública|publiques|pubblic))",
    )
    + _cues(
        "start",
        "weather widget",
        # "Tempo em Mareta", then "Hoje: chuva forte, 14° / 10°": a forecast box's header and its days.
        r"^(tempo|o tempo|météo|wetter|weather|el tiempo|meteo|weer|het weer|pogoda|været|vädret|vejret) (em|à|in|en|a|i|w|för|for|på)( \S+){1,2}$",
        r"\b-?\d{1,2}\s?[°º]\s?[cf]?\s*/\s*-?\d{1,2}\s?[°º]",
    )
    + _cues(
        "start",
        "comment widget",
        # "Show 81 more comments", "Ver mais 20 comentários", "Toon alle reacties".
        rf"^(show|view|see|ver|voir|afficher|toon|alle|mostra|zobacz|pokaż|vis|visa) (all |alle |todos os |os )?(mais |more |plus de )?\d* ?(more |mais |weitere |más |altri |więcej |meer |flere |fler |fleire )?{_COMMENTS}\b",
        # A comment button with its count: "Skomentuj (18)", "Kommentera (4)".
        r"^(skomentuj|kommentera|kommenter|kommentér|comenta|commenta|comente|commentez|kommentieren|reageer|comment)\s*\(\d+\)$",
        # A social network's comment box: "Plug-in Commenti di Facebook", "Facebook Comments Plugin".
        r"^(plug-?in )?(commenti|comments|commentaires|kommentare|comentarios|comentários|reacties|kommentarer) "
        r"(di |de |on |via |från |fra )?facebook$|^facebook comments( plugin)?$",
        # A comment's votes with its reply button: "👍 48  👎 1  Antworten".
        r"^(?:(?:👍|👎|▲|▼|♥)\s*\d+\s*){1,3}(?:antworten|reply|répondre|responder|rispondi|svar|svara|odpowiedz|beantwoorden)?$",
        # A reply button with its counts: "Odpowiedz | 👍 64 | 👎 12".
        r"^(reply|antworten|répondre|responder|rispondi|reageer|beantwoorden|svara|svar|odpowiedz)(\s*[·•|]\s*[^·•|]{1,25}){1,3}$",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^(lytt til saken|lyssna på artikeln|lyt til artiklen|listen to (this|the) story)\b",
    )
    # --- held-out batch 26
    + _cues(
        "start",
        "byline",
        # "Crónica 360 / Agencias": the paper and the agencies it rewrites.
        r"^[\w .'’-]{2,40}\s*/\s*(agencias|agencies|agenturen|agences|agenzie|agências|agencje|byråer|bureaus)$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^jetzt (kostenlos |gratis )?(abonnieren|anmelden|registrieren|bestellen)$",
    )
    + _cues(
        "strong",
        "obituary",
        r"\ball'affetto dei (suoi )?cari\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^this discussion is (now )?closed\b|^(la discussion|le débat) est (désormais )?close\b|^die diskussion ist (jetzt )?geschlossen\b",
        r"^\d+ (recommendations?|likes?|j'aime|gefällt mir|me gusta|mi piace|curtidas|vind-ik-leuks|polubie\w*)\s*[·|]",
        r"^(voir|afficher|show|view|see|ver|mostra|zobacz|bekijk|visa|vis) \d+ (réponses?|replies|reply|antworten?|respuestas?|risposte|risposta|respostas?|odpowiedzi|reacties|reactie|svar)$",
        r"^(j'aime|like|gefällt mir|me gusta|mi piace|curtir|vind ik leuk|lubię to|gilla|liker|synes godt om)\s*[·•|]\s*(répondre|reply|antworten|responder|rispondi|reageren|odpowiedz|svara|svar)\b",
        r"^(responder|reply|antworten|répondre|rispondi|odpowiedz)\s*👍\s*\d+(\s*👎\s*\d+)?$",
    )
    + _cues(
        "start",
        "stock ticker",
        # "DAX 24.318,55 +0,38 %", "IBEX 35 15.487,20 +0,61% | EURO STOXX 50 ...", "Gold (Unze) 3.982,10 $ +0,55 %"
        r"^(dax|mdax|sdax|tecdax|dow jones|nasdaq|s&p 500|ftse( 100| mib)?|cac 40|ibex 35|aex|omxs?\w*|wig ?20|smi|atx|psi|"
        r"euro stoxx 50|euro/dollar|eur/usd|gold|brent|bitcoin|öl)\b.{0,40}[+−-]\s?\d+[.,]\d+\s?%",
        # a rate or a price first in a row of them: "Euríbor 2,41 %  ·  Gasóleo A 1,389 €/l", "Kurs EUR: 4,27 zł | ..."
        r"^(eur[ií]bor|kurs (eur|usd|chf|gbp|euro)|gasóleo( a)?|gasolina( 95)?|diesel|benzin|super e10|ibex 35)\s*:?\s*"
        r"\d+[.,]\d+\s*(%|zł|€(/l)?|\$)?\s*[|·]",
        r"^(börse|börsen|børsen|markets|marchés|bolsa|borsa|beurs|giełda|mercados|alle kurse|all markets)$",
    )
    + _cues(
        "start",
        "horoscope",
        r"^(ariete|toro|gemelli|cancro|leone|vergine|bilancia|scorpione|sagittario|capricorno|acquario|pesci|bélier|taureau|"
        r"gémeaux|cancer|lion|vierge|balance|scorpion|sagittaire|capricorne|verseau|poissons|widder|stier|zwillinge|krebs|"
        r"löwe|jungfrau|waage|skorpion|schütze|steinbock|wassermann|fische|aries|taurus|gemini|leo|virgo|libra|scorpio|"
        r"sagittarius|capricorn|aquarius|pisces|tauro|géminis|cáncer|escorpio|sagitario|capricornio|acuario|piscis)\s*:\s*\S",
        r"^(oroscopo|horoscope|horóscopo|horoskop|tutti i segni|tous les signes|alle sternzeichen|all (star )?signs|todos los signos)\b",
    )
    + _cues(
        "start",
        "lottery",
        r"^(estrazioni del lotto|estrazione del lotto|superenalotto|lotto|euromillions?|euromillones|euromilhões|eurojackpot|"
        r"la primitiva|bonoloto|cupón de la once|el gordo|totoloto|"
        r"lotería|loterie|loto|lotto 6 ?aus ?49|keno)\b",
        # A draw's row: "Bari 23 - 57 - 8 - 71 - 44"
        r"^[^\W\d][\w .'’-]{1,20}\s+\d{1,2}(\s*[-–]\s*\d{1,2}){4,}$",
    )
    + _cues(
        "start",
        "score widget",
        r"^(résultats|results|ergebnisse|resultados|risultati|uitslagen|wyniki|resultat|resultater)"
        r"( du week-end| of the weekend| vom wochenende| del fin de semana| del weekend| van het weekend)$",
        # a sport, then its league and round or a score: "Football, National 2 - 5e journée" (not a headline in the
        # Italian manner: "Volley, festa grande al PalaSorano: la Montesorano vola in Serie B1")
        r"^(football|rugby|handball|basket(ball)?|volley(ball)?|fußball|fútbol|calcio|voetbal|hockey|futebol),\s.*(?<!\w)\d",
    )
    + _cues(
        "start",
        "poll",
        r"[–—-]\s*\d{1,3}\s?%$",
        r"^[\d.,  ]+ (stimmen|votes|voix|votos|voti|stemmen|głosów|röster|stemmer)\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(vidéo|video|vídeo|wideo)\s*[-–—|]\s*\S",
        r"^(la lecture de votre vidéo|your video will (start|play)|ihr video startet|das video startet|il video (partirà|inizierà)|"
        r"la pubblicità terminerà|el vídeo comenzará|o vídeo (começará|vai começar)|de video start)\b",
        r"^video [\w'’ -]{3,40}$",
    )
    + _cues(
        "start",
        "obituary",
        r"\ball'affetto dei (suoi )?cari\b|^(onoranze funebri|pompes funèbres|bestattungen|bestattungshaus|funeral directors|"
        r"funeraria|agência funerária|uitvaartcentrum|uitvaartzorg|zakład pogrzebowy|begravningsbyrå|begravelsesbyrå)\b",
        r"^(family notices|avis de décès|traueranzeigen|todesanzeigen|esquelas|necrologie|necrológicas|overlijdensberichten|"
        r"nekrologi|dödsannonser|dødsannoncer)$",
    )
    + _cues(
        "start",
        "navigation",
        # "Sie befinden sich hier: Startseite › Region › Verkehr"
        r"^(sie befinden sich hier|you are here|vous êtes ici|estás en|está en|ti trovi in|você está em|u bent hier|"
        r"jesteś tutaj|du är här|du er her)\s*:",
        r"^(qui sommes-nous|who we are|about us|über uns|quiénes somos|chi siamo|quem somos|over ons|o nas|om oss)\s*\??$",
        r"^(menü|menu|menú|meny)$",
        r"^(seite neu laden|reload (the )?page|recharger la page|recargar la página|ricarica la pagina|pagina vernieuwen)$",
    )
    + _cues(
        "start",
        "donation appeal",
        r"^(support us|remind me in \w+|soutenez-nous|unterstützen sie uns|apóyanos|sostienici|apoie-nos|steun ons|wesprzyj nas)$",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^(mehr erfahren|en savoir plus|learn more|más información|scopri di più|saiba mais|meer informatie|dowiedz się więcej)$",
        r"^je découvre$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(utilisent|utilisons|use|verwenden|utilizan|utilizzano|utilizam|gebruiken|używają) (des )?cookies\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\brecaptcha\b",
        r"\breg\.? ?trib\.|\bregistrazione (presso il )?tribunale\b",
        r"\b\d{4,5}\s+[A-Za-zÀ-ÿ' -]{2,30}\s*[-–,]\s*(tél|tel|téléphone|phone|telefon|tlf)\b",
    )
    + _cues(
        "start",
        "app prompt",
        r"^(télécharger l'appli(cation)?|download the app|app herunterladen|descarga la app|scarica l'app|baixe o app|download de app|pobierz aplikację)\b",
        r"^(suivez|retrouvez|follow|folgen sie|sigue|segui|siga|volg|śledź)\b.{0,80}\b(sur l'appli|dans l'appli|in der app|"
        r"in the app|nell'app|en la app|na app|in de app|w aplikacji)\b",
    )
    + _cues(
        "start",
        "service box",
        r"^(verkeer nu|verkehr jetzt|traffic now|trafic en direct|tráfico ahora|traffico ora)$",
        r"^[an]\d{1,3}\b.{0,60}\b(file|stau|km|bouchon|retención|coda|fila|kø)\b",
        r"^(weer|wetter|météo|weather|el tiempo|tiempo|meteo|pogoda|vädret|været|vejret)\s*:.{0,40}-?\d{1,2}\s?°",
        r"^[\w-]*(infos?|hotline|service)\s*:.{0,80}\b(unter|at|sous|en|al|op|pod)\b.{0,40}\d{3}",
    )
    # --- held-out batch 27
    + _cues(
        "start",
        "related links",
        r"^(gerelateerd|gerelateerde artikelen|relaterat|relateret|relatert|relacionad[oa]s|correlati|fler notiser|flere nyheder|"
        r"flere nyheter|mehr meldungen|more briefs|plus de brèves|más breves|altre brevi|mais breves|więcej wiadomości|"
        r"meer kort nieuws)$",
        # A briefs page's own blurb: "Här samlar vi dagens kortnyheter från Västerhammar med omnejd."
        r"^(här samlar vi|her samler vi|her samler vi|here we (gather|collect|round up)|hier (sammeln|bündeln) wir|"
        r"ici,? nous (rassemblons|regroupons)|aquí (reunimos|recogemos)|qui (raccogliamo|trovate)|aqui (reunimos|juntamos)|"
        r"hier (verzamelen|bundelen) we|tutaj (zbieramy|znajdziesz))\b",
    )
    + _cues(
        "start",
        "classifieds",
        r"^(jobs|vacancies|careers|jobb|stillinger|stellen) (at|in|near|bei|i|på|til) \w+( \w+)?$",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(odpowiedz|reply|svara|antworten|répondre|responder|rispondi|reageer)\s*\(\d+\)$",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^(hør artiklen|hör artikeln|hør saken)\b",
    )
    + _cues(
        "start",
        "comment widget",
        # Likes before the reply button: "👍 41 Svara", "♥ 56 | Reageer", "Like (23) Reply", "odpowiedz | +112 | -3".
        r"^([👍♥❤♡]\s*\d+|like\s*\(\d+\)|gilla\s*\(?\d+\)?)\s*[|·]?\s*(reply|svara|svar|reageer|antworten|répondre|responder|rispondi|odpowiedz)$",
        r"^(odpowiedz|reply|svara|antworten)\s*\|\s*[+-]?\d+\s*\|\s*[+-]?\d+$",
        # Comments closed: "Kommentarfunktionen er slået fra på denne artikel", "Reageren is bij dit artikel niet mogelijk".
        r"^(kommentarfunktionen|kommentarsfunktionen|kommentarfeltet|kommentarer er slået fra|comments are (closed|disabled|turned off)|"
        r"commenting is (closed|disabled)|reageren is .{0,30}niet mogelijk|les commentaires sont (fermés|désactivés)|"
        r"die kommentarfunktion|kommentare sind (geschlossen|deaktiviert)|los comentarios están (cerrados|desactivados)|"
        r"i commenti sono (chiusi|disattivati)|(os )?comentários (estão )?(fechados|desativados)|komentarze (są )?wyłączone)\b",
        r"^komentarze są moderowane\b|^dodaj komentarz jako gość\b",
    )
    + _cues(
        "start",
        "live notice",
        # "Artiklen opdateres løbende.": a live report's promise of updates.
        r"^(artiklen|artikeln|artikkelen|this (article|story)|cet article|dieser artikel|este artículo|questo articolo|"
        r"este artigo|dit artikel|artykuł|deze pagina) (opdateres|uppdateras|oppdateres|will be updated|is being updated|"
        r"sera mis à jour|wird (laufend )?aktualisiert|se actualizará|sarà aggiornato|será atualizado|wordt (continu )?bijgewerkt|"
        r"będzie aktualizowany)",
    )
    + _cues(
        "start",
        "service box",
        # Traffic and on-duty boxes: "Trafik: Forsinkelser på rute 21", "Apteka dyżurna dziś: ...".
        r"^(trafik|trafikk|traffic|travel|verkehr|trânsito|tráfico|traffico|verkeer|ruch drogowy|utrudnienia)\s*:.{0,80}"
        r"\b(forsinkelser|delays?|stau|files?|kø|kö|bouchons?|retenciones|coda|code|[aenb] ?\d{1,4}|road|lights|ampel|"
        r"sperrung|condicionado|cortad[oa]|chiusa|afgesloten|omleiding|umleitung|déviation|desvío)\b",
        r"^(apteka dyżurna|farmacia di turno|farmacia de guardia|farmácia de serviço|pharmacie de garde|notdienst-apotheke|"
        r"apotheek van dienst)\b",
        r"^(kalendarz wydarzeń|events this week|what's on this week|veranstaltungen in der region|agenda de la semaine)$",
        # An event's listing: "Sat Dec 12 — ...", "07.11 – Koncert ...", "Evenemang: Luciakröning ..."
        r"^(mon|tue|wed|thu|fri|sat|sun)\w* \w{3,9}\.? \d{1,2} [—–-] ",
        r"^\d{1,2}\.\d{1,2}\.? [—–-] (?!\d{1,2}[.:]\d{2}\b)\S",  # not a time span: "11.00 - 15.00 uur: ..."
        r"^(evenemang|event|arrangement|veranstaltung|evento|wydarzenie)\s*:",
    )
    + _cues(
        "start",
        "newsletter",
        # "Tilmeld dig Kystpostens morgenbrief – dagens vigtigste nyheder i din indbakke kl. 6."
        r"^(tilmeld dig|anmäl dig|meld deg på|registrer deg|schrijf je in)\b.{0,80}\b(nyhedsbrev|morgenbrief|brief|nyhetsbrev|"
        r"indbakke|inkorg|innboks|nieuwsbrief|inbox)",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(deze website|deze site|este sítio|este site|este sitio|ta strona) (maakt gebruik van|utiliza|usa|korzysta z) cookies\b",
    )
    + _cues(
        "start",
        "reading time",
        r"^\d+ (minuten|minuter|minutter|minutos|minuti|minut) (leestijd|lästid|lesetid|læsetid|de leitura|di lettura|czytania)$",
    )
    + _cues(
        "start",
        "page tools",
        r"^[☆★]?\s*(merken|speichern|gemerkt|bookmark|save|gem|spara|lagre|zapisz|salva|guardar|enregistrer)$",
        r"^(wyświetleń|odsłon|views|aufrufe|visualizzazioni|visualizações|visualizaciones|vues|visningar|visninger)\s*:\s*[\d  ]+$",
    )
    + _cues(
        "start",
        "classifieds",
        r"^(ogłoszenia drobne|annonces|kleinanzeigen|anuncios clasificados|annunci|classificados|rubrieksadvertenties|"
        r"radannonser|rubrikannoncer|featured housing|bostad|bolig|immobilien|imobiliário|nieruchomości)(\s*:\s*\S.*)?$",
        r"^(sprzedam|kupię|wynajmę|zu verkaufen|à vendre|se vende|vendesi|vende-se|te koop|säljes|selges|sælges)\b",
        r"^(familj|familie|family notices|familienanzeigen|nekrologi|carnet)\s*:",
    )
    + _cues(
        "strong",
        "subscription prompt",
        # "Jetzt das Ruhrtal-Bote Digital-Abo verschenken – 3 Monate für 9,99 €"
        r"\b(digital-?abo|abo|abonnement|prenumeration|subscription|assinatura|suscripción|abbonamento|prenumerata)\b.{0,40}"
        r"\b(verschenken|schenken|offrir|gift|regalar|regala|oferecer|ge bort|gi bort)\b",
        r"\b(receba|recebe|receive|recevez|erhalten sie|ricevi|recibe)\b.{0,40}\b(no|on|sur|auf|su|en|por) (whatsapp|telegram)\b",
    )
    + _cues(
        "start",
        "podcast promo",
        r"^\W*(podcast|podkast)\b.{0,140}\b(episódio|episodio|épisode|episode|folge|aflevering|avsnitt|odcinek)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(tipsa (redaktionen|oss)|tips (oss|os)|tip de redactie|tipp an die redaktion)\s*:",
    )
    + _cues(
        "start",
        "byline",
        r"^(sammanställt av|sammenstillet af|sammenstilt av|compiled by|zusammengestellt von|compilé par)\s*:?\s*\S",
    )
    + _cues(
        "start",
        "copyright",
        # "Mälarkuriren ingår i Mellansvenska Medier.", "Lowlands Post B.V. · ... · KvK 12345678"
        r"^[\w'’.-]+( [\w'’.-]+){0,3} (ingår i|indgår i|inngår i|is part of|fait partie d[eu]|gehört zu|fa parte d[ie]l?|"
        r"forma parte de|faz parte d[oa]|maakt deel uit van|należy do)\b[^.]{0,40}\b(medi[ae]r?|media|group|gruppe|groep|"
        r"grupa|gruppo|grupo|groupe|verlag|mediengruppe|koncernen|konsernet|koncernet|network)\b[^.]{0,20}\.?$",
        r"\bkvk\s*(nr\.?)?\s*\d{8}\b|\bcep\s*\d{5}-?\d{3}\b",
    )
    + _cues(
        "start",
        "comment policy",
        # "Komentarze są opiniami czytelników portalu.", "Os comentários são da responsabilidade dos seus autores."
        rf"^((the|les|los|las|i|gli|os|as|die|de)\s+)?{_COMMENTS}\s+(są|sont|are|sind|son|sono|são|zijn|är|er)\s.{{0,40}}\b(czytelnik|lecteur|reader|leser|lector|lettor|leitor|lezer|läsar|leser|autor|auteur|author|autori|schrijver)",
        # "Reageren kan alleen met een abonnement.", "Commenting is only open to subscribers."
        r"^(reageren|commenting|comments|kommentieren|kommentare|commenter|commentaires|comentar|comentarios|commentare|commenti|comentários|komentowanie|komentarze) (kan|is|are|ist|sind|est|sont|es|son|è|sono|é|são|jest|są|möglich|possible) .{0,30}\b(alleen|only|nur|seulement|réservé|solo|solamente|apenas|tylko|exclusivement|exclusivamente)\b",
        # "Um Kommentare schreiben zu können, müssen Sie angemeldet sein."
        rf"\b{_COMMENTS} (zu )?(schreiben|verfassen|posten|écrire|publier|escribir|scrivere|escrever|pisać|dodawać|schrijven|plaatsen|post|write)\b.{{0,50}}\b(angemeldet|registriert|eingeloggt|connecté|inscrit|abonné|registrad|registrat|zalogowan|ingelogd|abonnee|signed in|logged in|registered|subscriber)",
    )
    + _cues(
        "start",
        "weather widget",
        # "Väder Västerås: 3° · Mulet", "Meteo Valdorna   Oggi 4°C pioggia   Domani 1°C neve sopra i 1.200 m"
        r"^(väder|vær|vejr|weer|meteo|météo|wetter|weather|tiempo|tempo|pogoda)\b[^!?]{0,40}?-?\d{1,2}\s?°(?:\s?[cf]\b)?"
        r"(?:[^.!?]|(?<=\d)\.(?=\d)){0,80}$",
        # "Onsdag: 7° · Regn · Vind 12 m/s fra sørvest"
        r"^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|i dag|idag|today|tomorrow|"
        r"oggi|domani|heute|morgen|aujourd'hui|demain|hoy|mañana|hoje|amanhã|dziś|jutro|vandaag)\s*:?\s*-?\d{1,2}\s?°"
        r"\s?[cf]?\s*[·,|/]",
        # A gauge's reading beside the weather: "Waterstand Waal bij Haaftwijk: 7,85 m +NAP (stijgend)"
        r"^(waterstand|wasserstand|pegelstand|vattenstånd|vannstand|vandstand|water level|river level|niveau d'eau|"
        r"nivel del (agua|río)|livello del|poziom wody)\b[^.!?]{0,50}:\s*\d[^!?]{0,40}$",
    )
    + _cues(
        "start",
        "related links",
        # "Se video: Her står Skagen Fjord på grund", "Zobacz zdjęcia z nocnego powitania w Pyrzowicach"
        r"^(se|watch|regardez|guarda|mira|veja|bekijk|kijk|titta på|zobacz|sehen sie)\s+(video|videoen|videon|videoet|"
        r"la vidéo|il video|el vídeo|o vídeo|de video|wideo|film|nagranie|zdjęcia|galerię|bilderna|bildene|billederne|"
        r"the photos|les photos|le foto|las fotos|as fotos|de foto's|die bilder)\b.{0,120}$",
        # "Les hele saken: Dette vet vi om ferjeulykken", "Voir plus d'articles Pays de Lignac"
        r"^(les hele saken|läs hela (artikeln|texten)|læs hele (artiklen|historien)|read the full (story|article)|"
        r"lire l'article complet|den ganzen artikel lesen|leggi l'articolo completo|lee la noticia completa)\b.{0,120}$",
        r"^(voir plus d'articles|plus d'articles|more articles|mehr artikel|más artículos|altri articoli|mais artigos|"
        r"więcej artykułów|meer artikelen|fler artiklar|flere artikler|flere saker)\b[^.!?]{0,60}$",
    )
    + _cues(
        "start",
        "related links",
        # An events diary's header over its dates: "Agenda du week-end", "What's on this weekend" (a menu's bare
        # "Agenda" heads no list).
        r"^(agenda|l'agenda|what's on|veranstaltungen|termine|veranstaltungskalender|agenda cultural|kalendarz wydarzeń|"
        r"evenementen|uitagenda|evenemang|arrangementer|evenementer)( du week-end| de la semaine| this weekend| am "
        r"wochenende| del fin de semana| del weekend| do fim de semana| van het weekend| i helgen| i weekenden)\s*:?$",
    )
    + _cues(
        "start",
        "page header",
        # A section's landing title: "Pays de Lignac – Toute l'actualité".
        r"^[^.!?]{2,40}\s[–:|-]\s(toute l'actualité|toutes les actualités|all the latest( news)?|latest news|alle nachrichten|"
        r"aktuelle nachrichten|todas las noticias|últimas noticias|tutte le notizie|ultime notizie|todas as notícias|"
        r"últimas notícias|wszystkie wiadomości|najnowsze wiadomości|alle nieuws|laatste nieuws|alla nyheter|"
        r"senaste nytt|alle nyheder|seneste nyt|alle nyheter|siste nytt)$",
    )
    + _cues(
        "start",
        "video prompt",
        # A video's title with its length: "I massi sulla rampa del Cervellino: le immagini dell'alba (0:58)".
        r"^[^.!?]{5,140}\(\d{1,2}:\d{2}(?::\d{2})?\)$",
    )
    + _cues(
        "start",
        "live page tools",
        # "Vi oppdaterer saken fortløpende.", "Trykk her for å laste inn nye oppdateringer"
        r"^(vi oppdaterer saken|vi uppdaterar (artikeln|texten|nyheten)|vi opdaterer (artiklen|sagen|historien)|"
        r"we will update this (story|article|page)|we are updating this (story|article)|nous mettrons à jour cet article|"
        r"wir aktualisieren (diesen|den) (artikel|beitrag)|saken oppdateres|artikeln uppdateras|artiklen opdateres)\b",
        r"\b(laste inn|ladda|load|charger|laden|cargar|caricare|carregar|załaduj|laad)\b.{0,20}\b(nye oppdateringer|"
        r"nya uppdateringar|nye opdateringer|new updates|nouvelles mises à jour|neue updates|nuevas actualizaciones|"
        r"nuovi aggiornamenti|novas atualizações|nowe aktualizacje|nieuwe updates)\b",
    )
    + _cues(
        "start",
        "newsletter",
        # "Wpisz adres e-mail", "Enter your email address"
        r"^(wpisz|podaj|enter|entrez|saisissez|geben sie|introduce|inserisci|insira|introduza|voer|ange|angi|indtast)"
        r" (swój |your |votre |ihre |tu |la tua |o seu |je |din |uw )?(adres |address |adresse )?(e-?mail|courriel)"
        r"(\s?-?adres\w*|\s?address)?\s*$",
    )
    + _cues(
        "strong",
        "legal notice",
        # "Administratorem Twoich danych osobowych jest ...", "zapoznaj się z informacją o przetwarzaniu Twoich danych"
        r"\badministratorem (twoich|pani|pana|państwa) danych( osobowych)?\b",
        r"\bprzetwarzani\w* (twoich|pani|pana|państwa) danych\b",
    )
    + _cues(
        "start",
        "copyright",
        # "Zennebode is een uitgave van Zennemedia nv, 1500 Halle"
        r"^[\w .'’+-]{2,40} (is een uitgave van|est une publication d[eu]|est édité par|ist ein angebot (von|der|des)|"
        r"is published by|è una pubblicazione d|es una publicación d|é uma publicação d|udgives af|utgis av|ges ut av)\b",
        # "La Gaceta Atlántica © 2026 · Gaceta Atlántica Medios S.A."
        r"^[^.!?]{2,60}©\s?(19|20)\d\d\b[^!?]{0,80}$",
    )
    + _cues(
        "any",
        "legal notice",
        # "Kattegat Posten er medlem af Danske Medier og følger de vejledende regler for god presseskik."
        r"\b(er|är|is|est|ist) (medlem|member|membre|mitglied) (af|av|of|de|du|im|des)\b.{0,40}\b(medier|media|presse|"
        r"press|pers|médias)\b",
        r"\bgod (presseskik|publicistisk sed)\b",
        # "Le Réveil Alpin – Mentions légales – Données personnelles – Cookies – Plan du site"
        r"\b(mentions légales|impressum|aviso legal|note legali|termos de uso|polityka prywatności|colofon)\b[^.]{0,80}"
        r"\b(cookies?|données personnelles|datenschutz|privacidad|privacy|plan du site|sitemap|contact\w*|kontakt)\b",
    )
    + _cues(
        "any",
        "paywall notice",
        # "Dit is een Plus-artikel. Je las gratis de eerste alinea's.", "Lees verder voor € 1 per week ..."
        r"\bdit is een \w*\+?-?artikel\b|\bje las gratis\b|\bonbeperkt toegang tot\b|\blees verder voor €",
    )
    + _cues(
        "start",
        "navigation",
        # A breadcrumb of sections: "Wiadomości / Poznań / Wypadki".
        r"^[^\W\d][\w ]{1,20}( / [^\W\d][\w ]{1,20}){2,4}$",
    )
    + _cues(
        "start",
        "timestamp",
        # "Direct commencé le 10/11/2026 à 07h05 · Dernière mise à jour à 18h47"
        rf"{_LIVE_START}.{{0,20}}\d.{{0,60}}$",
    )
    + _cues(
        "start",
        "reading time",
        # "⏱ 5 min", "⏱ Lettura: 3 minuti", "3 min. læsning"
        r"^\W{0,3}\s*(?:(?:lettura|lecture|reading time|lesezeit|lectura|leitura|læsetid|lästid|lesetid|czas czytania|leestijd)\s*:?\s*)?"
        r"\d+\s*(?:min\.?|minuti|minutes?|minuten|minutos|minutter|minuter|minut)\.?(?:\s+(?:læsning|lesning|läsning|read|"
        r"de lecture|di lettura|lesezeit|de lectura|de leitura|czytania|leestijd))?$",
    )
    + _cues(
        "start",
        "related links",
        # "Agenda montagne", "Agenda Westland": an events diary of a place or a theme
        r"^(agenda|l'agenda|uitagenda|veranstaltungen|termine) [\w'-]+( [\w'-]+)?$",
        # "Weitere Artikel aus Hagenbrück:", "Más noticias de la comarca"
        r"^(weitere artikel|mehr artikel|more (stories|articles|news)|autres articles|plus d'actualités|más noticias|"
        r"altri articoli|mais notícias|meer nieuws|fler artiklar|flere artikler|flere saker|więcej artykułów|więcej wiadomości)"
        r"\b[^.!?]{0,40}:?$",
        r"^(lesen sie (dazu )?auch|lisez aussi|read also|leer también|leggi anche|leia também|lees ook|läs också|les også|"
        r"læs også|czytaj też|czytaj także)\b",
    )
    + _cues(
        "start",
        "reader poll",
        # "Dagens spørgsmål: ...", "Ja (62 %)   Nej (31 %) ...", "○ Ja, ofta   ○ Ibland   ○ Aldrig   [Rösta]"
        r"^(dagens (spørgsmål|fråga|spørsmål)|question du jour|frage des tages|pregunta del día|domanda del giorno|"
        r"pergunta do dia|vraag van de dag|pytanie dnia|today's question|question of the day)\s*:",
        r"^(ja|nej|yes|no|oui|non|sí|si|sim|não|nee|tak|nie)\s*\(\d{1,3}\s?%\)",
        r"^[○◯◻☐]\s",
    )
    + _cues(
        "start",
        "weather widget",
        # "Pegel & Wetter Warnemünde: 7 °C · ...", "Dagens vejr, Nykøbing Mors: 9° · let regn"
        r"^(?:[\w&]+\s+){1,2}(väder|vær|vejr|vejret|weer|meteo|météo|wetter|weather|tiempo|tempo|pogoda)\b[^!?]{0,40}?-?\d{1,2}\s?°"
        r"(?:[^.!?]|(?<=\d)\.(?=\d)|\.(?=\s\d))*$",
    )
    + _cues(
        "start",
        "service box",
        # "Bulletin neige et avalanches – ...", "Lawinenwarnstufe Tirol: 3 – erheblich", "Tide times, Oban: HW 05:42"
        # The avalanche level as a widget gives its figure after a colon or sits among other cells; "Lawinenwarnstufe
        # 4: Große Gefahr im Tiroler Oberland" is a headline.
        r"^(lawinenwarnstufe|lawinenlage|avalanche (risk|danger|forecast))\b([^:|]{0,30}:\s*(stufe\s*|level\s*)?\d|.*\s\|\s)",
        r"^(tide times|tidevand|tidvatten|marées|gezeiten|mareas|maree|getijden)\b",
        # "Feggesundfærgen: sejler efter normal fartplan"
        r"\b(sejler|seiler|går|kører|runs?|operating|fährt|circule)\s+(efter|etter|enligt|according to|as per|nach|selon)?\s*"
        r"(normal|normale?t?|planmäßig)\s+(fartplan|køreplan|rutetabell|tidtabell|timetable|schedule|fahrplan|horaire)\b",
    )
    + _cues(
        "strong",
        "service box",
        # "Bulletin neige et avalanches – Haute-Maurienne, dimanche 13 décembre : risque 3/5 ..." (however long)
        r"^(bulletin (neige|d'avalanches?|avalanches?|météo)|bollettino (valanghe|neve)|lawinenbericht|lawinenlagebericht)\b",
    )
    + _cues(
        "start",
        "market data",
        r"^(veilingprijzen|marktpreise|prix du marché|market prices|precios de mercado|prezzi di mercato|kursy walut|"
        r"valutakurser|wisselkoersen|börsenkurse|auktionspriser)\b",
    )
    + _cues(
        "any",
        "advertising",
        # "ANNONSØRINNHOLD", "Annonsørinnhold fra Agder Energiråd.", "Bezahlte Anzeige"
        r"\b(annonsørinnhold|annonsørindhold|annonsörinnehåll|bezahlte anzeige|contenu sponsorisé|contenuto sponsorizzato|"
        r"contenido patrocinado|conteúdo patrocinado|artykuł sponsorowany|gesponsorde inhoud)\b",
        # "Saken fortsetter under annonsen"
        r"^(saken fortsetter under annonsen|artikeln fortsätter under annonsen|artiklen fortsætter under annoncen|"
        r"der artikel wird unter der anzeige fortgesetzt|l'article continue sous la publicité|the article continues below|"
        r"el artículo continúa debajo del anuncio|l'articolo continua sotto)",
        # "Anzeige – Autohaus Brüggemann: ..."
        r"^(anzeige|annonce|annons|annonse|advertisement|publicité|publicidad|pubblicità|publicidade|reklama|advertentie)"
        r"\s*[–:-]\s*\S",
    )
    + _cues(
        "start",
        "author bio",
        # "Corresponsal en São Paulo desde 2022. ...", "Journaliste à la rubrique Valais depuis 2019, ..."
        r"^(corresponsal|correspondante?|journaliste?|reporter|redakteurin|redakteur|redattrice|redattore|giornalista|"
        r"jornalista|periodista|dziennikarz|dziennikarka|korrespondent)\b.{0,60}\b(desde|depuis|since|seit|dal|od|sedan|"
        r"siden|sinds)\s+\d{4}\b",
        # "Callum Rees covers resources and energy for The Westralian Post. He joined the paper in 2021 ..."
        r"^[\w'’-]+(?: [\w'’-]+){1,2} (covers|writes about|reports on)\b[^.]{2,120}\.\s+(he|she|they) joined\b",
        # "... er næringslivsjournalist i Skagerrak-Avisa og dekker shipping"
        r"^[\w'’-]+(?: [\w'’-]+){1,3} (er|är|ist|is|est) \w*journalist\w*\b.{0,80}\b(dekker|dækker|bevakar|covers|couvre)\b",
    )
    + _cues(
        "start",
        "byline",
        # "Mining reporter", "Meridian Press writer ... contributed to this report."
        r"^(mining|political|politics|business|crime|health|energy|sports?|chief|senior|foreign|court|courts|education|"
        r"environment|transport|science|technology|economics|data|local democracy)\s+(reporter|correspondent|editor|writer)$",
        r"\bcontributed to this (report|story|article)\.?$|\ba collaboré à cet article\.?$|\bcolaboró en esta información\.?$",
    )
    + _cues(
        "start",
        "follow button",
        r"^(follow|folgen|suivre|seguir|segui|volgen|følg|följ|obserwuj)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\baccettare i cookie\b|\bscegli se accettare\b",
    )
    + _cues(
        "any",
        "subscription prompt",
        r"\b(disdici quando vuoi|cancele quando quiser|cancela cuando quieras|résiliable à tout moment|jederzeit kündbar|"
        r"cancel (at )?any ?time|opzegbaar wanneer je wilt|opsig når som helst|säg upp när du vill|si può disdire)\b",
    )
    + _cues(
        "start",
        "timestamp",
        # A dateline: "Valtournenche (Aosta), 26 ottobre 2026 - 07:30"
        r"^[^\d,.]{2,40},\s+\d{1,2}\.?\s+[a-zà-ÿ]{3,9}\.?\s+\d{4}(?:\s*[-–·,]\s*\d{1,2}[:.h]\d{2})?$",
    )
    + _cues(
        "strong",
        "legal notice",
        # "The Westralian Post acknowledges the Whadjuk Noongar people as the Traditional Custodians ..."
        r"\backnowledges? the\b.{0,80}\btraditional (custodians|owners)\b",
        # "... is a member of IPSO and abides by the Editors' Code of Practice."
        r"\b(member of|regulated by|abides by)\b.{0,30}\b(ipso|impress|editors' code|press council)\b",
        # "Diese Druckversion ist ausschließlich für den persönlichen ... Gebrauch bestimmt."
        r"\b(druckversion|print version|version imprimable|versión para imprimir)\b.{0,60}\b(persönlich|personal|personnel|gebrauch|use)",
    )
    + _cues(
        "start",
        "page tools",
        r"\bartikel-id\b|\bseite \d+ von \d+\b|\bpage \d+ (of|sur|de) \d+$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^\W{0,3}\s*(relacja aktualizowana|aktualizowana na bieżąco|opdateres løbende|oppdateres fortløpende|uppdateras löpande|"
        r"wird laufend aktualisiert|mis à jour en continu|updated continuously|se actualiza constantemente|"
        r"aggiornato in tempo reale|wordt voortdurend bijgewerkt)\b",
        r"^\W{0,2}\s*(actualiser le direct|rafraîchir le direct|refresh (the )?(live|page|feed)|ticker aktualisieren|"
        r"actualizar directo|aggiorna la diretta|atualizar direto|ververs liveblog|oppdater direkte|uppdatera)\b",
    )
    + _cues(
        "start",
        "obituary",
        r"\bfalleció\b.{0,80}\bfuneral\b|\bfaleceu\b.{0,80}\bfuneral\b|\bè mancat[oa]\b.{0,80}\bfunerali\b",
    )
    + _cues(
        "start",
        "newsletter",
        # An email newsletter's own lines: its greeting, "view in browser", why you receive it, "forward it".
        r"^(bom dia|bonjour|good morning|guten morgen|buenos días|buongiorno|goedemorgen|god morgon|god morgen|dzień dobry)\b"
        r".{0,160}\b(notícias|nouvelles|stories|news|nachrichten|noticias|notizie|nieuws|nyheter|nyheder|wiadomości|"
        r"newsletter|briefing)\b",
        r"\b(abra-o no browser|view (it |this email )?in (your |a )?browser|version en ligne|im browser (ansehen|öffnen)|"
        r"ver en el navegador|visualizza nel browser|bekijk (deze e-mail )?in je browser|öppna i webbläsaren|åbn i browseren|"
        r"åpne i nettleseren|otwórz w przeglądarce)\b",
        r"\b(recebeu este email|you (are )?receiv(ed|ing) this email|vous recevez cet e-mail|sie erhalten diese e-mail|"
        r"recibes este correo|ricevi questa email|je ontvangt deze e-mail|du får det här mejlet|du modtager denne mail|"
        r"otrzymujesz tę wiadomość)\b",
        r"\b(reencaminhe este email|forward this email|transférez cet e-mail|leiten sie diese e-mail|reenvía este correo|"
        r"inoltra questa email|stuur deze e-mail door)\b",
    )
    + _cues(
        "start",
        "related links",
        # "Ler mais →", "Ler o obituário completo →", "Read the full story ›"
        r"^(ler|read|lire|lesen|leer|leggi|lees|läs|les|læs|czytaj)\b.{0,40}(→|›)$",
    )
    + _cues(
        "start",
        "weather widget",
        # "Em Lisboa: 14 °C, aguaceiros a partir da tarde."
        r"^(em|à|in|a|en|i|w)\s+[^\W\d][\w-]+\s*:\s*-?\d{1,2}\s?°[^!?]{0,60}$",
    )
    + _cues(
        "start",
        "timestamp",
        # "Sabato 13 marzo 2027, ore 14:26 – aggiornato alle 16:05"
        r"^[^\d]{0,20}\d{1,2}\.?\s+[a-zà-ÿ]{3,9}\.?\s+\d{4},?\s+(ore|kl\.?|um|à|a las|às|om|o godz\.?)\s*\d{1,2}[:.h]\d{2}\b.{0,50}$",
    )
    + _cues(
        "start",
        "gallery",
        r"^(condividi la gallery|partager la galerie|share (this|the) gallery|galerie teilen|compartir la galería)\b",
        r"\b(gallery precedente|gallery successiva|galerie précédente|galerie suivante|previous gallery|next gallery|"
        r"vorherige galerie|nächste galerie)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(guarda anche|ver también|voir aussi|see also|siehe auch|zie ook|se även|se også|zobacz też)\s*:?$",
    )
    + _cues(
        "start",
        "video prompt",
        r"^\W{0,2}\s*(video|vidéo|vídeo|wideo)\s*[·:|–-]\s*\S.{0,120}\(.{0,20}\d{1,2}:\d{2}\)$",
    )
    + _cues(
        "start",
        "author bio",
        # "Chiara Bonfanti lavora nella redazione Cronaca del Giornale delle Alpi."
        r"^[\w'’-]+(?: [\w'’-]+){1,2} (lavora nella redazione|travaille à la rédaction|arbeitet in der redaktion|"
        r"trabaja en la redacción|trabalha na redação|werkt op de redactie|works on the .{0,20}desk)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\bdirect(eur|rice) de (la )?publication\b",
        r"\bregistered in (ireland|england|scotland|wales|england and wales|northern ireland)\b.{0,20}\b(no|number)\b",
        r"\bszanujemy twoją prywatność\b|\bprzetwarzamy dane osobowe\b",
    )
    + _cues(
        "start",
        "page tools",
        r"^(page|seite|página|pagina|pagina|strona|sida|side)\s+\d+\s*/\s*\d+$",
        # A short link to the article: "nao.pl/a/83521"
        r"^[\w-]+(?:\.[\w-]+)+/[\w/-]*\d[\w/-]*$",
    )
    + _cues(
        "start",
        "weather widget",
        # "El tiempo en Jaca: -3º / 5º" (folding reads the ordinal sign as an "o")
        r"^(el tiempo|tiempo|météo|meteo|weather|wetter|weer|tempo|pogoda|väder|vær|vejr)\b[^!?]{0,40}?-?\d{1,2}\s?(?:[°º]|o\b)"
        r"(?:[^.!?]|(?<=\d)\.(?=\d)|\.(?=\s\d))*$",
        r"^(ver previsión( completa)?|voir les prévisions|see (the )?full forecast|zur vollständigen vorhersage|"
        r"vedi le previsioni|ver previsão|bekijk de verwachting)\b",
    )
    + _cues(
        "start",
        "comment policy",
        r"^(normas de participación|règles de (la )?modération|community guidelines|netiquette|regole della community|"
        r"lees onze spelregels|spelregels|debatregler|regler för kommentarer|regras de participação)\b",
        r"^(reageren kan tot|comments (are open|close) until|kommentieren ist bis|commentaires ouverts jusqu|"
        r"los comentarios se cierran)\b",
    )
    + _cues(
        "strong",
        "correction note",
        r"^(correctie|correction|korrektur|rettelse|rättelse|corrección|correção|rettifica)\s+\d{1,2}\.?\s+[a-zà-ÿ]{3,9}\s*:",
    )
    + _cues(
        "start",
        "reader poll",
        r"^(poll|peiling|sondage|umfrage|encuesta|sondaggio|sondagem|ankieta|omröstning|afstemning|avstemning)\s*[·:|–-]\s*\S",
        r"^(ja|nee|nej|yes|no|oui|non|sí|sim|não|tak|nie|weet niet|ved ikke|vet ikke|vet inte|ne sait pas|don't know|"
        r"weiß nicht|no sé|non so|não sei|nie wiem)\s*\(?\d{1,3}\s?%\)?$",
    )
    + _cues(
        "start",
        "byline",
        r"^(relację prowadził[a]?|relację prowadzili|live-ticker:|ticker:|liveblogg av|direktrapport av)\s*:?\s+[A-ZÀ-ÝŁŚŻa-z]",
    )
    + _cues(
        "start",
        "live page tools",
        r"^\W{0,2}\s*(relacja zakończona|liveblog beendet|ce direct est terminé|le direct est terminé|live blog has ended|"
        r"the live blog is now closed|direktrapporten er avsluttet|odśwież relację|odśwież)\b",
    )
    + _cues(
        "start",
        "advertising",
        r"^(anzeige|annonce|annons|annonse|advertisement|publicité|publicidad|pubblicità|publicidade|reklama|advertentie)"
        r"\s*·\s*\S",
    )
    + _cues(
        "start",
        "podcast promo",
        r"\bpodcast\b.{0,100}\b(spotify|apple podcasts|deezer|google podcasts)\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(mer fra|mere fra|mer från|more from|meer uit|mehr aus|weitere aus|altro da|más de|mais de|więcej z)\s+[\w -]{2,30}$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(legg til en kommentar|tilføj en kommentar|lägg till en kommentar|add a comment|ajouter un commentaire|"
        r"kommentar hinzufügen|añade un comentario|aggiungi un commento|adicione um comentário|dodaj komentarz|"
        r"voeg een reactie toe)\b",
        r"\b(riservati agli utenti registrati|reserved for registered users|réservés aux abonnés|nur für registrierte)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(gilla|like|liker|synes godt om|j'aime|gefällt mir|me gusta|mi piace|curtir|vind ik leuk|lubię to)\s*\(\d+\)$",
    )
    + _cues(
        "start",
        "comment policy",
        r"^((os|the|les|die|los|i|de)\s+)?(comentários|comments|commentaires|kommentare|comentarios|commenti|reacties)\s+"
        r"(não representam|do not represent|ne représentent pas|geben nicht|no representan|non rappresentano)\b",
        r"^(debatten er lukket|kommentarerna är stängda|comments are closed|les commentaires sont fermés|"
        r"die kommentarfunktion ist geschlossen|los comentarios están cerrados|i commenti sono chiusi|reacties zijn gesloten)\b",
    )
    + _cues(
        "start",
        "audio prompt",
        r"^\W{0,3}\s*(lytt til saken|lyssna på artikeln|lyt til artiklen|listen to (this|the) (story|article))\b",
    )
    + _cues(
        "start",
        "notification prompt",
        r"^\W{0,3}\s*(recevoir les alertes|receive alerts|get alerts|benachrichtigungen erhalten|recibir alertas|"
        r"ricevi le notifiche|receber alertas)\b",
        r"^\W{0,2}\s*(følg emnet|följ ämnet|følg saken|follow (this )?topic|suivre ce sujet|thema folgen)\b",
    )
    + _cues(
        "start",
        "source credit",
        r"\b(bygger (delvis )?på materiale fra|baseras (delvis )?på material från|bygger (delvis )?på stoff fra|"
        r"based (in part )?on reporting (by|from))\b",
    )
    + _cues(
        "start",
        "feedback prompt",
        r"^(hur känns det att läsa|how does this (article|story) make you feel|comment vous sentez-vous après)\b",
    )
    + _cues(
        "any",
        "advertising",
        r"\b(annonsinnehåll|annonsindhold|annonseinnhold)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\butgivningsbevis\b|\byttrandefrihetsgrundlagen\b|\bansvarig utgivare\b",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(våra|vores|våre) \d+ (partner|partnere|partners)\b",
    )
    + _cues(
        "start",
        "weather widget",
        r"^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|saturday|sunday|samedi|dimanche|"
        r"samstag|sonntag)\s*:\s*-?\d{1,2}\s?°(?:\s+[\w-]+){0,2}\s*[·,|/]",
    )
    + _cues(
        "start",
        "classifieds",
        r"^[^.]{0,40}:?\s*(affittasi|vendesi|cercasi|se alquila|se busca|à louer|zu vermieten|te huur|uthyres|udlejes|"
        r"leies ut|do wynajęcia)\b",
    )
    + _cues(
        "start",
        "job ad",
        r"\b(søger|söker|søker|sucht|cerca|busca|recherche|zoekt|szuka|is hiring|seeks)\b.{0,80}\b(ansøgningsfrist|"
        r"sista ansökningsdag|søknadsfrist|bewerbungsfrist|application deadline|date limite de candidature)\b",
    )
    + _cues(
        "start",
        "photo credit",
        r"^(handout|pool|supplied|courtesy)\s*/\s*\S",
    )
    + _cues(
        "strong",
        "caption with credit",
        # a wire picture's caption ends on who took it and who passed it on: "... December 1, 2027. KP PSP
        # Limanowa/Handout via GlobeWire"
        r"[.!?]\s+[\w .'’-]{2,40}/(handout|pool)\s+via\s+[\w .'’-]{2,30}(\.\s+this image (has been|was) (supplied|provided) "
        r"by a third party\.?)?$",
        # a picture's caption that closes on its maker's label: "... przy pl. Grunwaldzkim. Wizualizacja: Biuro ..."
        r"[.!?]\s+(wizualizacja|wiz\.|visualisierung|visualisation|visualization|visualización|visualizzazione|"
        r"rendering|render|grafika|grafik|infografik|infographie)\s*:\s*[^\W\d][^.!?]{2,80}$",
    )
    + _cues(
        "start",
        "author bio",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} (covers|writes about|reports on)\b[^.]{2,120}\.\s+(he|she|they) (previously|formerly|"
        r"also) (reported|worked|covered|wrote)\b",
    )
    # --- held-out batch 34
    + _cues(
        "start",
        "author bio",
        r"^(about the author|über den autor|über die autorin|à propos de l'auteur|sobre el autor|sobre la autora|"
        r"sull'autore|sobre o autor|over de auteur|om skribenten|om forfatteren|om journalisten|o autorze)$",
    )
    + _cues(
        "strong",
        "author bio",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} (has|have) (reported on|covered|written about)\b[^.]{2,120}\.\s+(he|she|they) "
        r"(previously|formerly|also) (reported|worked|covered|wrote)\b",
    )
    + _cues(
        "start",
        "byline",
        r"^(staff and agencies|staff and wire reports|from wire reports|staff reporters?|agencies)$",
    )
    # --- held-out batch 38
    + _cues(
        "start",
        "update notice",
        r"^(die redaktion ergänzt diesen artikel laufend|dieser artikel wird laufend aktualisiert|"
        r"this (article|story) (will be|is being) updated|cet article (sera|est) (mis à jour|actualisé)|"
        r"este artículo se (irá actualizando|actualizará)|questo articolo (sarà|viene) aggiornato|"
        r"dit artikel wordt (voortdurend )?bijgewerkt|artikeln uppdateras|artikkelen oppdateres|artiklen opdateres)\b",
    )
    + _cues(
        "start",
        "byline",
        r"^(keystone-ats|keystone-sda|ats|sda|apa|belga|anp|ritzau|ntb|tt|pap)$",
        r"^[a-z]{2,4}(,\s*|\s*/\s*)(belga|anp|afp|dpa|reuters|ansa|efe|lusa|pap|tt|ntb|ritzau|apa|sda|ats)$",
        r"^by [\w'’-]+ [\w'’-]+( in [\w'’ -]+?)? and [\w'’-]+ [\w'’-]+$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(pour réagir|pour commenter),? vous devez être (connecté|abonné)",
        r"^(op dit artikel kan niet meer (gereageerd|worden gereageerd)|reageren is niet meer mogelijk)\b",
    )
    + _cues(
        "start",
        "photo caption",
        r"^(photo d'illustration|image d'illustration|illustrative photo|symbolbild|foto de archivo|foto d'archivio|"
        r"foto di repertorio|archiefbeeld|arkivbild|arkivfoto)\b",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^(dieser (artikel|beitrag) ist (nur )?für abonnent\w*|cet article est réservé aux abonnés|"
        r"dit artikel is (alleen )?voor abonnees|this article is for subscribers)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(leserreporter|lezersreporter|reader reporter)\b",
        r"^(haben sie|avez-vous|heeft u)\b.{0,30}\b(gesehen|vu|gezien)\b.{0,80}\b(bilder|photos|foto'?s|videos?)\b",
    )
    + _cues(
        "start",
        "advertising",
        r"^(reclame|publicité|werbung|pubblicità|publicidad|publicidade|reklama|reklame|annons)$",
    )
    + _cues(
        "start",
        "related links",
        r"^(meest gelezen|top-themen|top themen|topthemen|meistgelesen)\b[^.!?]{0,30}$",
    )
    + _cues(
        "start",
        "newsletter",
        r"\b(in je mailbox|in uw mailbox|in your inbox|dans votre boîte|in ihr postfach|in ihrem postfach)\b.{0,40}"
        r"\b(schrijf je in|schrijf u in|sign up|inscrivez-vous|melden sie sich an|jetzt anmelden)\b",
    )
    + _cues(
        "strong",
        "copyright",
        r"©\s*(19|20)\d\d\b.{0,80}\b(gebruiksvoorwaarden|privacybeleid|cookiebeleid|terms of use|privacy policy|"
        r"datenschutz|impressum|mentions légales|aviso legal|note legali|termos de uso)\b",
    )
    + _cues(
        "start",
        "live page tools",
        r"^you('ve| have) reached the (start|beginning|end) of (this|the) live ?blog\b",
    )
    # --- held-out batch 44
    + _cues(
        "start",
        "legal notice",
        r"^(redazione|redaktion|rédaction|redacción|redação|redactie)\s*:\s*.{0,60}(@|\b(via|viale|piazza|rue|strasse|"
        r"straße|calle|rua)\b)",
    )
    + _cues(
        "start",
        "byline",
        r"^(keystone-sda|keystone-ats|sda|ats|apa|dpa|afp)\s*/\s*(red|rd|[a-z]{2,3})\.?$",
        r"^[\w'’-]+ [\w'’-]+ \((now|earlier)\)( and [\w'’-]+ [\w'’-]+ \((now|earlier)\))?$",
        r"^scritto da\b.{0,40}$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(show key events only|nur wichtige ereignisse|afficher l'essentiel|solo eventi chiave)$",
    )
    + _cues(
        "start",
        "page tools",
        r"^(dettagli|details|détails|detalles)$",
        r"^(visite|visualizzazioni|letture|hits|zugriffe)\s*:\s*[\d.  ]+$",
    )
    + _cues(
        "start",
        "tags",
        r"^(categoria|category|kategorie|catégorie|categoría)\s*:\s*\S",
    )
    # --- held-out batch 45
    + _cues(
        "start",
        "subscription prompt",
        r"^(artigo de acesso livre|artículo de acceso libre|article en accès libre|cet article vous est offert|"
        r"articolo gratuito|dit artikel is gratis te lezen|free to read)$",
    )
    + _cues(
        "start",
        "byline",
        r"^(efe|afp|dpa|ansa|lusa|reuters|ap|pap|anp|belga)\s*[|·]\s*[\w /-]{2,40}$",
        r"^(redactie|redaktion|rédaction|redacción|redazione|redação|redakcja)$",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(rodo|gdpr|rgpd|dsgvo)\b.{0,80}\b(dane osobowe|personal data|données personnelles|personenbezogene daten)\b",
    )
    + _cues(
        "start",
        "navigation",
        r"^[\w ]{2,25} > [\w ]{2,25}$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(na żywo|en direct|en vivo|ao vivo|in diretta)$",
    )
    # --- held-out batch 43
    + _cues(
        "start",
        "subscription prompt",
        r"\b(ad-free|sans publicité|werbefrei|senza pubblicità|sin publicidad)\b.{0,40}\b(join|abonnez|abonnieren|abbonati|"
        r"suscríbete)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^this discussion is (now )?closed\b",
    )
    + _cues(
        "start",
        "byline",
        r"^[\w'’-]+ [\w'’-]+ in [\w'’ -]+? and [\w'’-]+ [\w'’-]+ in [\w'’ -]+$",
    )
    + _cues(
        "start",
        "related links",
        r"^most read( in [\w' ]{2,20})?$",
    )
    + _cues(
        "start",
        "byline",
        r"^von (dpa|afp|reuters|apa|sda|kna|epd) und [\w-]+( redaktion|-redaktion)?$",
        r"^(ats|sda|afp|apa|belga|anp)/réd\.?$",
    )
    + _cues(
        "start",
        "source credit",
        r"^mit material (von|der) (dpa|afp|reuters|apa|sda|kna|epd)\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^word lid van\b.{0,60}\bper (maand|jaar)\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"^receba as notícias\b.{0,40}\b(e-?mail|caixa de correio)\b",
        r"^[\w-]+-briefing\s*:.{0,80}\b(jeden|every|chaque) (werktag|tag|morgen|weekday|day|matin)\b",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^(lesen sie den (vollständigen|ganzen) artikel mit|read the full (article|story) with|lisez l'article complet avec)\b",
    )
    + _cues(
        "start",
        "advertising",
        r"^(gesponsord|gesponsert|sponsored|sponsorisé|patrocinado)$",
    )
    # --- held-out batch 40
    + _cues(
        "start",
        "byline",
        r"^(artiklen er skrevet af|artikeln är skriven av|artikkelen er skrevet av|this article was written by|"
        r"dieser artikel wurde (von|verfasst von))\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"\bi din (indbakke|innboks|inkorg)\b",
        r"^(få|prenumerera på|abonner på)\s+[\w'’-]+\s+(morgonbrev|morgenbrev|nyhetsbrev|nyhedsbrev)$",
        # "Få nyhetsbrevet från Öresundsbladet – varje morgon": the definite form makes "få" a call, not "few".
        r"^(få|prenumerera på|abonner på|tilmeld dig)\s+(nyhetsbrevet|nyhedsbrevet|morgonbrevet|morgenbrevet)\b",
    )
    + _cues(
        "strong",
        "update notice",
        r"\bthis (story|article) has been updated (with|to)\b",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(erstellt|erschienen)( am)?\s+\d",
    )
    + _cues(
        "strong",
        "comment policy",
        r"\b(forumsregeln|netiquette|community guidelines|règles de modération|normas de participación|"
        r"regole della community)\b",
    )
    + _cues(
        "start",
        "source credit",
        r"^teile dieses (angebots|artikels|beitrags) stammen (von|aus)\b",
    )
    + _cues(
        "start",
        "navigation",
        r"^(bezirk wählen|region wählen|ort wählen|choose (your )?(region|area|edition)|choisissez votre (région|ville|édition))"
        r"\s*:",
    )
    + _cues(
        "start",
        "gallery",
        r"^\d+ (bild|bilder|fotos?|photos?|images?|immagini|imágenes|billeder|zdjęć|zdjęcia)$",
    )
    + _cues(
        "start",
        "share widget",
        r"^teile (diesen|dieses|den) (beitrag|artikel)$",
    )
    + _cues(
        "start",
        "follow button",
        r"^(folge uns|folgen sie uns|follow us|suivez-nous|síguenos|seguici|siga-nos|volg ons|følg os|följ oss|følg oss|"
        r"obserwuj nas)\b",
    )
    + _cues(
        "start",
        "app prompt",
        r"\b(auf|on|sur|en|su|op|på|no) whatsapp\b.{0,80}\b(aufs handy|on your phone|sur votre téléphone|direct op je telefoon)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"^offenlegung gemäß\b|\bmediengesetz\b",
        r"\b(registo na erc|depósito legal|dépôt légal|registrazione (presso il )?tribunale|kvk-nummer)\b",
    )
    + _cues(
        "start",
        "sponsored content",
        r"^(sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|sponsrat|sponsoreret)\s*:",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(bli prenumerant|bli abonnent|word abonnee|werden sie abonnent|devenez abonné|hazte suscriptor|diventa abbonato|"
        r"torne-se assinante|zostań prenumeratorem)\b",
    )
    + _cues(
        "start",
        "reading time",
        r"^(läsningstid|lesetid|læsetid)\s*:?\s*\d+\s*(minuter|minutter|min)\.?$",
    )
    + _cues(
        "strong",
        "caption with credit",
        r"\b(skärmbild|skjermbilde|skærmbillede|screenshot|capture d'écran|captura de pantalla|bildschirmfoto)\s*:\s*\S"
        r"[^.!?]{0,40}$",
    )
    # --- held-out batch 41
    + _cues(
        "start",
        "comment prompt",
        r"^(om te reageren moet je (ingelogd|aangemeld) zijn|kommentieren sie als registrierter nutzer|"
        r"per commentare (devi (essere registrato|accedere)|è necessario essere (abbonati|registrati))|"
        r"para comentar (debes|tienes que) (iniciar sesión|estar registrado))\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(meer|mehr|more|plus d'|más|altre|mais|więcej)\s?[\w'-]{0,12}[ -]?(nieuws|nachrichten|news|actus?|actualités|"
        r"noticias|notizie|notícias|wiadomości|nyheter|nyheder)$",
    )
    + _cues(
        "start",
        "legal notice",
        r"\bis (een )?onderdeel van\b.{0,40}(groep|group|media|uitgeverij)\b",
        r"^(verantwoordelijke uitgever|éditeur responsable|v\.u\.|e\.r\.)\s*:",
        r"^(btw|tva|vat|ust-?id(nr\.?)?|nif|partita iva|p\. ?iva)\b.{0,5}[a-z]{2}\s?\d[\d. ]{6,}$",
    )
    + _cues(
        "start",
        "byline",
        r"^(redactie|redaktion|rédaction|redacción|redazione|redação|redakcja)\s*,?\s*(met|mit|avec|con|com|z)\s+"
        r"(belga|anp|dpa|afp|efe|ansa|lusa|pap|apa|sda|tt|ntb|ritzau|reuters)$",
    )
    + _cues(
        "start",
        "timestamp",
        r"^(aangepast|bijgewerkt|geüpdatet|gewijzigd)\s+(om|op)\s+\d",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\ben poursuivant votre navigation\b.{0,80}\bcookies?\b",
    )
    + _cues(
        "strong",
        "correction note",
        r"^(dit artikel is aangepast|this article has been (amended|corrected|updated)|cet article a été (modifié|corrigé)|"
        r"dieser artikel wurde (korrigiert|geändert))\b.{0,40}\b(eerdere versie|earlier version|précédente version|"
        r"früheren version)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(delen|teilen|partager|share|compartir|condividi|partilhar|del|dela|udostępnij)\s*:$",
    )
    + _cues(
        "start",
        "event teaser",
        # An events diary's entry: "za 20 feb - Snertloop, start bij sportpark De Wetering".
        r"^(ma|di|wo|do|vr|za|zo|mo|tu|we|th|fr|sa|su|lun|mar|mer|jeu|ven|sam|dim|mån|tis|ons|tor|fre|lör|sön)\.?\s+"
        r"\d{1,2}\.?\s+[a-zé]{3,9}\.?\s*[-–:]\s+\S",
        # or with the date in figures: "Sa., 12.06.: Sommerfest der Blaskapelle ..."
        r"^(mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo)\.?,?\s+\d{1,2}\.\d{1,2}\.(\d{2,4})?\s*[-–:]\s+\S",
        # and its header: "Veranstaltungstipps"
        r"^(veranstaltungstipps|veranstaltungskalender|terminkalender|uitagenda|evenementenagenda)\s*:?$",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(ricevi|recevez|receba|recibe|ontvang|erhalten sie|få|otrzymuj)\s+(ogni|chaque|todas as|cada|elke|jeden|varje|hver|"
        r"codziennie)\b.{0,60}\b(notizie|nouvelles|actualités|notícias|noticias|nieuws|nachrichten|nyheter|wiadomości)\b",
    )
    + _cues(
        "start",
        "tags",
        r"^(archivado en|archiviato in|classé dans|abgelegt unter|filed under|gearchiveerd onder)\s*:?",
    )
    # --- held-out batch 39
    + _cues(
        "start",
        "byline",
        r"^(pap|afp|dpa|ansa|efe|lusa|anp|belga|tt|ntb|ritzau|apa|sda|ats|reuters)\s*,\s*[a-z]{2,4}$",
    )
    + _cues(
        "start",
        "video prompt",
        r"^\[(wideo|video|vidéo|vídeo|film)\]",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(skomentuj|comment|kommentieren|commentez|comenta|commenta|reageer|kommentera|kommenter)\s+(na|on|auf|sur|en|"
        r"su|op|på)\s+facebook(u)?$",
    )
    + _cues(
        "start",
        "counter",
        r"^\d+\s+(reakcji|reakcje|reactions|réactions|reaktionen|reacciones|reazioni|reações|reacties|reaktioner)\b",
    )
    + _cues(
        "strong",
        "copyright",
        r"©\s*(19|20)\d\d\.?\s*(wszystkie prawa zastrzeżone|all rights reserved|tous droits réservés|"
        r"alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
        r"alle rechten voorbehouden|alla rättigheter förbehållna|alle rettigheter reservert|alle rettigheder forbeholdes)",
    )
    + _cues(
        "start",
        "related links",
        r"^(sur le même thème|sur le même sujet|dans la même rubrique|zum selben thema|mehr zum thema|"
        r"sobre el mismo tema|sullo stesso tema|sobre o mesmo tema|over hetzelfde onderwerp)$",
    )
    + _cues(
        "start",
        "tags",
        r"^(tópicos|temas|etiquetas|schlagworte|schlagwörter|mots-clés|tagi|emner|ämnen|argomenti|trefwoorden)\s*:\s*\S",
    )
    # --- held-out batch 36
    + _cues(
        "start",
        "related links",
        r"^(polecane( dla ciebie| wideo| artykuły)?|recommended for you|empfohlen für sie|recommandé pour vous|recomendado para ti|"
        r"consigliati per te|aanbevolen voor jou|rekommenderat för dig|anbefalt for deg|anbefalet til dig)$",
    )
    + _cues(
        "start",
        "news ticker",
        r"^\W*(en continu|(le )?fil info|(le )?fil d'info|(le )?fil d'actu|im ticker|ultim'ora|última hora|nu in het nieuws|just nu|het laatste nieuws|"
        r"das neueste|les dernières infos|latest news|últimas noticias|ultime notizie|senaste nytt)$",
    )
    + _cues(
        "start",
        "newsletter",
        r"^get the\b.{0,40}\b(briefing|newsletter|digest)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(deel via|teilen via|partager via|share via|compartir en|condividi su|partilhar em|del via|dela via|"
        r"udostępnij przez)$",
    )
    + _cues(
        "start",
        "funding note",
        r"\b(is een initiatief van|is an initiative of|est une initiative de|ist eine initiative von|"
        r"es una iniciativa de|è un'iniziativa di)\b.{0,80}\b(met steun van|with (the )?support (of|from)|"
        r"avec le soutien|mit unterstützung|con el apoyo|con il sostegno)\b",
    )
    + _cues(
        "start",
        "byline",
        r"^([a-z]{2,5},?\s*)?oprac\.\s*[\w.]{1,20}(\s+[\w.]{1,20})?$",
    )
    + _cues(
        "start",
        "app prompt",
        r"^(zainstaluj|pobierz) aplikację\b",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(si avvalgono di cookie|utilizza(no)? (i )?cookie)\b",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(actualizar|aggiorna|actualiser|aktualisieren|refresh|vernieuwen|uppdatera|oppdater|opdater|odśwież)$",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"^(mapa interactivo|carte interactive|interaktive karte|interactive map|mappa interattiva|mapa interativo|"
        r"interactieve kaart)\b",
        r"^(consulta|consulte|check|bekijk|vérifiez|controlla)\s+(los |les |the |de |i |os )?(resultados|résultats|"
        r"results|uitslagen|risultati)\s+(de|of|in|van|dei|do|da)\s+(tu|votre|your|je|tuo|seu|sua)\b",
    )
    # --- held-out batch 37
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(wykorzystujemy|używamy|stosujemy) pliki? cookies?\b",
    )
    + _cues(
        "start",
        "navigation",
        r"^(gå til innhold|gå til hovedinnhold|hopp til innhold|gå till innehåll|hoppa till innehåll|gå til indhold|"
        r"spring til indhold|ga naar inhoud|naar inhoud)$",
        r"^(søk|sök|søg|min side|mina sidor|mit side|mijn account|mein konto|mon compte|mi cuenta|il mio account)$",
        # A currency row: "EUR 4,27 | USD 3,94 | CHF 4,41".
        r"^(eur|usd|chf|gbp|sek|nok|dkk|pln)\s+\d+[.,]\d+(\s*[|·]\s*(eur|usd|chf|gbp|sek|nok|dkk|pln)\s+\d+[.,]\d+){1,5}$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(denne saken er åpen for alle|denna artikel är öppen för alla|denne artikel er åben for alle|"
        r"dit artikel is gratis te lezen|dieser artikel ist frei zugänglich|cet article est en accès libre|"
        r"this article is free to read)\b",
        r"^(abonner på|prenumerera på|abonnér på|abonneer op|abonnieren sie|abonnez-vous à|subscribe to)\b.{0,80}"
        r"\d\s*(kr|€|£|\$|zł)\s*/?\s*(mnd|md|mån|måned|månad|maand|monat|mois|month)\b",
    )
    + _cues(
        "start",
        "obituary",
        r"^(dødsfall|dödsfall|dødsfald|overlijdens|todesanzeigen|avis de décès|necrologi|esquelas|nekrologi)\s*[–-]\s*"
        r"(se|visa|vis|bekijk|alle|voir|vedi|ver|zobacz)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        # The paper's address: "Tindebladet AS | Postboks 41, 6899 Tindvik | Tlf. 57 66 40 00".
        r"\b(postboks|postbox|postfach|apartado|casella postale|postbus|skrytka pocztowa)\s+\d+\b.{0,60}"
        r"\b(tlf|tel|telefon|telefoon|phone)\.?\s*[\d+(]",
        # A company's name, then its street: "El Heraldo de la Raya S.L. – Avda. de Portugal, 22 – 10890 ...".
        r"^[^.!?]{2,80}\b(s\.l\.|s\.a\.|sa|sarl|sas|nv|bv|vzw|ag|ltd|plc|s\.r\.l\.|s\.p\.a\.|gmbh|b\.v\.|"
        r"sp\. z o\.o\.|lda\.?)\s*[–|·-]\s*"
        r"(avda\.?|avenida|calle|c/|via|viale|piazza|rue|avenue|straße|strasse|ul\.|rua|praça)\s",
    )
    + _cues(
        "strong",
        "author bio",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} is (the|a|an) [\w'’-]+(?: [\w'’-]+){0,3} (correspondent|editor|reporter|writer|"
        r"journalist|columnist)\b[^.]{0,80}\.\s+(he|she|they) (has|have|had|was|is|previously)\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(få|prenumerera på|abonner på|ontvang|recevez|erhalten sie|recibe|ricevi|receba|otrzymuj)\b.{0,60}"
        r"\b(nyhetsbrev|nyhedsbrev|newsletter|nieuwsbrief|boletín|newslettera)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(réagissez|réagir|reageer|reageren|kommentera|kommenter|kommentieren|comenta|commenta|comente|skomentuj)\s*"
        r"\(\d+\)$",
    )
    + _cues(
        "start",
        "photo credit",
        # A photographer and the agency: "Nuno Ribas/Lusa".
        r"^[\w'’-]+(?: [\w'’-]+){1,2}\s*/\s*(lusa|efe|ansa|afp|dpa|reuters|ap|anp|belga|pap|tt|ntb|ritzau|epa|"
        r"getty images|scanpix|imago|keystone)$",
    )
    + _cues(
        "start",
        "news ticker",
        r"^(notizie )?ansa\s+ultim[ao] ora$",
    )
    + _cues(
        "start",
        "byline",
        r"^(door onze redactie|von unserer redaktion|de notre rédaction|por nuestra redacción|dalla nostra redazione|"
        r"av vår redaktion|fra vores redaktion|fra vår redaksjon|od naszej redakcji|by our (staff|reporters?))$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(deze pagina wordt automatisch ververst|diese seite wird automatisch aktualisiert|"
        r"cette page (est actualisée|se met à jour|s'actualise) automatiquement|this page (updates|refreshes) automatically|"
        r"la página se actualiza automáticamente|sidan uppdateras automatiskt|siden oppdateres automatisk|"
        r"siden opdateres automatisk)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        r"^(heb je|hast du|avez-vous|have you got|do you have|tienes|hai|har du|masz)\b.{0,30}\b(foto|photo|video|"
        r"bilder|bilde|billeder|zdjęcia)\w*\b.{0,60}\b(stuur|schick|envoyez|send|envía|invia|skicka|wyślij)\w*\b",
    )
    + _cues(
        "strong",
        "byline",
        # A wire report's credits, however long: "Reporting by A in X and B in Y; Additional reporting by C; Editing by D".
        r"^(additional )?reporting by\b[^.!?]{0,250}\b(editing|writing|additional reporting) (by|from)\b",
    )
    + _cues(
        "start",
        "byline",
        # The reporters of a live page: "Journalister: Ingrid Solberg, Eirik Haugland og Maren Vik".
        r"^(journalister|journalistar|reportrar|reportere|reporters|journalists|autoren|autorzy|auteurs|relację prowadz[aąi]|"
        r"relację prowadzą)\s*:\s*[^\d.!?:]{3,120}$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(dette er en liveblogg|dette er en liveblog|detta är en liveblogg|this is a live blog|dies ist ein live-?blog|"
        r"ceci est un direct|este es un directo|questo è un live ?blog|isto é um direto|dit is een liveblog|to jest relacja na żywo)\b",
        r"^(nyeste oppdatering(er)? øverst|nyeste opdatering(er)? øverst|senaste uppdatering(en|arna)? överst|"
        r"newest (updates?|posts?|entries) (first|at the top)|neueste (einträge|beiträge|updates) (zuerst|oben)|"
        r"les plus récents en haut|nieuwste (updates|berichten) bovenaan)\b",
    )
    + _cues(
        "start",
        "source credit",
        r"^(verwendete quellen|quellen|sources utilisées|sources used|fuentes utilizadas|fonti utilizzate|fontes utilizadas|"
        r"gebruikte bronnen|använda källor|brukte kilder|anvendte kilder|wykorzystane źródła)\s*:?$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(vous devez être abonné|you must be (a subscriber|subscribed|logged in)|sie müssen (abonnent|angemeldet|eingeloggt) sein|"
        r"debes ser suscriptor|devi essere abbonato|tem de ser assinante|je moet (abonnee|ingelogd) zijn|du måste vara prenumerant|"
        r"du må være abonnent|du skal være abonnent)\b.{0,40}\b(réagir|commenter|comment|kommentieren|comentar|commentare|"
        r"reageren|kommentera|kommentere)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(diesen artikel teilen|artikel teilen|partager cet article|share this (article|story)|compartir (este artículo|esta noticia)|"
        r"condividi (questo articolo|l'articolo)|partilhar (este artigo|o artigo)|dela artikeln|del artikkelen|del artiklen|"
        r"udostępnij artykuł)$",
    )
    + _cues(
        "start",
        "related links",
        r"^(weitere meldungen|mehr meldungen|weitere nachrichten|mehr nachrichten|weitere artikel|más noticias de|altre notizie da|"
        r"autres articles de|more stories from|more news from)\b[^.!?]{0,40}$",
    )
    # --- held-out batches 46 to 48
    + _cues(
        "strong",
        "legal notice",
        # "Vestlandsnytt har ikke ansvar for innhold på eksterne nettsider som det lenkes til."
        r"\b(har ikke ansvar for|ansvarar inte för|er ikke ansvarlig for|übernimmt keine haftung für|is not responsible for|"
        r"n'est pas responsable du|no se hace responsable del)\s+(innhold|innehåll|indhold|die inhalte|the content|contenu|contenido)\w*\s+"
        r"(på|von|of|des|de)\s+(eksterne|externa|externen|external|sites externes|sitios externos)\b",
        # "Västkustbladet granskas av Mediernas etiknämnd. Vill du klaga på innehållet?"
        r"\bgranskas av mediernas etiknämnd\b|^vill du klaga på (innehållet|en artikel)\b",
    )
    + _cues(
        "start",
        "legal notice",
        r"^(redaktionschef|chefredaktör|chefredaktør|nyhetschef|nyhetsredaktør|ansvarlig redaktør|redaktør|"
        r"chefredakteur|chefredakteurin|redaktionsleitung|directeur de la publication|director|hoofdredacteur)\s*:\s*"
        r"[^\d.!?:]{3,60}$",
    )
    + _cues(
        "start",
        "site branding",
        # "Lokalavisa for Havnevik og Hallevik", "Nachrichten aus dem Bezirk – online und jeden Mittwoch gedruckt"
        r"^(lokalavisa|lokalavisen|lokalavis|lokaltidningen|lokalzeitung|heimatzeitung|regionalzeitung|"
        r"die lokalzeitung|huisaan-huisblad) (for|för|für|i|in|van)\b[^.!?]{2,60}$",
        r"^(nachrichten|news|nyheter|nyheder|nieuws) (aus|from|fra|från|uit) [^.!?]{2,40}\s[–-]\s[^.!?]{0,50}"
        r"\b(online|gedruckt|print|papier|trykt|tryckt)\b[^.!?]{0,30}$",
        # three one-word sentences: "Heimat. Nachrichten. Meinung."
        r"^([^\W\d_]+\.\s+){2,3}[^\W\d_]+\.$",
    )
    + _cues(
        "start",
        "byline",
        r"^(redactie|redaktion|rédaction|redazione|redacción|redação|redaksjonen|redaktionen)\s*(&|und|and|et|e|y|og|och)\s*"
        r"(belga|anp|dpa|apa|afp|ap|reuters|ansa|efe|lusa|pap|tt|ntb|ritzau|sda|keystone-sda)$",
        r"^di redazione( online| web)?$",
        r"^(agencias|agências|agenzie|agences|agenturen)$",
        r"^(noticia|notícia|notizia|dépêche|meldung) (de la|da|dell'|de l')\s?(agencia|agência|agenzia|agence|agentur)\b[^.!?]{0,30}$",
    )
    + _cues(
        "start",
        "agency sign-off",
        # a writer's initials in brackets under the report: "(km)", "(tg)"
        r"^\([^\W\d_]{2,3}\)$",
    )
    + _cues(
        "start",
        "correction note",
        r"^(correctif|rectificatif|erratum|correction|berichtigung|korrektur|rettifica|rectificación|rectificação|"
        r"rättelse|rettelse|sprostowanie)\s*:\s*\S",
    )
    + _cues(
        "start",
        "page tools",
        r"^(story|article) saved$",
        r"^you can find this (story|article) in (my|your) (bookmarks|saved (stories|articles))\b",
    )
    + _cues(
        "start",
        "advertising",
        # "- - - Advertentie - - -"
        r"^[-–—*_\s]{3,}(advertentie|advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|annonse|"
        r"annons|reklame|reklama)[-–—*_\s]{3,}$",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^(dit artikel is voorbehouden (voor|aan) abonnees|dieser artikel ist (abonnenten|abonnentinnen) vorbehalten|"
        r"cet article est réservé aux abonnés|this article is (for|reserved for) subscribers)\b",
        r"^sie haben (bereits|schon) ein abo\b",
    )
    + _cues(
        "start",
        "app prompt",
        r"^(lees|lies|lisez|read|lee|leggi|leia|läs|les) [^.!?]{2,40} (ook |auch |aussi |also |también |anche |também |även |også )?"
        r"(in de|in der|dans l'|in the|en la|nell'|na|i|på) app\b",
    )
    + _cues("start", "podcast promo", r"^podcast-tipp\s*:")
    + _cues("start", "share widget", r"^(deel dit artikel|teile diesen artikel|share this article|partagez cet article|comparte este artículo|"
            r"condividi questo articolo|del denne artikkelen|dela artikeln|del artiklen|udostępnij ten artykuł)\s*:$")
    + _cues("start", "related links", r"^(meer in|mehr aus|mehr in|more in|more from|plus dans|más en|altro in|mais em|mer i|mere i|"
            r"więcej w)\s+[^\s.!?]+$")
    + _cues(
        "start",
        "support prompt",
        r"^support independent [^.!?]{0,60}journalism\b",
        r"^(join|become a member|subscribe) (from|for) [€£$]\s?\d",
        r"^este contenido es gratuito gracias a\b",
        r"^(this (article|content) is free (thanks to|because of)|ce contenu est gratuit grâce à)\b",
    )
    + _cues("start", "navigation", r"^(zoek op de site|suche auf der seite|search the site|rechercher sur le site|buscar en la web|"
            r"cerca nel sito|pesquisar no site|sök på sajten|søk på nettstedet|søg på siden)\W*$")
    + _cues("start", "site branding", r"^l'actualité (de|du|des) [^.!?]{3,70}$")
    + _cues("start", "comment widget", r"^(zu den postings|zu den kommentaren|alle postings anzeigen)$")
    + _cues(
        "start",
        "comment policy",
        # a comment form's notice: "Tu dirección de correo electrónico no será publicada."
        r"^(tu dirección de correo electrónico no será publicada|your email address will not be published|"
        r"votre adresse (e-mail|de messagerie) ne sera pas publiée|il tuo indirizzo email non sarà pubblicato|"
        r"o seu endereço de e-mail não será publicado|ihre e-mail-adresse wird nicht veröffentlicht|"
        r"je e-mailadres wordt niet gepubliceerd)\b",
    )
    + _cues(
        "start",
        "paywall notice",
        r"^sie haben \d+ von \d+ (kostenlosen|freien) artikeln\b",
        r"^you have read \d+ of (your )?\d+ free articles\b",
        r"^vous avez lu \d+ (des|de vos) \d+ articles? gratuits?\b",
        r"^(sie wollen|wollen sie) mehr aus ihrem\b.{0,40}\bjetzt\b.{0,30}\b(testen|lesen)",
    )
    + _cues(
        "start",
        "legal notice",
        r"^(edita|editor|éditeur|herausgeber|editore|edição|uitgever)\s*:\s*[^.!?]{3,80}\.",
        r"\b(cooperativa de radiodifusão|cooperativa de periodistas|crl|coop\.? v\.?)$",
    )
    + _cues("start", "audio prompt", r"^(agora no ar|ahora en antena|now on air|en ce moment à l'antenne|jetzt on air|ora in onda)\s*:")
    + _cues("start", "event teaser", r"^agenda (de la|del|de|du|della|des)\s+[^.!?]{2,30}$",
            # "Vie 13 · Verbena de San Roque en Aldea del Prado · 22.30 h"
            r"^(lun|mar|mié|mie|jue|vie|sáb|sab|dom|mon|tue|wed|thu|fri|sat|sun|lu|ma|me|je|ve|sa|di|mo|mi|do|fr|so)\.? "
            r"\d{1,2} · [^.!?]{3,80} · \d{1,2}[.:h]\d{2}\s*h?$")
    + _cues("start", "tags", r"^onderwerpen\s*:\s*[^.!?]{2,120}$")
    + _cues("start", "byline", r"^[A-ZÀ-Ýa-zà-ÿ'’-]+ [A-ZÀ-Ýa-zà-ÿ'’-]+ in [A-ZÀ-Ýa-zà-ÿ'’ -]{2,30} and agencies$")
    + _cues("start", "live page tools", KEY_EVENTS.pattern)
    # --- held-out batches 52 to 54
    + _cues(
        "start",
        "byline",
        r"^par la rédaction,? (avec|et) (belga|afp|l'afp|agences)$",
        r"^by (press association|pa|reuters|ap) reporters$",
        r"^(źródło artykułu|fonte dell'articolo|source de l'article|quelle des artikels)\s*:\s*\S{2,30}$",
        r"^dpa-infocom\b",
    )
    + _cues(
        "start",
        "site branding",
        # a paper's motto: "Nyheter från Lövfors, Ekbacken och norra Värmland", "Portal ziemi lubuskiej"
        r"^(nyheter|nyheder|news|nachrichten|nieuws|noticias|notizie|notícias|wiadomości) (från|fra|from|aus|uit|"
        r"de|di|da|z)\s[^.!?:]{2,60}$",
        r"^portal (ziemi|regionu|miasta|powiatu|gminy|mieszkańców)\b[^.!?]{0,40}$",
        r"\b(är|er) en partipolitiskt obunden tidning\b|\bpartipolitisk uavhengig avis\b",
    )
    + _cues(
        "start",
        "related links",
        r"^(vous aimerez aussi|à lire sur le même sujet|sur le même sujet|dans la même rubrique|you might also like|"
        r"das könnte sie auch interessieren|te puede interesar|potrebbe interessarti|potrebbero interessarti|"
        r"ti potrebbero interessare|pode também gostar)\s*:?$",
        r"^(recommended by|promoted by|empfohlen von|recommandé par|recomendado por|consigliato da)\s+\w+$",
        r"^>\s",  # "> Home-jackings dans la région : ..." under its list's header
    )
    + _cues(
        "start",
        "video prompt",
        r"^(dalsza część artykułu pod materiałem wideo|der artikel wird nach dem video fortgesetzt|"
        r"l'article continue après la vidéo|story continues below (the )?video)\b",
        r"^(wideo|video|vídeo)\s*:\s*[^!?]{3,120}(?<![.!?])$",
    )
    + _cues(
        "start",
        "comment policy",
        r"^comments on this piece are premoderated\b",
        r"\bno se hace responsable de las opiniones de sus lectores\b",
        r"^(wszystkie materiały agencyjne opatrzone są źródłem|korzystanie z materiałów pap bez zgody)\b",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(pokaż wszystkie opinie|vis ældre opdateringer|vis eldre oppdateringer|visa äldre uppdateringar|"
        r"show older updates|ältere einträge anzeigen)$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(du læser en liveblog|du läser en liveblogg|du leser en liveblogg|dieser liveblog wird laufend aktualisiert|"
        r"this live blog is updated|ce direct est mis à jour)\b",
        r"^del liveblog\b",
    )
    + _cues(
        "start",
        "notification prompt",
        r"^få besked, når der sker noget\b|^hent \w+ app\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\bis part of [^.]{2,60}\b(ltd|limited|plc)\.?\s+registered office\b",
        r"^©\s*(efe|afp|ap|reuters|dpa|ansa|lusa|anp|belga|pap)\s+\d{4}\.\s",
    )
    + _cues("start", "legal notice", r"^kundservice\s*:")
    + _cues(
        "start",
        "paywall notice",
        r"^la suite de cet article est réservée aux abonnés\b",
    )
    + _cues("start", "legal notice", r"\bwydawnictwo\b[^.!?]{0,40}\bsp\. z o\.\s?o\.")
    + _cues(
        "start",
        "advertising",
        r"^[^.!?]{2,40}\bleserreisen\s*:",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"^(eingebetteter inhalt|embedded content|contenu intégré|contenido incrustado)\s*:",
    )
    # --- held-out batches 55 to 57
    + _cues("start", "related links", r"^(nu op|jetzt auf|now on|maintenant sur|ahora en|ora su|agora no|nå på|nu på)\s+\S+$")
    + _cues(
        "start",
        "advertising",
        r"^(découvrir l'offre|voir l'offre|jetzt entdecken|zum angebot|ver oferta|scopri l'offerta|bekijk het aanbod|"
        r"se erbjudandet|see the offer)$",
    )
    + _cues(
        "strong",
        "paywall notice",
        r"^(continue a ler com o|la suite de cet article est réservée (aux|à nos) abonnés|\S+\+ lesen sie weiter mit)\b",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(zum kommentieren bitte anmelden|posten sie ihren kommentar|praat mee\b|kommentarer är avstängda|"
        r"kommentarene er stengt|comentarios cerrados|commenti chiusi|comments are closed)\b",
        r"^dieses forum dient dem meinungsaustausch\b",
        r"^de reactiemogelijkheid sluit\b",
    )
    + _cues("start", "comment widget", r"^recommend \d+$", r"^(od najstarszych|od najnowszych)(\s*\|\s*od (najstarszych|najnowszych))?$")
    + _cues("start", "poll", r"^(sonda|ankieta|umfrage|sondage|encuesta|sondaggio|poll)\s*:\s*[^.!]{3,100}\?$")
    + _cues(
        "start",
        "byline",
        r"^staff and agencies( in [A-ZÀ-Ýa-zà-ÿ' -]{2,30})?$",
        # (cues read the folded line: no capitals)
        # and after its "Par": "Par Bernard Lestrade (correspondant local)"
        r"^(par |by |por |von |di )?[^\W\d][\w.'’-]+(?: [^\W\d][\w.'’-]+){1,3} \((correspondant|correspondante|"
        r"correspondent|corresponsal|corrispondente)( locale?| local)?\)$",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"^dit artikel bevat een video\b|^this article contains (a video|embedded)\b|^cet article contient une vidéo\b",
    )
    + _cues("start", "timestamp", r"^(aangepast|bijgewerkt|geüpdatet)?\s*:?\s*vandaag,? \d{1,2}[:.]\d{2}$")
    + _cues("start", "share widget", r"^(deel via|teilen über|partager via|compartir vía|condividi via|del via)\s*:?$", r"^link kopiëren$")
    + _cues("start", "market data", r"^(markets|märkte|marchés|mercados|mercati|markten)\s*:\s*[^.!?]*\d")
    + _cues(
        "start",
        "paywall notice",
        r"^este artigo é de acesso livre\b",
        r"^lesen sie weiter mit \S+\+",
    )
    + _cues(
        "start",
        "site branding",
        r"^(unabhängige )?(tageszeitung|gazeta codzienna|dagblad|dagens avis) (für|ziemi|voor|for) [^.!?]{2,60}$",
        r"^ma commune\s*:",
    )
    + _cues(
        "start",
        "cookie prompt",
        r"^szanowny użytkowniku,? zanim przejdziesz do serwisu\b",
    )
    + _cues("start", "share widget", r"^del artikel$|^del artikkelen$|^dela artikeln$")
    + _cues(
        "start",
        "author bio",
        r"^[^\W\d][\w'’-]+ [^\W\d][\w'’-]+ es (redactora?|periodista) de la sección\b",
    )
    + _cues("start", "related links", r"^(ook interessant|auch interessant|också intressant|også interessant|ook leuk)$")
    + _cues("start", "tags", r"^(meer over|mehr zu|mehr zum thema|plus sur|más sobre|mais sobre|mer om)\s*:\s*[^.!?]{2,80}$")
    + _cues(
        "start",
        "weather widget",
        # "Overschelde 13°C Licht bewolkt"
        r"^[^\d.!?]{2,30}\s-?\d{1,2}\s?°c?\s+(licht |half |zwaar |zon?nig|bewolkt|regen|onbewolkt|mist|sneeuw|opklaringen)",
    )
    + _cues(
        "start",
        "footer links",
        # "Over ons - Adverteren - Privacy - Cookies - Contact": a row of the site's own pages set apart by dashes
        r"^(?=.*\b(privacy|cookies|contact|impressum|datenschutz|disclaimer|colofon|adverteren|mentions légales|"
        r"aviso legal|kontakt|om oss|over ons)\b)([^-–|.!?]{2,24}\s[-–]\s){3,}[^-–|.!?]{2,24}$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(zasady dodawania komentarzy|regulamin komentarzy|bitte beachten sie unsere (community-richtlinien|netiquette|"
        r"forenregeln)|posting schreiben|kommentar schreiben|neues posting)\b",
    )
    + _cues(
        "start",
        "obituary",
        r"^(trauerfälle|traueranzeigen) in ihrer region\b",
    )
    # --- batches 58 to 60
    + _cues("start", "subscription prompt", r"^(bliv|bli) (abonnent|prenumerant)\b.{0,40}\d")
    + _cues(
        "strong",
        "paywall notice",
        r"^sie lesen (einen|diesen) (abo\+?|plus|premium|z\+)[- ]?(artikel|beitrag)\b",
        r"\bjetzt abo lösen\b",
    )
    + _cues(
        "start",
        "footer links",
        # "Redaktionen: redaktion@dagbladetvest.dk · Tlf. 75 12 00 00", "Kundservice | Annonsera | Tipsa oss: 0522-55 10 00"
        r"^(redaktionen|redaktion|redaksjonen|redactie|rédaction|redacción|redazione|redação|redakcja|newsroom)\s*:\s*\S+@",
        r"^(kundservice|kundeservice|customer service|service client|kundenservice|atención al cliente|servizio clienti|"
        r"klantenservice|apoio ao cliente|obsługa klienta)\s*[|·]",
    )
    + _cues(
        "start",
        "share widget",
        r"^(kopiér|kopier|kopiera|copy|copiar|copia|kopieer|kopiuj|copier)\s+(link|linket|lenke|lenken|länk|länken|"
        r"ligação|enlace|il link|le lien|link kopiëren)$",
        r"^(artikel|article|artículo|articolo|artigo|artykuł|artikkel|artikeln|artiklen) (drucken|imprimer|imprimir|"
        r"stampa|drukuj|printen|skriv ut|udskriv)$",
        r"^(artikel|article|artículo|articolo|artigo) (per e-?mail|par e-?mail|por (e-?mail|correo)|via e-?mail) "
        r"(senden|versenden|envoyer|enviar|inviare|verzenden)$",
    )
    + _cues(
        "strong",
        "paywall notice",
        # A meter: "Du har læst 2 af 5 gratis artikler denne måned."
        r"\b(du har læst|du har lest|du har läst|you have read|you've read|vous avez lu|sie haben|has leído|hai letto|"
        r"você leu|je hebt|przeczytałeś|przeczytałaś)\b.{0,20}\b\d+ (af|av|of|sur|von|de|di|van|z) \d+ (gratis|free|"
        r"gratuits?|kostenlose[rn]?|gratuitos?|gratuiti|darmowych|bezpłatnych)\b",
    )
    + _cues(
        "start",
        "photo caption",
        # A caption closed by its archive's mark: "Prédios de habitação em Madrid. (Arquivo)".
        r"[.\s]\((arquivo|archives?|archivo|archivio|archiv|arkiv|arkivfoto|arkivbild|archief|archiwum|file( photo)?)\)$",
    )
    + _cues(
        "strong",
        "site branding",
        # What the paper says of itself: "Lindewijkse Courant verschijnt elke woensdag huis-aan-huis in ...".
        r"\bverschijnt (elke|iedere) \w+ huis-aan-huis\b|\bhuis-aan-huisblad\b",
        r"\berscheint (jeden|jede woche|wöchentlich)\b[^.]{0,40}\b(haushalte|haushalten|gratis|kostenlos)\b",
        r"^(diário digital|jornal digital|diario digital|quotidien numérique|digitale (zeitung|tageszeitung)|"
        r"digital newspaper|giornale online|quotidiano online)\b[^.!?]{0,50}$",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(show|see|load|view) \d+ new (updates?|posts?|entries)$|^\d+ (neue|nouvelles?|nuevas?|nuove|novas?|nieuwe|nya|nye|"
        r"nowe|nowych) \w+( anzeigen| afficher| mostrar| mostra| tonen| visa| vis| pokaż)?$",
        r"^(afficher|anzeigen|mostrar|mostra|toon|visa|vis|pokaż) \d+ (nouvelles?|neue|nuevas?|nuove|novas?|nieuwe|nya|nye|"
        r"nowe|nowych) \w+$",
        # "Atualizar"
        r"^(atualizar|actualizar|refresh|aktualisieren|actualiser|aggiorna|vernieuwen|uppdatera|oppdater|opdater|"
        r"odśwież)$",
        r"^(este artigo (é|vai ser|será) atualizado|this (article|page|story|blog) (is|will be) (being )?updated|cet "
        r"article (est|sera) (mis à jour|actualisé)|dieser (artikel|beitrag) wird (laufend |fortlaufend )?aktualisiert|"
        r"este artículo se (actualiza|irá actualizando|actualizará)|questo articolo (viene|sarà|verrà) aggiornato|"
        r"dit artikel wordt (voortdurend |continu )?bijgewerkt|artikeln uppdateras|artikkelen oppdateres|artiklen "
        r"opdateres|artykuł (jest|będzie) aktualizowany)\b",
    )
    + _cues(
        "start",
        "comment widget",
        # A sort order, over comments or a live page's updates: "Ordenar: mais antigas primeiro".
        r"^(ordenar|sort|trier|sortieren|ordina|sorteer|sortera|sortér|sorter|sortuj)\b[^.!?]{0,12}\b(mais antigas|"
        r"mais recentes|oldest|newest|latest|plus anciens?|plus récents?|älteste|neueste|más antiguas|más recientes|"
        r"più vecchi|più recenti|oudste|nieuwste|äldsta|nyaste|eldste|nyeste|ældste|najstarsze|najnowsze)\b",
    )
    + _cues(
        "strong",
        "app promo",
        r"\b(jetzt herunterladen|download (the|our) app|téléchargez l'application|descarga (la|nuestra) app|scarica l'app|"
        r"baixe a app|descarregue a app|download de app|ladda ner appen|last ned appen|hent appen|pobierz aplikację)\b",
    )
    + _cues(
        "start",
        "video prompt",
        r"^(das video wird nach der werbung (abgespielt|gestartet)|the video will (play|start) after (the |this )?(ad|"
        r"advert|advertisement)|la vidéo (démarrera|commencera|débutera) après (la|cette) publicité|el vídeo "
        r"(comenzará|empezará) (después de|tras) (la|este) (publicidad|anuncio)|il video (inizierà|partirà) dopo la "
        r"pubblicità|o vídeo (começa|começará) (após|depois d)a publicidade|de video (start|begint) na de advertentie|"
        r"videon startar efter reklamen|videoen starter etter reklamen|videoen starter efter reklamen)\b",
    )
    + _cues(
        "strong",
        "newsletter",
        r"\b(in ihre[rn]? (inbox|postfach|mailbox)|in your inbox|dans votre boîte (mail|de réception|aux lettres)|en tu "
        r"(bandeja de entrada|correo)|nella tua (casella|inbox)|na sua caixa de (correio|entrada)|in je (inbox|mailbox)|"
        r"na twoją skrzynkę)\b",
    )
    + _cues(
        "start",
        "agency sign-off",
        r"^\((pap|ansa|efe|afp|dpa|lusa|anp|belga|tt|ntb|ritzau|apa|sda|ats|reuters|ap|ctk|mti)(,\s*[\w.]{1,6}){0,2}\)$",
        # "/ritzau/" closing a Danish agency report
        r"^/\s*(ritzau|tt|ntb|anp|belga|dpa|apa|afp|efe|ansa|lusa|pap|reuters)\s*/$",
    )
    + _cues(
        "start",
        "byline",
        r"^(redactie|redaktion|rédaction|redacción|redazione|redação|redakcja|redaktionen|redaksjonen) (en|und|et|y|e|"
        r"i|og|och|met|mit|avec|con|com|z) (belga|anp|dpa|afp|efe|ansa|lusa|pap|tt|ntb|ritzau|apa|reuters|ap|sda|ats)$",
    )
    + _cues(
        "start",
        "related links",
        # A subscriber's teaser: "PLUS | Ook dit lezen: ...", "PLUS | Räntekoll: ..."
        r"^(plus|premium|abo\+?|\+)\s*\|\s*\S",
        r"^(ook dit lezen|lees dit ook|dit ook lezen)\s*:",
    )
    + _cues(
        "strong",
        "author bio",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} is [\w'’. -]{2,40}'s [\w'’ -]{2,50} (correspondent|editor|reporter|writer)\.\s+"
        r"(he|she|they) (joined|has|had|was|is|previously|covered|worked|lives)\b",
        r"^(?!(the|a|an|this|that|his|her|our|their|its) )[\w'’-]+(?: [\w'’-]+){1,2} (covers|writes about|reports on) "
        r"[^.]{3,80} for (the )?[^.]{2,40}\.\s+(he|she|they) (is based|joined|has (been|worked|written)|lives|"
        r"previously|was previously)\b",
    )
    + _cues(
        "strong",
        "cookie prompt",
        r"\b(använder|bruker|bruger) (kakor|cookies|informasjonskapsler)\b[^.]{0,40}\b(upplevelse|opplevelse|oplevelse)\b",
    )
    + _cues(
        "start",
        "follow button",
        r"\b(följ oss|følg oss|følg os|follow us|suivez-nous|folgen sie uns|síguenos|seguici|siga-nos|volg ons|"
        r"obserwuj nas)\s*!?$",
    )
    + _cues(
        "start",
        "market data",
        r"^(børs|börs|börsen|bourse|borsa|bolsa|beurs|giełda|markets?|märkte|marchés|mercados|mercati|markten)\s*:"
        r"\s*\S.*\d[.,]\d.*[|·].*\d",
    )
    # --- batches 61 to 63
    + _cues(
        "start",
        "related links",
        r"^(nos dernières vidéos|nos vidéos|dernières vidéos|latest videos|neueste videos|unsere videos|últimos vídeos|"
        r"ultimi video|laatste video's|senaste videoklipp|siste videoer|seneste videoer|najnowsze wideo|les plus consultés|"
        r"más consultadas|più consultati|mais consultadas|meistgesehen)$",
    )
    + _cues(
        "start",
        "tags",
        r"^(relaterede emner|relaterte emner|relaterade ämnen|related topics|sujets associés|verwandte themen|temas "
        r"relacionados|argomenti correlati|gerelateerde onderwerpen|powiązane tematy)\s*:",
    )
    + _cues(
        "start",
        "market data",
        # A company box's ticker and quote: "BLAESB.CO", "84.20 DKK -7.92 (-8.60%)".
        r"^[a-z0-9]{2,8}\.[a-z]{1,2}$",
        r"^\d[\d.,]*\s?(dkk|eur|usd|sek|nok|gbp|chf|pln|€|\$|£)\s[+−-]\d[\d.,]*\s\([+−-]?\d[\d.,]*\s?%\)$",
    )
    + _cues(
        "strong",
        "market data",
        r"\b(kurserne er forsinket|kursene er forsinket|kurserna är fördröjda|quotes (are )?delayed|kurse (sind )?"
        r"(zeitverzögert|verzögert)|cours différés|cotizaciones con retraso|quotazioni (in )?ritardate|koersen (zijn )?"
        r"vertraagd)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\balle inhalte (sind )?urheberrechtlich geschützt\b|\béditeur responsable\s*:",
        r"^(sjefredaktør|ansvarlig redaktør|chefredaktør|ansvarig utgivare|chefredakteur|chefredakteurin|rédacteur en "
        r"chef|rédactrice en chef|direttore responsabile|hoofdredacteur|redaktor naczelny|editor-in-chief|director)"
        r"\b[^!?:]{0,40}:\s*\S",
    )
    + _cues(
        "start",
        "byline",
        r"^[\w'’., -]{3,60},? (and|und|et|y|e|en|og|och|i) (agencies|agenturen|agences|agencias|agenzie|agências|"
        r"byråer|agencje)$",
        r"^(ntb|tt|ritzau|anp|belga|dpa|apa|afp|efe|ansa|lusa|pap|reuters|ap) (og|och|en|und|et|y|e|i|and)"
        r"(?: [\w'’-]+){1,3}$",
        r"^oprac(\.|owanie)?:?\s*\(?[\w.]{1,10}\)?$",
        # "Par notre correspondant, Alain Mougenot", "Von unserem Korrespondenten"
        r"^(par|by|von|por|di|da|door|av|af|przez) (notre|our|unserem|unserer|nuestro|nuestra|il nostro|la nostra|o nosso|"
        r"a nossa|onze|vår|vores|naszego|naszą) (correspondante?|correspondent|korrespondent(in|en)?|corresponsal|"
        r"corrispondente|correspondente|korespondent(ka)?|envoyée? spéciale?|special correspondent)\b[^.!?]{0,40}$",
        r"^(door|von|par|by|por|di|av|af|przez) (onze|unserer|notre|our|nuestra|la nostra|vår|vores|naszą|la) "
        r"[\w-]*(redactie|redaktion|rédaction|redacción|redazione|redaksjon|redaktionen|redakcję|desk)$",
    )
    + _cues(
        "strong",
        "support prompt",
        r"^support (the|us)\b.{0,100}\b(readers like you|from [£€$]\s?\d|it only takes a minute)\b",
    )
    + _cues(
        "strong",
        "author bio",
        r"^(?!(the|a|an|this|that|his|her|our|their|its) )[\w'’-]+(?: [\w'’-]+){1,2} (has reported on|has covered|has "
        r"written about) [^.]{3,80} for (the )?[^.]{2,40}\.\s+(he|she|they) (is based|joined|lives|previously)\b",
    )
    + _cues(
        "strong",
        "site branding",
        r"^[\w'’ -]{2,40}, the news (and media )?division of [\w'’ -]{2,40}, (provides|is)\b",
    )
    + _cues(
        "start",
        "gallery caption",
        r"^\[\d{1,2}/\d{1,2}\]\s",
    )
    + _cues(
        "start",
        "photo caption",
        r"[.\s](image d'illustration|photo d'illustration|illustrative (image|photo)|symbolbild|foto ilustrativa|"
        r"immagine di repertorio|foto di repertorio|illustrasjonsbilde|illustrationsbild|zdjęcie ilustracyjne)\.?$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"\bnu \d+ maanden voor\b|\b\d+ (maanden|months|mois|monate|meses|mesi|månader|måneder|miesiące) (voor|for|"
        r"pour|für|por|per|för|za) [€£$]\s?\d",
    )
    + _cues(
        "start",
        "newsletter",
        r"^our (morning|evening|daily|weekly) (email|newsletter|briefing)\b",
    )
    # --- batches 64 to 66
    + _cues(
        "start",
        "byline",
        r"^(redactie|redaktion|rédaction|redacción|redazione|redação|redakcja)\b[^.!?]{0,40},? (met|mit|avec|con|com|z|"
        r"with) (belga|anp|dpa|afp|efe|ansa|lusa|pap|reuters|apa|ap|tt|ntb|ritzau)$",
    )
    + _cues(
        "start",
        "related links",
        r"^(bekijk ook|kijk ook|weiterlesen|lies auch|auch lesen|lees verder)\s*:\s*\S",
        r"^(meer|mehr|more|plus de|más|altro|mais|mer|mere|więcej) (buitenland|binnenland|ausland|inland|world|monde|"
        r"mundo|mondo|utrikes|inrikes|utenriks|innenriks|udland|indland|świat|kraj|sport|economie|wirtschaft|politik|"
        r"politiek|regio|region)$",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(tweeten|twitteren|tweet|reageren|reageer|réagir|kommentieren|comentar|commenta|comente|skomentuj|"
        r"kommentera|kommenter)$",
        r"^(commenting|comments) (has|have) been (disabled|closed|turned off)\b",
        r"^kommentieren sie diesen (artikel|beitrag)\b",
    )
    + _cues(
        "strong",
        "market data",
        # "Koersen met 15 minuten vertraging": quotes, a delay and its minutes
        r"^(?=.*\b\d+\s?(minuten|minutes|minutos|minuti|min|minutter|minuter|minut)\b)(?=.*\b(vertraging|verzögert|"
        r"zeitverzögert|delayed|différés|de retard|con retraso|in ritardo|forsinket|fördröjda|opóźnieniem)\b)"
        r".*\b(koersen|kurse|quotes|prices|cours|cotizaciones|quotazioni|kurser|kursene|notowania)\b",
    )
    + _cues(
        "strong",
        "app promo",
        r"\b(jetzt kostenlos herunterladen|télécharger gratuitement|descargar gratis|scarica gratis|download gratis)\b",
        r"\bjetzt auch (in der|als) app\b|\bnu ook in de app\b|\bnow (also )?in the app\b",
    )
    + _cues(
        "strong",
        "site branding",
        r"\b(kostenlos in ihrem briefkasten|jetzt auch als e-paper|gratis in uw brievenbus)\b",
        r"^(eine publikation (der|des|von)|a publication of|une publication (de|du)|una publicación de|una "
        r"pubblicazione di|uma publicação d[ao]|een uitgave van|en publikation från|en publikasjon fra)\b",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"\b(consulta|consulte|check|see|explore|siehe|bekijk|guarda|veja) (nuestro|our|unsere|onze|la nostra|o nosso) "
        r"(mapa|map|karte|kaart|mappa) interactiv",
    )
    + _cues(
        "start",
        "live page tools",
        r"^(cargar entradas anteriores|load (more|earlier|older|previous) (posts|updates|entries)|ältere (beiträge|"
        r"einträge) laden|charger (plus|les) (de )?(messages|publications|entrées)( précédentes)?|carica (altri|post "
        r"precedenti)|carregar (mais|entradas anteriores)|laad (meer|eerdere) (berichten|updates)|ladda fler|last flere|"
        r"załaduj więcej)$",
        r"^(skru på|slå på|turn on|activez|aktivieren sie|zet) (varsler|varslinger|notiser|notifications|"
        r"benachrichtigungen|meldingen)\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"^(boletín|boletim|bollettino|nieuwsbrief|rundbrief|morgenbrief|morgenbriefing)\b[^.]{0,40}:\s*(recibe|receba|"
        r"ricevi|ontvang|erhalten|get)\b",
        r"^(elke|jeden|every|chaque|cada|ogni|todas as|varje|hver|codziennie)\s+(ochtend|morgen|morning|matin|mañana|"
        r"mattina|manhãs|morgon)\b.{0,30}\b(het belangrijkste nieuws|die wichtigsten (nachrichten|news)|the (most "
        r"important|top|key) (news|stories)|l'essentiel|lo más importante|le notizie più importanti|as principais notícias|"
        r"de viktigaste nyheterna|de viktigste nyhetene|najważniejsze informacje)",
    )
    + _cues(
        "start",
        "update notice",
        r"^(notícia|artigo|article|artículo|noticia|notizia|artikel|story|bericht) (atualizad[ao]|actualizad[ao]|mis à "
        r"jour|aggiornat[ao]|aktualisiert|updated|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowany) (às|a las|à|"
        r"alle|um|at|om|kl\.?|o godz\.?)\s*\d",
    )
    + _cues(
        "strong",
        "paywall notice",
        r"\b(obrigad[oa] por ser assinante|thank you for (being a subscriber|subscribing)|merci d'être abonnée?|danke, "
        r"dass sie abonnent|gracias por ser suscriptor|grazie per essere abbonato|bedankt dat je abonnee bent)\b",
        r"\bnog \d+ gratis artikel(s|en)\b|\bje leest dit [\w+-]*artikel gratis\b",
        r"\bende des (frei verfügbaren|kostenlosen) teils\b",
        r"^(exklusiv für abonnenten|réservé aux abonnés|exclusivo para (suscriptores|assinantes)|riservato agli "
        r"abbonati|exclusive to subscribers|alleen voor abonnees|endast för prenumeranter|kun for abonnenter|tylko dla "
        r"prenumeratorów)$",
    )
    + _cues("start", "subscription prompt", r"\bjetzt \d+ (monat|monate|wochen) (für|gratis|kostenlos)\b")
    + _cues(
        "strong",
        "correction note",
        r"^(correction|rettelse|rectificatif|berichtigung|corrección|correzione|correção|rectificación|correctie|"
        r"rättelse|sprostowanie)\b[^:]{0,30}:\s*(an earlier|a previous|une précédente|in einer früheren|una versión "
        r"anterior|una precedente|uma versão anterior|een eerdere|en tidigere|en tidligere|w poprzedniej)\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\b(teil eines automatisierten angebots|von der redaktion nicht bearbeitet)\b",
    )
    + _cues(
        "strong",
        "advertising",
        r"\b(hazard wiąże się z ryzykiem|bonus \d+ zł na start)\b",
    )
    + _cues(
        "start",
        "photo caption",
        r"\((fermo immagine|still from|image extraite|standbild|captura|fotograma) (dal|from|de|aus|del|da) (video|vídeo|"
        r"la vidéo|the video)\b[^)]*\)$",
    )
    + _cues(
        "start",
        "notification prompt",
        r"\b(altijd als eerste|immer als erste[rs]?|be the first to know|soyez (le premier|les premiers) informés?|sé el "
        r"primero en enterarte|först med nyheterna|først med nyhetene)\b",
    )
    + _cues(
        "start",
        "share widget",
        r"^(deel dit bericht|teile diesen beitrag|share this (post|story))\s*:?$",
    )
    + _cues(
        "start",
        "weather widget",
        r"^-?\d{1,2}\s?°c?\s*[-–|·]\s*(licht|lichte|zonnig|bewolkt|regen|sneeuw|sonnig|bewölkt|cloudy|sunny|rain|"
        r"nuageux|ensoleillé|pluie|nublado|soleado|lluvia|nuvoloso|soleggiato|pioggia)",
    )
    # --- batches 67 to 69
    + _cues(
        "start",
        "timestamp",
        r"^(aangepast|bijgewerkt|gewijzigd)\s+\d{1,2}\s+\w+\s+\d{4}",
        r"^(ma|di|wo|do|vr|za|zo|lun|mar|mer|jeu|ven|sam|dim|mo|mi|fr|sa|so)\.?\s+\d{1,2}/\d{1,2}/\d{4}\b",
    )
    + _cues(
        "start",
        "byline",
        r"^(redactie|redaktion|rédaction|redazione|redacción|redação) (binnenland|buitenland|politiek|economie|inland|"
        r"ausland|politik|wirtschaft|sport|regio|lokaal|lokales)$",
        r"^\w\.\s?\w\.? (avec|with|mit|con|com|met|med|z) (afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|pap|tt|ntb|"
        r"ritzau|apa|ats|sda)$",
        r"^(par|by|von|door|por|di) [\w'’. -]{3,40}\((avec|with|mit|met|con|com) (belga|afp|ap|reuters|dpa|efe|ansa|"
        r"lusa|anp|pap|apa|ats|sda)\)$",
        r"^pap, oprac\.?\s*\(?[\w.]{1,10}\)?$",
    )
    + _cues(
        "start",
        "related links",
        r"^(populair|beliebt|populaire|popular|popolari|populares|populärt|populært|popularne|les articles les plus lus|"
        r"most read articles|meistgelesene artikel|mehr ski alpin|mehr fußball|mehr fussball|mehr wintersport)$",
    )
    + _cues(
        "start",
        "comment widget",
        r"^(debat|debatt|discussion|diskussion|discusión|discussione|discussão|discussie|dyskusja)\s*\(\d+( \w+)?\)$",
    )
    + _cues(
        "start",
        "share widget",
        r"^(mail|e-?mail|mailen) (dit|dieses|this|cet|este|questo) (artikel|article|artículo|articolo|artigo)$",
    )
    + _cues(
        "start",
        "notification prompt",
        r"^(læs op|lyt til artiklen|lyssna på artikeln|lytt til saken|listen to (this )?article|écouter l'article|"
        r"artikel anhören|escuchar (el artículo|la noticia)|ascolta l'articolo|ouvir (o )?artigo|beluister dit artikel|"
        r"odsłuchaj)$",
    )
    + _cues(
        "strong",
        "author bio",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} (schrijft|schreibt|writes|écrit|escribe|scrive|escreve|skriver|pisze) (voor|für|"
        r"for|pour|para|per|för|dla) (de |die |the |le |la |el |il |o |a )?[^.]{2,40} (over|über|about|sur|sobre|su|"
        r"om|o)\b",
        r"^[\w'’-]+(?: [\w'’-]+){1,2} is [\w'’. -]{2,40}'s [\w'’ -]{2,50} (correspondent|editor|reporter|writer)\.\s+"
        r"follow (him|her|them) on\b",
    )
    + _cues(
        "start",
        "footer links",
        r"^(postbus|postfach|p\.?o\.? box|boîte postale|apartado( de correos)?|casella postale|caixa postal|postboks) \d+",
    )
    + _cues(
        "strong",
        "support prompt",
        r"\b(chip in|can you (spare|give))\b.{0,40}[€£$]\s?\d",
    )
    + _cues(
        "start",
        "photo credit",
        r"^(keystone|afp|epa|reuters|dpa|ansa|efe|lusa|anp|belga|pap|tt|ntb|ritzau|apa)\s*/\s*(photo d'archives?|"
        r"archives?|archivbild|archivfoto|file photo|foto de archivo|foto d'archivio|arquivo)$",
    )
    + _cues(
        "strong",
        "paywall notice",
        r"\b(for å lese hele saken|för att läsa hela artikeln|for at læse hele artiklen|um den ganzen artikel zu lesen|"
        r"pour lire la suite|to read the full (story|article)|para leer (la noticia completa|el artículo completo)|per "
        r"leggere l'articolo completo|para ler o artigo completo|om het hele artikel te lezen|aby przeczytać cały "
        r"artykuł)\b.{0,30}\b(abonnent|prenumerant|abonné|subscriber|suscriptor|abbonato|assinante|abonnee|"
        r"abonament)",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"^(kjøp|köp|køb|buy|achetez|kaufen|compra|acquista|compre|koop|kup) (abonnement|prenumeration|subscription|"
        r"abo|suscripción|abbonamento|assinatura|prenumeratę)\b",
        r"\b\d+ (uker|veckor|uger|weeks|semaines|wochen|semanas|settimane|weken|tygodnie) (for|för|für|pour|por|per|"
        r"voor|za) \d+ (krone|kronor|kroner|kr|euro|€|zł)",
        r"\b(første|första|first|premier|ersten|primer|primo|primeiro|eerste|pierwszy) (måned|månaden|month|mois|monat|"
        r"mes|mese|mês|maand|miesiąc) (for|för|für|pour|por|per|voor|za) \d",
    )
    + _cues(
        "start",
        "interactive prompt",
        r"\b(turn on|enable|activez|aktivieren sie|activa|attiva|ative|schakel) javascript\b",
    )
    + _cues(
        "strong",
        "legal notice",
        r"\bes una publicación de\b|\bis a publication of\b|\best une publication d|·\s*editorial [^.]{2,40}s\.\s?[la]\.",
        r"\bbez zgody wydawcy zabronione\b",
        r"\bl'abus d'alcool est dangereux pour la santé\b|\bà consommer avec modération\b",
    )
    + _cues(
        "start",
        "site branding",
        r"\bukazuje się od \d{4}\b|^niezależny (tygodnik|dziennik|portal)\b",
        r"^[\w' -]{2,30} [–-] le notizie (di oggi )?(da|dal|della|di)\b",
    )
    + _cues(
        "start",
        "photo caption",
        r"\.\s+(visualisering|visualisierung|visualisation|visualization|rendering|illustratie|illustrasjon)\s*:\s*\S"
        r"[^.!?]{0,60}$",
        # What the picture shows, named without a verb: "Vista exterior del Hospital Universitario de Valdeolmos."
        r"^(vista (exterior|general|aérea|panorámica|parcial) d|vue (extérieure|aérienne|générale|d'ensemble) d|"
        r"veduta (aerea|esterna|panoramica) d|vista (aérea|geral|exterior) d[oa]s?|(exterior|aerial|general) view of|"
        r"außenansicht d|luftaufnahme d|luchtfoto van|buitenaanzicht van|flygfoto över|flyfoto av|widok z lotu ptaka)"
        r"[^.!?;:]{2,90}\.?$",
    )
    + _cues(
        "start",
        "related links",
        # A list's header behind an arrow: "► LEES OOK"; related articles in Flemish ("Gerelateerde artikels").
        r"^[►▶»›→>]\s*(lees ook|lees meer|zie ook|läs också|les også|læs også|leia também|lire aussi|read more|read also|"
        r"leggi anche|lee también|lesen sie auch|czytaj też|czytaj także)$",
        r"^(gerelateerde artikels|gerelateerde artikelen|gerelateerd nieuws|siste saker|senaste artiklarna|seneste artikler)$",
    )
    + _cues(
        "start",
        "share widget",
        # The last entries of a share menu: "Dela" / "Facebook" / "Messenger" / "Mejla" / "Länk".
        r"^(länk|lenke|link|mejla|mejl|e-posta|maila)$",
    )
    + _cues(
        "start",
        "byline",
        r"^a cura (della|del|di) (redazione|servizio|desk)\b[\w ]{0,30}$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"^(sign in|log in|register) (or|and) (create|register|sign up)\b.{0,60}\b(join|comment|take part in) the "
        r"(discussion|conversation|debate)\b",
        # A reply in a comment thread: "Svar till Lars Eriksson: Ja, men ...".
        r"^(svar till|svar til|reply to|antwort an|réponse à|respuesta a|risposta a|antwoord aan|odpowiedź do) "
        r"[\w .'’-]{2,40}:\s",
    )
    + _cues(
        "start",
        "subscription prompt",
        # "Mittbladet Plus" alone over its offer; "Läs allt från Mittbladet – första månaden gratis."
        r"^[\w'’-]{0,25}(bladet|posten|avisen|avisa|tidningen|kuriren|dagblad|courant|krant|tidende|nytt|nyt|bote|"
        r"zeitung|kurier|ledger|gazette) (plus|premium|\+)$",
        r"\b(första|første|den første|first) (månaden|måneden|month) (gratis|free)\b",
        r"\bfå tilgang til alle (artikler|saker)\b|\bfå tillgång till alla artiklar\b|\bfå adgang til alle artikler\b",
        # "Läs Kustposten Plus i tre månader för 1 krona. Avsluta när du vill."
        r"\b(i|in) (en|ett|två|tre|fyra|sex|\d+) (månad|månader|måned|måneder) (för|for) \d+ (kr|krona|kronor|krone|kroner)\b",
    )
    + _cues(
        "start",
        "site branding",
        # The group a site belongs to: "Mittbladet ingår i Norrmedia Gruppen."
        r"^[\w .'’-]{2,40} (ingår i|inngår i|indgår i|is part of|fait partie d|gehört zu|forma parte de|fa parte d|"
        r"faz parte d|maakt deel uit van|należy do) [\w .'’&-]{2,40}(gruppen|koncernen|konsernet|group|groupe|gruppe|"
        r"grupo|gruppo|groep|grupy|media)\.?$",
        # The press-ethics complaint line under the Vær Varsom line: "Den som føler seg urettmessig rammet, ...".
        r"\burettmessig rammet\b|\buretmæssigt (ramt|behandlet)\b|\bfelaktigt (behandlad|utpekad)\b",
    )
    + _cues(
        "start",
        "tip request",
        r"^(masz temat|masz newsa|masz informację)\?\s*(napisz|daj znać|skontaktuj)",
    )
    + _cues(
        "start",
        "cookie notice",
        r"\bbruker (cookies|informasjonskapsler)\. ved å fortsette\b|\banvänder (cookies|kakor)\. genom att fortsätta\b|"
        r"\bbruger cookies\. ved at fortsætte\b",
        # the site by its name: "Rannikkoradio uses cookies to improve its services ..."
        r"^[^.!?]{2,40}\s(uses|utilise|verwendet|nutzt|usa|utiliza|utilizza|gebruikt|använder|bruker|bruger|używa)\s+(des |de |los |i |os |gli )?(cookies?|kakor|informasjonskapsler|plików cookie)\b",
    )
    + _cues(
        "strong",
        "correction notice",
        r"^(correction|correctie|rectificatif|berichtigung|rectificación|rettifica|rättelse|rettelse|korrigering|"
        r"sprostowanie)\b[^.]{0,30}:\s*(an earlier version|a previous version|une version précédente|"
        r"eine frühere version|una versión anterior|una versione precedente|en tidigare version|en tidligere versjon|"
        r"en tidligere version|een eerdere versie|wcześniejsza wersja)\b",
    )
    + _cues(
        "start",
        "update notice",
        # "Artiklen er opdateret med nye oplysninger fra rederiet.": the page's own revision note
        r"^(artiklen er (blevet )?opdateret|artikeln (har|är) uppdaterad|artikkelen er (blitt )?oppdatert|"
        r"this (article|story) (has been|was) updated|cet article a été mis à jour|l'article a été mis à jour|"
        r"dieser artikel wurde aktualisiert|der artikel wurde aktualisiert|este artículo (ha sido|fue) actualizado|"
        r"l'articolo è stato aggiornato|este artigo foi atualizado|dit artikel is bijgewerkt|artykuł (został )?zaktualizowany)\b",
    )
    + _cues(
        "start",
        "newsletter",
        r"^nyhetsbrevet [\w .'’-]{2,30} [–-] ",
        r"^(anmäl dig|meld deg på|tilmeld dig|melde dich an|inscris-toi)$",
    )
    + _cues(
        "start",
        "site branding",
        r"\bpressetiska reglerna\b|\bmediernas etiknämnd\b|\ballmänhetens pressombudsman\b",
    )
    + _cues(
        "start",
        "byline",
        r"^redactie [\w' -]{2,40}, (anp|belga)$",
    )
    + _cues(
        "start",
        "comment prompt",
        r"\bdie diskussion ist für abonnenten\b|\bdieser artikel hat noch keine kommentare\b|"
        r"\bschreiben sie den ersten\b",
        r"^leserbriefe und kommentare$",
    )
    + _cues(
        "start",
        "subscription prompt",
        r"\bals abonnent lesen sie\b|\bsie lesen einen [\w+ ]{1,10} artikel\b",
    )
    + _cues(
        "start",
        "gallery caption",
        r"^(bild vergrößern|foto vergrößern|bild vergrössern|agrandir l'image|enlarge image|ampliar imagen|"
        r"ingrandisci (l'immagine|la foto)|afbeelding vergroten|förstora bilden|forstørr bildet|forstør billedet)$",
    )
    + _cues(
        "start",
        "navigation",
        r"^ga direct naar (de )?(inhoud|hoofdinhoud)$",
    )
    + _cues(
        "start",
        "cookie prompt",
        # "Nieuwsplein24 vraagt je toestemming voor het gebruik van cookies en vergelijkbare technieken."
        r"\bvraagt (je|uw) toestemming voor het gebruik van cookies\b",
    )
    + _cues(
        "start",
        "photo credit",
        # "Videobeeld: Regio-Beeld IJssel", a video's credit
        r"^(videobeeld|videobeelden|videobild)\s*:\s*\S+(\s+\S+){0,4}$",
    )
    + _cues(
        "start",
        "comment prompt",
        # "Reageren? Stuur een ingezonden brief naar de redactie."
        r"^reageren\?\s+stuur (een|uw|je) (ingezonden )?brief\b",
    )
    + _cues(
        "start",
        "comment prompt",
        # "Commenting is open to subscribers. Sign in or subscribe to join the conversation."
        r"^(commenting|comments?) (is|are) (open|available|reserved|restricted) (only )?to (our )?(subscribers|members|"
        r"registered (users|readers))\b",
        r"\b(sign in|log in|register|subscribe)\b.{0,30}\bto join the (conversation|discussion|debate)\b",
    )
    + _cues(
        "start",
        "advertising",
        # The report's own note that an ad stands in it: "Artikeln fortsätter nedanför annonsen".
        AD_CONTINUES.pattern,
    )
    + _cues(
        "start",
        "correction note",
        # "Nota da redação: este artigo foi atualizado às 21:40 com o número de meios aéreos empenhados."
        r"^(nota da redação|nota da redacção|nota de la redacción|note de la rédaction|nota della redazione|"
        r"anmerkung der redaktion|noot van de redactie)\s*:\s*(este artigo|esta notícia|este artículo|esta noticia|"
        r"cet article|questo articolo|dieser artikel|dit artikel)\b",
    )
    + _cues(
        "start",
        "byline",
        # "Reuters in Lisbon": the agency's reporters and where they file from
        r"^(reuters|afp|ap|associated press|dpa|efe|ansa|bloomberg) (in|en|em|a|à|aus|w) [a-zà-ÿ][\w-]+$",
    )
    + _cues(
        "start",
        "service box",
        # "Blitzer heute im Vogelsbergkreis: B254 bei Eisenbach, ...", a radio's schedule
        r"^(blitzer|radarkontrollen|speed cameras?|flitsers?|radars?) (heute|today|aujourd'hui|vandaag|hoy|oggi|hoje)\b",
        r"^(grelha de programação|programação|parrilla de programación|programación|grille des programmes|"
        r"programmschema|sendeplan|programma radio|palinsesto|programma-overzicht|ramówka)$",
    )
    + _cues(
        "start",
        "related links",
        # "Outras notícias", a subscriber's teaser "Echo+ Artikel: Warum ..."
        r"^(outras notícias|otras noticias|autres actualités|autres articles|andere nachrichten|weitere meldungen|"
        r"ander nieuws|andra nyheter|andre nyheder|andre nyheter|inne wiadomości|other news)$",
        r"^[\w-]+\+\s*(artikel|article|artículo|articolo|artigo|artikkel)\s*:\s*\S",
    )
    + _cues(
        "start",
        "live notice",
        # "Dit liveblog is gesloten." and its button "Ververs pagina"
        r"^(dit liveblog is (nu )?(gesloten|beëindigd)|this live ?blog (is|has) (now )?(closed|ended)|"
        r"ce direct est (désormais |maintenant )?(terminé|clos)|"
        r"dieser (liveblog|live-ticker|ticker) ist (jetzt )?beendet|el directo ha (finalizado|terminado)|"
        r"questa diretta è (ora )?(chiusa|terminata)|"
        r"este direto terminou|livebloggen (er|är) avslutad|liveblogg(en)? er avsluttet|relacja na żywo została zakończona)\b",
        r"^(ververs (de )?pagina|refresh (the )?page|actualiser la page|seite aktualisieren|actualizar (la )?página|"
        r"aggiorna la pagina|atualizar (a )?página|odśwież stronę)$",
    )
    + _cues(
        "start",
        "advertising",
        # "PUBLICITÀ"; a section's sponsor: "Partner działu Bezpieczeństwo"
        r"^publicità$",
        r"^(partner działu|partner der rubrik|partenaire de la rubrique|section partner|partner della sezione|"
        r"socio de la sección)\b",
    )
    + _cues(
        "start",
        "market data",
        # "Notowania: Węgiel ARA 112,40 USD/t (+0,8%) | EUA 74,15 EUR (-0,3%)"
        r"^(notowania|kurse|cotations|cotizaciones|quotazioni|cotações|koersen|kurser)\s*:.*\d",
    )
    + _cues(
        "start",
        "legal notice",
        # "Materiały PAP stanowią element Serwisów Informacyjnych PAP, chronionych prawem autorskim."
        r"\bchronion\w* prawem autorskim\b|\bwykorzystanie bez zgody\b",
        # a cooperative's or a company's imprint with its address: "Rádio Ecos da Estrela, CRL · Av. 25 de Abril, 40"
        r"\b(crl|lda|s\.a|s\.l|srl|gmbh|b\.v|sp\. z o\.o)\.?\s*·\s*(av\.|avenida|rua|calle|c/|rue|via|straße|str\.|ul\.)",
    )
    + _cues(
        "start",
        "subscription prompt",
        # "Bleiben Sie informiert: Der Neißeblick-Newsletter ...", "Der Alpen-Rundschau-Morgenbrief: ... anmelden."
        r"^bleiben sie informiert\s*:|^restez informé\s*:|^stay (informed|up to date)\s*:",
        r"\bjetzt kostenlos anmelden\b|\binscrivez-vous gratuitement\b|\bsign up (now )?for free\b",
    )
    + _cues(
        "strong",
        "donation appeal",
        # "... we have a small favour to ask.", "Crónica Andaluza es un medio independiente sostenido por sus socios"
        r"\bwe have a small favou?r to ask\b|\bsostenid[oa] por (sus|nuestros) (socios|lectores|suscriptores)\b|"
        r"\bcon tu aportación\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        # "Västkustbladets nyhetsbrev – varje morgon i din mejl. Prenumerera gratis."
        r"\b(nyhetsbrev|nyhedsbrev)\b.{0,40}\b(varje|hver|hvert) (morgon|morgen|dag)\b|\bprenumerera gratis\b",
    )
    + _cues(
        "start",
        "legal notice",
        # "Västkustbladet ingår i Kustmedia AB. Org.nr 556000-0000.", "... is lid van de Raad voor de Journalistiek.",
        # "Kempen Lokaal is een initiatief van Regionale Media Kempen vzw.", "El Diario del Guadalmar - Editorial ... S.L."
        r"\borg\.? ?nr\.?:?\s*\d{6}-?\d{4}\b|\bis lid van de raad voor de journalistiek\b|"
        r"\bis een initiatief van\b.{0,60}\b(vzw|bv|b\.v|nv|stichting)\b|"
        r"^[^.!?]{3,50}\s[-–]\s(editorial|ediciones|edições|éditions|verlag|uitgeverij|wydawnictwo)\s[^.!?]{2,40}"
        r"\b(s\.l|s\.a|lda|gmbh|bv|nv|srl)\.?$",
        # "Detta är en artikel från Sjöbacka Tidningen. Vi granskar, berättar och förklarar - varje dag."
        r"^(detta är|dette er|dit is) (en|et|een) (artikel|artikkel) (från|fra|van) [^.!?]{2,40}\.",
    )
    + _cues(
        "start",
        "reader call-out",
        # "Were you running today? Send us your photos and stories via our WhatsApp tips line."
        r"\bsend us your (photos|pictures|stories|videos)\b",
    )
    + _cues(
        "start",
        "video prompt",
        # "VIDEO. Beelden van de rookpluim boven Hoeverdonk"
        r"^(video|audio)\.\s+\S",
    )
    + _cues(
        "start",
        "live page tools",
        # "Relacja automatycznie odświeża się co 60 sekund"
        r"\b(automatycznie odświeża się|refreshes automatically|se actualiza automáticamente|s'actualise automatiquement|"
        r"wird automatisch aktualisiert|si aggiorna automaticamente|ververst automatisch|uppdateras automatiskt|"
        r"oppdateres automatisk|opdateres automatisk)\b",
    )
    + _cues(
        "start",
        "advertising",
        # a bookmaker's offer: "Obstaw finał z bonusem 200 zł. Graj odpowiedzialnie. 18+"
        r"\b(graj odpowiedzialnie|juega con responsabilidad|jouez responsablement|gamble responsibly|"
        r"spiele verantwortungsbewusst|gioca responsabilmente|speel bewust|spela ansvarsfullt)\b",
    )
    + _cues(
        "start",
        "byline",
        # "Von dpa und Julia Renner"
        r"^(von|by|par|por|di|door|af|av|przez) (dpa|afp|apa|ap|reuters|anp|belga|ansa|efe|lusa|tt|ntb|ritzau|pap|sda)"
        r" (und|and|et|y|e|en|og|och|i) [^\W\d]+(?: [^\W\d]+){1,2}$",
    )
    + _cues(
        "start",
        "comment prompt",
        # "Kommentarer fra abonnenter. Du må være innlogget for å kommentere."
        r"\b(du må være (innlogget|logget inn) for å kommentere|du måste vara inloggad för att kommentera)\b",
    )
    + _cues(
        "start",
        "agency sign-off",
        # "Hinweis: Teile dieses Artikels stammen von der Deutschen Presse-Agentur (dpa)."
        r"\bteile dieses (artikels|textes|beitrags) stammen von\b|\bparts of this (article|report) (come|are taken) from\b|"
        r"\bune partie de cet article (provient|est issue) de\b",
    )
    + _cues(
        "start",
        "site branding",
        # a motto repeating its noun: "Aus der Stadt. Für die Stadt.", "From the valley, for the valley."
        rf"^{_MOTTO_HEAD}([^\W\d]{{3,}})[.,] {_MOTTO_HEAD}\1\.?$",
    )
    + _cues(
        "start",
        "subscription prompt",
        # "Jetzt AZ+ 1 Monat gratis testen", "Cet article vous est offert. Découvrez nos offres d'abonnement.",
        # "Chaque vendredi, l'essentiel de l'actualité européenne. Je m'inscris",
        # "Dagens Ekko+ abonnenter får adgang til alle artikler, e-avis og podcasts."
        r"^jetzt\b.{0,30}\b(gratis|kostenlos) (testen|lesen)$|\b\d+ (monat|monate|wochen) (gratis|kostenlos) testen\b|"
        r"\bcet article vous est offert\b|\bdécouvrez nos offres d'abonnement\b|\bthis article is free to read\b|"
        r"\bje m'inscris$|"
        r"\b(abonnenter|prenumeranter) får (adgang|tilgang|tillgång) til(l)? alle?\b|"
        r"\bsubscribers get (full )?access to\b|\babonnés ont accès à\b",
    )
    + _cues(
        "start",
        "related links",
        # "Dans l'actualité du Loir-et-Cher", "Também pode interessar"
        r"^dans l'actualité (du|de la|de l'|des|de) [^.!?:]{2,40}$",
        r"^(também (lhe |te )?pode interessar|pode (também )?interessar-lhe|también (le |te )?puede interesar)\s*:?$",
        # "Ces articles peuvent vous intéresser", "Articles en lien", "À la une cette semaine"
        r"^((ces|d'autres) articles (peuvent|pourraient) vous intéresser|articles en lien|à la une (cette semaine|de la "
        r"semaine)|diese artikel könnten (sie|dich) interessieren|questi articoli potrebbero interessarti|"
        r"estos artículos (te|le) pueden interesar)\s*:?$",
    )
    + _cues(
        "start",
        "legal notice",
        # the publisher, its legal form and its address: "Éditions du Nord vaudois SA, rue des Remparts 12, 1400 ..."
        r"^[^.!?]{3,60}\s(sa|sas|sarl|ag|gmbh|spa|s\.p\.a\.|sl|s\.l\.|bv|nv|ab|a/s|ltd)\s*[,·|–-]\s[^!?]{0,60}\b\d{4,5}"
        r"\s[^\W\d]",
        # or its legal form first, then its street: "Le Courrier de l'Aubrette – SAS Presse du Val d'Aubrette, 12 rue des
        # Tanneurs, ..."
        r"\b(sa|sas|sarl|ag|gmbh|spa|s\.p\.a\.|sl|s\.l\.|bv|nv|ab|a/s|ltd|lda|srl)\s[^!?]{2,60},\s(\d{1,4}(\sbis)?,?\s"
        r"(rue|avenue|av\.|boulevard|bd|place|chemin|quai|via|viale|piazza|calle|c/|plaza|rua|avenida|largo)\b|"
        r"[^\W\d][\w'-]*(straße|strasse|gasse|weg|gade|gatan|vej|veien|platz|laan|straat)\s\d)",
    )
    + _cues(
        "start",
        "byline",
        # a live page's reporters: "Pär Lindqvist och Emma Sjöberg rapporterar"
        r"^[^\W\d]+ [^\W\d]+( (och|og|und|and|et|y|e|en|i) [^\W\d]+ [^\W\d]+)? (rapporterar|rapporterer|berichten|berichtet|"
        r"report live|rapportent|riportano|relacjonują|relacjonuje)$",
    )
    + _cues(
        "start",
        "copyright",
        # The site's name, the sign and the year, then its publisher: "Dąbrowa24.pl © 2026 | Wydawca: ..."
        r"^[^|©.!?]{2,40}(?:\.[a-z]{2,3})?\s©\s?(?:19|20)\d\d\s*\|",
    )
    + _cues(
        "start",
        "site branding",
        # A site's motto naming its region: "Noticias del Cinca Medio, La Litera y el Bajo Cinca"
        r"^(noticias|notícias|nachrichten|news|nouvelles|notizie|nieuws|nyheter|nyheder|wiadomości|informação|"
        r"información) (del|de la|de los|de las|de|dos|das|do|da|aus|from|for|für|uit|van|fra|från|z|di|della|dal) "
        r"[^.!?:]{3,70}$",
    )
    + _cues(
        "start",
        "legal notice",
        # A wire story published untouched: "Detta är en artikel från TT som publiceras automatiskt. Södertörns Tidning
        # ansvarar inte för innehållet."
        r"\b(artikel|artikkel|artikkelen) (från|fra) (tt|ntb|ritzau)\b.{0,40}\b(publiceras|publiseres|publiceres) "
        r"automati",
        r"\b(ansvarar inte för|er ikke ansvarlig for|ansvarer ikke for|har ikke ansvar for) (innehållet|innholdet|"
        r"indholdet)\b",
        # a publisher's imprint ending on its VAT number: "Éditions de la Lanterne SRL – ... – TVA BE 0712.458.903"
        r"\b(tva|btw|vat|ust-?idnr\.?|p\. ?iva|partita iva|nif)\s*:?\s*[a-z]{2}\s?\d[\d. ]{8,}$",
    )
    + _cues(
        "start",
        "byline",
        # "Von dpa und Redaktion NK": an agency and the newsroom
        r"^(von|by|par|por|di|door|af|av|przez) (dpa|afp|apa|ap|reuters|anp|belga|ansa|efe|lusa|tt|ntb|ritzau|pap|sda|"
        r"kna|epd)( und| and| et| y| e| en| og| och| i) (der |la |de |het )?(redaktion|rédaction|redaction|redacción|"
        r"redazione|redacção|redactie|redaktionen|redaksjonen|redakcja)\b[^.!?]{0,30}$",
    )
    + _cues(
        "start",
        "comment prompt",
        # "Plaats een reactie (alleen voor ingelogde gebruikers)"
        r"^(plaats|schrijf|geef) (een|je|uw) reactie\b",
    )
    + _cues(
        "start",
        "subscription prompt",
        # "Elke woensdag De Maaskoerier gratis in de bus? Meld u aan bij de bezorgservice."
        r"\bgratis in (de|uw|je) (brieven)?bus\?|\bmeld (u|je) aan bij (de|onze) bezorgservice\b",
    )
    + _cues(
        "start",
        "related links",
        # A subscriber's teaser: "Premium: Därför slits Skånes vattenledningar ut ..."
        r"^(premium|abo\+?|\+|pluss)\s*:\s*\S",
    )
    + _cues(
        "start",
        "advertising",
        r"^(gewinnspiel|concours|sorteo|concorso|passatempo|winactie|tävling|konkurranse|konkurrence|konkurs|"
        r"competition|giveaway)\s*:[^.]{3,80}\b(gewinnen|gagner|gana|ganar|vinci|vincere|ganhe|ganhar|win|winnen|"
        r"vinn|vind|wygraj)\b",
    )
    + _cues(
        "start",
        "stock ticker",
        # an index with its change in brackets, first in a row: "BEL20 4.312,55 (+0,4%) | EUR/USD 1,0842 | ...",
        # "OSEBX 1 512,34 (+0,6 %) | Brent 77,40 $"
        r"^(bel ?20|osebx|obx|omxc ?\d*|omxh ?\d*|omxs ?\d*|aex|am[sx]|psi ?20|ftse mib|smi|atx|dax|cac 40|ibex 35|"
        r"wig ?20)\s+[\d .,]+\s*\([+−-]\s?\d+[.,]\d+\s?%\)\s*[|·]",
    )
    + _cues(
        "start",
        "share widget",
        # the networks in a row with no separator: "Facebook Twitter WhatsApp Messenger Copier le lien"
        r"^(facebook|twitter|x|linkedin|whatsapp|telegram|messenger|pinterest|reddit|e-?mail|bluesky|threads)"
        r"(\s+(facebook|twitter|x|linkedin|whatsapp|telegram|messenger|pinterest|reddit|e-?mail|bluesky|threads|"
        r"copier le lien|copy link|link kopieren|copiar (el )?enlace|copia link|copiar link|kopiuj link|kopieer link)){2,}$",
    )
    + _cues(
        "start",
        "byline",
        # a reporter or the newsroom with the agency: "Julie Moreau (avec Belga)", "Von unserer Redaktion, mit Belga",
        # "Door onze verslaggevers"
        r"^[a-zà-ÿ][\w'’-]+( [a-zà-ÿ][\w'’-]+){1,2} \((avec|with|mit|met|con|com|z|med) (belga|afp|ap|reuters|dpa|"
        r"anp|efe|ansa|lusa|pap|tt|ntb|ritzau|apa|sda|ats|agences|agencies|agenturen)\)$",
        r"^(von unserer redaktion|door onze redactie|de notre rédaction|por nuestra redacción|dalla nostra redazione),? "
        r"(mit|met|avec|con|with|y|e|und|en) (belga|afp|ap|reuters|dpa|anp|efe|ansa|lusa|pap|agences|agenturen|agencias)$",
        r"^(door onze verslaggevers?|von unseren reportern|de nos envoyés spéciaux|por nuestros enviados|"
        r"by our reporters|dai nostri inviati|av våra reportrar|fra vores reportere|fra våre reportere)$",
    )
    + _cues(
        "start",
        "newsletter prompt",
        # "Blijf op de hoogte met onze dagelijkse nieuwsbrief. Schrijf je gratis in.", "Den Ostbelgien Kurier jeden
        # Morgen im Postfach: Jetzt zum kostenlosen Newsletter anmelden.", "Recibe las noticias de tu pueblo en el
        # móvil: únete a nuestro canal de WhatsApp"
        r"\b(nieuwsbrief\b.{0,60}\bschrijf (je|u) (gratis )?in|jetzt zum (kostenlosen )?newsletter anmelden|zum newsletter anmelden|"
        r"únete a nuestro canal de (whatsapp|telegram)|rejoignez notre (chaîne|canal) (whatsapp|telegram)|"
        r"unisciti al nostro canale (whatsapp|telegram)|junte-se ao nosso canal (de )?(whatsapp|telegram)|"
        r"join our (whatsapp|telegram) channel|folge unserem (whatsapp|telegram)-kanal)\b",
    )
    + _cues(
        "start",
        "reader call-out",
        # "Tips oss! Ring 75 88 40 00 eller send SMS til 2007"
        r"^(tips oss|tipsa oss|tips os)\s*[!.:]\s*(ring|send|skicka|sms|ring til)\b",
    )
    + _cues(
        "start",
        "byline",
        # the reporter, the agency and who edited the copy: "Marek Jurczak (PAP), oprac. kos"; "Door: ANP/Redactie
        # Dagkrant"; the agency's copy used: "Med material från TT"
        r"^[a-zà-ÿł][\w'’-]+( [a-zà-ÿł][\w'’-]+){1,2} \((pap|afp|ap|reuters|dpa|efe|ansa|lusa|anp|belga|tt|ntb|ritzau|"
        r"apa|ats|sda)\),? (oprac|red)\.?\s*[\w.]{1,12}$",
        r"^(door|von|par|by|por|di|af|av):\s+(anp|afp|ap|reuters|dpa|efe|ansa|lusa|belga|pap|tt|ntb|ritzau|apa|ats|sda)"
        r"\s*[/,]\s*(redactie|redaktion|rédaction|redacción|redazione|redação|redaktionen|redaksjonen|redakcja)\b.{0,40}$",
        r"^(med material från|med material fra|med stoff fra|mit material von|avec des informations de|"
        r"con información de|con informazioni di|com informações da|met informatie van|with reporting from) "
        r"(tt|ntb|ritzau|dpa|afp|ap|reuters|anp|belga|efe|ansa|lusa|pap|apa|ats|sda)$",
    )
    + _cues(
        "start",
        "comment widget",
        # the comments' count as a button: "Komentarze (112) Pokaż komentarze"
        rf"^{_COMMENTS}\s*\(\d+\)(\s+(pokaż|zobacz|show|afficher|voir|mostrar|mostra|ver|toon|bekijk|vis|visa|anzeigen|"
        r"zeigen)\b[^.!?]{0,25})?$",
    )
    + _cues(
        "start",
        "timestamp",
        # the day's date and its saint, under a Catholic paper's masthead: "Giovedì 2 dicembre 2027 – Santa Bibiana"
        r"^(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo) \d{1,2} \w+ \d{4}\s*[–—-]\s*"
        r"(san|santa|santo|santi|sant'|saint|sainte|saints|ss\.|s\.)\s",
    )
    + _cues(
        "start",
        "subscription prompt",
        # a subscription's first month for a token price: "Morgonbladet Plus – 1 krona första månaden"
        r"\b\d+ (krona|kronor|krone|kroner|kr|euro|€|zł|złoty|franken|francs|pound|£)\.? (första|første|den första|"
        r"den første|im ersten|le premier|the first|el primer|il primo|de eerste|pierwszy) (månaden|måneden|månad|måned|"
        r"monat|mois|month|mes|mese|maand|miesiąc)\b",
    )
    + _cues(
        "start",
        "weather widget",
        # places and temperatures in a row: "Chur -3° | Davos -11° | St. Moritz -14°"; a place's temperature, then
        # its sky or its roads: "Fjordløkke 14° · Let skyet", "Tverrfjell: -12 °C, snøbyger, sterk kuling fra vest"
        r"^([a-zà-ÿ][\w .'’-]{1,25}:?\s+[-−–]?\d{1,2}\s?°\s?[cf]?\s*([|·•]\s*|$)){2,}$",
        r"^[a-zà-ÿ][\w'’ -]{1,25}:?\s+[-−–]?\d{1,2}\s?°\s?[cf]?\s*[·|•,]\s*[^.!?]*$",
    )
    + _cues(
        "start",
        "page header",
        # a section's name alone over the headline: "NYHETER", "Cronaca"
        r"^(nyheter|nyheder|nieuws|nachrichten|notizie|noticias|actualités|actualité|news|wiadomości|notícias|"
        r"inrikes|utrikes|innenriks|utenriks|indland|udland|cronaca|sucesos|faits divers|binnenland|buitenland|"
        r"lokales|lokalt|lokalnytt|regionalt)$",
    )
    + _cues(
        "start",
        "share widget",
        r"^(deel (dit )?artikel|share (this )?article|partager (cet |l')article|artikel teilen|condividi (l')?articolo|"
        r"compartir (el )?artículo|compartilhar (o )?artigo|dela artikeln|del artiklen|del artikkelen|"
        r"udostępnij artykuł)\s*:?$",
    )
    + _cues(
        "start",
        "search box",
        # "Zoek op Rekkelo Actueel...", "Suche auf ...": a search field's placeholder
        r"^(zoek|zoeken|search|suche|suchen|rechercher|buscar|cerca|cercar|sök|søg|søk|szukaj|pesquisar)"
        r"( op| in| on| auf| sur| en| su| på| w| no| na)? [^.!?]{0,40}(\.\.\.|…)$",
    )
    + _cues(
        "start",
        "site branding",
        # what the outlet is: "Rekkelo Actueel is een onafhankelijke nieuwssite van Stichting Lokale Media Rekkelo."
        r"^[\w .'’&-]{2,40} (is een|ist ein|is an?|est un|es un|è un|é um|är en|er en|jest) (onafhankelijke |unabhängiges |"
        r"independent |indépendant |independiente |indipendente |independente |oberoende |uafhængig |uavhengig |"
        r"niezależny )?(lokale |lokales |local |regional |regionale |regionales )?(nieuwssite|nieuwswebsite|"
        r"nachrichtenportal|news ?site|news website|site d'information|site d'informations|portal de noticias|"
        r"sito di informazione|portal de notícias|nyhetssajt|nyhedsside|nettavis|nyhetsside|portal informacyjny)\b.{0,80}$",
    )
    + _cues(
        "start",
        "footer links",
        # the publisher's company with its address and e-mail: "Le Courrier du Condroz - Éditions du Hoyoux SRL - Quai
        # de Namur 3, 4500 Huy - info@courrierducondroz.be"
        r"\b(srl|sprl|sa|nv|bv|bvba|gmbh|ag|sarl|sas|s\.l\.|s\.a\.|spa|s\.p\.a\.|ltd|as|ab|a/s|lda)\b.{0,80}"
        r"\b\d{4,5}\b.{0,60}[\w.-]+@[\w-]+\.[a-z]{2,}\b",
    )
)

# The cues that apply to a line of any length ("strong"); all of them apply to a short line.
STRONG_CUES = tuple(cue for cue in CUES if cue.scope == "strong")

# Bylines, matched on the original case: "Par Julien Carrasco", "By Tom Ellerby, Local Democracy Correspondent".
BYLINE = re.compile(
    r"^(?i:par|by|written by|von|por|di|da|de|przez|door|mit|af|av)\s+(?:(?:la |le |der |the |el |la |a )?(?:rédaction|Redaktion|redacción|redazione|redação|redakcja|staff|newsroom)\b.{0,60}"
    r"|[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÝŁŚŻŹĆŃ][\w'’.-]+|de|du|des|von|van|der|den|ter|ten|te|zu|da|do|dos|das|del|della|di|le|la)){0,3}(?:\s*(?:[,|/·•—–-]|\((?:avec|with|mit|con|com|met|med|z)\b|\bavec\b|\bwith\b|\bmit\b|\bcon\b|\bcom\b|\bund\b|\band\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bog\b|\boch\b)\s*.{0,80})?)$"
)
# Bylines of other shapes: "Nieves Carrasco | Navalcuervo" (the writer and where they write from), "Callum Rees and
# wires", "dalla nostra inviata Federica Gallo", "Oprac.: Karolina Wybicka, Tomasz Grzenkowicz".
BYLINE_FORMS = re.compile(
    r"^[A-ZÀ-ÝŁŚŻ][\w'’-]+(?:\s+[A-ZÀ-ÝŁŚŻ][\w'’.-]+){1,3}\s+(?:\|\s+[A-ZÀ-ÝŁŚŻ][\w'’ -]{2,30}|(?:and|with|et|avec|und|mit|y|con|e|com|og|och|en|i|z)\s+"
    r"(?:wires|agencies|agences|agenturen|agencias|agenzie|agências|agencje|agentschappen|byråerna|bureauer))$"
    r"|^(?i:dalla nostra inviata|dal nostro inviato|dal nostro corrispondente|de notre envoyée? spéciale?|de notre correspondante?|"
    r"von unserer korrespondentin|von unserem korrespondenten|de nuestr[oa] enviad[oa] especial|de nuestr[oa] corresponsal|"
    r"from our correspondent|do nosso enviado especial|oprac\.?:?|opracowanie:)\s+[A-ZÀ-ÝŁŚŻ][\w'’-]+(?:[\s,]+[A-ZÀ-ÝŁŚŻ][\w'’-]+){0,5}$"
)
# A lone agency name under the title: "Agencia Meridional", "Agence France-Presse".
AGENCY_BYLINE = re.compile(
    r"^(?:Agence|Agency|Agentur|Agencia|Agenzia|Agência|Agencja)\s+[A-ZÀ-ÝŁŚŻ][\w'’-]+(?:[\s-]+[A-ZÀ-ÝŁŚŻ][\w'’-]+){0,2}$"
)
# An author's bio: "Marion Teyssier est correspondante du Courrier du Val ...", "Sabine Kettler ist seit 2015
# Lokalredakteurin beim ...".
AUTHOR_BIO = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}\s+(?:est|is|ist|es|è|é|jest|är|er)\s+(?:une?\s+|a\s+|an\s+|en\s+|\w+\s+)?(?:[\w'’-]+\s+){0,3}(?:lokal|sport|wirtschafts|kultur|politik|gerichts|polizei|chef|online)?(?:correspondante?|correspondent|journaliste|reporter|rédact(?:eur|rice)|editor|korrespondent(?:in)?|redakteur(?:in)?|periodista|corresponsal|giornalista|redattore|redattrice|jornalista|correspondente|repórter|dziennikarz(?:em)?|dziennikarką|korespondent(?:em|ką)?)\b",
    re.I,
)

# An author's bio by its beat: "Clémence Vuillermoz couvre le secours en montagne ... pour Le Courrier des Alpes depuis
# 2016."
# "Tom covers public safety and the courts for the Ledger. Reach him at 740-555-0142.": a bio with how to reach them.
AUTHOR_CONTACT = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}\s+(?:covers|writes about|reports on)\b[^.]{2,120}\.\s+"
    r"(?i:reach|contact|email|e-mail|follow|write to)\s+(?:him|her|them)\b"
)
AUTHOR_BEAT = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s+(?:couvre|covers|suit|follows|berichtet über|cubre|segue|cobre|"
    r"bevakar|dekker|dækker|volgt)\b.{0,120}\b(?:pour|for|für|para|per|för|voor)\s+[^.]{2,60}\s+(?:depuis|since|seit|"
    r"desde|dal|sinds|sedan)\s+\d{4}\.?$"
)
# Agency sign-offs: "afp/olhor", "(nxp/ats/afp)", "(Source : AFP)", "(CP)", "(NewsXpress)".
SIGNOFF_LINE = re.compile(
    r"^\(?[a-z]{2,8}(\s*/\s*[a-z]{2,10})+\)?$|^\([A-Za-zÀ-ÿ]{2,10}(\s*/\s*[A-Za-zÀ-ÿ]{2,10})+\)$|^\((?i:source|sources|quelle|fuente|fonte|źródło)\s*:\s*[^)]{2,40}\)$|^\([A-Z][\w .&-]{0,29}\)$"
)
# A row of page tools anywhere in a tail glued after a paragraph, however long the headlines listed before it:
# "DESTAQUES Trabalhos: CPIs retomam ... Comunicar erros Enviar por e-mail Imprimir Grupos de discussão".
TOOLS_ROW = re.compile(
    r"\b(comunicar erros?|enviar por e-?mail|imprimir|imprimer|envoyer par e-?mail|e-?mail this|drucken|versenden)"
    r"\s+(enviar por e-?mail|imprimir|imprimer|envoyer par e-?mail|print|drucken|versenden)\b"
)
# Previous/next links, maybe after the page's date and time, glued before the first words of a paragraph:
# "26.11.2004 16:43 << Previous | Next >> Lycos users are to attack spammers ...".
LEADING_NAV = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+(?:\d{1,2}:\d{2}\s+)?)?<<\s*(?:previous|prev|précédent|zurück|anterior)\s*"
    r"\|\s*(?:next|suivant|weiter|siguiente|seguinte)\s*>>\s*",
    re.I,
)
# A wire page's stamp, photo code and byline glued before the dateline: "Saturday November 13, 2004 8:16 PM AP Photo
# LON104 By RAVI NESSMAN Associated Press Writer RAMALLAH, West Bank (AP) - ...".
LEADING_STAMP = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4},?\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?"
    r"(?:\s+(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|PT)\b)?(?:\s+(?:AP|AFP|Reuters) Photo [A-Z0-9]+)?"
    r"(?:\s+By [A-Z][A-Za-z.'’ -]{2,40}? (?:Associated Press|AP|Reuters|AFP|Staff) Writer)?\s+(?=[A-Z])"
)
# A sign-off glued to the end of a news line: "... de mardi. (nxp/ats/afp)".
TRAILING_SIGNOFF = re.compile(
    r"\s*\((?:[a-z]{2,8}(?:/[a-z]{2,10})+|(?:source|quelle|fuente|fonte|źródło)\s*:\s*[^)]{2,40})\)\s*$", re.I
)
# A site's company links inside a sentence: "Microsoft (Profile, Products, Articles) Corp.", "Netscape (Overview,
# Articles, Company)". Two or more of the widget's words and nothing else, so "(Reuters, AP)" or "(Paris, Lyon)" stay.
_WIDGET_WORD = r"(?:Profile|Products|Articles|Overview|Company|Quotes?|Chart|Stock|Research|News)"
INLINE_WIDGET = re.compile(rf"\s\({_WIDGET_WORD}(?:,\s*{_WIDGET_WORD}){{1,5}}\)(?=[\s.,;:])")

_PHOTO_WORD = r"(?i:archivfoto|archivbild|symbolfoto|symbolbild|arkivfoto|arkivbild|archieffoto|archiefbeeld|illustration|illustratie|ilustración|illustrazione|ilustração|ilustracja|grafik|grafikk|grafiek|photographer|photographe|fotógrafo|fotografo|fotograf|photo|photos|photograph|photographie|bilde|billede|fotografia|fotografía|picture|pictures|pic|foto|fotos|fot\.|beeld|bild|crédit|crédits|credit|credits|crédito|créditos|image|imagen|immagine|imagem|zdjęcie)"
# A caption's credit glued to it: "...(EI).Vasily Maximov/AFP", "... [AFP - Anne Poujoulat]", "... Photo: J. Smith/CP".
GLUED_CREDIT = re.compile(
    r"(?:[.)»\"”]\s?|\s)(?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\s*/\s*(?:AFP|AP|Reuters|EPA|dpa|Keystone|ANSA|EFE|Getty|Getty Images|[A-Z]{2,6})\s*$"
    r"|[.)»\"”](?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})\s*/\s*[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?\s*$"
    r"|[.)»\"”]\s+/\s*[A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|del|du|des|di|da|do|van|von)){0,4}\s*$"
    # the outlet and its photographer, slashed: "... December 7, 2027. Global Dispatch/Pieter Lammers"
    r"|[.]\s(?:[A-ZÀ-Ý][\w'’-]+\s){0,2}[A-ZÀ-Ý][\w'’-]+/[A-ZÀ-Ý][\w'’-]+(?:\s(?:van|de|da|di|von|[A-ZÀ-Ý][\w'’-]+)){1,3}$"
    # an archive picture's credit: "... où vieillissent les tommes. Photo d'archives L'Éclaireur du Jura / Marc Pianet"
    r"|[.]\s(?:[Pp]hoto|[Ff]oto|[Ii]mage) d'archives?\s[^.!?]{2,60}$"
    # a picture an agency passed on: "... September 14, 2027. Ritzau/Martin Lund via REUTERS"
    r"|[.]\s+(?:[A-ZÀ-Ý][\w'’-]+\s*/\s*)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}\s+via\s+(?:REUTERS|Reuters|AP|AFP|"
    r"Getty Images|EPA|dpa)\s*$"
    # "... sur les lieux de l'accident. Photo d'un lecteur": a reader's photo
    r"|[.]\s+(?i:photo|foto|fot\.|bild)\s+(?i:d'un lecteur|d'une lectrice|eines lesers|einer leserin|de un lector|di un lettore|"
    r"de um leitor|van een lezer|czytelnika?|(?:by )?a reader)\s*$"
    # an archive picture: "... z niemieckim Neuwerder. Fot. archiwum Głosu Nadodrza", "Photo archives L'Écho du Salat"
    r"|[.]\s(?i:fot\.|foto:?|photo:?|bild:?)\s(?i:archiwum|archives?|archivio|arquivo|archivo|archiv)\b[^.!?]{0,50}$"
    # an illustration picture: "... est l'une des seules parties encore debout. Photo d'illustration AFP"
    r"|[.]\s(?i:photo d'illustration|foto de archivo|foto d'archivio|symbolbild|illustrative photo)(?:\s+[A-Z][\w/-]{1,20})?\s*$"
    # an archive picture: "Rua do centro de Villafranca del Guadiel, no sul de Espanha / Arquivo"
    r"|\s/\s*(?i:arquivo|archivo|archive|archiv|archivio|arkiv|archief|archiwum)\s*$"
    # (not a headline's live label: "... przez Wielobrzeg [RELACJA NA ŻYWO]")
    rf"|\s-?\s*\[(?!(?i:relacja na żywo|na żywo|live|en direct|direct|en vivo|en directo|diretta|ao vivo|em direto|direkte|"
    rf"liveblog|live-ticker|liveticker)\])"
    rf"(?=[^\]]*(?:\b[A-Z]{{2,6}}\b|/|\s[-–]\s|{_PHOTO_WORD}))[^\]]{{2,60}}\]\s*$"
    rf"|\s*\({_PHOTO_WORD}\b[^)]{{2,80}}\)\s*$"
    r"|\s\((?i:ph|fot|ft)\.\s?[A-ZÀ-Ý][^)]{2,60}\)\s*$"  # "(ph. Gazzetta della Granda)"
    # "... Tanner Road. (Ledger photo by Carla Mendes)": the paper's name before "photo by".
    rf"|[.]\s\((?:[A-ZÀ-Ý][\w'’-]+\s+){{1,3}}{_PHOTO_WORD}\s+(?:by|von|de|di|par|por)\s[^)]{{2,60}}\)\s*$"
    r"|\s©\s*[A-ZÀ-Ý][\w&'’ ./-]{2,40}$"
    # an agency in lower case after the sign: "... volledig in de as. © belga"
    r"|[.]\s+©\s*(?:belga|anp|afp|dpa|efe|ansa|lusa|pap|reuters|epa|ntb|ritzau|apa|sda|keystone)\s*$"
    r"|\s\((?:[A-ZÀ-ÝĀ-Ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÝĀ-Ž][\w'’-]+\s*/\s*(?:PA|AFP|AP|Reuters|EPA|dpa|ANSA|EFE|Lusa|Getty Images|[A-Z]{2,6})\)\s*$"
    # "... in Chicago. (Tom Keller / Lakeshore Tribune)": a photographer and the paper.
    r"|[.]\s\((?:[A-ZÀ-ÝĀ-Ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÝĀ-Ž][\w'’-]+\s*/\s*[A-ZÀ-ÝĀ-Ž][\w'’.-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]+){0,3}\)\s*$"
    r"|[.)»\"”]\s*\|\s*[A-ZÀ-ÝĀ-Ž]{2,}(?:\s+[A-ZÀ-ÝĀ-Ž]{2,}){0,3}\s*$"
    # "... de madrugada. | CRÓNICA URBANA / D. Tello": the paper in capitals, then the photographer.
    r"|[.)»\"”]\s*\|\s*[A-ZÀ-ÝĀ-Ž]{2,}(?:\s+[A-ZÀ-ÝĀ-Ž]{2,}){0,3}\s*/\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2}\s*$"
    rf"|(?:\s|[.)»\"”]){_PHOTO_WORD}\s*:\s*[^!?]{{2,60}}$"
    # (or after a dash: "... a valle del viadotto - Foto Sergio Bellone")
    rf"|(?:[.)»\"”]|\s[-–—])\s*{_PHOTO_WORD}\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]*(?:\s*[/ ]\s*(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*|w|z|de|des|di|du|da|do|la|le|van|von|der|"
    # an agency in lower case after the photographer: "... Fot. Thomas Gmeiner/dpa/PAP"
    rf"dpa|afp|anp|ansa|efe|lusa|belga|pap)){{0,7}}\s*$"
    # "... cerca de Peñarrubia. EFE / Lucía Ortega": the agency, then its photographer, after the caption.
    r"|[.]\s+(?:AFP|AP|Reuters|EPA|dpa|ANSA|EFE|Lusa|Europa Press|[A-Z]{2,10})\s*/\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*$"
    # "... April 14, 2026. BRITWIRE": the agency's name in capitals after the caption.
    r"|[.]\s+[A-ZÀ-ÝÑ]{4,}\s*$"
    # "... jeudi matin. Photo Le Courrier savoyard/Anne Mollard": the paper, then its photographer.
    r"|[.]\s+(?i:photo|foto|bild)\s+[A-ZÀ-Ý][^./]{2,40}/\s*[A-ZÀ-Ý][\w'’ .-]{2,40}$"
    # "... (Image d'illustration) KEYSTONE/EPA/Martin Weber": agencies in capitals, then the photographer.
    r"|[.)]\s+[A-Z]{2,12}(?:\s*/\s*[A-Z]{2,12})+\s*/\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*$"
    # "... di Brennheim (Ansa/Dpa)": two agencies.
    r"|\s\((?i:afp|ap|reuters|epa|dpa|ansa|efe|lusa|anp|belga|apa|tt|ntb|ritzau|pap)(?:\s*/\s*(?i:afp|ap|reuters|epa|dpa|ansa|efe|lusa|anp|belga|apa|tt|ntb|ritzau|pap))+\)\s*$"
    # "... le 19 août 2025. (AFP / GAIZKA ARRUTI)": the agency, then its photographer.
    r"|\s\((?:AFP|AP|Reuters|EPA|dpa|ANSA|EFE|Lusa|Getty Images|[A-Z]{2,6})\s*/\s*[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\)\s*$"
    # "... este martes por la mañana. ÍÑIGO ALDAZ": the photographer's name in capitals after the caption.
    r"|[.]\s+[A-ZÀ-ÝÑ]{2,}(?:\s+[A-ZÀ-ÝÑ]{2,}){1,2}\s*$"
)

# Gallery captions start with a day.month prefix: "29.06 La ville ...", "14/04 - Vecinos ...", maybe after the
# slide's counter: "1 / 10 05/03/2016 - Le soleil se couche ...".
GALLERY_LINE = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}\s+)?(?:0?[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])(?:[./](?:\d{2}|\d{4}))?\.?\s+"
    # not a stamp's clock: "16.01.2027 um 19:12"
    r"(?!(?:um|à|a las|alle|at|às|o|kl\.?|om|klo|godz\.?)\s*\d)"
    # nor a stamp's update: "09.03.2027 – Zuletzt aktualisiert: 19:40 Uhr"
    r"(?!(?:[-–|]\s+)?(?i:zuletzt |last |dernière |ultima |última )?(?i:aktualisiert|updated|mis à jour|mise à jour|"
    r"actualizado|actualización|aggiornato|aggiornamento|bijgewerkt|gewijzigd|oppdatert|opdateret|uppdaterad|atualizado|"
    r"zaktualizowano|geändert)\b)"
    r"(?:[-–|]\s+)?(?:[^\W\d_]|[«\"“„'‘(])"
)
COUNTER_LINE = re.compile(
    r"^\d{1,4}\s*/\s*\d{1,5}$|^\d{1,4}\s+(?:of|sur|von|de|di|z|из|van|av|af)\s+\d{1,5}$|^-?\s*\d{1,2}m\s?\d{2}s?$|^\d{1,2}:\d{2}(:\d{2})?$|^\d{1,2}h\d{2}$"
)

# The label of an editor's box of key points, which is part of the report and heads no page of briefs.
KEY_POINTS = re.compile(
    r"^(key points|points clés|das wichtigste in kürze|das wichtigste|puntos clave|punti chiave|pontos-chave|"
    r"kort oppsummert|kort sammanfattat|kort opsummeret|lo más importante|o essencial|l'essentiel|what we know)\b",
    re.I,
)
# Markers that open a new item on a live or multi-item page.
ITEM_MARKER = re.compile(
    r"^(publié|published|veröffentlicht|publicado|pubblicato|publicado em|opublikowano|dodano|gepubliceerd|publicerad|"
    r"publiceret|publisert)\b[^!?]{0,90}(?<!\.)$"
    # An item stamped only when it was updated ("Aktualisiert am 11.10.2027, 08:15"): with its figures.
    r"|^(aktualisiert|updated|mis à jour|actualizado|actualizada|aggiornato|aggiornata|atualizado|atualizada|bijgewerkt|"
    r"uppdaterad|opdateret|oppdatert|zaktualizowano)\b(?=[^!?]*\d)[^!?]{0,90}(?<!\.)$"
    # A dateline over the stamp, as regional Spanish sites print it: "Torrealba | 02/06/2027 - 13:25h".
    r"|^[^\W\d][\w .'’-]{1,40}\s\|\s\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d{1,2}:\d{2}\s*h?$",
    re.I,
)
# Time headers of a live page: "14:30", "14h30", "09:05 Uhr", "Kl. 08.10", "il y a 12 min".
TIME_HEADER = re.compile(
    r"^(?:(?:kl\.?|klokka|klockan|klokken|godz\.|ore|h\.?|om)\s*)?(?:\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|h|hs|horas|ore|godz\.?|bst|gmt|cet|"
    r"cest|utc|mez|mesz|edt|est|pdt|pst))?"
    # with the match's minute: "22.38 | 90+5'"
    r"(?:\s*[|·–-]\s*\d{1,3}(?:\+\d{1,2})?\s?['’′])?|(?:il y a|vor|hace|fa|há|temu)\s+\d+\s*\w{1,8}(?:\s+(?:fa|temu))?)$",
    re.I,
)
# Pages of short items ("The week in brief", "En bref") are cut at their item headlines.
BRIEFS_PAGE = re.compile(
    r"\b(in brief|en bref|kurz gemeldet|kurz notiert|kurzmeldungen|in kürze|en breve|breves|in breve|news in brief|briefing|em resumo|breves|w skrócie|krótko|kort nieuws|korte berichten|kort nytt|kort sagt|i korthet|kort om|notiser|kortnyheter|korte nyheder|"
    r"kort nyt|kortnytt|kortnyt|brèves|kurznachrichten|notizie in breve|notizie brevi|brevi|in pillole|noticias breves|nieuws in het kort)\b",
    re.I,
)

# Who stands where in a photo: "Prime Minister X (L) shakes hands with Y" (a caption, unpunctuated).
POSITION_MARKER = re.compile(r"\((?:L|R|C|left|right|centre|center|2nd [LR]|g|d|à gauche|à droite|links|rechts)\)")
# Credits for names: "Keystone/AP".
AGENCY_NAME = re.compile(r"^[A-Z][\w-]+(\s*/\s*[A-Z][\w-]+)+$")
# The newsroom with the agencies, as a byline: "Redacción / Agencias", "Rédaction avec agences".
NEWSROOM_BYLINE = re.compile(
    r"^(?:redacción|redação|rédaction|redazione|redaktion|redactie|redakcja|newsroom)\s*(?:/|y|e|et|und|en|with|con|com|"
    r"avec|i|og|och)\s*(?:agencias|agências|agences|agenzie|agenturen|agentschappen|agencje|agencies|agenturer)$"
    # or the agencies first: "Agencias / Redacción"
    r"|^(?:agencias|agências|agences|agenzie|agenturen|agencies)\s*(?:/|y|e|et|und|and)\s*(?:redacción|redação|rédaction|"
    r"redazione|redaktion|newsroom)$"
    # or a named agency with the newsroom, either way round: "Lusa / Redação", "Redacción / EFE"
    r"|^(?:lusa|efe|ansa|afp|dpa|apa|anp|belga|pap|reuters|ap|tt|ntb|ritzau|sda|ats)\s*[/,]\s*(?:redacción|redação|rédaction|"
    r"redazione|redaktion|redactie|redakcja|red\.?)$"
    r"|^(?:redacción|redação|rédaction|redazione|redaktion|redactie|redakcja)\s*[/,]\s*(?:lusa|efe|ansa|afp|dpa|apa|anp|"
    r"belga|pap|reuters|ap|tt|ntb|ritzau|sda|ats)$",
    re.I,
)
# A commenter's name over their comment on a blog: "Sandra P. says:", "Martin Hollis schreibt:".
COMMENTER = re.compile(
    r"^[^\W\d][\w .'’-]{0,40}\s(?:says|said|schreibt|écrit|dice|dijo|escreve|skriver|pisze|ha detto|ha scritto|"
    r"(?:schrieb|schreef|wrote|a écrit|escribió|scrisse|escreveu|skrev|napisał)\b.{0,40}?)\s*:$"
    # or with the comment's date after the colon: "Hans-Peter Loosen sagt: 4. Juni 2027 um 11:02 Uhr"
    r"|^[^\W\d][\w .'’-]{0,40}\s(?:says|sagt|schreibt|zegt|schrijft|dit|écrit|dice|escribe|diz|escreve|säger|skriver|"
    r"siger|sier|mówi|pisze)\s*:\s*\d{1,2}[./ ]\s?[\w.]{1,12}[./ ]\s?\d{2,4}\b.{0,30}$"
)
# A reader's comment under the comments' header: "BrageM: Hvorfor har vi bare én kabel?", "Marc D. : Toujours ...".
READER_COMMENT = re.compile(
    # "Randi_K: ...", "Gerrit uit Tiel: ...", "J. de Bruin: ..."
    r"^[^\s:]{2,25}(?:\s(?:[A-ZÀ-ÝĀ-Ž][\w'’-]{0,12}\.?|van|von|de|der|den|da|do|dos|das|di|du|del|della|uit|aus|from|"
    r"från|fra|z|ter|te|ten|des|&|"  # "Dave & Sue, Roccabruna: ..."
    # a reader who signs by what they are: "Un vecino: Ya era hora ...", "Eine Anwohnerin: ..."
    r"vecin[oa]|vizinh[oa]|lector(?:a)?|leitor(?:a)?|lecteur|lectrice|habitant(?:e)?|leser(?:in)?|anwohner(?:in)?|"
    r"reader|resident|lettor[ea]|lettrice|abitante|lezer|bewoner|läsare|leser|læser|czytelni(?:k|czka)|mieszka(?:niec|nka))){0,3}"
    # and the reader's town after a comma: "J. de Boer, Dronten: ..."
    r"(?:,\s[A-ZÀ-Ý][\w'’-]+)?"
    # what the reader is, in brackets, or the comment's age: "José Lopes (emigrante em França): ...", "Pierre-Alain
    # D. · il y a 2 heures: ..."
    r"(?:\s\([^()]{2,40}\)|\s[·•]\s(?=[^·•:]*\d)[^·•:]{2,30}"
    # or after a comma: "sepp_aus_tobelried, vor 41 Minuten: ..."
    r"|,\s(?:vor|il y a|hace|há|for)?\s?\d+\s[^\W\d]{1,10}(?:\s(?:ago|sedan|siden|temu|fa|geleden|atrás))?)?"
    # "Henk Veldkamp schreef: ...": the verb of writing before the colon
    r"(?:\s(?:schreef|schrieb|wrote|writes|a écrit|écrit|escribió|escribe|ha scritto|scrive|escreveu|skrev|skriver|"
    r"napisał|napisała))?"
    # the name may be set off by a dash instead: "Paco_Fuenteseca — Desde el Rebollar se ve el humo."
    r"(?:\s?:|\s[—–])\s+\S"
)
# A commenter's name with the comment's age or date, over its text: "Davor_ST · 2 hours ago", "Manuel R. · 3 set 2026";
# a reply's name may follow an arrow ("↳ Jorge Antunes · há 40 minutos") or name whom it answers ("DeckhandDan replying
# to GullsAndGales 1h ago").
COMMENT_HEAD = re.compile(
    # "Juanjo_B   17/09/2027 09:40", "Una vecina   17/09/2027 10:12": a handle or a pseudonym in plain words, then
    # the date in figures after a wide gap
    r"^(?:[^\W\d][\w.'’-]{1,15}(?: [\w.'’-]{1,15}){0,2}\s{2,}\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}$|"
    r"~\S{2,25}(?:\s+(?:\d{1,3}\.){2}[\d*]+\.[\d*]+|\s+do\s+~\S{2,25})?\s+\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?,?\s+\d{1,2}:\d{2}$|"
    r"(?:[↳↪→]\s*)?[^\s·•:]{2,25}(?:\s(?:[A-ZÀ-ÝĀ-Ž][\w'’-]{0,12}\.?|van|von|de|der|den|da|do|das|di|dei|della|du|dos|del|des|"
    r"la|le|uit|aus|from|z|från|fra)){0,3}(?:,\s[A-ZÀ-Ý][\w'’-]+)?"
    r"(?:\s+(?:replying to|replied to|in reply to|en réponse à|antwortet|antwort an|respondendo a|rispondendo a|reageert op|"
    # a comma may part the name from its age: "Beat Imhasly, vor 2 Stunden"
    r"odpowiada)\s+\S{2,25})?,?\s+(?:[·•|–—-]\s+(?=[^·•|]*\d)[^·•|]{2,30}"
    # "Giuliana B.   13 dic 2026, 10:02": the date after a wide gap
    r"|\s+\d{1,2}\.?\s[^\W\d]{3,9}\.?\s\d{4},?\s\d{1,2}[:.]\d{2}"
    # "Kalle_W vor 2 Stunden": the comment's age right after the name
    r"|(?:vor \d+ \w+|\d+ ?\w+ ago|il y a \d+ \w+|hace \d+ \w+|há \d+ \w+|\d+ \w+ fa|\d+ \w+ geleden|\d+ \w+ sedan|"
    r"for \d+ \w+ siden|\d+ \w+\.? temu)))$"
)
# A commenter's handle alone over the comment's text: "cheminot_retraite", "giovanni.r58", "Sylvie D.", "~kupiec".
COMMENTER_NAME = re.compile(
    r"^(?:(?=[\w.]*[\d_.])[a-z][\w.]{2,24}|[A-Za-z]+_[\w]+|[A-Z][a-z]+[\d_]\w*|[A-Z][a-z]+[A-Z][a-z]*\d{2,}|[A-Z][a-z]+[A-Z][a-z]+\w*|[A-Z][a-z]+\.[A-Z]\w*|[A-ZÀ-Ý][a-zà-ÿ]+ [A-Z]\.|~[\w.-]{2,25}(?: [\w.-]{1,20})?|"
    # "Anna-Karin L": a first name and an initial without its full stop
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý])$"
)
# A comment's age alone on its line, under the commenter's name: "2 tim sedan", "54 min ago", "vor 3 Stunden".
COMMENT_AGE = re.compile(
    r"^(?:vor |il y a |hace |há |for )?\d+\s?(?:min|minutes?|minuter|minutter|minutos|minuti|minuten|minut|godz\.?|"
    r"godzin[ay]?|tim|timmar|timer|h|hours?|heures?|horas?|ore|uur|dagar|dage|dager|days?|jours?|días|giorni|dias|dni|"
    r"stunden?|std|tagen?|tg)\.?(?:\s+(?:ago|sedan|siden|temu|fa|geleden|atrás))?$",
    re.I,
)
# A reply's header naming whom it answers before the replier: "Resposta a Zé Tó — M. Calado · há 40 min", "Antwort von
# Brigitte K. am 24.11.2026 um 19:05 Uhr:".
REPLY_HEAD = re.compile(
    r"^(?:[↳↪→]\s*)?(?:(?:resposta|respuesta|réponse|risposta|reply|antwort|svar|antwoord|odpowiedź)\s(?:a|à|de|di|to|from|"
    r"an|von|auf|till|til|fra|från|på|aan|van|op|dla|od|na)|en réponse à|in reply to)\s.{2,60}?"
    r"(?:\s[·•|—–]\s[^·•|]{2,30}|\s\d{1,2}[:.]\d{2}(?:\s?uhr)?\s?:?)$"
    # "Lucía M. responde a Javier T.", "↳ Annelies_K reageerde": who answers whom, over the answer
    r"|^(?:[↳↪→]\s*)?[^\s:]{2,25}(?:\s[A-ZÀ-Ý][\w'’-]{0,12}\.?)?\s(?:responde a|répond à|risponde a|replies to|replied to|"
    r"antwortet|svarar|svarer|odpowiada|reageert op|reageerde|replied|antwortete|a répondu|respondió|rispose|respondeu|"
    r"svarade|svarte|svarede|odpowiedziała?)(?:\s[^\s:]{2,25}(?:\s[A-ZÀ-Ý][\w'’-]{0,12}\.?)?)?$",
    re.I,
)
# A reply with its text on its header's line: "↳ Mia S svarade Bosse_i_Varbäck · 54 min sedan: Samma här ...".
INLINE_REPLY = re.compile(
    r"^[↳↪]\s*\S.{1,80}?(?:\d{1,2}[:.]\d{2}|sedan|siden|ago|temu|fa|geleden|atrás)\s*:\s+\S"
    # "→ Réponse de Guide_Belledonne : ...", "Replying to RiverRat54: ..."
    r"|^(?:[↳↪→]\s*)?(?i:réponse de|respuesta de|risposta di|resposta de|antwort von|reply from|replying to|in reply to|"
    r"en réponse à|svar fra|svar från|odpowiedź od|antwoord van)\s+\S{2,25}\s?:\s+\S"
)
# The button closing a comment.
REPLY = re.compile(
    r"^(?:(?:👍|👎|▲|▼|♥)\s*\d+\s+)*(?:reply|antworten|répondre|responder|rispondi|beantwoorden|svara|svar|odpowiedz)"
    r"(?:\s*[·•|]\s*\d+|\s*\(\d+\))?(?:\s*[·•|]\s*(?:melden|report|signaler|denunciar|segnala|zgłoś|rapportera|anmeld))?"
    r"(?:\s+(?:👍|👎|▲|▼|♥)\s*\d+)*$",
    re.I,
)
# An agency and its photographer: "EFE/Paulo Cunha", "APA/dpa/Jonas Brinkmann" (not the agency and the paper:
# "Lusa / Diário do Atlântico").
AGENCY_PHOTOGRAPHER = re.compile(
    r"^(?:(?:AFP|AP|Reuters|REUTERS|EFE|Lusa|LUSA|ANSA|dpa|DPA|EPA|ANP|PAP|TT|NTB|Ritzau|Belga|Keystone|APA|Getty Images)"
    r"\s*/\s*){1,3}[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2}$"
)
# A death notice: "DAWSON, Eric. Passed away peacefully on 12 November, aged 89."
DEATH_NOTICE = re.compile(
    r"^[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*, [A-ZÀ-Ý][a-zà-ÿ]+.{0,80}\b(?:passed away|died|aged|décédée?|verstorben|"
    r"fallecid[oa]|mort[oa]|falecid[oa]|overleden|zmarł[a]?|død|döde)\b"
)
# A caption ending on the agency and its photographer: "... en Castel Moriano. EFE/Vigili del Fuoco".
AGENCY_FIRST_CREDIT = re.compile(
    r"[.)]\s?(?:AFP|AP|Reuters|REUTERS|EFE|Lusa|LUSA|ANSA|dpa|DPA|EPA|ANP|PAP|Belga|Keystone|APA)\s*/\s*"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:del|de|di|da|dei|van|von|[A-ZÀ-Ý][\w'’-]+)){0,4}\s*$"
)
# A match's result: "FC Calanques 2 - 1 US Sainte-Baume" (not "Eat 60–90 minutes before your workout").
SCORE_LINE = re.compile(r"^[A-ZÀ-Ý][^\d:|]{2,40}? \d{1,3}\s?[-–]\s?\d{1,3} [A-ZÀ-Ý][^\d:|]{2,40}(?<![.!?])$")
# A photographer and the paper or agency, under a caption: "Rui Mendonça / Diário do Litoral".
PERSON_CREDIT = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2}\s/\s[A-ZÀ-Ý][\w'’-]*"
    r"(?: (?:[A-ZÀ-Ý][\w'’-]*|d[aoe]s?|del|la|le|di|du|van|von|the|of))*$"
)
# A photographer in capitals with the agency: "LUDOVIC MARIN (EFE)".
# An agency in capitals over its photographer's name: "KEYSTONE/Pierre-Alain Favre" ("Lusa / Diário do Atlântico",
# an agency and the outlet, is a byline).
AGENCY_PHOTOGRAPHER_CAPS = re.compile(
    r"^(?:KEYSTONE|EPA|AFP|DPA|REUTERS|ANSA|EFE|LUSA|ANP|BELGA|PAP|TT|NTB|SCANPIX|RITZAU|AP|APA)\s*/\s*"
    r"[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){1,3}$"
)
CAPS_CREDIT = re.compile(
    r"^[A-ZÀ-ÝÑ][A-ZÀ-ÝÑ'’.-]+(?:\s+[A-ZÀ-ÝÑ][A-ZÀ-ÝÑ'’.-]+){1,3}\s*\((?:AFP|AP|Reuters|REUTERS|EPA|dpa|DPA|ANSA|EFE|Lusa|LUSA|ANP|"
    r"[A-Z]{2,6}|[A-ZÀ-ÝÑ]{3,}(?: [A-ZÀ-ÝÑ]{3,}){1,2})\)$"
)
