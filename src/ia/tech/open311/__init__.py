"""Open311 GeoReport v2 (JSON) on ``<site>/open311/``: see ``view.py``."""
