"""Test helpers of the map: a layer on the core's test types, located documents."""

from ia.core import _
from ia.core.map.interfaces import IMapLayer
from ia.core.map.layers import MapFilter
from ia.core.map.layers import MapLayer
from ia.core.testing import create_document
from zope.component import getGlobalSiteManager


def _services(context):
    return [("roads", "Voiries"), ("parks", "Espaces verts")]


def _properties(brain):
    return {"classification": list(brain.ia_classification or [])}


TEST_LAYER = MapLayer(
    id="test-documents",
    title=_("Documents"),
    portal_types=("IaTestDocument", "IaTestCase"),
    properties=_properties,
    property_titles={"classification": _("Classification")},
    filters=(
        MapFilter("team", _("Team"), index="ia_classification", options=_services),
    ),
)


def register_test_layer():
    """Register ``TEST_LAYER``; returns the function that unregisters it."""
    gsm = getGlobalSiteManager()
    gsm.registerUtility(TEST_LAYER, IMapLayer, name=TEST_LAYER.id)
    return lambda: gsm.unregisterUtility(TEST_LAYER, IMapLayer, name=TEST_LAYER.id)


def located(container, title, latitude=50.4669, longitude=4.8675, **fields):
    """A test document at a point."""
    return create_document(
        container, title=title, latitude=latitude, longitude=longitude, **fields
    )
