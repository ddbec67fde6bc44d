"""``/@@ia-health``: the load balancer's check of an instance (HAProxy).

Anonymous, on the Zope root, cheap: it reads the root object and asks the
storage for its last transaction (a ZEO client also says whether it is
connected). 200 ``OK`` when the database answers, 503 otherwise; never
cached. Nothing is written.
"""

from Products.Five.browser import BrowserView


class Health(BrowserView):
    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "text/plain; charset=utf-8")
        response.setHeader("Cache-Control", "no-store")
        problem = self.problem()
        if problem:
            response.setStatus(503)
            return f"KO: {problem}\n"
        return "OK\n"

    def problem(self) -> str | None:
        jar = getattr(self.context, "_p_jar", None)
        if jar is None:
            return "no database"
        try:
            storage = jar.db().storage
            is_connected = getattr(storage, "is_connected", None)
            if callable(is_connected) and not is_connected():
                return "storage server unreachable"
            storage.lastTransaction()
            jar.root()
        except Exception as exc:  # noqa: BLE001 - any failure means "down"
            return f"{exc.__class__.__name__}"
        return None
