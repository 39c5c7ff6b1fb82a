"""Spanish wording of the tools' interface: labels, buttons, hints, notices.

The wording of generated messages, advice and validation lives in `followup.texts`;
this module holds what frames it on the page, so a copy-editor reviews both files.
"""

from __future__ import annotations

from followup import legal
from followup.model import (
    OTHER_COUNTRY,
    CaseSector,
    Channel,
    CompanySize,
    ComplaintChannel,
    Impact,
    InteractionKind,
    SituationKind,
    SlaUnit,
)

TOOL_TITLES = {
    "checklist": "Lista de preparación",
    "builder": "Redacta tu seguimiento",
    "wizard": "¿Escalo ya?",
    "caselog": "Tu registro de casos",
}

TOOL_INTROS = {
    "checklist": "Cada punto se completa rellenando su dato. Lo que escribas se guarda solo "
    "en este navegador y sirve también para el resto de herramientas.",
    "builder": "Elige el canal y lo que quieres conseguir: el mensaje se escribe con los datos "
    "de tu caso. Revísalo y ajústalo antes de enviarlo.",
    "wizard": "Empieza por lo que te pasó y responde unas preguntas, una cada vez: te diremos "
    "si conviene esperar, insistir, llamar, escalar, reclamar por escrito o acudir a la "
    "autoridad, y por qué.",
    "caselog": "Todos tus casos en un solo sitio: historial de contactos, próxima acción y "
    "copias de seguridad.",
}

# The page bridge shows these while the tools start, or when they cannot (see render._frame).
# NOT_LIVE: the page's head says it when its tools' script never ran (overrides/main.html).
NOT_LIVE = (
    "Esta herramienta no está activa: lo que escribas aquí no se guardará. Recarga la "
    "página; si sigue así, tu navegador está bloqueando sus programas."
)
# The texts a tool starts through (loading, slow, progress, Save-Data) fit in two lines on a
# 320 px phone and in one from 600 px: the status keeps that room from the first paint to the
# live tool (herramientas.css), so a text of another length never moves the tool. Checked in
# tests/browser/test_worker_start.py.
LOADING = "Preparando… Ya puedes escribir: no se perderá nada."
LOADING_SLOW = "Tarda más de lo normal; lo que escribas se conserva."
LOAD_FAILED = (
    "No se pudo cargar la herramienta en este navegador. La guía sigue disponible; "
    "recarga la página para intentarlo de nuevo."
)
# One line on the narrowest phone, in the room kept for the texts above: it appears a moment
# after the tool is live without moving it. /acerca/#privacidad says what it means.
OFFLINE_READY = "Listo para usar sin conexión."
# {done} and {total}: megabytes with one decimal, as the page writes them («1,2»).
LOADING_PROGRESS = "Descargando: {done} de {total} MB. Ya puedes escribir."
SAVE_DATA_WAIT = "Ahorro de datos activado: se descargará cuando la uses."
TOOL_FAILED = (
    "La herramienta tuvo un error. Lo que ya estaba guardado sigue a salvo; recarga la página "
    "para seguir."
)

NOSCRIPT = (
    "Esta herramienta necesita JavaScript. Sin él puedes leer la guía completa, e imprimir "
    "esta página para rellenar los datos a mano."
)

FIELD_LABELS = {
    "title": "Nombre del caso",
    "case_number": "Número de caso",
    "company": "Empresa",
    "channel": "Canal por el que abriste el caso",
    "opened": "Fecha de apertura",
    "last_contact": "Fecha de la última comunicación",
    "sla_amount": "Plazo de respuesta prometido",
    "sla_unit": "Unidad del plazo",
    "summary": "Resumen del problema",
    "impact": "Impacto actual",
    "new_info": "Novedades desde tu último contacto",
    "agent_name": "Nombre del agente",
    "next_action": "Próxima acción",
    "evidence": "Nueva prueba",
    "country": "País",
    "sector": "Sector",
    "complaint_date": "Fecha de la reclamación formal",
    "complaint_channel": "Canal de la reclamación formal",
    "complaint_ref": "Número o código de la reclamación",
    "authority_date": "Fecha en que acudiste a la autoridad",
    "signer_name": "Tu nombre",
    "situation": "Lo que pasó",
    "region": "Comunidad autónoma",
    "company_size": "¿Qué tipo de empresa es?",
    "reader_id": "Tu documento de identidad",
    "reader_address": "Tu dirección postal",
    "customer_number": "Tu número de cliente o de contrato",
    "reply_by": "Fecha límite que das a la empresa para responder",
}

