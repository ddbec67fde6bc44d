"""Catalog values of the request (``profiles/default/catalog.xml``)."""

from plone.indexer import indexer
from tests.example.ia_example.content import IExampleRequest


@indexer(IExampleRequest)
def ia_example_topic(obj):
    """The topic, for the dashboard column (metadata) and its sort (index)."""
    return obj.topic or ""
