"""Test helpers of the numbering and of the reference/deadline/classification behaviors.

``add_test_type`` registers a minimal Dexterity type with only the given
behaviors, so that the tests of a behavior do not depend on the others (and
several types get their own numbering register). Other tests use the shipped
``IaTestDocument``, ``IaTestCase`` and ``IaTestPublication``.
"""

from plone import api
from plone.dexterity.fti import DexterityFTI


SHIPPED_TEST_TYPE = "IaTestDocument"  # its empty main model is reused
BEHAVIORS = (
    "plone.basic",
    "plone.namefromtitle",
    "ia.reference",
    "ia.deadline",
    "ia.classification",
)


def add_test_type(
    portal,
    name="IaNumberedTestDoc",
    behaviors=BEHAVIORS,
    workflow="simple_publication_workflow",
):
    """Add (or replace) a global container type ``name`` bound to ``workflow``."""
    types = api.portal.get_tool("portal_types")
    if name in types:
        types.manage_delObjects([name])
    fti = DexterityFTI(name)
    fti.title = name
    fti.klass = "plone.dexterity.content.Container"
    fti.model_source = types[SHIPPED_TEST_TYPE].model_source
    fti.behaviors = tuple(behaviors)
    fti.global_allow = True
    fti.filter_content_types = False
    types._setObject(name, fti)
    api.portal.get_tool("portal_workflow").setChainForPortalTypes(
        [name], [workflow] if workflow else []
    )
    return types[name]
