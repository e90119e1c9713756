"""Pages that are not articles at all: a "page not found" notice, a robot check or a sign-up form served instead of the
report."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfuse.textnorm import strip_accents

# What such pages say, in our languages (folded: lower case, no accents).
_ERROR_PAGE = re.compile(
    r"\b(?:"
    # not found
    r"page (?:you (?:requested|are looking for) )?(?:cannot|could not|can't|was not) be found|page not found|"
    r"unable to find (?:the )?requested (?:news )?(?:story|article|page)|"
    r"(?:error 404|404 error|404 not found)|"
    r"page (?:demandee )?(?:est )?introuvable|cette page n'existe (?:pas|plus)|erreur 404|"
    r"seite (?:wurde )?nicht gefunden|seite existiert nicht|fehler 404|"
    r"pagina no encontrada|la pagina (?:que buscas )?no existe|"
    r"pagina non trovata|pagina nao encontrada|pagina niet gevonden|"
    r"(?:(?:unfortunately|sorry),? )?(?:we are |we're )?unable to process your request|this error is usually temporary|"
    # robot checks and blocked access
    r"make sure your browser supports javascript|(?:please )?enable javascript|are you a robot|"
    r"verify (?:that )?you are (?:a )?human|access denied|activez (?:le )?javascript|acces refuse|"
    r"aktivieren sie javascript|zugriff verweigert|acceso denegado"
    r")\b"
)


def error_page_notice(sentences: Sequence[str], max_words: int = 200) -> str | None:
    """The notice a short text opens with when it is an error page or a robot check, else None.

    Only a notice opening one of the first two sentences of a text under ``max_words`` words counts: a report that
    says a site showed "page not found", or mentions a "404" further on or at length, is still a report.
    """
    if sum(len(s.split()) for s in sentences) >= max_words:
        return None
    for sentence in sentences[:2]:
        found = _ERROR_PAGE.search(strip_accents(sentence.lower()))
        if found and found.start() <= 12:  # "Sorry, the page you ...", "La page demandée ..."
            return sentence
    return None


# A sign-up form: "Registering for Example.com is free and easy!", "Create your account", with a password field.
_SIGN_UP = re.compile(
    r"\b(?:registering (?:for|with|on) \S+ is free|registration is free|create your (?:free )?account|"
    r"inscription (?:est )?gratuite|creez votre compte|registrieren sie sich kostenlos|registrate gratis|"
    r"registrati gratuitamente|cadastre-se gratuitamente|register (?:for|with|on|at) \S+\.[a-z]{2,}|"
    r"forgot your (?:id|password|username|member id))\b"
)
_PASSWORD = re.compile(r"\b(?:password|mot de passe|passwort|contrasena|senha)\b")


def sign_up_notice(sentences: Sequence[str]) -> str | None:
    """The invitation a page opens with when it is a sign-up form (it asks for a password), else None."""
    folded = [strip_accents(s.lower()) for s in sentences]
    if not any(_PASSWORD.search(s) for s in folded):
        return None
    return next((sentences[i] for i, s in enumerate(folded[:5]) if _SIGN_UP.search(s)), None)


# What a paywall says instead of the report (folded): buy or subscribe to read, subscribers only, log in to read.
_PAYWALL = re.compile(
    r"\b(?:"
    r"(?:purchase|buy) (?:this|the) article|article purchases?|site licen[cs]e|full[- ]text articles?|"
    r"(?:institutional customers|subscribers|registered users) only|only (?:to|for) (?:subscribers|registered users)|"
    r"(?:already|are you) an? (?:personal |online |digital )?subscriber|personal subscri(?:ption|bers?)|"
    r"subscribe (?:now )?to (?:read|continue|access|view)|(?:active|online) subscription|"
    r"log ?in (?:via|with|using|above|below|to (?:read|continue|view))|you must be a registered user|"
    r"(?:article|contenu) reserve aux abonnes|abonnez-vous pour (?:lire|continuer|acceder)|deja abonne|"
    r"nur fur abonnenten|bereits abonnent|jetzt (?:abonnieren|weiterlesen)|"
    r"exclusivo para (?:suscriptores|assinantes)|ya eres suscriptor|riservato agli abbonati|sei gia abbonato|"
    r"ja e assinante|alleen voor abonnees|al abonnee"
    r")\b"
)


def paywall_notice(sentences: Sequence[str], max_words: int = 300) -> str | None:
    """The first of the access prompts a short text is made of when it is a paywall, else None.

    Three prompts at least ("In order to purchase this article you must be a registered user", "log in via the box
    above") that make up a third of the sentences of a text under ``max_words`` words: a report about paywalls
    quotes a prompt or two among its own sentences.
    """
    if sum(len(s.split()) for s in sentences) >= max_words:
        return None
    prompts = [s for s in sentences if _PAYWALL.search(strip_accents(s.lower()))]
    return prompts[0] if len(prompts) >= 3 and 3 * len(prompts) >= len(sentences) else None
