"""iA.Delib's dashboard columns (``IDashboardColumn`` utilities, ``configure.zcml``).

| id | header (fr) | metadata | shown as |
|---|---|---|---|
| ``body`` | Instance | ``ia_delib_body`` | the body's title |
| ``preferred_meeting`` | Séance souhaitée | ``ia_preferred_meeting`` | "14/12/2026 20:00 – title" |

Both look their UIDs up with one catalog query per page. *Séance
souhaitée* sorts on the meeting's date (index
``ia_preferred_meeting_date``, items without a preferred meeting last);
*Instance* does not sort (the catalog holds the body's UID, not its title).
"""

from ia.core.dashboard.columns import Column
from ia.core.dashboard.columns import UidTitleColumn
from ia.core.dashboard.columns import as_list
from ia.core.dashboard.rows import as_datetime
from ia.delib import _


class BodyColumn(UidTitleColumn):
    id = "body"
    title = _("column_body", default="Body")
    metadata = "ia_delib_body"


class PreferredMeetingColumn(Column):
    id = "preferred_meeting"
    title = _("Preferred meeting")
    metadata = "ia_preferred_meeting"
    sort_index = "ia_preferred_meeting_date"

    def format(self, values, builder):
        uids = sorted({uid for value in values for uid in as_list(value)})
        labels = {}
        if uids:
            for brain in builder.catalog.unrestrictedSearchResults(
                UID=uids, portal_type="IaDelibMeeting"
            ):
                start = as_datetime(getattr(brain, "start", None))
                labels[brain.UID] = (
                    f"{start:%d/%m/%Y %H:%M} – {brain.Title}" if start else brain.Title
                )
        return [labels.get(value, "") if value else "" for value in values]
