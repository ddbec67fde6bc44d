"""``POST @ia-documents``: generate a template on the content.

Body: ``{"template": "<id or UID>", "format": "pdf", "store": false}``.
Answers the file itself (``Content-Type`` of the format, ``Content-Disposition``
with its name); with ``"store": true`` the document is stored as an
attachment and the answer is ``201`` with JSON ``{"@id", "filename", ...}``.
A refusal answers ``{"error": {"type", "message"}}`` with 400, 404 or 503,
``type`` naming the ``DocgenError``.
"""

from ia.core.docgen import api as docgen
from ia.core.docgen.errors import DocgenError
from ia.core.rest import IaService


class DocumentsPost(IaService):
    def refuse(self, error):
        kind = type(error).__name__ if isinstance(error, DocgenError) else None
        return self.error(error.status, error.message, kind)

    def answer(self):
        body = self.body()
        store = self.field(body, "store", bool, default=False)
        data, filename, mimetype = docgen.generate(
            self.context,
            self.field(body, "template") or "",
            self.field(body, "format") or "odt",
            request=self.request,
        )
        if store:
            attachment = docgen.store(self.context, data, filename, mimetype)
            self.request.response.setStatus(201)
            return {
                "@id": attachment.absolute_url(),
                "UID": attachment.UID(),
                "filename": filename,
                "content-type": mimetype,
                "size": len(data),
            }
        response = self.request.response
        response.setHeader("Content-Type", mimetype)
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        response.setHeader("Content-Length", str(len(data)))
        return data
