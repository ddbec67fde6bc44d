"""Vocabularies of iA.Delib (fixed lists and lists read from the body)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from ia.delib import _
from ia.delib.content.body import IIaDelibBody
from ia.delib.content.body import parse_categories
from ia.delib.workflows import open_meeting_states
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


def _fixed(*pairs):
    vocabulary = SimpleVocabulary(
        [SimpleTerm(value, value, title) for value, title in pairs]
    )

    @provider(IVocabularyFactory)
    def factory(context=None):
        return vocabulary

    return factory


body_kinds = _fixed(
    ("college", _("College")),
    ("council", _("Council")),
    ("cpas", _("CPAS council")),
)
privacies = _fixed(("public", _("Public")), ("secret", _("Closed session")))
list_types = _fixed(
    ("normal", _("Normal")), ("late", _("Late")), ("emergency", _("Emergency"))
)
item_kinds = _fixed(
    ("deliberation", _("Deliberation")),
    ("information", _("Information (takes note)")),
    ("question", _("Oral question")),
    ("interpellation", _("Interpellation")),
)
session_types = _fixed(
    ("ordinary", _("Ordinary")), ("extraordinary", _("Extraordinary"))
)


def body_of(context):
    """The body holding ``context`` (or ``context`` itself), None outside one."""
    obj = aq_inner(context)
    while obj is not None:
        if IIaDelibBody.providedBy(obj):
            return obj
        obj = aq_parent(obj)
    return None


@provider(IVocabularyFactory)
def categories(context=None):
    body = body_of(context) if context is not None else None
    pairs = parse_categories(body.categories if body is not None else ())
    return SimpleVocabulary([SimpleTerm(token, token, title) for token, title in pairs])


@provider(IVocabularyFactory)
def open_meetings(context=None):
    """Meetings of the item's body still accepting items (created, frozen).

    Searched without the user's security: a service chooses its preferred
    meeting among meetings it may not open yet (only titles are shown).
    """
    body = body_of(context) if context is not None else None
    if body is None:
        return SimpleVocabulary([])
    brains = api.content.find(
        context=body,
        portal_type="IaDelibMeeting",
        review_state=open_meeting_states(body),
        sort_on="start",
        unrestricted=True,
    )
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])
