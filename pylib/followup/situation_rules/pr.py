"""Puerto Rico: the federal rules of the United States (`us`) apply there too: card charges
and flights, with the same federal agencies as routes."""

from __future__ import annotations

from dataclasses import replace

from ..situations import CountryRule
from . import us

RULES: tuple[CountryRule, ...] = tuple(replace(rule, country="PR") for rule in us.RULES)
