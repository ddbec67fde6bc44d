"""Open311 GeoReport v2, JSON, on ``<site>/open311/`` (anonymous).

| call | answer |
|---|---|
| ``GET services.json`` | the types of work (``ia.tech.request_types``) |
| ``GET services/<code>.json`` | the definition of one service (no extra attributes) |
| ``POST requests.json`` | files a work request; ``[{"service_request_id", "service_notice", "account_id"}]`` |
| ``GET requests.json`` | citizen reports, filters ``service_request_id`` (comma-separated), ``service_code``, ``status``, ``start_date``, ``end_date`` (default: last 90 days, at most 1000) |
| ``GET requests/<id>.json`` | one report, as a list of one |

Errors are the standard's ``[{"code": <status>, "description": ...}]``
with the HTTP status (400, 404, 429). Rate limits per client address:
``ratelimit.py``. A browser view rather than a plone.restapi service:
Open311 clients neither send ``Accept: application/json`` nor JSON bodies
(the standard POSTs a form), and the paths are the standard's.
"""

from DateTime import DateTime
from ia.core.errors import IaError
from ia.tech import _
from ia.tech import settings
from ia.tech.content import REQUEST
from ia.tech.errors import TechError
from ia.tech.errors import TechNotFound
from ia.tech.errors import TooManyRequests
from ia.tech.open311 import ratelimit
from ia.tech.open311 import reports
from ia.tech.open311 import serial
from ia.tech.open311.status import as_open311
from ia.tech.open311.status import public_id
from ia.tech.open311.status import reference_of
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five import BrowserView
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse
import json
import transaction


MAX_RESULTS = 1000
DEFAULT_DAYS = 90


def _unrestricted_find(**query):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(**query)


@implementer(IPublishTraverse)
class Open311View(BrowserView):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.path = []

    def publishTraverse(self, request, name):
        self.path.append(name)
        return self

    # --- dispatch ---------------------------------------------------------

    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/json; charset=utf-8")
        response.setHeader("Access-Control-Allow-Origin", "*")
        try:
            status, body = self.dispatch()
        except IaError as error:
            transaction.doom()
            status = error.status
            body = [{"code": status, "description": error.translated(self.request)}]
        response.setStatus(status)
        return json.dumps(body, ensure_ascii=False)

    def dispatch(self):
        method = self.request.method
        if not self.path:
            return 200, self.discovery()
        *parents, leaf = self.path
        if not leaf.endswith(".json"):
            raise TechError(_("Open311: only the JSON format (.json) is served."))
        leaf = leaf[: -len(".json")]
        route = ("/".join(parents), leaf)
        kind = "post" if method == "POST" else "read"
        self.limit(kind)
        if route == ("", "services") and method == "GET":
            return 200, self.services()
        if parents == ["services"] and method == "GET":
            return 200, self.definition(leaf)
        if route == ("", "requests") and method == "POST":
            return 201, self.post()
        if route == ("", "requests") and method == "GET":
            return 200, self.requests()
        if parents == ["requests"] and method == "GET":
            return 200, [as_open311(self.one(leaf))]
        raise TechNotFound(_("Open311: no such call."))

    def limit(self, kind):
        posts, reads = settings.open311_limits()
        address = self.request.getClientAddr() or "unknown"
        if not ratelimit.allow(kind, address, posts if kind == "post" else reads):
            self.request.response.setHeader("Retry-After", "60")
            raise TooManyRequests(_("Open311: too many calls; try again in a minute."))

    # --- calls ------------------------------------------------------------

    def discovery(self):
        url = self.context.absolute_url() + "/open311/"
        return {
            "changeset": "2026-12-07",
            "contact": api.portal.get().Title(),
            "endpoints": [
                {
                    "specification": "http://wiki.open311.org/GeoReport_v2",
                    "url": url,
                    "formats": ["application/json"],
                    "type": "production",
                }
            ],
        }

    def services(self):
        group = api.portal.get().Title()
        return [
            {
                "service_code": code,
                "service_name": title,
                "description": title,
                "metadata": False,
                "type": "realtime",
                "keywords": "",
                "group": group,
            }
            for code, title in settings.request_types()
        ]

    def definition(self, code):
        if code not in dict(settings.request_types()):
            raise TechNotFound(_("Open311: unknown service_code."))
        return {"service_code": code, "attributes": []}

    def _form(self):
        content_type = (self.request.getHeader("Content-Type") or "").lower()
        if content_type.startswith("application/json"):
            raw = self.request.get("BODY") or b"{}"
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                raise TechError(_("Open311: the body is not a JSON object."))
            return data
        return dict(self.request.form)

    def post(self):
        # Anonymous, no session: nothing a cross-site form could forge.
        alsoProvides(self.request, IDisableCSRFProtection)
        data = reports.checked(self._form())  # a refusal waits for nobody
        serial.take_turn()  # one report at a time in this process
        request = reports.file_checked(data)
        return [
            {
                "service_request_id": public_id(request),
                "service_notice": api.portal.translate(
                    _("Thank you: your report was received."), domain="ia.tech"
                ),
                "account_id": None,
            }
        ]

    def one(self, public):
        brains = _unrestricted_find(
            portal_type=REQUEST, ia_reference=reference_of(public)
        )
        for brain in brains:
            obj = brain._unrestrictedGetObject()
            if getattr(obj, "origin", None) == "open311":
                return obj
        raise TechNotFound(_("Open311: no report with this id."))

    def requests(self):
        """Citizens' reports from the catalog metadata ``ia_tech_public``
        only (no object woken up: the list is open to the internet)."""
        form = self.request.form
        query = {
            "portal_type": REQUEST,
            "ia_tech_origin": "open311",
            "sort_on": "created",
            "sort_order": "descending",
        }
        ids = [i for i in (form.get("service_request_id") or "").split(",") if i]
        if ids:
            query["ia_reference"] = [reference_of(i) for i in ids[:MAX_RESULTS]]
        else:
            start = _date(form.get("start_date")) or DateTime() - DEFAULT_DAYS
            end = _date(form.get("end_date")) or DateTime() + 1
            query["created"] = {"query": (start, end), "range": "min:max"}
            if form.get("service_code"):
                query["ia_tech_request_type"] = form["service_code"]
        status = form.get("status")
        if status not in (None, "", "open", "closed"):
            raise TechError(_("Open311: status is open or closed."))
        result = []
        for brain in _unrestricted_find(**query):
            item = brain.ia_tech_public
            if not item or (status and item["status"] != status):
                continue
            result.append(dict(item))
            if len(result) >= MAX_RESULTS:
                break
        return result


def _date(value):
    if not value:
        return None
    try:
        return DateTime(value)
    except Exception:  # noqa: BLE001 - DateTime raises many kinds
        raise TechError(_("Open311: a date is not valid (W3C format).")) from None
