"""Every point of the source document is covered by the built guide.

Each entry of `POINTS` names one point of `source/guia-seguimiento-caso.txt` (plus the few
points the project adds: disclaimer, privacy, cheat sheet, glossary), the page that must
cover it, and key terms that must appear in that page's article text. Terms are compared
lowercase and without accents, so a chapter that drops a point fails its own test id.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

# (description, page slug, key terms). Slug "" is the home page.
POINTS: list[tuple[str, str, tuple[str, ...]]] = [
    # Introduction
    ("intro: case must not fall into oblivion", "", ("olvidado", "cuanto antes")),
    ("intro: who the guide is for", "", ("para quien es esta guia", "atencion al cliente")),
    # Why follow up
    ("why: support reality, many cases", "por-que", ("miles de casos", "cambia de turno")),
    ("why: visibility", "por-que", ("a la vista", "inactivo")),
    ("why: clarification and precision", "por-que", ("aclarar", "corregir", "pregunta")),
    ("why: potential prioritisation", "por-que", ("priorizar", "respetuosa", "mas grave")),
    ("why: personal empowerment", "por-que", ("control", "siguiente paso")),
    # Preparation
    ("prep: organised approach saves time", "preparacion", ("ahorras tiempo", "productiva")),
    ("prep: case number first", "preparacion", ("numero de caso, lo primero", "identificador")),
    ("prep: key dates", "preparacion", ("abriste el caso", "ultima comunicacion", "plazo")),
    ("prep: initial problem summary", "preparacion", ("resumen del problema", "una o dos frases")),
    ("prep: previous interactions", "preparacion", ("transcripciones", "nombre de cada agente")),
    ("prep: attachments and evidence", "preparacion", ("capturas de pantalla", "videos", "logs")),
    ("prep: current impact", "preparacion", ("impacto actual", "empeorado", "nueva")),
    ("prep: find the SLA", "preparacion", ("acuerdos de nivel de servicio", "sla")),
    ("prep: within the deadline?", "preparacion", ("dentro del plazo", "expectativas realistas")),
    ("prep: preparation helps support", "preparacion", ("favor para el equipo", "precision")),
    # Channels
    ("channels: original channel, one thread", "canales", ("canal original", "un solo hilo")),
    ("channels: email reply, no new thread", "canales", ("responde al ultimo correo", "asunto")),
    ("channels: portal comment", "canales", ("portal de soporte", "comentario")),
    ("channels: chat continue or cite case", "canales", ("transcripcion", "chat nuevo")),
    ("channels: phone, when to call", "canales", ("por otros medios", "critica", "por escrito")),
    ("channels: phone, what to expect", "canales", ("de inmediato", "resumir", "historial")),
    ("channels: social, last resort", "canales", ("ultimo recurso", "agotado", "perjuicio")),
    ("channels: social, brief and professional", "canales", ("breve y profesional",)),
    ("channels: social, never case number", "canales", ("nunca publiques", "datos personales")),
    ("channels: social, move to private", "canales", ("canal privado", "mensaje directo")),
    # Writing the message
    ("write: clear email subject", "redactar", ("asunto claro", "seguimiento – caso #")),
    ("write: case number up front", "redactar", ("numero de caso, al principio",)),
    ("write: courteous greeting", "redactar", ("saludo cordial", "respetuoso")),
    ("write: brief recap with date", "redactar", ("recapitulacion breve", "que lo abriste")),
    ("write: state a specific goal", "redactar", ("objetivo", "fecha estimada", "proximos pasos")),
    ("write: add new information", "redactar", ("informacion nueva", "empeorado")),
    ("write: offer collaboration", "redactar", ("colaborar", "alguna prueba")),
    ("write: professional close", "redactar", ("cierre profesional", "gracias")),
    ("write: full example", "redactar", ("seguimiento – caso #48213 – corte intermitente",)),
    # Escalation
    ("escalate: after one or two follow-ups", "escalar", ("una o dos veces", "dias habiles")),
    ("escalate: when", "escalar", ("no hay avances", "productividad", "en serio")),
    ("escalate: same channel, supervisor", "escalar", ("supervisor", "nivel de soporte superior")),
    ("escalate: dedicated forms", "escalar", ("formulario", "quejas", "sitio web")),
    ("escalate: cite unmet SLA politely", "escalar", ("garantias de servicio", "educacion")),
    ("escalate: keep documentation", "escalar", ("todas tus comunicaciones", "nombre")),
    # Pro tips
    ("tips: personal record", "consejos", ("hoja de calculo", "fecha de apertura", "proxima")),
    ("tips: link to the case log", "consejos", ("abre tu registro de casos",)),
    ("tips: patient but persistent", "consejos", ("persistente", "tiempo razonable")),
    ("tips: support tiers", "consejos", ("niveles de soporte", "nivel 1", "nivel 2", "retrasos")),
    ("tips: give feedback", "consejos", ("opinion", "mejorar el servicio", "excepcional")),
    ("tips: mutual benefit of follow-up", "consejos", ("primera respuesta", "primer contacto")),
    # Common mistakes
    ("mistakes: aggressive or rude", "errores", ("agresivo", "descortes", "resistencia")),
    ("mistakes: many channels at once", "errores", ("un solo canal", "confusion")),
    ("mistakes: information not ready", "errores", ("numero de caso", "ambas partes")),
    ("mistakes: too early", "errores", ("plazo que te dieron", "un dia habil completo")),
    ("mistakes: too late", "errores", ("no esperes semanas", "urgente")),
    ("mistakes: not the only case", "errores", ("gran volumen", "paciencia")),
    # Conclusion
    ("conclusion: attitude", "conclusion", ("proactiva", "organizada", "comunicativa")),
    ("conclusion: keys", "conclusion", ("preparacion", "comunicacion clara", "estrategia")),
    # Project additions
    ("home: not legal advice, data stays local", "", ("asesoramiento legal", "navegador")),
    ("about: consumer protection authority", "acerca", ("proteccion al consumidor",)),
    ("about: localStorage may be erased", "acerca", ("localstorage", "safari", "json")),
    ("cheat sheet: printable", "chuleta", ("ctrl", "cmd", "imprimir")),
    ("glossary: key terms", "glosario", ("sla", "dia habil", "escalar", "transcripcion")),
]


def fold(text: str) -> str:
    """Lowercase, strip accents and collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain)


@cache
def article_text(page: Path) -> str:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    article = soup.find("article")
    assert article is not None, f"no <article> in {page}"
    return fold(article.get_text(" "))


def page_path(site_dir: Path, slug: str) -> Path:
    return site_dir / slug / "index.html" if slug else site_dir / "index.html"


@pytest.mark.parametrize(("slug", "terms"), [p[1:] for p in POINTS], ids=[p[0] for p in POINTS])
def test_point_is_covered(site_dir: Path, slug: str, terms: tuple[str, ...]) -> None:
    text = article_text(page_path(site_dir, slug))
    missing = [term for term in terms if fold(term) not in text]
    assert not missing, f"{slug or 'index'}: missing {missing}"


def test_unsourced_statistic_is_not_used(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("index.html"))
    assert pages
    guide = [page for page in pages if "<article" in page.read_text(encoding="utf-8")]
    offending = [
        str(page.relative_to(site_dir))
        for page in guide
        if re.search(r"50\s*%", article_text(page))
    ]
    assert not offending, f"'50 %' found in {offending}"