FIELD_HINTS = {
    "title": "Un nombre para reconocerlo, por ejemplo «Router averiado».",
    "case_number": "Tal como aparece en el correo o el portal de la empresa.",
    "summary": "Una o dos frases: qué pasa y desde cuándo.",
    "sla_amount": "Si no te dieron ninguno, déjalo vacío y marca la casilla.",
    "new_info": "Si el problema cambió, empeoró o probaste algo nuevo. Opcional.",
    "agent_name": "Si lo sabes: el saludo será personal.",
    "next_action": "Cuándo volverás a escribir o llamar si no hay novedades.",
    "evidence": "Capturas, videos, registros de errores, facturas…",
    "country": "Para los plazos legales y los festivos nacionales.",
    "complaint_date": "Cuando la presentes: el plazo legal de la empresa cuenta desde ese día.",
    "complaint_ref": "La clave, el folio o el código que te den.",
    "authority_date": "Si ya presentaste el caso ante la autoridad o el regulador.",
    "signer_name": "Para firmar tus mensajes. Se guarda solo en este navegador.",
    "region": "Para contar también los festivos de tu comunidad.",
    "reader_id": "Para la reclamación formal: la empresa lo necesita para identificarte.",
    "reader_address": "Para la reclamación formal, si la envías por carta.",
    "customer_number": "Aparece en tus facturas o en tu contrato.",
    "reply_by": (
        "Donde la ley no fija un plazo, ponlo tú: te proponemos 10 días hábiles desde tu "
        "reclamación."
    ),
}

# The countries the legal data covers, by name, then "another country".
COUNTRY_CHOICES: list[tuple[str, str]] = [
    *sorted(((c.code, c.name) for c in legal.COUNTRIES.values()), key=lambda p: p[1]),
    (OTHER_COUNTRY, "Otro país"),
]

SECTOR_NAMES = {
    CaseSector.TELECOM: "Telecomunicaciones (teléfono, internet, televisión)",
    CaseSector.FINANCE: "Bancos, tarjetas y pagos",
    CaseSector.INSURANCE: "Seguros",
    CaseSector.UTILITIES: "Energía y agua",
    CaseSector.AIR: "Transporte aéreo",
    CaseSector.OTHER: "Otro (una tienda, cualquier compra o servicio)",
}
# The sector inside the chronology's "País y sector: España, telecomunicaciones".
SECTOR_SHORT = {
    CaseSector.TELECOM: "telecomunicaciones",
    CaseSector.FINANCE: "bancos, tarjetas y pagos",
    CaseSector.INSURANCE: "seguros",
    CaseSector.UTILITIES: "energía y agua",
    CaseSector.AIR: "transporte aéreo",
    CaseSector.OTHER: "comercio y servicios en general",
}
PLACE = "País y sector: {country}, {sector}"

COMPLAINT_CHANNEL_NAMES = {
    ComplaintChannel.EMAIL: "Correo electrónico",
    ComplaintChannel.FORM: "Formulario o portal de la empresa",
    ComplaintChannel.BOOK: "Libro u hoja de reclamaciones",
    ComplaintChannel.LETTER: "Carta o burofax",
    ComplaintChannel.IN_PERSON: "En persona",
    ComplaintChannel.CHAT: "Chat",
    ComplaintChannel.PHONE: "Teléfono",
}

