"""The Pyodide layer runs in the same served site as the browser tests."""

from tests.browser.conftest import base_url, browser_context_args, traffic

__all__ = ["base_url", "browser_context_args", "traffic"]
