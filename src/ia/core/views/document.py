"""``@@ia-view``: how a civil servant reads a document of the suite.

Plone's default Dexterity view shows every field, empty or not, the
technical settings (versioning switches) and, for containers, a listing of
the contents — which for our documents are the attachments, already shown
by the ``ia.attachments`` viewlet. This view keeps the fields that have a
value, grouped by fieldset, and leaves the rest to the viewlets (deadline,
attachments, document generation, history).
"""

from plone.dexterity.browser.view import DefaultView


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