# «¿Qué pasó?»: what happened, as a reader would say it.
SITUATION_NAMES = {
    SituationKind.UNAUTHORISED_CHARGE: "Me cobraron algo que no hice o no autoricé",
    SituationKind.WRONG_BILL: "Una factura equivocada o un cobro duplicado",
    SituationKind.SERVICE_CUT: "Me cortaron un servicio básico o no funciona",
    SituationKind.ORDER: "Un pedido que no llegó o un producto defectuoso",
    SituationKind.CANCELLATION: "Pedí la baja y no la tramitan",
    SituationKind.FLIGHT: "Un vuelo cancelado o con retraso, o equipaje perdido",
    SituationKind.OTHER: "Otro problema",
}
COMPANY_SIZE_NAMES = {
    CompanySize.LARGE: "Una gran empresa, un suministro (luz, agua, gas), transporte o correos",
    CompanySize.OTHER: "Un comercio o una empresa pequeña o mediana",
}

CHANNEL_NAMES = {
    Channel.EMAIL: "Correo electrónico",
    Channel.PORTAL: "Portal de soporte",
    Channel.CHAT: "Chat",
    Channel.PHONE: "Teléfono",
    Channel.SOCIAL: "Redes sociales",
}

IMPACT_NAMES = {
    Impact.LOW: "Leve: es una molestia",
    Impact.AFFECTS_ME: "Me afecta en el día a día",
    Impact.CRITICAL: "Crítico para mi trabajo o mi negocio",
}

SLA_UNIT_NAMES = {
    SlaUnit.DAYS: "días hábiles",
    SlaUnit.CALENDAR_DAYS: "días naturales (todos los días)",
    SlaUnit.HOURS: "horas hábiles",
    SlaUnit.CALENDAR_HOURS: "horas (seguidas)",
}

KIND_NAMES = {
    InteractionKind.CONTACT: "Contacto o respuesta",
    InteractionKind.FOLLOW_UP: "Seguimiento que enviaste",
    InteractionKind.ESCALATION: "Petición de escalado",
}

GOAL_NAMES = {
    "status": "Saber en qué estado está",
    "estimate": "Una fecha estimada de solución",
    "next_steps": "Conocer los próximos pasos",
    "more_info": "Aportar información o preguntar si necesitan más",
    "refund": "Un reembolso",
    "cancel_charge": "Anular un cobro indebido",
    "compensation": "Una compensación",
}

MESSAGE_KIND_LABEL = "Qué vas a escribir"
MESSAGE_KIND_NAMES = {
    "follow_up": "Un seguimiento o una petición de escalado",
    "complaint": "La reclamación formal por escrito",
    "ask_number": "Pide tu número de caso y un justificante",
    "chronology": "La cronología del caso, para el formulario de la autoridad",
}
COMPLAINT_BODY = "Reclamación formal"
ASK_NUMBER_BODY = "Mensaje para pedir el número de caso"
CHRONOLOGY_BODY = "Cronología para la autoridad"
LADDER_FIELDS = "Tu caso más allá de la empresa"
HOLIDAYS_NOTE = (
    "Los días hábiles se cuentan sin fines de semana ni festivos de tu país y, si eliges tu "
    "comunidad, también sin los suyos. Los festivos locales no se descuentan: si hay uno en "
    "medio, el plazo real acaba un día después."
)
PORTAL = "Dónde presentarlo: {name}"
PRINT_DOSSIER = "Imprimir expediente"

CHOOSE = "Elige…"
NO_SLA_CHECK = "No me dieron ningún plazo"
CASE_SELECT = "Caso activo"
NEW_CASE = "Nuevo caso"
DELETE_CASE = "Borrar este caso"
CONFIRM_DELETE = "¿Seguro que quieres borrar «{name}»? No se puede deshacer."
NO_CASES = "Aún no tienes casos guardados: empieza a escribir y se creará uno."
DONE = "Listo"
PENDING = "Pendiente"
PROGRESS = "{done} de {total} listos"
ALL_DONE = "Lo tienes todo: ya puedes escribir tu seguimiento."
MISSING = "Te falta:"
INTERACTIONS_COUNT = "Interacciones anotadas en tu registro: {n}."
OPEN_LOG = "Anótalas en tu registro de casos"
ADD = "Añadir"
REMOVE = "Quitar"
REMOVE_ITEM = "Quitar «{item}»"

