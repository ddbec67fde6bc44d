"""The ``ia_final`` index: is the document done, for its OWN workflow?

A state id alone does not say it: ``validated`` ends
``ia_validation_workflow`` but is only a step for an iA.Delib item. The
index stores ``ia.core.workflows.facts.is_final(obj)`` (state variable
``ia_final`` of the document's workflow XML) so that "not final"
is one query term (``ia_final=False``) whatever the workflows. It is a
metadata column too (the rows' "overdue" flag). Workflow transitions only
reindex the workflow variables: the subscriber below reindexes it.
"""

from ia.core.workflows.facts import is_final
from plone.dexterity.interfaces import IDexterityContent
from plone.indexer import indexer
from Products.CMFCore.utils import getToolByName


INDEX = "ia_final"


@indexer(IDexterityContent)
def ia_final(obj):
    value = is_final(obj)
    if value is None:
        raise AttributeError(INDEX)  # no workflow: not in the index
    return value


def reindex_final(obj, event):
    """After a transition the document may have become final, or not any more."""
    if INDEX in getToolByName(obj, "portal_catalog").indexes():
        obj.reindexObject(idxs=[INDEX])
