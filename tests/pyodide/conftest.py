"""The pyodide layer reuses the browser layer's local server and Chromium set-up."""

from tests.browser.conftest import base_url, browser_context_args, site_root, traffic

__all__ = ["base_url", "browser_context_args", "site_root", "traffic"]