ESCALATE_CHECK = "Pedir que escalen el caso (a un supervisor o a un nivel superior)"
GOAL_LABEL = "¿Qué quieres conseguir?"
CHANNELS_LABEL = "Canal del mensaje"
SUBJECT = "Asunto"
BODY = "Mensaje"
PUBLIC_POST = "Publicación pública (sin datos de tu caso)"
PRIVATE_MESSAGE = "Mensaje privado (cuando te lo pidan)"
PHONE_SCRIPT = "Guion para la llamada"
COPY = "Copiar"
COPY_SUBJECT = "Copiar asunto"
COPY_WHAT = "Copiar {what}"
COPIED = "Copiado al portapapeles."
COPY_FAILED = "No se pudo copiar: selecciona el texto y cópialo a mano."
OPEN_MAIL = "Abrir en el correo"
EDITABLE_HINT = "Puedes retocar el texto antes de copiarlo."
WARNINGS_TITLE = "Antes de enviarlo"
NO_WARNINGS = "Sin avisos: el tono es correcto."
# What a screen reader hears once, when it changes (not the whole list on every keystroke).
WARNINGS_SAID = {0: "Sin avisos sobre el texto.", 1: "Un aviso sobre el texto."}
WARNINGS_SAID_MANY = "{n} avisos sobre el texto."
PROGRESS_SAID = "Preparación: {progress}."
ENTRY_ADDED = "Añadido al historial: {date}. Interacciones anotadas: {n}."
ENTRY_REMOVED = "Quitado del historial. Interacciones anotadas: {n}."
# A date field also says, in words, the date it understood (a browser in English shows
# mm/dd/yyyy).
DATE_UNDERSTOOD = "Fecha: {date}"
CASEBAR_TITLE = "Tus casos"

WIZARD_STEP = "Pregunta {n} de {total}"
NEXT = "Siguiente"
BACK = "Atrás"
SEE_ADVICE = "Ver la recomendación"
RESTART = "Empezar de nuevo"
WRITE_THIS = "Escribir este mensaje"
READ_MORE = "Por qué: {title}"
WAIT_UNTIL = "Espera hasta el {date}."
WHY = "Por qué"
HOW = "Cómo hacerlo"
TODAY_STEPS = "Qué hacer hoy"
# Under a formal letter in the builder: the date it gives the company.
COMPANY_DUE_HINT = "Plazo legal de la empresa: hasta el {date}."
REPLY_BY_HINT = "Fecha que das a la empresa para responder: el {date}."
WIZARD_QUESTIONS = {
    "situation": "¿Qué pasó?",
    "place": "¿Dónde estás y con qué tipo de empresa es el problema?",
    "complaint": "¿Ya presentaste una reclamación formal por escrito?",
    "opened": "¿Qué día abriste el caso?",
    "last_contact": "¿Cuándo fue la última comunicación sobre el caso?",
    "sla": "¿Te dieron un plazo de respuesta?",
    "follow_ups": "¿Cuántos seguimientos has enviado ya sin obtener respuesta?",
    "impact": "¿Cuánto te afecta el problema ahora?",
    "channels": "¿Qué canales has probado ya?",
    "escalated": "¿Ya pediste que escalaran el caso?",
}
WIZARD_HINTS = {
    "situation": "Elige lo más parecido a lo que te pasó.",
    "place": "Con el país y el sector sabemos qué ley se aplica, sus plazos y sus festivos.",
    "complaint": (
        "Si ya la presentaste, anota la fecha: el plazo legal de la empresa cuenta desde ese "
        "día. Si no, déjalo vacío."
    ),
    "last_contact": (
        "El último mensaje o llamada sobre el caso, tuyo o de la empresa. Déjalo vacío si no "
        "hubo ninguno."
    ),
    "sla": "Déjalo vacío si no te dieron ninguno.",
    "follow_ups": "Solo los mensajes tuyos que siguen sin respuesta.",
}
FOLLOW_UPS_LABEL = "Seguimientos enviados"
# The wizard on paper: every question, to answer by hand, then the guide's chapter.
WIZARD_PRINT_TITLE = "Las preguntas del asistente, para responder a mano"
WIZARD_PRINT_DATE = "Fecha: ____ / ____ / ________ (día / mes / año)"
WIZARD_PRINT_SLA = "Plazo: ______ ☐ días hábiles ☐ días naturales ☐ horas    ☐ No me dieron ninguno"
WIZARD_PRINT_NUMBER = "Número: ______"
WIZARD_PRINT_PLACE = "País: ______________   Sector: ______________   Comunidad o región: ______"
WIZARD_PRINT_COMPLAINT = (
    "☐ No   ☐ Sí: el ____ / ____ / ________, por ______________, número o código ______________"
)
WIZARD_PRINT_AFTER = (
    "Con tus respuestas, la sección «Cuándo y cómo escalar» de esta guía te dice qué hacer."
)
YES = "Sí"
NO = "No"
OPENED_REQUIRED = "Necesito la fecha de apertura para calcular los plazos."
FOLLOW_UPS_INVALID = "Escribe un número entero entre 0 y 50."

