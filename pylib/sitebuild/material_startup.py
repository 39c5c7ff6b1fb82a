"""Material's start-up, without two restyles of the whole page it does not need.

Measured with Chrome's trace (invalidation tracking) on a tool page at 4× CPU: Material's
bundle restyled all ≈ 600 elements four times while it started, and once more just after;
each restyle took 50-140 ms of the page's only thread on a slow phone. Two of them come from
its palette: its start sets `data-md-color-switching` on <body> and removes it right after,
and its stylesheet's rule on that attribute (`[data-md-color-switching] *`, transitions off
while the colours change) makes every element's style depend on it. The rule matters only
when the reader switches between light and dark, so the build drops it from Material's
stylesheet and the site keeps the same rule on an attribute it sets only for a switch
(`data-stc-switching`: docs/assets/accesibilidad.css and the head's script in
overrides/main.html). A third came from the classes Material's bundle puts on <html> (`js`
for `no-js`, and its focus-visible helper's `js-focus-visible`): the head's script puts them
there before the body has any style.
"""

from __future__ import annotations

from pathlib import Path

# Material 9.7's rule, as its minified palette stylesheet writes it.
SWITCHING_RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)


def drop_switching_rule(site: Path) -> None:
    """Remove Material's transition rule on `data-md-color-switching` from the built site.

    Fails the build when the rule is not there: a Material that writes it otherwise must be
    looked at again (the site's own rule replaces this one; with both, every load restyles
    the page twice more)."""
    sheets = sorted((site / "assets" / "stylesheets").glob("palette.*.min.css"))
    text = sheets[0].read_text(encoding="utf-8") if len(sheets) == 1 else ""
    if SWITCHING_RULE not in text:
        raise SystemExit(
            "Material's palette stylesheet no longer holds the rule sitebuild/material_startup.py "
            "drops; check what its palette does on start-up and update that module."
        )
    sheets[0].write_text(text.replace(SWITCHING_RULE, ""), encoding="utf-8")
