"""Build-side glue for the MkDocs site: the tool block extension and the build hooks.

Not shipped to the browser; only `followup` is.
"""
