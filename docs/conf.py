"""Sphinx configuration of the iA suite documentation (MyST Markdown)."""

project = "iA suite"
author = "iA suite contributors"
language = "en"
extensions = ["myst_parser"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
html_theme = "alabaster"
