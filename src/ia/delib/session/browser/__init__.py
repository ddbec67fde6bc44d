"""The live session console (``@@ia-session`` on a meeting)."""
