"""The templates listing (``@@dg-templates-listing``) on Plone 6.2.

collective.documentgenerator's title column decodes the icon tag as bytes,
but Plone 6.2's ``@@iconresolver`` returns ``str``: the listing crashed. This
column is registered under the same name for the ia.core layer. Both columns also cope
with templates without workflow (``api.content.get_state`` raised).
"""

from collective.documentgenerator.browser.table import (
    ReviewStateColumn as BaseReviewStateColumn,
)
from collective.documentgenerator.browser.table import TitleColumn as BaseTitleColumn
from plone import api
from Products.CMFPlone import PloneMessageFactory as PMF
from Products.CMFPlone.utils import normalizeString
from zope.i18n import translate


class TitleColumn(BaseTitleColumn):
    def _icon(self, item):
        tag = self.icons.tag("contenttype/" + normalizeString(item.portal_type))
        return tag.decode("utf-8") if isinstance(tag, bytes) else tag

    def getLinkCSS(self, item):
        # Templates may have no workflow (get_state raised without a default).
        state = api.content.get_state(obj=item, default="") or "none"
        return f' class="pretty_link state-{state}"'


class ReviewStateColumn(BaseReviewStateColumn):
    def renderCell(self, item):
        state = api.content.get_state(obj=item, default=None)
        if not state:
            return ""
        title = self.table.wtool.getTitleForStateOnType(state, item.portal_type)
        return translate(PMF(title), context=self.request)