CASES_TABLE = "Resumen de tus casos"
TABLE_HEADERS = (
    "Caso",
    "Empresa",
    "Última comunicación",
    "Próxima acción",
    "Próxima fecha legal",
    "Preparación",
)
LEGAL_DATE_KINDS = {
    "company": "la empresa debe responder",
    "reply": "la fecha que diste a la empresa para responder",
    "opens": "desde este día puedes acudir a la autoridad",
    "reader": "tu plazo para acudir a la autoridad",
    "authority": "la autoridad debe resolver",
}
LEGAL_DATE_CELL = "{date} ({what})"
# An overdue legal date stays in the overview, with where to go.
LEGAL_DATE_OVERDUE = "Venció el {date}, hace {days}: acude a {body}"
LEGAL_DATE_OVERDUE_UNTIL = "Venció el {date}, hace {days}: acude a {body} antes del {until}"
LEGAL_DATE_OVERDUE_NOWHERE = "Venció el {date}, hace {days}"


def days_ago(n: int) -> str:
    """ "1 día", "3 días" (after «hace»)."""
    return "1 día" if n == 1 else f"{n} días"


# In the legal reminder (.ics): what to do once the date passes, and where.
LEGAL_TODO = {
    "company": "Si la empresa no te ha respondido, acude a {body}{where}.",
    "reply": "Si la empresa no te ha respondido, acude a {body}{where}.",
    "opens": "Desde hoy puedes acudir a {body}{where}.",
    "reader": "Es tu último día para acudir a {body}{where}.",
    "authority": "Si la autoridad no ha resuelto, consulta tu trámite en su portal.",
    "no_body": "Si la empresa no te ha respondido, acude a la autoridad de consumo de tu país.",
}
EXPORT_LEGAL_ICS = "Recordatorio de la fecha legal (.ics)"
LEGAL_ICS_NEEDS_DATE = (
    "Este caso aún no tiene una fecha legal: anota la fecha de la reclamación formal, "
    "el país y el sector."
)
LEGAL_ICS_NO_LAW_DEADLINE = (
    "La ley de {country} no fija un plazo a la empresa para responder este caso: pon tú una "
    "fecha límite de respuesta en tu reclamación y en el campo «Fecha límite que das a la "
    "empresa para responder», y te la recordaremos."
)
LEGAL_ICS_NOTHING_AHEAD = (
    "Ya no queda ninguna fecha legal por delante en este caso: revisa el paso siguiente en "
    "«¿Escalo ya?»."
)
TIMELINE = "Historial del caso"
TIMELINE_EMPTY = "Todavía no hay nada en el historial."
ADD_ENTRY = "Añadir al historial"
ENTRY_FORM = "Anota un contacto nuevo"
ENTRY_LABELS = {
    "date": "Fecha",
    "channel": "Canal",
    "kind": "Tipo",
    "agent": "Agente (si lo sabes)",
    "note": "Qué se dijo o qué se acordó",
}
DETAILS = "Datos del caso"
BACKUP = "Copias de seguridad y exportación"
EXPORT_CSV = "Descargar hoja de cálculo (CSV)"
EXPORT_TIMELINE_CSV = "Descargar historial (CSV)"
EXPORT_JSON = "Descargar copia de seguridad (JSON)"
IMPORT_JSON = "Importar copia de seguridad (JSON)"
EXPORT_ICS = "Descargar recordatorio (.ics)"
ICS_NEEDS_DATE = "Pon primero una fecha de próxima acción."
IMPORTED = "Copia importada: {n} casos."
IMPORTED_ONE = "Copia importada: 1 caso."


