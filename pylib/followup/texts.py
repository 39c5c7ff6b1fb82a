"""Every piece of reader-facing Spanish the core produces, in one place.

A copy-editor reviews the voice of the whole product here: neutral Spanish, "tú" for
the reader, and a courteous "ustedes"/"su" in the messages the reader sends to a
company. Placeholders use `str.format` names; the modules that fill them never add
wording of their own.
"""

from __future__ import annotations

from .model import Channel, Impact, InteractionKind, SlaUnit

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
}

INTERACTION_KIND_LABELS: dict[InteractionKind, str] = {
    InteractionKind.CONTACT: "Contacto",
    InteractionKind.FOLLOW_UP: "Seguimiento enviado",
    InteractionKind.ESCALATION: "Solicitud de escalado",
}


def sla_phrase(amount: int, unit: SlaUnit) -> str:
    """ "3 días hábiles", "1 hora hábil"."""
    if unit is SlaUnit.HOURS:
        return f"{amount} hora hábil" if amount == 1 else f"{amount} horas hábiles"
    return f"{amount} día hábil" if amount == 1 else f"{amount} días hábiles"


def business_days_phrase(n: int) -> str:
    return f"{n} día hábil" if n == 1 else f"{n} días hábiles"


def join_words(items: list[str]) -> str:
    """ "a", "a y b", "a, b y c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " y " + items[-1]


# --- Validation (followup.validation) --------------------------------------------------

ERR_UNKNOWN_FIELD = "Este campo no existe."
ERR_DATE_FORMAT = "Escribe la fecha como DD/MM/AAAA, por ejemplo 03/11/2026."
ERR_DATE_FUTURE = "La fecha no puede ser posterior a hoy."
ERR_LAST_BEFORE_OPENED = "La última comunicación no puede ser anterior a la apertura del caso."
ERR_OPENED_AFTER_LAST = "La apertura del caso no puede ser posterior a la última comunicación."
ERR_BEFORE_OPENED = "La fecha no puede ser anterior a la apertura del caso."
ERR_INTEGER = "Escribe un número entero, por ejemplo 3."
ERR_SLA_RANGE = "El plazo tiene que estar entre 1 y 999."
ERR_CHOICE = "Elige una de las opciones de la lista."
ERR_TOO_LONG = "El texto es demasiado largo: como máximo {limit} caracteres."
ERR_CASE_NUMBER_MISSING = "Falta el número de caso: es lo primero que te van a pedir."
ERR_DATE_REQUIRED = "Indica la fecha."
ERR_CHANNEL_REQUIRED = "Indica el canal."
ERR_EVIDENCE_EMPTY = "Describe la evidencia, por ejemplo «Captura del error del 3 de noviembre»."
ERR_EVIDENCE_DUPLICATE = "Esa evidencia ya está en la lista."

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
        "El día en que abriste el caso; si recuerdas la hora, anótala también.",
    ),
    "last_contact": (
        "Última comunicación",
        "La fecha del último mensaje o llamada que recibiste sobre el caso.",
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
        "Evidencias",
        "Capturas, vídeos, registros de errores o documentos que ya enviaste o puedes enviar.",
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
# Register: courteous, "ustedes"/"su" for the company, never "usted" alone.

CASE_NUMBER_PLACEHOLDER = "[número de caso]"
SIGNATURE_PLACEHOLDER = "[Tu nombre]"
NAME_PLACEHOLDER = "[tu nombre]"
ELLIPSIS = "…"

SUBJECT = "Seguimiento – Caso {number}"
SUBJECT_ESCALATION = "Solicitud de escalado – Caso {number}"
SUBJECT_DESCRIPTION = "{subject} – {description}"

# A named agent is greeted as part of the team: the message then says "ustedes" to a
# team, never to one person, and needs no "Estimado/a" slash form.
GREETING_AGENT = "Hola, equipo de soporte (a la atención de {agent}):"
GREETING_COMPANY = "Hola, equipo de soporte de {company}:"
GREETING_TEAM = "Hola, equipo de soporte:"

RECAP = "Escribo para dar seguimiento al caso {number}{opened}{problem}."
RECAP_OPENED = ", abierto el {date}"
RECAP_PROBLEM = ", sobre este problema: {problem}"

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
}

NEW_INFO = "Desde mi último mensaje, {new_info}"
CRITICAL = (
    "Quiero señalar que el problema me está afectando seriamente, por lo que les "
    "agradecería que dieran prioridad al caso."
)
OFFER = "Si necesitan más detalles o que haga alguna prueba, estoy a su disposición."
EVIDENCE_INTRO = "Si les resulta útil, puedo enviarles lo siguiente:"
CLOSE = "Gracias por su atención a este asunto. Quedo a la espera de su respuesta."
SIGN_OFF = "Saludos cordiales,"

ESCALATION_REQUEST = (
    "Dado que no hemos logrado avanzar con este asunto, me gustaría solicitar que el "
    "caso se escale a un supervisor o a un nivel de soporte superior para su revisión."
)
SLA_MISSED = "El plazo de respuesta de {sla} que indicaron venció el {date}."
EARLIER_FOLLOW_UPS = "Ya solicité una actualización {dates}."

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
PHONE_PROBLEM_OPENED = "«Lo abrí el {date} por este problema: {problem}.»"
PHONE_PROBLEM = "«Es por este problema: {problem}.»"
PHONE_OPENED = "«Lo abrí el {date}.»"
PHONE_NEW_INFO = "«Desde la última vez, {new_info}»"
PHONE_CRITICAL = "«El problema me está afectando seriamente.»"
PHONE_SAY_LINE = "«{sentence}»"
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
}
PHONE_ESCALATION_QUESTION = (
    "Como el caso no avanza, ¿puedo hablar con un supervisor o pedir que lo pasen a un "
    "nivel de soporte superior?"
)
PHONE_RECORD_QUESTION = "¿Pueden dejar constancia de esta llamada en el caso?"
PHONE_NOTES = (
    "Nombre de la persona que te atiende:",
    "Fecha y hora de la llamada:",
    "Qué te prometen:",
    "Nuevo plazo:",
    "Referencia de la llamada, si te la dan:",
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
    "escalate_again": "Pide que escalen el caso un nivel más",
    "social": "Último recurso: escribe a su cuenta oficial en redes sociales",
}

# The channels inside "probaste el correo electrónico, el chat y el teléfono".
CHANNEL_WITH_ARTICLE: dict[Channel, str] = {
    Channel.EMAIL: "el correo electrónico",
    Channel.PORTAL: "el portal de soporte",
    Channel.CHAT: "el chat",
    Channel.PHONE: "el teléfono",
    Channel.SOCIAL: "las redes sociales",
}

ADVICE_REASONS: dict[str, str] = {
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
    "escalate_again": "Ya pediste que escalaran el caso y llevas {days} sin avances.",
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
}

# --- Exports: spreadsheet and calendar (followup.export) -------------------------------

CSV_HEADER = (
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
    "Evidencias",
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
ICS_NO_DATE = "Indica la fecha de la próxima acción para crear el recordatorio."

FILENAME_ICS = "seguimiento-{slug}.ics"
FILENAME_ICS_DEFAULT = "seguimiento-caso.ics"
FILENAME_CSV = "sigue-tu-caso-{date}.csv"
FILENAME_JSON = "sigue-tu-caso-copia-{date}.json"
