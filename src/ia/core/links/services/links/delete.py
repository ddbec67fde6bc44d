"""DELETE ``@ia-links`` ``{"kind", "target"}``: remove a manual link (204)."""

from ia.core.links import manage
from ia.core.links.services.links.post import change
from ia.core.rest import IaService


class LinksDelete(IaService):
    def answer(self):
        change(self, manage.remove)
        return self.reply_no_content()
