"""The *Generate* viewlet: templates of the current type, one link per format."""

from ia.core.docgen import api as docgen
from plone.app.layout.viewlets import ViewletBase
from plone.memoize.view import memoize
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import urlencode


class GenerateViewlet(ViewletBase):
    index = ViewPageTemplateFile("viewlet.pt")

    def available(self):
        return bool(self.templates())

    @memoize
    def templates(self):
        base = self.context.absolute_url() + "/@@ia-generate"
        result = []
        for template in docgen.templates_for(self.context):
            formats = [
                {
                    "format": fmt,
                    "label": fmt.upper(),
                    "url": base
                    + "?"
                    + urlencode({"template": template.getId(), "format": fmt}),
                }
                for fmt in template.get_available_formats() or []
            ]
            result.append(
                {
                    "id": template.getId(),
                    "title": template.Title(),
                    "description": template.Description(),
                    "formats": formats,
                }
            )
        return result

    @memoize
    def can_store(self):
        return docgen.can_store(self.context)

    def action(self):
        return self.context.absolute_url() + "/@@ia-generate"
