"""A meeting (séance) of a deliberative body and its agenda."""

from ia.delib import _
from persistent.list import PersistentList
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IIaDelibMeeting(model.Schema):
    """Date, times, place and session type of a meeting."""

    start = schema.Datetime(title=_("Start"), required=True)

    end = schema.Datetime(title=_("End"), required=False)

    place = schema.TextLine(title=_("Place"), required=False)

    session_type = schema.Choice(
        title=_("Session type"),
        vocabulary="ia.delib.session_types",
        default="ordinary",
    )

    convocation_date = schema.Date(
        title=_("Convocation date"),
        description=_(
            "The day the convocation was sent; set by « Send the convocation »."
        ),
        required=False,
    )

    @invariant
    def end_after_start(data):
        start, end = getattr(data, "start", None), getattr(data, "end", None)
        if start and end and end < start:
            raise Invalid(_("The meeting ends before it starts."))


@implementer(IIaDelibMeeting)
class Meeting(Container):
    """A meeting; ``item_uids`` keeps the presented items in the manual order
    (see ``ia.delib.agenda`` for the agenda order and the numbers)."""

    @property
    def date(self):
        """The day of the meeting."""
        return self.start.date() if self.start else None

    def __init__(self, id=None, **kwargs):
        super().__init__(id, **kwargs)
        # Created here rather than on first read, so that showing a new
        # meeting's page (a GET) writes nothing (plone.protect).
        self.item_uids = PersistentList()

    def agenda_uids(self) -> PersistentList:
        if "item_uids" not in self.__dict__:
            self.item_uids = PersistentList()
        return self.item_uids
