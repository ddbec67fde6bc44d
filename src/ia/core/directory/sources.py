"""Contact vocabularies for any product's contact field (sender, recipient, signatory...).

Each vocabulary is a catalog query: terms are UIDs, titles are the
contacts' titles. They are searchable (``search(text)``, used by the
AjaxSelect widget of ``@@getVocabulary``) and validate a value without
listing the whole directory. Positions are offered only while current:
``start <= today <= end`` (missing dates are open).
"""

from datetime import date
from plone import api
from z3c.formwidget.query.interfaces import IQuerySource
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm


ORGANISATION = "IaOrganisation"
PERSON = "IaPerson"
POSITION = "IaHeldPosition"
OPEN_START = "0001-01-01"
OPEN_END = "9999-12-31"


def current_query(today: date | None = None) -> dict:
    """Catalog criteria of the contacts valid today (see the ``ia_contact_*`` indexers)."""
    today = (today or date.today()).isoformat()
    return {
        "ia_contact_start": {"query": today, "range": "max"},
        "ia_contact_end": {"query": today, "range": "min"},
    }


def _search_text(text: str) -> str:
    """Every word as a prefix: ``dup je`` finds ``Dupont Jean``."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f"{w}*" for w in words)


@implementer(IQuerySource)
class ContactSource:
    """A catalog-backed vocabulary of contacts, searchable by text."""

    def __init__(self, portal_types, query: dict):
        self.portal_types = list(portal_types)
        self.query = dict(
            query, portal_type=self.portal_types, sort_on="sortable_title"
        )

    def _brains(self, **extra):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog(**dict(self.query, **extra))

    def _term(self, brain) -> SimpleTerm:
        return SimpleTerm(brain.UID, token=brain.UID, title=brain.Title)

    def __contains__(self, value) -> bool:
        return (
            bool(value) and isinstance(value, str) and len(self._brains(UID=value)) == 1
        )

    def getTerm(self, value) -> SimpleTerm:
        """Also for a contact no longer offered (an ended position stays displayable)."""
        brains = []
        if value and isinstance(value, str):
            catalog = api.portal.get_tool("portal_catalog")
            brains = catalog(UID=value, portal_type=self.portal_types)
        if len(brains) != 1:
            raise LookupError(value)
        return self._term(brains[0])

    def getTermByToken(self, token) -> SimpleTerm:
        return self.getTerm(token)

    def __iter__(self):
        return (self._term(brain) for brain in self._brains())

    def __len__(self) -> int:
        return len(self._brains())

    def search(self, query_string: str):
        text = _search_text(query_string or "")
        if not text:
            return []
        return [self._term(brain) for brain in self._brains(SearchableText=text)]


def contacts_source(portal_types, today=None, **criteria) -> ContactSource:
    return ContactSource(portal_types, dict(current_query(today), **criteria))


@provider(IVocabularyFactory)
def contacts(context=None):
    """Organisations, persons and current held positions."""
    return contacts_source([ORGANISATION, PERSON, POSITION])


@provider(IVocabularyFactory)
def persons(context=None):
    return contacts_source([PERSON])


@provider(IVocabularyFactory)
def organisations(context=None):
    return contacts_source([ORGANISATION])


@provider(IVocabularyFactory)
def held_positions(context=None):
    """Current held positions only."""
    return contacts_source([POSITION])


@provider(IVocabularyFactory)
def signatories(context=None):
    """Current held positions flagged as signatory."""
    return contacts_source([POSITION], ia_signatory=True)
