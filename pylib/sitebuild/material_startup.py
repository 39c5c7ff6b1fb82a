"""Material's start-up, without the restyles of the whole page it does not need.

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

The last two came from the palette's script: it appends an empty
`<meta name="color-scheme">` to the head and, once it has read the header's computed style,
sets that element's content. Chromium restyles the whole page on each of those two changes
(a "PlatformColorChange"), even when the scheme is the one already in use: on the case log
(≈ 750 elements) at 4× CPU, 66-93 ms each, in a bundle that took 277-311 ms (143-170 ms
without them). The page's head now carries `<meta name="color-scheme" content="light">`
(overrides/main.html), and `patch_bundle` makes Material's script use that element and
write its content only when it changes: a reader in light mode pays no restyle, one in dark
mode pays one.

Material's instant navigation, as the bundle ran, set every relative `href` and `src` of
the page to itself (`el.href = el.href`), so that links and scripts that stay on the page
still point where they did once the address changes. Setting a stylesheet link's `href`
makes the browser take the stylesheet in again and restyle the whole page: on the case log,
Chrome's trace showed the bundle at 97-136 ms with it and 57 ms without it (1× CPU), and
Lighthouse's blocking time on that page went from 190-304 ms to 116-246 ms (four runs each).
The address changes only when instant navigation follows a link, so `patch_bundle` makes
Material resolve the page's addresses then, on the first link it follows and before it
changes the address: against the address they were written for, as before.

The patched bundle gets a name of its own (the hash of its content): browsers keep
Material's file a year under its name (`immutable`), and a page must never run one bundle
with the other's head.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def only_file(folder: Path, pattern: str) -> tuple[Path, str]:
    """The one file of `folder` matching `pattern` and its text; an empty text when there is
    none or more than one (Material's file names carry a hash of their content)."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        return folder / pattern, ""
    return found[0], found[0].read_text(encoding="utf-8")


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
    sheet, text = only_file(site / "assets" / "stylesheets", "palette.*.min.css")
    if SWITCHING_RULE not in text:
        raise SystemExit(
            "Material's palette stylesheet no longer holds the rule sitebuild/material_startup.py "
            "drops; check what its palette does on start-up and update that module."
        )
    sheet.write_text(text.replace(SWITCHING_RULE, ""), encoding="utf-8")


# Material 9.7's bundle, minified, and what the build writes instead. Each piece must be
# there exactly once, or the build stops.
BUNDLE_PATCHES = (
    # The palette's script: the element it appends, then its write of the header's computed
    # `color-scheme` to it.
    (
        'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);',
        "let o=document.querySelector('meta[name=\"color-scheme\"]');"
        'o||(o=x("meta",{name:"color-scheme"}),document.head.appendChild(o));',
    ),
    (
        "return o.content=a.colorScheme,",
        "return o.content!==a.colorScheme&&(o.content=a.colorScheme),",
    ),
    # Instant navigation: the page's addresses resolved at start-up (`vi`), and the link it
    # follows, before `history.pushState` changes the address: resolved there, once.
    ("$(document).subscribe(vi);", "let stcResolved=!1;"),
    (
        "m(({href:a})=>new URL(a))",
        "m(({href:a})=>(stcResolved||(stcResolved=!0,vi(document)),new URL(a)))",
    ),
)


def patch_bundle(site: Path) -> None:
    """Apply `BUNDLE_PATCHES` to Material's bundle; rename it after its new content and
    point every page at it.

    Fails the build when any piece of Material's code is not there exactly once."""
    old, text = only_file(site / "assets" / "javascripts", "bundle.*.min.js")
    if any(text.count(original) != 1 for original, _ in BUNDLE_PATCHES):
        raise SystemExit(
            "Material's bundle no longer holds the code sitebuild/material_startup.py "
            "patches (its palette's <meta name=color-scheme>, its instant navigation's "
            "start-up); check what that code does now and update that module (and the "
            "head's meta in overrides/main.html)."
        )
    for original, patched in BUNDLE_PATCHES:
        text = text.replace(original, patched)
    data = text.encode("utf-8")
    new = old.with_name(f"bundle.{hashlib.sha256(data).hexdigest()[:8]}.min.js")
    new.write_bytes(data)
    old.unlink()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if old.name in html:
            page.write_text(html.replace(old.name, new.name), encoding="utf-8")
