"""Every piece of reader-facing Spanish the core produces, in one place.

A copy-editor reviews the voice of the whole product here: neutral Spanish, "tú" for
the reader, and a courteous "ustedes"/"su" in the messages the reader sends to a
company. Placeholders use `str.format` names; the modules that fill them never add
wording of their own.
"""

from __future__ import annotations

from .model import Channel, Impact, InteractionKind, SituationKind, SlaUnit

# --- Labels shared by every tool -------------------------------------------------------

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "Correo electrónico",
    Channel.PORTAL: "Portal de soporte",
    Channel.CHAT: "Chat",
    Channel.PHONE: "Teléfono",
    Channel.SOCIAL: "Redes sociales",
}

# The same channels inside a sentence ("por correo electrónico").
CHANNEL_IN_SENTENCE: dict[Channel, str] = {
    Channel.EMAIL: "por correo electrónico",
    Channel.PORTAL: "en el portal de soporte",
    Channel.CHAT: "por chat",
    Channel.PHONE: "por teléfono",
    Channel.SOCIAL: "por redes sociales",
}

IMPACT_LABELS: dict[Impact, str] = {
    Impact.LOW: "Bajo",
    Impact.AFFECTS_ME: "Me afecta",
    Impact.CRITICAL: "Crítico",
}

SLA_UNIT_LABELS: dict[SlaUnit, str] = {
    SlaUnit.DAYS: "días hábiles",
    SlaUnit.HOURS: "horas hábiles",
    SlaUnit.CALENDAR_DAYS: "días naturales",
    SlaUnit.CALENDAR_HOURS: "horas",
}

INTERACTION_KIND_LABELS: dict[InteractionKind, str] = {
    InteractionKind.CONTACT: "Contacto",
    InteractionKind.FOLLOW_UP: "Seguimiento enviado",
    InteractionKind.ESCALATION: "Solicitud de escalado",
}


def sla_phrase(amount: int, unit: SlaUnit, calendar_word: str = "naturales") -> str:
    """The promise in the company's own unit: "3 días hábiles", "1 hora hábil", "48 horas",
    "10 días naturales" (or the country's word for calendar days: "calendario", "corridos")."""
    one = amount == 1
    if unit is SlaUnit.HOURS:
        return f"{amount} hora hábil" if one else f"{amount} horas hábiles"
    if unit is SlaUnit.CALENDAR_HOURS:
        return f"{amount} hora" if one else f"{amount} horas"
    if unit is SlaUnit.CALENDAR_DAYS:
        return f"{amount} día {calendar_word}" if one else f"{amount} días {calendar_word}"
    return f"{amount} día hábil" if one else f"{amount} días hábiles"


# Under a date counted in calendar days or in months: nothing is skipped.
CALENDAR_DAYS_NOTE = "Contamos días {word}: los fines de semana y festivos también cuentan."
CALENDAR_MONTHS_NOTE = "Un plazo en meses o años va de fecha a fecha: los festivos no lo alargan."

# Under the advice: the one date that matters on the ladder.
LEGAL_DATE_COMPANY = "Plazo legal de la empresa: hasta el {date}."
LEGAL_DATE_READER = "Tu plazo para acudir: hasta el {date}."
LEGAL_DATE_AUTHORITY = "Plazo de la autoridad: hasta el {date}."
LEGAL_DATE_REPLY = "Fecha que diste a la empresa para responder: el {date}."
LEGAL_DATE_OPENS = "Puedes acudir desde el {date}."

# Preconditions of an authority, from `legal.Rung.preconditions`.
PRECONDITION_MUST = "Antes tienes que {what}"
PRECONDITION_OTHER = "Requisitos previos: {what}"


def lower_first(text: str) -> str:
    """A sentence's first letter lowered ("La empresa" -> "la empresa"), unless the first
    word is an acronym or a name with inner capitals ("INDECOPI", "ChileAtiende")."""
    first = text.split(" ", 1)[0]
    if not first or any(c.isupper() for c in first[1:]) or first[:1] != first[:1].upper():
        return text
    if first in ("El", "La", "Los", "Las", "Haber", "Reclamar", "Reclamación", "Que"):
        return text[0].lower() + text[1:]
    return text


def business_days_phrase(n: int) -> str:
    return f"{n} día hábil" if n == 1 else f"{n} días hábiles"


