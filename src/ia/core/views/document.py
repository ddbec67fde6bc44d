"""``@@ia-view``: how a civil servant reads a document of the suite.

Plone's default Dexterity view shows every field, empty or not, the
technical settings (versioning switches) and, for containers, a listing of
the contents — which for our documents are the attachments, already shown
by the ``ia.attachments`` viewlet. This view keeps the fields that have a
value, grouped by fieldset, and leaves the rest to the viewlets (deadline,
attachments, document generation, history).
"""

from html import escape
from ia.core import _
from ia.core.views.files import file_summary
from plone import api
from plone.dexterity.browser.view import DefaultView
from plone.namedfile.interfaces import INamedField
from zope.i18n import translate
from zope.schema.interfaces import IChoice
import re


#: fieldsets that hold settings, not content
HIDDEN_FIELDSETS = frozenset({"settings"})
#: fields shown elsewhere (title, description) or meaningful only in a form
HIDDEN_FIELDS = frozenset(
    {
        "IBasic.title",
        "IBasic.description",
        "IDublinCore.title",
        "IDublinCore.description",
        "title",
        "description",
        "IVersionable.changeNote",
    }
)
UID = re.compile(r"^[0-9a-f]{32}$")
EMPTY = (None, "", [], (), set(), frozenset())


class DocumentView(DefaultView):
    def _shown(self, widget) -> bool:
        return widget.__name__ not in HIDDEN_FIELDS and widget.value not in EMPTY

    def sections(self) -> list[dict]:
        """``[{"id", "label", "widgets"}]``: the main fields first (no label),
        then one section per fieldset that has a field with a value."""
        sections = []
        main = [w for w in self.widgets.values() if self._shown(w)]
        if main:
            sections.append({"id": "default", "label": None, "widgets": main})
        for group in self.groups:
            if group.__name__ in HIDDEN_FIELDSETS:
                continue
            widgets = [w for w in group.widgets.values() if self._shown(w)]
            if widgets:
                sections.append(
                    {"id": group.__name__, "label": group.label, "widgets": widgets}
                )
        return sections

    def render_widget(self, widget) -> str:
        """The widget's display, files as "name — PDF, 12,3 Ko" (plone's
        file widget shows "application/pdf, 12 KB")."""
        field = getattr(widget, "field", None)
        value = getattr(widget, "value", None)
        if field is not None and INamedField.providedBy(field) and value:
            filename, summary = file_summary(value)
            url = f"{self.context.absolute_url()}/@@download/{field.__name__}"
            return (
                f'<a href="{escape(url)}">{escape(filename or field.__name__)}</a>'
                f' <span class="discreet">— {escape(summary)}</span>'
            )
        uids = self._uid_values(widget)
        if uids:
            return self._uid_links(uids)
        return widget.render()

    def _uid_values(self, widget):
        """The UIDs a Choice (or list of Choices) field holds, when they
        point at documents: its vocabulary may not hold them (a past
        meeting), and z3c.form then shows "Missing value: <uid>"."""
        field = getattr(widget, "field", None)
        if field is None or not (
            IChoice.providedBy(field)
            or IChoice.providedBy(getattr(field, "value_type", None))
        ):
            return []
        try:
            raw = field.get(field.interface(self.context))
        except Exception:  # noqa: BLE001 - no adapter: let the widget show it
            return []
        values = [raw] if isinstance(raw, str) else list(raw or ())
        if values and all(isinstance(v, str) and UID.match(v) for v in values):
            return values
        return []

    def _uid_links(self, uids):
        catalog = api.portal.get_tool("portal_catalog")
        found = {brain.UID: brain for brain in catalog(UID=uids)}
        parts = []
        for uid in uids:
            brain = found.get(uid)
            if brain is None:
                label = translate(
                    _("(a document you may not see)"), context=self.request
                )
                parts.append(f'<span class="discreet">{escape(label)}</span>')
            else:
                parts.append(
                    f'<a href="{escape(brain.getURL())}">{escape(brain.Title)}</a>'
                )
        return ", ".join(parts)
