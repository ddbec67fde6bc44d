"""A deliberative body (college, council, CPAS council): its configuration.

Meetings and items of a body live in the body's folder. The body's meeting
managers are the members of the Plone group ``<body id>_meeting_managers``,
created with the body; ``localroles`` gives that group ``IaMeetingManager``.
"""

from ia.delib import _
from plone import api
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


COUNCIL_KINDS = ("council", "cpas")
# CDLD art. L1122-13: the council is convened at least seven full days before.
LEGAL_CONVOCATION_DELAY = 7
MEETING_MANAGERS_SUFFIX = "_meeting_managers"


class IIaDelibBody(model.Schema):
    """Configuration of one deliberative body."""

    body_kind = schema.Choice(
        title=_("Kind of body"),
        vocabulary="ia.delib.body_kinds",
        default="college",
    )

    categories = schema.List(
        title=_("Item categories"),
        description=_('One category a line, as "id|Title" (or a title alone).'),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    validation_levels = schema.Int(
        title=_("Validation levels of the items"),
        description=_(
            "How many validation levels (N+1 to N+3) the items of this body "
            "pass. Empty: the level of the proposing service."
        ),
        required=False,
        min=1,
        max=3,
    )

    default_attendees = schema.List(
        title=_("Default attendees"),
        description=_("Held positions from the directory invited to every meeting."),
        value_type=schema.Choice(vocabulary="ia.core.held_positions"),
        required=False,
        default=[],
    )

    default_signatories = schema.List(
        title=_("Default signatories"),
        value_type=schema.Choice(vocabulary="ia.core.signatories"),
        required=False,
        default=[],
    )

    convocation_delay = schema.Int(
        title=_("Convocation delay (full days)"),
        description=_(
            "Minimum number of full days between the convocation and the "
            "meeting. Empty: 7 for a council (CDLD), none for a college."
        ),
        required=False,
        min=0,
        max=60,
    )

    public_meetings = schema.Choice(
        title=_("Public meetings"),
        description=_(
            "Citizens see the public agenda of the published meetings. "
            "Empty: yes for a council or CPAS council, no for a college."
        ),
        vocabulary=SimpleVocabulary(
            [
                SimpleTerm(True, "yes", _("Yes")),
                SimpleTerm(False, "no", _("No")),
            ]
        ),
        required=False,
    )

    voting_positions = schema.List(
        title=_("Positions with a vote"),
        description=_(
            "The attendees holding these positions vote. Empty: the "
            "bourgmestre, the échevins, the président(e) and the conseillers "
            "(the directeur général, the directeur financier and the guests "
            "attend without voting)."
        ),
        value_type=schema.Choice(vocabulary="ia.core.position_types"),
        required=False,
        default=[],
    )

    closed_numbering = schema.Choice(
        title=_("Numbering of the closed-session items"),
        description=_("In the minutes and agendas."),
        vocabulary=SimpleVocabulary(
            [
                SimpleTerm("continue", "continue", _("Continuing the public items")),
                SimpleTerm("restart", "restart", _("Restarting at 1")),
            ]
        ),
        default="continue",
        required=False,
    )


@implementer(IIaDelibBody)
class Body(Container):
    """A deliberative body; holds its meetings and items."""


def meeting_managers_group_id(body) -> str:
    """Id of the Plone group whose members manage the meetings of ``body``."""
    return f"{body.getId()}{MEETING_MANAGERS_SUFFIX}"


def convocation_delay(body) -> int:
    """Effective convocation delay of ``body`` in full days."""
    if body.convocation_delay is not None:
        return body.convocation_delay
    return LEGAL_CONVOCATION_DELAY if body.body_kind in COUNCIL_KINDS else 0


def meetings_are_public(body) -> bool:
    """Citizens may see the published meetings of ``body`` (the field, or by
    default: yes for a council or CPAS council, no for a college)."""
    value = getattr(body, "public_meetings", None)
    if value is None:
        return body.body_kind in COUNCIL_KINDS
    return bool(value)


def parse_categories(lines) -> list[tuple[str, str]]:
    """``[(id, title)]`` from the body's ``id|Title`` (or ``Title``) lines."""
    result = []
    for raw in lines or ():
        line = raw.strip()
        if not line:
            continue
        token, _sep, title = line.partition("|")
        token, title = token.strip(), (title.strip() or token.strip())
        result.append((token, title))
    return result


def create_meeting_managers_group(body, event):
    """Create the body's meeting managers group (kept if it already exists)."""
    group_id = meeting_managers_group_id(body)
    if api.group.get(groupname=group_id) is None:
        api.group.create(
            groupname=group_id,
            title=f"{body.Title()} (gestionnaires de séances)",
        )
