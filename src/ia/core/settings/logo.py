"""``@@ia-municipality-logo``: the logo of the municipality settings."""

from ia.core.settings.api import logo
from Products.Five.browser import BrowserView
from zExceptions import NotFound
import mimetypes


class MunicipalityLogo(BrowserView):
    def __call__(self):
        found = logo()
        if not found:
            raise NotFound("No logo")
        filename, data = found
        mimetype = mimetypes.guess_type(filename or "")[0] or "application/octet-stream"
        self.request.response.setHeader("Content-Type", mimetype)
        self.request.response.setHeader("Content-Length", str(len(data)))
        self.request.response.setHeader("Cache-Control", "public, max-age=3600")
        return data
