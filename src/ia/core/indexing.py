"""The catalog's view of an iA document, without acquisition.

Plone's ``IndexableObjectWrapper`` answers a catalog name that is neither
an indexer nor a workflow variable by reading the attribute *with*
acquisition, then refuses the value when the object does not have it
itself (an acquired value is never indexed, except a TTW Python Script).
Each of the some twenty names a document does not have (``start``,
``location``, other products' indexes …) thus climbs to the site through
every container's ``__getattr__`` before being refused: a tenth of the
time of ingesting a mail.

:class:`DocumentIndexableObject` asks the object itself first and only
then reads the attribute in context, so it indexes exactly what Plone's
wrapper indexes, with one difference: acquired TTW Python Scripts are not
used as indexers for iA documents (use an ``IIndexer`` adapter).
It is registered for the documents that have responsible services
(``ia.responsible``): every product's documents.

:func:`referrers` finds the objects whose catalog index holds a UID, for
the subscribers that keep a value computed from another object current
(a contact's name on the mails, a meeting's date on the items, an
organisation's name on the positions).
"""

from Acquisition import aq_base
from ia.core.orgchart.behavior import IResponsible
from plone import api
from plone.base.interfaces import IPloneCatalogTool
from plone.indexer.interfaces import IIndexer
from plone.indexer.wrapper import IndexableObjectWrapper
from zope.component import adapter
from zope.component import queryMultiAdapter


@adapter(IResponsible, IPloneCatalogTool)
class DocumentIndexableObject(IndexableObjectWrapper):
    def __getattr__(self, name):
        obj = self._IndexableObjectWrapper__object
        indexer = queryMultiAdapter(
            (obj, self._IndexableObjectWrapper__catalog), IIndexer, name=name
        )
        if indexer is not None:
            return indexer()
        variables = self._IndexableObjectWrapper__vars
        if name in variables:
            return variables[name]
        getattr(aq_base(obj), name)  # AttributeError: not the object's own
        return getattr(obj, name)  # in context, for methods using acquisition


def referrers(index, value, keep=None):
    """The objects whose catalog ``index`` holds ``value`` (a UID), read
    without security; only those whose brain ``keep`` accepts are woken up.
    Nothing when the site has no such index (its product is not installed)."""
    catalog = api.portal.get_tool("portal_catalog")
    if index not in catalog.indexes():
        return []
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(**{index: value})
        if keep is None or keep(brain)
    ]
