"""Country rules for the situations of `followup.situations`, one module per country.

Each module lists what the law of one country adds to a situation (see `CountryRule`). The
order matters: `situations.rule_for` takes the first rule that covers a sector and a kind of
company, so a module lists its narrower rules first.
"""

from __future__ import annotations

from ..situations import CountryRule
from . import ar, cl, co, do, es, mx, pe, pr, us, uy

MODULES = (es, mx, ar, co, cl, pe, us, pr, do, uy)

RULES: tuple[CountryRule, ...] = tuple(rule for module in MODULES for rule in module.RULES)


def links() -> frozenset[str]:
    """Every URL the «¿Qué te pasó?» page may link to: the rules' sources."""
    return frozenset(source.url for rule in RULES for source in rule.sources)