def imported(n: int) -> str:
    """ "Copia importada: 1 caso." / "…: 3 casos." """
    return IMPORTED_ONE if n == 1 else IMPORTED.format(n=n)


STORAGE_WARNING = (
    "Tus datos se guardan solo en este navegador, en este dispositivo: nadie más los ve y "
    "no se envían a ningún sitio. Los navegadores pueden borrarlos (Safari, por ejemplo, "
    "tras 7 días sin visitar la web), así que descarga de vez en cuando la copia de "
    "seguridad en JSON: es tu respaldo."
)
PERSISTED = "Este navegador ha aceptado conservar tus datos de forma persistente."
NOT_PERSISTED = "Este navegador no garantiza conservar tus datos: guarda una copia de seguridad."
CLEAR_ALL = "Borrar mis datos"
CONFIRM_CLEAR = (
    "Vas a borrar todos tus casos de este navegador. ¿Quieres continuar? "
    "Si no tienes copia de seguridad, no se podrán recuperar."
)
CLEARED = "Se han borrado todos tus datos de este navegador."
CORRUPT_NOTICE = (
    "No he podido leer los datos guardados ({why}). Los he apartado sin borrarlos, en "
    "«{key}», por si quieres recuperarlos; empiezas con un registro vacío."
)
SAVE_FAILED = "No se pudo guardar en este navegador (quizá está lleno o en modo privado)."
OTHER_TAB = "Tus datos se actualizaron desde otra pestaña."
OTHER_TAB_CLEARED = "Tus datos se borraron desde otra pestaña."
MEMORY_ONLY = (
    "Este navegador no deja guardar datos (quizá estás en modo privado o tienes bloqueado "
    "el almacenamiento). Las herramientas funcionan, pero nada de lo que escribas se "
    "conservará al cerrar la página: antes de irte, descarga la copia de seguridad (JSON) "
    "en el registro de casos."
)
STUCK_NOTICE = (
    "No he podido leer tus datos guardados ({why}) ni apartarlos, porque el almacenamiento "
    "del navegador está lleno. Los dejo donde están, sin tocarlos: puedes descargarlos en "
    "«Copias apartadas», en el registro de casos, o borrarlos con «Borrar mis datos». "
    "Mientras tanto, lo que escribas no se guardará."
)
ASIDE_WHERE = "Puedes descargarlos en «Copias apartadas», en el registro de casos."
ASIDE_TITLE = "Copias apartadas"
ASIDE_HINT = (
    "Datos que no se pudieron leer: dañados o guardados por una versión más nueva. No se "
    "han borrado; descárgalos para conservarlos. «Borrar mis datos» también los borra."
)
ASIDE_ITEM = "Copia apartada el {when}"
ASIDE_IN_PLACE = "Tus datos guardados, que no se pueden leer"
ASIDE_DOWNLOAD = "Descargar"
ASIDE_FILENAME = "sigue-tu-caso-copia-apartada-{n}.json"
IMPORT_TOO_BIG = (
    "Este archivo es demasiado grande para ser una copia de seguridad de Sigue tu caso "
    "(más de {limit} MB). No se ha importado nada."
)
IMPORT_TOO_DEEP = (
    "Este archivo tiene una estructura que no es la de una copia de seguridad de Sigue tu "
    "caso. No se ha importado nada."
)
IMPORT_TOO_MANY = (
    "Esta copia tiene demasiados elementos ({what}: más de {limit}). No se ha importado nada."
)
IMPORT_WHAT = {"cases": "casos", "interactions": "entradas del historial", "evidence": "pruebas"}
IMPORT_INVALID = (
    "No se ha importado nada: el caso «{name}» tiene un dato que no es válido ({field}): {why}"
)
IMPORT_ID_FIELD = "identificador interno"
IMPORT_BAD_ID = "solo puede tener letras, números y los signos . - _"
ERR_DATE_RANGE = "Escribe una fecha entre el año {low} y el {high}."

