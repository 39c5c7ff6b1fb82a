"""Country rules for the situations of `followup.situations`, one module per country."""

from __future__ import annotations

from ..situations import CountryRule
from . import es

RULES: tuple[CountryRule, ...] = (*es.RULES,)
