"""Views of persons and organisations: their fields, then their positions."""

from ia.core.directory.api import current_positions
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from plone import api
from plone.dexterity.browser.view import DefaultView


class ContactView(DefaultView):
    """Fields of the contact (as the default view), plus related contacts."""

    def positions(self) -> list[dict]:
        """A person's positions, current ones first."""
        rows = []
        for obj in self.context.objectValues():
            if IHeldPosition.providedBy(obj) and api.user.has_permission(
                "View", obj=obj
            ):
                rows.append(
                    {
                        "url": obj.absolute_url(),
                        "title": obj.position_title(),
                        "organisation": obj.organisation_title(),
                        "start": obj.start_date,
                        "end": obj.end_date,
                        "current": obj.is_current(),
                        "signatory": obj.signatory,
                    }
                )
        rows.sort(
            key=lambda row: (
                not row["current"],
                -(row["start"].toordinal() if row["start"] else 0),
            )
        )
        return rows

    def members(self):
        """The positions currently held in this organisation (brains)."""
        if not IOrganisation.providedBy(self.context):
            return []
        return current_positions(organisation=self.context.UID())

    def sub_organisations(self):
        if not IOrganisation.providedBy(self.context):
            return []
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type="IaOrganisation",
            sort_on="sortable_title",
        )