# The printable dossier («Imprimir expediente»), in the case log.
DOSSIER_TITLE = "Expediente del caso{number}{company}"
DOSSIER_HINT = (
    "Una hoja limpia con los datos, la cronología, las pruebas y los plazos de este caso, "
    "para llevarla a una oficina de consumo o adjuntarla a un formulario."
)
DOSSIER_DATA = "Datos del caso"
DOSSIER_CHRONOLOGY = "Cronología"
DOSSIER_EVIDENCE = "Pruebas"
DOSSIER_DEADLINES = "Plazos"
DOSSIER_NONE = "Ninguna anotada."
DOSSIER_FIELDS = {
    "signer_name": "Nombre",
    "reader_id": "Documento de identidad",
    "reader_address": "Dirección",
    "case_number": "Número de caso",
    "customer_number": "Número de cliente o contrato",
    "company": "Empresa",
    "place": "País y sector",
    "channel": "Canal",
    "opened": "Fecha de apertura",
    "summary": "Problema",
    "new_info": "Novedades desde el último contacto",
    "impact": "Impacto",
    "complaint": "Reclamación formal",
    "authority": "Autoridad",
}
DOSSIER_COMPLAINT = "presentada el {date}{channel}{ref}"
DOSSIER_COMPLAINT_REF = ", {ref}"  # «, CUN 4350-…», «, referencia R-77»
DOSSIER_AUTHORITY = "acudí el {date}"
DEADLINE_SLA = "Plazo prometido por la empresa ({words}): hasta el {date}"
DEADLINE_LEGAL = "Plazo legal de la empresa ({words}): hasta el {date}"
DEADLINE_READER = "Fecha de respuesta pedida a la empresa: hasta el {date}"
DOSSIER_ID = "{value} ({id_name})"
DEADLINE_LIMIT = "Tu plazo para acudir a {body}: hasta el {date}"
DEADLINE_OPENS = "Puedes acudir a {body} desde el {date}."
DEADLINE_MET = "cumplido"
DEADLINE_MISSED = "incumplido"
DEADLINE_PENDING = "pendiente"
DEADLINE_STATE = "{line} — {state}."
NO_DEADLINES = "Sin plazos anotados."
PRINT_HINT = "Si el botón no abre la impresión, usa la opción Imprimir de tu navegador."


def dossier_title(number: str, company: str) -> str:
    """ "Expediente del caso #48213 con Conecta Fibra": never the reader's own name for it."""
    return DOSSIER_TITLE.format(
        number=f" {number}" if number else "", company=f" con {company}" if company else ""
    )


# --- The builder's letters and the reader's own drafts (issue 18) -----------------------

COMPLAINT_FIELDS = "Tu reclamación formal"
IDENTITY_FIELDS = "Quién firma la reclamación"
USE_REPLY_BY = "Usar el {date}"
DRAFT_EDITED = "Editado por ti: no lo cambiamos aunque cambies los datos."
REGENERATE = "Volver a generarlo"
CONFIRM_REGENERATE = (
    "¿Volver a generar este mensaje con los datos del caso? Se perderán los cambios que "
    "hiciste en el texto."
)
DRAFT_TOO_LONG = (
    "El texto es demasiado largo para guardarlo (más de {limit} caracteres): acórtalo o "
    "cópialo a otro sitio antes de salir."
)


# --- Nothing lost, nothing locked (issue 21): stored data re-checked, imports that add,
# --- a full storage, new versions. Kept together so merges with other work stay clean.

