"""1000 -> 1001: the catalog index ``ia_example_topic``."""

from plone import api


DELTA = "profile-tests.example.ia_example.upgrades:1001_index"
INDEX = "ia_example_topic"


def add_topic_index(setup_tool):
    """Import the delta profile's catalog.xml, then index the requests that
    exist already (a new index starts empty)."""
    setup_tool.runImportStepFromProfile(DELTA, "catalog")
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=[INDEX])
