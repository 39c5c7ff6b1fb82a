"""Sigue tu caso: the pure-Python core of the guide's tools.

The same package renders each tool at build time (CPython) and runs it in the browser
(Pyodide). Modules are imported explicitly (`followup.messages`, `followup.escalation`…);
this file stays light so that importing the package costs nothing in the browser.
"""

__version__ = "0.1.0"