SET_ASIDE_TITLE = "Datos apartados de este caso"
SET_ASIDE_INTRO = (
    "Al abrir este caso, algunos datos guardados no eran válidos y los he apartado, sin "
    "borrarlos; el resto del caso se ha cargado. Si los necesitas, escríbelos de nuevo en su "
    "campo. Se guardan con el caso y en tu copia de seguridad (JSON) hasta que los descartes."
)
SET_ASIDE_ITEM = "{label}: {value}. {why}"
SET_ASIDE_UNREADABLE = "No es un valor que la herramienta pueda leer."
SET_ASIDE_DISCARD = "Descartar los datos apartados"
CONFIRM_DISCARD_SET_ASIDE = (
    "Vas a borrar los datos apartados del caso «{name}». El resto del caso no cambia. "
    "¿Quieres continuar?"
)
SET_ASIDE_LABELS = {
    "interactions": "Entrada del historial",
    "evidence": "Prueba",
    "declared_follow_ups": "Seguimientos enviados",
    "channels_tried": "Canales que ya probaste",
    "checked": "Puntos de la lista de preparación",
    "escalated": "Si ya pediste escalar",
    "escalate": "Pedir que lo escalen",
    "drafts": "Mensaje que editaste",
    "set_aside": "Otros datos",
}

# Importing a backup adds to what this browser holds (followup.importing).
IMPORT_NOTHING = "La copia no tenía ningún caso: no ha cambiado nada."
IMPORT_UNDO = "Deshacer la importación"
IMPORT_UNDONE = "Importación deshecha: tus casos están como antes de importar."
IMPORT_CHECKING = "Comprobando que la copia cabe en este navegador…"
IMPORT_NO_ROOM = (
    "No se ha importado nada: tus casos con la copia ocuparían {size} y no caben en el "
    "almacenamiento de este navegador. Tus datos siguen como estaban. Para hacer sitio, "
    "descarga tu copia de seguridad (JSON) y borra los casos que ya no necesites."
)
IMPORT_CONFLICTS_TITLE = "Datos distintos en «{name}»"
IMPORT_CONFLICTS_INTRO = (
    "Este caso ya estaba en este navegador y la copia trae otros datos. Mientras eliges, se "
    "queda lo de este navegador; lo de la copia espera aquí, guardado."
)
IMPORT_CONFLICT_ITEM = "{label}: aquí {here}; en la copia {there}."
IMPORT_TAKE = "Usar el de la copia"
IMPORT_KEEP = "Dejar el de aquí"
IMPORT_KEEP_BOTH = "Conservar los dos como casos separados"
IMPORT_COPY_TITLE = "{name} (copia importada el {date})"
IMPORT_EMPTY_VALUE = "(vacío)"


def _count(n: int, one: str, many: str) -> str:
    return "" if n == 0 else one if n == 1 else many.format(n=n)


def import_added(n: int) -> str:
    return _count(n, "se añadió 1 caso", "se añadieron {n} casos")


def import_updated(n: int) -> str:
    return _count(n, "1 ya estaba y se actualizó", "{n} ya estaban y se actualizaron")


def import_unchanged(n: int) -> str:
    return _count(n, "1 ya estaba igual", "{n} ya estaban igual")


def import_conflicted(n: int) -> str:
    return _count(
        n,
        "1 tiene datos distintos aquí y en la copia: elige abajo cuáles conservar",
        "{n} tienen datos distintos aquí y en la copia: elige abajo cuáles conservar",
    )


# Saving: a storage that is full, said as such (not «modo privado»), with the way out.
STORAGE_FULL = (
    "El almacenamiento de este navegador para esta web está lleno y tus últimos cambios no "
    "se han podido guardar. Siguen en esta pestaña, también si la recargas, pero se perderán "
    "al cerrarla: descarga ahora tu copia de seguridad (JSON), en «Copias de seguridad y "
    "exportación», y borra los casos que ya no necesites para hacer sitio."
)

# What the page does on its own when the tools could not start (the bridge's fallbacks).
CLEARED_WITHOUT_TOOL = (
    "Se han borrado todos tus datos de este navegador. Recarga la página para empezar de nuevo."
)

# A new version of the site (the service worker found it): the tools offer to switch.
UPDATE_READY = "Hay una versión nueva de la guía —"
UPDATE_BUTTON = "Actualizar"