def join_words(items: list[str]) -> str:
    """ "a", "a y b", "a, b y c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " y " + items[-1]


# --- Validation (followup.validation) --------------------------------------------------

ERR_UNKNOWN_FIELD = "Este campo no existe."
# No day/month order is assumed: a browser in English shows mm/dd/yyyy in the same field.
ERR_DATE_FORMAT = (
    "No se entiende esa fecha: elígela en el calendario del campo y comprueba debajo, en "
    "palabras, el día que quedó anotado."
)
ERR_DATE_FUTURE = "La fecha no puede ser posterior a hoy."
ERR_LAST_BEFORE_OPENED = "La última comunicación no puede ser anterior a la apertura del caso."
ERR_OPENED_AFTER_LAST = "La apertura del caso no puede ser posterior a la última comunicación."
ERR_BEFORE_OPENED = "La fecha no puede ser anterior a la apertura del caso."
ERR_AUTHORITY_BEFORE_COMPLAINT = (
    "La fecha de la autoridad no puede ser anterior a la de la reclamación formal."
)
ERR_REPLY_BY_BEFORE_COMPLAINT = (
    "La fecha de respuesta tiene que ser posterior a la de tu reclamación formal."
)
ERR_INTEGER = "Escribe un número entero, por ejemplo 3."
ERR_SLA_RANGE = "El plazo tiene que estar entre 1 y 999."
ERR_CHOICE = "Elige una de las opciones de la lista."
ERR_TOO_LONG = "El texto es demasiado largo: como máximo {limit} caracteres."
ERR_CASE_NUMBER_MISSING = "Falta el número de caso: es lo primero que te van a pedir."
ERR_DATE_REQUIRED = "Indica la fecha."
ERR_CHANNEL_REQUIRED = "Indica el canal."
ERR_EVIDENCE_EMPTY = "Describe la prueba, por ejemplo «Captura del error del 3 de noviembre»."
ERR_EVIDENCE_DUPLICATE = "Esa prueba ya está en la lista."

# --- Checklist (followup.checklist): label, hint -------------------------------------

CHECKLIST: dict[str, tuple[str, str]] = {
    "case_number": (
        "Número de caso",
        "Es tu identificador: lo primero que vas a mencionar en cada contacto.",
    ),
    "company": (
        "Empresa y canal",
        "Con quién abriste el caso y por dónde: ahí conviene seguir.",
    ),
    "opened": (
        "Fecha de apertura",
        "El día en que abriste el caso.",
    ),
    "last_contact": (
        "Última comunicación",
        "El último mensaje o llamada sobre el caso, tuyo o de la empresa.",
    ),
    "summary": (
        "Resumen del problema",
        "Una o dos frases con la descripción original: sirven para recordarlo sin repetirlo todo.",
    ),
    "interactions": (
        "Interacciones previas",
        "Correos, chats y llamadas anteriores, con el nombre del agente si lo sabes.",
    ),
    "evidence": (
        "Pruebas",
        "Capturas, videos, registros de errores o documentos que ya enviaste o puedes enviar.",
    ),
    "impact": (
        "Impacto actual",
        "Cómo te afecta ahora el problema: si ha empeorado o si ha surgido algo nuevo.",
    ),
    "sla": (
        "Plazo de respuesta",
        "El plazo que te indicaron o el que publica la empresa (SLA). Si no te dieron "
        "ninguno, márcalo como revisado.",
    ),
}

PROGRESS = "{done} de {total} listos"

# --- Messages to the company (followup.messages) ---------------------------------------
# Register: courteous, "ustedes"/"su" for the company; "usted" for one named person (the
# `_ONE` variants), so a greeting by name never goes on in the plural.

CASE_NUMBER_PLACEHOLDER = "[número de caso]"
# Placeholders a company could read if one is left in: they never say «tu».
SIGNATURE_PLACEHOLDER = "[Nombre y apellidos]"
NAME_PLACEHOLDER = "[nombre y apellidos]"
ELLIPSIS = "…"

SUBJECT = "Seguimiento – Caso {number}"
SUBJECT_ESCALATION = "Solicitud de escalado – Caso {number}"
SUBJECT_DESCRIPTION = "{subject} – {description}"
# When the summary's first sentence is too long for a subject: what happened, in the words
# a company files it under.
SITUATION_SUBJECTS: dict[SituationKind, str] = {
    SituationKind.UNAUTHORISED_CHARGE: "Cargo no reconocido",
    SituationKind.WRONG_BILL: "Cobro indebido en la factura",
    SituationKind.SERVICE_CUT: "Servicio interrumpido",
    SituationKind.ORDER: "Pedido no entregado o producto defectuoso",
    SituationKind.CANCELLATION: "Baja no tramitada",
    SituationKind.FLIGHT: "Incidencia con el vuelo",
}

# A named agent is greeted by name (no "Estimado/a" slash form) and the message then says
# "usted" to that one person.
GREETING_AGENT = "Hola, {agent}:"
GREETING_COMPANY = "Hola, equipo de soporte de {company}:"
GREETING_TEAM = "Hola, equipo de soporte:"

RECAP = "Escribo para dar seguimiento al caso {number}{opened}{problem}"
RECAP_OPENED = ", abierto el {date}"
RECAP_PROBLEM = ", sobre este problema: {problem}"
# An escalation is not one more follow-up: it opens on the case, not on "dar seguimiento".
RECAP_ESCALATION = "Escribo en relación con el caso {number}{opened}{problem}"

GOAL_SENTENCES: dict[str, str] = {
    "status": "Me gustaría saber en qué estado se encuentra el caso y si hay alguna novedad.",
    "estimate": (
        "Les agradecería que me indicaran una fecha estimada de resolución, aunque sea aproximada."
    ),
    "next_steps": (
        "Me gustaría saber cuáles son los siguientes pasos y si tengo que hacer algo por mi parte."
    ),
    "more_info": (
        "Me gustaría saber si necesitan alguna información adicional de mi parte "
        "para avanzar con el caso."
    ),
    "refund": (
        "Les pido el reembolso del importe que pagué y que me indiquen en qué fecha lo recibiré."
    ),
    "cancel_charge": (
        "Les pido que anulen el cobro indebido y que me confirmen por escrito que lo han hecho."
    ),
    "compensation": "Les pido una compensación por los perjuicios que me ha causado el problema.",
}

GOAL_SENTENCES_ONE: dict[str, str] = {
    **GOAL_SENTENCES,
    "estimate": (
        "Le agradecería que me indicara una fecha estimada de resolución, aunque sea aproximada."
    ),
    "more_info": (
        "Me gustaría saber si necesita alguna información adicional de mi parte "
        "para avanzar con el caso."
    ),
    "refund": (
        "Le pido el reembolso del importe que pagué y que me indique en qué fecha lo recibiré."
    ),
    "cancel_charge": (
        "Le pido que anule el cobro indebido y que me confirme por escrito que se ha anulado."
    ),
    "compensation": "Le pido una compensación por los perjuicios que me ha causado el problema.",
}

NEW_INFO = "Desde mi último mensaje, {new_info}"
CRITICAL = (
    "Quiero señalar que el problema me está afectando seriamente, por lo que les "
    "agradecería que dieran prioridad al caso."
)
CRITICAL_ONE = (
    "Quiero señalar que el problema me está afectando seriamente, por lo que le "
    "agradecería que diera prioridad al caso."
)
OFFER = "Si necesitan más detalles o que haga alguna prueba, estoy a su disposición."
OFFER_ONE = "Si necesita más detalles o que haga alguna prueba, estoy a su disposición."
EVIDENCE_INTRO = "Si les resulta útil, puedo enviarles lo siguiente:"
EVIDENCE_INTRO_ONE = "Si le resulta útil, puedo enviarle lo siguiente:"
CLOSE = "Gracias por su atención a este asunto. Quedo a la espera de su respuesta."
SIGN_OFF = "Saludos cordiales,"

# The facts, not a shared blame ("no hemos logrado avanzar").
ESCALATION_REQUEST = (
    "Como el caso sigue sin resolverse, les pido que lo escalen a un supervisor o a un "
    "nivel de soporte superior para su revisión."
)
ESCALATION_REQUEST_ONE = (
    "Como el caso sigue sin resolverse, le pido que lo escale a un supervisor o a un "
    "nivel de soporte superior para su revisión."
)
SLA_MISSED = "El plazo de respuesta que se me indicó ({sla}) venció el {date}."
EARLIER_FOLLOW_UPS = "Ya solicité una actualización {dates}."
# Follow-ups the reader declared (in the wizard) but did not date in the timeline.
EARLIER_FOLLOW_UPS_ONE = "Ya solicité una actualización anteriormente, sin respuesta."
EARLIER_FOLLOW_UPS_COUNT = "Ya solicité una actualización {n} veces, sin respuesta."

# Chat: short lines, the case number first.
CHAT_OPENER = "Hola, escribo por el caso {number}{opened}."
CHAT_OPENED = ", abierto el {date}"
CHAT_PROBLEM = "Se trata de este problema: {problem}."
CHAT_GOALS: dict[str, str] = {
    "status": "¿Podrían decirme en qué estado está y si hay alguna novedad?",
    "estimate": "¿Podrían darme una fecha estimada de resolución, aunque sea aproximada?",
    "next_steps": (
        "¿Podrían decirme cuáles son los siguientes pasos y si tengo que hacer algo por mi parte?"
    ),
    "more_info": "¿Necesitan alguna información adicional de mi parte para avanzar?",
    "refund": "¿Podrían tramitar el reembolso de lo que pagué y decirme cuándo lo recibiré?",
    "cancel_charge": "¿Podrían anular el cobro indebido y confirmármelo por escrito?",
    "compensation": "¿Podrían ofrecerme una compensación por los perjuicios del problema?",
}
CHAT_ESCALATION = (
    "Como el caso no avanza, ¿podrían pasarlo a un supervisor o a un nivel de soporte superior?"
)
CHAT_CRITICAL = "El problema me está afectando seriamente."
CHAT_THANKS = "Gracias."

# Phone: a script for the reader (tú), with the sentences to say in «».
PHONE_SAY_HEADING = "1. Lo primero que dices"
PHONE_ASK_HEADING = "2. Qué preguntas"
PHONE_NOTE_HEADING = "3. Qué anotas"
PHONE_INTRO = "«Hola, llamo por el caso número {number}. Me llamo {name}.»"
PHONE_PROBLEM_OPENED = "«Lo abrí el {date} por este problema: {problem}»"
PHONE_PROBLEM = "«Es por este problema: {problem}»"
PHONE_OPENED = "«Lo abrí el {date}.»"
PHONE_NEW_INFO = "«Desde la última vez, {new_info}»"
PHONE_CRITICAL = "«El problema me está afectando seriamente.»"
PHONE_SAY_LINE = "«{sentence}»"
PHONE_AGENT = "«La última vez me atendió {agent}.»"
PHONE_DEADLINE = "«Me indicaron un plazo de {sla}, que termina el {date}.»"
PHONE_DEADLINE_PAST = "«Me indicaron un plazo de {sla}, que venció el {date}.»"
PHONE_WAIT_NOTE = (
    "Antes de llamar: «¿Escalo ya?» te aconseja esperar hasta el {date}. Si llamas antes, "
    "pregunta solo si hay novedades."
)
PHONE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "status": ("¿En qué estado está el caso?", "¿Hay alguna novedad?"),
    "estimate": ("¿Para cuándo calculan que estará resuelto?", "¿De qué depende esa fecha?"),
    "next_steps": (
        "¿Cuál es el siguiente paso y quién se encarga?",
        "¿Tengo que hacer algo por mi parte?",
    ),
    "more_info": (
        "¿Necesitan alguna información o prueba más de mi parte?",
        "¿Cómo se la hago llegar para que quede en el caso?",
    ),
    "refund": ("¿Pueden tramitar hoy el reembolso?", "¿En qué fecha lo recibiré?"),
    "cancel_charge": (
        "¿Pueden anular el cobro indebido?",
        "¿Me lo confirman por escrito, con una referencia?",
    ),
    "compensation": (
        "¿Qué compensación pueden ofrecerme por los perjuicios?",
        "¿Me la confirman por escrito?",
    ),
}

# --- The formal complaint letter (messages.complaint_letter) ----------------------------
# To the company: "ustedes"; the reader signs. Facts are numbered, with dates. The country's
# own words (reclamación / reclamo / PQR, the receipt's name, the ID's name) come from
# `followup.vocabulary`; sentences that end on the reader's words get their stop in code.

COMPLAINT_SUBJECT = "{title} – Caso {number}"
COMPLAINT_GREETING_COMPANY = "Al servicio de atención al cliente de {company}:"
COMPLAINT_GREETING = "Al servicio de atención al cliente:"
COMPLAINT_INTRO = (
    "Por medio de este escrito presento {complaint} sobre el caso {number}{opened}, "
    "que sigue sin resolverse."
)
# Filed by chat, phone or in person: the letter confirms it in writing.
COMPLAINT_INTRO_CONFIRM = (
    "Por medio de este escrito confirmo {complaint} que presenté el {date}{channel} sobre el "
    "caso {number}, que sigue sin resolverse."
)
COMPLAINT_INTRO_REPEAT = (
    "Por medio de este escrito reitero {complaint} que presenté el {date}{channel} sobre el "
    "caso {number}, que sigue sin resolverse."
)
# The sender's block and the signature: the ID under the country's name for it.
COMPLAINT_ID = "{id_name}: {value}"
ID_NAME_ANY = "número de identificación"
COMPLAINT_CUSTOMER = "Número de cliente o contrato: {value}"
COMPLAINT_FACTS = "Hechos:"
COMPLAINT_FACT_OPENED = "El {date} abrí el caso{channel}{problem}"
COMPLAINT_FACT_PROBLEM = " para comunicarles este problema: {problem}"
COMPLAINT_FACT_UNDATED = "El problema es este: {problem}"
COMPLAINT_FACT_ENTRY: dict[InteractionKind, str] = {
    InteractionKind.CONTACT: "El {date} tuve contacto con ustedes {channel}{agent}{note}",
    InteractionKind.FOLLOW_UP: "El {date} pedí una actualización {channel}{agent}{note}",
    InteractionKind.ESCALATION: "El {date} pedí que escalaran el caso {channel}{agent}{note}",
}
COMPLAINT_FACT_AGENT = " (me atendió {agent})"
COMPLAINT_FACT_NOTE = ": {note}"
COMPLAINT_FACT_COMPLAINT = "El {date} presenté {complaint}{channel}{ref}"
COMPLAINT_FACT_REF = ", con {ref} {value}"
COMPLAINT_FACT_NEW_INFO = "Desde mi último contacto con ustedes, {new_info}"
COMPLAINT_FACT_TODAY = "A fecha de hoy, {date}, el problema sigue sin solución."
COMPLAINT_REQUEST = "Solicito:"
COMPLAINT_GOALS: dict[str, str] = {
    "solution": "Que resuelvan el problema de forma definitiva.",
    "refund": "El reembolso del importe que pagué.",
    "cancel_charge": "Que anulen el cobro indebido y me devuelvan su importe.",
    "compensation": "Una compensación por los perjuicios que me ha causado el problema.",
}
# What a lawyer adds to the request for what happened, beside the reader's goal.
COMPLAINT_SITUATION_REQUESTS: dict[str, str] = {
    "unauthorised_charge": (
        "Que no me cobren intereses ni comisiones por ese cargo mientras se resuelve."
    ),
    "wrong_bill": "Que me envíen la factura corregida.",
    "service_cut": (
        "Que restablezcan el servicio cuanto antes y me indiquen por escrito la causa del "
        "corte y la fecha en que quedará resuelto."
    ),
    "cancellation": (
        "Que me confirmen por escrito la baja, con efecto desde la fecha en que la pedí, y "
        "que no me hagan ningún cargo posterior a esa fecha."
    ),
}
COMPLAINT_ANSWER = (
    "Que me respondan por escrito y me den un justificante de {complaint} con {ref} que le asignen."
)
COMPLAINT_ANSWER_REF = "Que me respondan por escrito, citando {ref} {value}."
# Where the complaints book gives the receipt (vocabulary.book_request follows).
COMPLAINT_ANSWER_BOOK = "Que me respondan por escrito."
COMPLAINT_DEADLINE = (
    "Les recuerdo que disponen de {words} para responder a {complaint}{law}, es decir, hasta "
    "el {date}."
)
COMPLAINT_DEADLINE_PAST = (
    "Les recuerdo que disponían de {words} para responder a {complaint}{law}, y ese plazo "
    "venció el {date}."
)
COMPLAINT_DEADLINE_LAW = ", según {law}"
# A deadline a situation's rule sets (what is due by then is not always an answer).
COMPLAINT_RULE_DEADLINE = (
    "Les recuerdo que {law} les da {words} desde {complaint}, es decir, hasta el {date}."
)
COMPLAINT_RULE_DEADLINE_PAST = (
    "Les recuerdo que {law} les daba {words} desde {complaint}, y ese plazo venció el {date}."
)
COMPLAINT_RULE_ANY_LAW = "la normativa aplicable"
# Where the law sets no deadline: the date the reader chose (messages.company_due).
COMPLAINT_REPLY_BY = "Les ruego que me respondan antes del {date}."
COMPLAINT_REPLY_BY_PAST = "Les pedí que me respondieran antes del {date}, y ese día ya pasó."
COMPLAINT_NO_DEADLINE = "Les ruego que me respondan en el menor plazo posible."
COMPLAINT_NEXT = (
    "Si no recibo una respuesta satisfactoria, {action} la autoridad competente: {authority}."
)
COMPLAINT_NEXT_ANY = (
    "Si no recibo una respuesta satisfactoria, {action} la autoridad de consumo competente."
)
COMPLAINT_ATTACHED = "Adjunto:"
COMPLAINT_CLOSE = "Atentamente,"

# How the formal complaint was filed: said to the company (in a letter) or about it (to an
# authority). The complaints book takes the country's name (followup.vocabulary).
COMPLAINT_CHANNEL_TO_COMPANY: dict[str, str] = {
    "email": " por correo electrónico",
    "form": " en el formulario de su web",
    "letter": " por carta",
    "in_person": " en persona",
    "chat": " por chat",
    "phone": " por teléfono",
}
COMPLAINT_CHANNEL_ABOUT: dict[str, str] = {
    **COMPLAINT_CHANNEL_TO_COMPANY,
    "form": " en el formulario web de la empresa",
    "in_person": " en persona, en un punto de atención de la empresa",
    "chat": " por el chat de la empresa",
}

# --- «Pide tu número de caso y un justificante» ------------------------------------------

ASK_NUMBER_SUBJECT = "Solicitud de número de caso y justificante"
ASK_NUMBER_CONTACTED = "El {date} me puse en contacto con ustedes{channel}{problem}"
ASK_NUMBER_CONTACTED_UNDATED = "Me puse en contacto con ustedes{channel}{problem}"
ASK_NUMBER_REQUEST = (
    "No he recibido ningún número de caso. Les pido que me indiquen el número de caso (o de "
    "incidencia, ticket o reclamación) y que me envíen un justificante por escrito con la "
    "fecha de mi solicitud."
)

# --- The chronology for an authority's form ----------------------------------------------

CHRONO_TITLE = "Cronología del caso"
CHRONO_COMPANY = "Empresa: {company}"
CHRONO_NUMBER = "Número de caso: {number}"
CHRONO_CUSTOMER = "Número de cliente o contrato: {number}"
CHRONO_PLACE = "País y sector: {country}, {sector}"
CHRONO_PROBLEM = "Problema: {problem}"
CHRONO_OPENED = "{date}: abrí el caso{channel}."
CHRONO_ENTRY = "{date}: {kind}{channel}{agent}{note}"
CHRONO_KIND: dict[InteractionKind, str] = {
    InteractionKind.CONTACT: "contacto con la empresa",
    InteractionKind.FOLLOW_UP: "pedí una actualización",
    InteractionKind.ESCALATION: "pedí que escalaran el caso",
}
CHRONO_COMPLAINT = "{date}: presenté {complaint}{channel}{ref}."
CHRONO_COMPLAINT_REF = " ({ref})"
CHRONO_COMPANY_DUE = "{date}: venció el plazo legal de la empresa para responder ({words})."
CHRONO_COMPANY_DUE_PENDING = "{date}: vence el plazo legal de la empresa para responder ({words})."
# Where the law sets none: the reply date the reader gave the company.
CHRONO_READER_DUE = "{date}: pasó la fecha que di a la empresa para responder."
CHRONO_READER_DUE_PENDING = "{date}: vence la fecha que di a la empresa para responder."
CHRONO_NEW_INFO = "Desde el último contacto con la empresa, {new_info}"
CHRONO_TODAY = "{date}: el problema sigue sin solución."
CHRONO_REQUEST = "Lo que pido: {goal}"
CHRONO_EVIDENCE = "Pruebas que puedo aportar: {items}."

PHONE_ESCALATION_QUESTION = (
    "Como el caso no avanza, ¿puedo hablar con un supervisor o pedir que lo pasen a un "
    "nivel de soporte superior?"
)
PHONE_RECORD_QUESTION = "¿Pueden dejar constancia de esta llamada en el caso?"
PHONE_NOTES = (
    "Nombre de la persona que atiende:",
    "Fecha y hora de la llamada:",
    "Qué promete la empresa:",
    "Nuevo plazo:",
    "Referencia de la llamada, si la dan:",
)

# Social media: the public post never names the case, the problem or any personal data.
SOCIAL_GREETING_COMPANY = "Hola, {company}."
SOCIAL_GREETING = "Hola."
SOCIAL_PUBLIC = (
    "Tengo un caso de soporte abierto y todavía no he recibido ninguna actualización. "
    "¿Podrían escribirme por mensaje privado para revisarlo? Gracias."
)
SOCIAL_PUBLIC_ESCALATION = (
    "Tengo un caso de soporte abierto que no avanza pese a varios seguimientos por los "
    "canales habituales. ¿Podrían escribirme por mensaje privado para revisarlo? Gracias."
)

# Left in a draft: a bracketed blank the reader has to fill in before sending.
PLACEHOLDER_FINDING = "Completa «{excerpt}» antes de enviarlo."

# --- Storage and backups (followup.storage, followup.export) ---------------------------

STORAGE_DAMAGED = "Los datos guardados están dañados y no se pueden leer."
STORAGE_NOT_OURS = "Este archivo no es una copia de seguridad de Sigue tu caso."
STORAGE_TOO_NEW = (
    "Esta copia es de una versión más nueva de Sigue tu caso. Recarga la página para "
    "usar la última versión e inténtalo de nuevo."
)

# --- Guards on what the reader is about to send (followup.guards) ----------------------

PRIVACY_FINDINGS: dict[str, str] = {
    "case_number": (
        "Tu mensaje público incluye el número de caso ({excerpt}): quítalo y dalo solo "
        "por mensaje privado."
    ),
    "email": (
        "Tu mensaje público incluye un correo electrónico ({excerpt}): quítalo y pide que "
        "te escriban por mensaje privado."
    ),
    "phone": (
        "Tu mensaje público incluye un número de teléfono ({excerpt}): quítalo y pide que "
        "te escriban por mensaje privado."
    ),
    "id_number": (
        "Tu mensaje público incluye lo que parece un documento de identidad o un número "
        "personal ({excerpt}): quítalo; esos datos nunca se comparten en público."
    ),
    "iban": (
        "Tu mensaje público incluye un número de cuenta bancaria ({excerpt}): quítalo; "
        "esos datos nunca se comparten en público."
    ),
}

TONE_FINDINGS: dict[str, str] = {
    "shouting": (
        "Tu mensaje está casi todo en mayúsculas, y eso se lee como un grito. Escríbelo en "
        "minúsculas: un tono tranquilo consigue ayuda antes."
    ),
    "insult": (
        "«{excerpt}» puede sonar ofensivo. Cuenta los hechos (fechas, plazos, lo que ha "
        "pasado): un tono hostil no acelera el proceso y hace que el agente sea menos "
        "receptivo."
    ),
    "punctuation": (
        "Quita los signos repetidos («{excerpt}»): un mensaje sereno y claro se atiende antes."
    ),
    "threat": (
        "«{excerpt}» suena a amenaza. Si piensas reclamar por otra vía, dilo con calma y "
        "sin amenazar: un tono respetuoso consigue respuestas más rápidas."
    ),
}

# --- Escalation advice (followup.escalation) -------------------------------------------

ADVICE_HEADLINES: dict[str, str] = {
    "wait": "Espera hasta el {date}",
    "follow_up": "Haz hoy un seguimiento {channel}",
    "follow_up_any": "Haz hoy un seguimiento por el canal en el que abriste el caso",
    "call": "Llama por teléfono",
    "escalate": "Pide que escalen el caso",
    "social": "Último recurso: escribe a su cuenta oficial en redes sociales",
    "complaint": "Presenta una reclamación formal por escrito",
    "await_company": "Espera la respuesta a tu reclamación formal: el plazo legal vence el {date}",
    "await_reply": "Espera la respuesta a tu reclamación formal hasta el {date}",
    "await_opens": "Espera hasta el {date}: ese día ya puedes acudir a {body}",
    "authority": "Acude a: {body}",
    "authority_any": "Acude a la autoridad de consumo de tu país",
    "await_authority": "Espera la respuesta de la autoridad",
}

# The channels inside "probaste el correo electrónico, el chat y el teléfono".
CHANNEL_WITH_ARTICLE: dict[Channel, str] = {
    Channel.EMAIL: "el correo electrónico",
    Channel.PORTAL: "el portal de soporte",
    Channel.CHAT: "el chat",
    Channel.PHONE: "el teléfono",
    Channel.SOCIAL: "las redes sociales",
}

# What happened does not wait (situations.Urgency.NOW): the headline names today's step.
URGENT_HEADLINES: dict[str, str] = {
    "unauthorised_charge": "Avisa hoy a tu banco y reclama por escrito: no esperes",
    "wrong_bill": "Presenta hoy la reclamación formal por la factura",
    "service_cut": "Avisa de la avería y presenta hoy la reclamación formal",
    "cancellation": "Presenta hoy la reclamación formal por la baja no tramitada",
    "flight": "Presenta hoy tu reclamación por escrito a la aerolínea",
}

ADVICE_REASONS: dict[str, str] = {
    "urgent_unauthorised_charge": (
        "Con un cargo que no hiciste, cada día cuenta: avisa a tu banco hoy y reclama por "
        "escrito, sin esperar a más seguimientos."
    ),
    "urgent_wrong_bill": (
        "Con un cobro indebido no hace falta esperar a más seguimientos: la reclamación formal "
        "por escrito pone en marcha el plazo de la empresa desde hoy."
    ),
    "urgent_service_cut": (
        "Con un servicio básico cortado no hace falta esperar a más seguimientos: la "
        "reclamación formal por escrito pone en marcha el plazo de la empresa desde hoy."
    ),
    "urgent_cancellation": (
        "Si te siguen cobrando después de pedir la baja, cada cobro es indebido: reclama por "
        "escrito ya, sin esperar a más seguimientos."
    ),
    "urgent_flight": (
        "La aerolínea solo tiene en cuenta lo que reclames por escrito, y el organismo de tu "
        "país te pedirá esa reclamación: preséntala ya."
    ),
    "complaint_set_reply": (
        "La ley no fija un plazo para que la empresa responda a esta reclamación: pon tú una "
        "fecha en la carta. Te proponemos el {date} (10 días hábiles)."
    ),
    "complaint_reply_set": (
        "La ley no fija un plazo para que la empresa responda a esta reclamación: en tu carta "
        "le pides que responda antes del {date}, la fecha que elegiste."
    ),
    "situation_limit": "Tu propio plazo en este caso: {words} {start}. No lo dejes pasar.",
    "authority_waits": (
        "{body} acepta tu caso cuando pasa {words} {start} sin una respuesta: a partir del "
        "{date}. Si acudes antes, te pedirán que vuelvas."
    ),
    "authority_meanwhile": "Mientras tanto, ya puedes acudir a: {names}.",
    "authority_later": (
        "{body} también, a partir del {date}: pide que pase un mes desde tu reclamación "
        "sin respuesta."
    ),
    "await_reply": (
        "Presentaste la reclamación formal el {filed}. La ley no fija un plazo a la empresa, "
        "así que le diste hasta el {date}."
    ),
    "await_suggested": (
        "Presentaste la reclamación formal el {filed}. La ley no fija un plazo a la empresa: "
        "te proponemos darle hasta el {date} (10 días hábiles) y escribirle esa fecha."
    ),
    "reply_missed": "La fecha que diste a la empresa para responder, el {date}, ya pasó.",
    "too_soon": (
        "Desde el último contacto, el {date}, todavía no ha pasado un día hábil completo. "
        "Conviene esperar al menos ese tiempo antes de volver a escribir."
    ),
    "patience": (
        "Los equipos de soporte atienden muchos casos a la vez: la paciencia, junto con la "
        "persistencia, da mejores resultados que insistir cada pocas horas."
    ),
    "deadline_pending": (
        "Te dieron un plazo que termina el {date}. Escribir antes de que venza no acelera el caso."
    ),
    "deadline_missed": (
        "El plazo que te dieron terminó el {date} y sigues sin noticias: es el momento de "
        "retomar el contacto."
    ),
    "waited_enough": (
        "Llevas {days} sin noticias desde el último contacto: ya no es demasiado pronto "
        "para escribir."
    ),
    "original_channel": (
        "Seguir por el mismo canal mantiene todo en un solo hilo y facilita el trabajo de "
        "quien retome el caso."
    ),
    "one_channel": (
        "Usa un solo canal a la vez: escribir por varios al mismo tiempo crea confusión y "
        "duplica el trabajo."
    ),
    "call_critical": (
        "El problema es crítico y tu seguimiento sigue sin respuesta: una conversación "
        "directa puede desbloquearlo antes."
    ),
    "call_written": (
        "Ya enviaste {count} seguimientos por escrito sin respuesta y todavía no lo has "
        "intentado por teléfono."
    ),
    "escalate_follow_ups": (
        "Hiciste {count} seguimientos y llevas {days} sin avances: es el momento de escalar."
    ),
    "escalate_critical": (
        "El problema es crítico y llevas {days} sin avances después de tu seguimiento."
    ),
    "complaint_why": (
        "Ya pediste que escalaran el caso y llevas {days} sin solución: el paso siguiente es "
        "la reclamación formal por escrito, que deja constancia y, en muchos países, obliga "
        "a la empresa a responder en un plazo legal."
    ),
    "complaint_instrument": "En {country}, se llama así: {what}.",
    "complaint_deadline": (
        "Si la presentas hoy, la empresa tiene {words} para responder: hasta el {date}."
    ),
    "complaint_no_deadline": (
        "No hay un plazo legal general que podamos darte para esta respuesta: consúltalo con "
        "la autoridad de consumo y pide a la empresa que te responda por escrito."
    ),
    "complaint_no_country": (
        "Indica tu país y tu sector en el expediente: así te diremos el plazo legal de la "
        "empresa y a qué autoridad acudir después."
    ),
    "complaint_other_country": (
        "Para tu país no tenemos datos comprobados: consulta a la autoridad de consumo qué "
        "plazo tiene la empresa para responder."
    ),
    "complaint_channel": (
        "Envíala por un canal que deje constancia (correo, formulario con acuse, libro u hoja "
        "de reclamaciones) y guarda el comprobante con su número o código."
    ),
    "await_company": (
        "Presentaste la reclamación formal el {filed}. La empresa tiene {words} para "
        "responder: hasta el {date}."
    ),
    "authority_missed": (
        "El plazo legal de la empresa para responder a tu reclamación formal venció el {date}."
    ),
    "authority_answered": (
        "La empresa respondió a tu reclamación formal el {date}, pero el problema sigue sin "
        "resolverse."
    ),
    "authority_no_deadline": (
        "Presentaste la reclamación formal el {filed}. No hay un plazo legal general para que "
        "la empresa responda: consulta con la autoridad si ya puedes acudir."
    ),
    "authority_what": "El trámite: {what}.",
    "authority_how": "Cómo presentarlo: {how}",
    "authority_limit": "Tu plazo para acudir: {words} {start}, es decir, hasta el {date}.",
    "authority_limit_words": (
        "Tu plazo para acudir: {words} {start}. Cuéntalo desde ese día, que puede ser anterior "
        "a cuando abriste el caso, y no lo dejes para el final."
    ),
    "authority_no_limit": (
        "No tenemos un plazo confirmado para que acudas: consúltalo con la autoridad y no "
        "dejes pasar el tiempo."
    ),
    "authority_others": "También puedes acudir a: {names}.",
    "authority_unknown": (
        "No tenemos datos de la autoridad para tu país o tu sector: busca la oficina de "
        "defensa del consumidor de tu país y lleva tu expediente impreso."
    ),
    "await_authority": "{body} tiene {words} para resolver: hasta el {date}.",
    "await_authority_no_deadline": (
        "Ya acudiste a la autoridad. No tenemos un plazo confirmado para su respuesta: "
        "consúltalo en su portal con tu número de trámite."
    ),
    "escalate_how": (
        "Pídelo con educación en el mismo canal y, si la empresa tiene un formulario o una "
        "dirección para escalados o quejas, úsalo."
    ),
    "escalate_sla": "Menciona, con educación, que el plazo que te dieron venció el {date}.",
    "documentation": (
        "Guarda un registro de todas las comunicaciones, con fechas y nombres: te servirá "
        "si tienes que escalar más."
    ),
    "before_escalating": (
        "Ya hiciste varios intentos. Deja al equipo unos días hábiles para responder antes "
        "de escalar."
    ),
    "social": (
        "Ya escalaste el caso y probaste {channels}. Llevas {days} sin respuesta: solo "
        "ahora tiene sentido escribir en público."
    ),
    "social_privacy": (
        "Nunca publiques el número de caso ni datos personales: di solo que tienes un caso "
        "abierto sin respuesta y pide que te escriban por mensaje privado."
    ),
}

ADVICE_HOW: dict[str, str] = {
    "wait": (
        "Anota la fecha como próxima acción en tu registro. Si ese día sigues sin noticias, "
        "vuelve a consultar esta herramienta."
    ),
    "follow_up_email": (
        "Responde al último correo que recibiste sobre el caso, con el número de caso en el "
        "asunto; no abras un correo nuevo."
    ),
    "follow_up_portal": "Entra en el portal de soporte y añade un comentario al caso.",
    "follow_up_chat": (
        "Si puedes, continúa la conversación anterior; si no, abre un chat nuevo y da el "
        "número de caso al empezar."
    ),
    "follow_up_phone": "Llama y da el número de caso nada más empezar.",
    "follow_up_social": "Escríbeles por mensaje privado y da el número de caso.",
    "follow_up_any": (
        "Escribe por el mismo canal en el que abriste el caso, con el número de caso al principio."
    ),
    "call": (
        "Ten a mano el número de caso y algo para anotar. Pide que dejen constancia de la "
        "llamada y apunta el nombre de quien te atiende, lo que te prometen y el nuevo plazo."
    ),
    "escalate": (
        "En el mismo canal, pide que el caso pase a un supervisor o a un nivel de soporte "
        "superior. Busca también si la empresa tiene un formulario o una dirección para "
        "escalados o quejas. Si te dieron un plazo y no se cumplió, menciónalo con "
        "educación, y guarda el registro de todo."
    ),
    "social": (
        "Publica un mensaje breve y profesional, sin el número de caso ni datos personales, "
        "y pide que te escriban por mensaje privado para seguir allí."
    ),
    "complaint": (
        "Escríbela con el redactor: usa los datos y el historial de tu caso, pide lo que "
        "quieres conseguir y adjunta tus pruebas. Cuando la envíes, anota en tu expediente la "
        "fecha de la reclamación formal y su número o código."
    ),
    "authority": (
        "Lleva tu expediente impreso o copia la cronología del caso en su formulario. Cuando "
        "lo presentes, anota la fecha en tu expediente."
    ),
    "await_authority": (
        "Guarda el número de trámite y responde a lo que te pidan dentro de sus plazos."
    ),
}

# --- Exports: spreadsheet and calendar (followup.export) -------------------------------

# Semicolons: a spreadsheet set to Spanish (or Argentine…) uses the comma for decimals and
# opens a comma-separated file in one column.
CSV_DELIMITER = ";"
CSV_HEADER = (
    "Caso",
    "Número de caso",
    "Empresa",
    "Canal",
    "Abierto",
    "Última comunicación",
    "Plazo prometido",
    "Impacto",
    "Resumen",
    "Próxima acción",
    "Seguimientos enviados",
    "Pruebas",
    "Agente",
    "Notas del historial",
)
# The timeline as its own sheet: one row per interaction.
TIMELINE_CSV_HEADER = (
    "Caso",
    "Número de caso",
    "Empresa",
    "Fecha",
    "Canal",
    "Tipo",
    "Agente",
    "Nota",
)

ICS_SUMMARY = "Seguimiento del caso {number}"
ICS_SUMMARY_COMPANY = "Seguimiento del caso {number} – {company}"
ICS_SUMMARY_UNNAMED = "Seguimiento: {name}"
ICS_DESCRIPTION_LINES: dict[str, str] = {
    "case_number": "Número de caso: {value}",
    "company": "Empresa: {value}",
    "channel": "Canal: {value}",
    "opened": "Abierto el {value}",
    "last_contact": "Última comunicación: {value}",
    "summary": "Resumen: {value}",
}
ICS_DESCRIPTION_TIP = (
    "Antes de escribir, revisa el expediente y prepara el mensaje en Sigue tu caso."
)
ICS_ALARM = "Hoy: {summary}"
ICS_LEGAL_BEFORE = "Mañana: {summary}"
ICS_LEGAL_AFTER = "Ayer venció el plazo. {todo}"
ICS_NO_DATE = "Indica la fecha de la próxima acción para crear el recordatorio."

FILENAME_ICS = "seguimiento-{slug}.ics"
FILENAME_ICS_DEFAULT = "seguimiento-caso.ics"
FILENAME_LEGAL_ICS = "fecha-legal-{slug}.ics"
FILENAME_LEGAL_ICS_DEFAULT = "fecha-legal-caso.ics"
ICS_LEGAL_SUMMARY = "Fecha legal: {what} ({name})"
FILENAME_CSV = "sigue-tu-caso-{date}.csv"
FILENAME_TIMELINE_CSV = "sigue-tu-caso-historial-{date}.csv"
FILENAME_JSON = "sigue-tu-caso-copia-{date}.json"


# === Calendars (followup.calendars) ====================================================
# Under every date the tools compute: the days the count skipped and the calendar used,
# «No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026».

# Spain's comunidades autónomas and autonomous cities, in the order of the choice list:
# code (as `holidays` and ISO 3166-2:ES spell it), name in the list, phrase after «festivos».
REGIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "ES": (
        ("AN", "Andalucía", "de Andalucía"),
        ("AR", "Aragón", "de Aragón"),
        ("AS", "Asturias", "del Principado de Asturias"),
        ("CN", "Canarias", "de Canarias"),
        ("CB", "Cantabria", "de Cantabria"),
        ("CM", "Castilla-La Mancha", "de Castilla-La Mancha"),
        ("CL", "Castilla y León", "de Castilla y León"),
        ("CT", "Cataluña", "de Cataluña"),
        ("CE", "Ceuta", "de Ceuta"),
        ("MD", "Comunidad de Madrid", "de la Comunidad de Madrid"),
        ("VC", "Comunidad Valenciana", "de la Comunidad Valenciana"),
        ("EX", "Extremadura", "de Extremadura"),
        ("GA", "Galicia", "de Galicia"),
        ("IB", "Islas Baleares", "de las Islas Baleares"),
        ("RI", "La Rioja", "de La Rioja"),
        ("ML", "Melilla", "de Melilla"),
        ("NC", "Navarra", "de la Comunidad Foral de Navarra"),
        ("PV", "País Vasco", "del País Vasco"),
        ("MC", "Región de Murcia", "de la Región de Murcia"),
    ),
}

# What each country calls its public holidays (the rest: «festivos»). In the United States
# and Puerto Rico, Spanish speakers (and USA.gov en español) say «días feriados».
HOLIDAYS_NOUN: dict[str, str] = {
    "AR": "feriados",
    "CL": "feriados",
    "PE": "feriados",
    "UY": "feriados",
    "EC": "feriados",
    "US": "feriados",
    "PR": "feriados",
    "VE": "feriados",
    "GT": "feriados",
    "BO": "feriados",
    "DO": "feriados",
    "HN": "feriados",
    "PY": "feriados",
    "SV": "feriados",
    "NI": "feriados",
    "CR": "feriados",
    "PA": "feriados",
}
HOLIDAYS_NOUN_DEFAULT = "festivos"

# The calendar used; {years} is «2026» or «2026 y 2027».
CALENDAR_NATIONAL = "{noun} nacionales de {country} {years}"
# Countries whose calendar is not called «nacional»: the US counts the federal holidays
# only, Puerto Rico the federal ones and the island's.
CALENDAR_NATIONAL_BY_COUNTRY: dict[str, str] = {
    "US": "{noun} federales de {country} {years}",
    "PR": "{noun} de {country} {years}, federales y de la isla",
}
# What a country's calendar leaves out, said after it like the other notes.
CALENDAR_COUNTRY_NOTES: dict[str, str] = {
    "US": "no incluye los feriados de tu estado",
}
CALENDAR_NATIONAL_NON_WORKING = "{noun} y días no laborables de {country} {years}"
CALENDAR_REGION = "festivos {region} {years}"
CALENDAR_NAMED: dict[str, str] = {
    "MX bank": "días inhábiles bancarios de México {years} según la CNBV",
}
CALENDAR_WEEKENDS_ONLY = "solo sábados y domingos (no tenemos los festivos de este país)"
# What the calendar lacks, after it in parentheses, joined by «; ».
CALENDAR_NOTES = " ({notes})"
CALENDAR_CHOOSE_REGION = "no incluye los de tu comunidad: elige tu comunidad"
CALENDAR_PROVISIONAL: dict[str, str] = {
    "AR general": "los días no laborables con fines turísticos de {years} aún no se han declarado",
    "MX bank": "los de {years}, previstos: la CNBV aún no ha publicado su lista",
}
CALENDAR_NO_DATA = "aún no tenemos los {noun} de {years}"

# The sentence under a date: «7 (no laborable) y 8 de diciembre»; «25 de diciembre de
# 2026; 1 de enero de 2027» when the days span two years.
SKIPPED = "No contamos: {days} · {calendar}"
SKIPPED_NONE = "Sin {noun} en este plazo · calendario: {calendar}"
SKIPPED_DAYS = "{days} de {month}"
SKIPPED_YEAR = "{days} de {year}"
SKIPPED_NON_WORKING = "{day} (no laborable)"
