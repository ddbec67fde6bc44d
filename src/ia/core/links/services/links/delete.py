"""DELETE ``@ia-links`` ``{"kind", "target"}``: remove a manual link (204)."""

from ia.core.links import manage
from ia.core.links.services.links.post import LinksChange


class LinksDelete(LinksChange):
    change = staticmethod(manage.remove)

    def changed(self, other):
        return self.reply_no_content()
