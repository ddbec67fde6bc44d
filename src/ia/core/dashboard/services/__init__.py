"""REST endpoint ``@ia-dashboard``."""
