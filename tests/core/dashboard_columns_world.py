"""A "product" column and two lists for the column registry's tests."""

from ia.core.dashboard.columns import UidTitleColumn
from ia.core.dashboard.columns import VocabularyColumn
from ia.core.dashboard.interfaces import IDashboardColumn
from ia.core.dashboard.interfaces import IDashboardList
from ia.core.dashboard.lists import DashboardList
from zope.component import getGlobalSiteManager
import pytest


class CopyServicesColumn(UidTitleColumn):
    """A "product" column: the copy services' titles."""

    id = "copy"
    title = "Copy"
    metadata = "ia_copy_services"


class TypeVocabularyColumn(VocabularyColumn):
    id = "type_vocab"
    title = "Type (vocabulary)"
    metadata = "portal_type"
    vocabulary = "plone.app.vocabularies.PortalTypes"


class WithCopy(DashboardList):
    id = "with_copy"
    title = "With copy"
    order = 99
    columns = ("reference", "title", "copy", "type_vocab")
    default_sort = ("reference", "ascending")

    def query(self, userid):
        return {"portal_type": "IaTestDocument"}


class Broken(DashboardList):
    id = "broken"
    title = "Broken"
    order = 98
    columns = ("reference", "no_such_column")

    def query(self, userid):
        return {"portal_type": "IaTestDocument"}


@pytest.fixture
def registered():
    """A product's column and lists, registered like a product does."""
    gsm = getGlobalSiteManager()
    utilities = [
        (CopyServicesColumn(), IDashboardColumn, "copy"),
        (TypeVocabularyColumn(), IDashboardColumn, "type_vocab"),
        (WithCopy(), IDashboardList, "with_copy"),
        (Broken(), IDashboardList, "broken"),
    ]
    for component, iface, name in utilities:
        gsm.registerUtility(component, iface, name)
    yield
    for component, iface, name in utilities:
        gsm.unregisterUtility(component, iface, name)
