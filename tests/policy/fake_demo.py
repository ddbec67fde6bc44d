"""A fake product demo module for the demo-hook tests."""

OPTIONS = {"count": (int, 2), "prefix": (str, "Démo")}

CALLS = []


def populate(portal, municipality, **options):
    CALLS.append((municipality.site_id, dict(options)))
