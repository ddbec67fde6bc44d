"""Test helpers of the numbering and of the reference/deadline/classification behaviors.

``add_test_type`` registers a minimal Dexterity type with only the given
behaviors, so that the tests of a behavior do not depend on the others.
"""

from plone import api
from plone.dexterity.fti import DexterityFTI


EMPTY_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema /></model>'
)
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
    fti.model_source = EMPTY_MODEL
    fti.behaviors = tuple(behaviors)
    fti.global_allow = True
    fti.filter_content_types = False
    types._setObject(name, fti)
    api.portal.get_tool("portal_workflow").setChainForPortalTypes(
        [name], [workflow] if workflow else []
    )
    return types[name]
