"""The mail area ``/courrier``: created at install, where every mail lives.

Who may add mail there: the encoders of any service (the holders of a
function whose role is ``IaEncoder``). Nothing is stored: a
:class:`~ia.core.orgchart.arearoles.FunctionAreaRoles` provider gives them
``Contributor`` on the area. Contributor carries no permission inside a
mail (the mail workflows map their permissions to the function roles only).
"""

from Acquisition import aq_base
from ia.core.internal import make_internal
from ia.core.orgchart.arearoles import FunctionAreaRoles
from ia.core.unordered import make_unordered
from ia.docs.interfaces import IMailArea
from plone import api
from plone.dexterity.content import Container
from plone.dexterity.utils import createContentInContainer
from zope.component import adapter


AREA_ID = "courrier"
AREA_TYPE = "IaMailArea"
ADD_ROLE = "Contributor"


class MailArea(Container):
    """The mail area. Its modification date does not follow its mails:
    adding a mail fires ``ContainerModifiedEvent`` on the area, whose
    reindex set the area's date — one write shared by every registration,
    so two clerks registering at once always conflicted on it (issue 10)."""

    def notifyModified(self):
        """Nothing: see the class."""


def get_mail_area(portal=None):
    portal = portal if portal is not None else api.portal.get()
    area = portal.get(AREA_ID)
    if area is None or getattr(area, "portal_type", None) != AREA_TYPE:
        return None
    return area


def ensure_mail_area(portal):
    """Create ``/courrier`` when missing (idempotent); returns it."""
    area = get_mail_area(portal)
    if area is not None or AREA_ID in portal.objectIds():
        return area
    area = createContentInContainer(
        portal,
        AREA_TYPE,
        checkConstraints=False,
        id=AREA_ID,
        title="Courrier",
        exclude_from_nav=False,  # a tab of the global navigation, indexed now
    )
    make_unordered(area)
    make_internal(area)  # no *Courrier* tab leading an anonymous visitor nowhere
    area.reindexObject()
    return area


def upgrade_area(portal, area):
    """An area of the previous release becomes a :class:`MailArea` without
    explicit order (upgrade 1001 -> 1002)."""
    portal.portal_types.IaMailArea.klass = f"{MailArea.__module__}.MailArea"
    make_unordered(area)
    base = aq_base(area)
    if base.__class__ is not MailArea:
        base.__class__ = MailArea
        base._p_changed = True
        # ZODB makes the object from the class named in its parent's
        # reference (a bucket of the site's _tree): store it again.
        aq_base(portal)._tree[base.getId()] = base


@adapter(IMailArea)
class MailAreaLocalRoles(FunctionAreaRoles):
    function_role = "IaEncoder"
    roles = (ADD_ROLE,)
