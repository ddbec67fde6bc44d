"""Citizen reports filed at once (issue 15): under 20 concurrent clients
some Open311 POSTs answered 500 (write conflicts retried three times).
The causes, each tested: the same id chosen by every report of a title,
the ordered work folder's list of ids, the folder's modification date
rewritten on every add (``ia.tech.concurrent``), and the catalog buckets
every report writes (``ia.tech.open311.serial``: one report at a time per
process)."""

from concurrent.futures import ThreadPoolExecutor
from ia.core.unordered import ORDER_KEYS
from ia.tech.folders import work_folder
from ia.tech.open311 import ratelimit
from ia.tech.open311.reports import file as file_report
from plone import api
from plone.app.testing import logout
from tests.tech.conftest import french_world
from zope.annotation.interfaces import IAnnotations
import re
import requests
import transaction


REPORT = {"service_code": "roads", "address_string": "Rue de Fer 1"}


def test_reports_filed_quietly(portal, world):
    folder = work_folder()
    assert folder.getOrdering().__class__.__name__ == "UnorderedOrdering"
    assert not set(ORDER_KEYS) & set(IAnnotations(folder))
    modified = folder.modified()
    logout()  # a citizen
    first, second = file_report(REPORT), file_report(REPORT)
    assert re.fullmatch(r"voirie-rue-de-fer-1-[0-9a-f]{6}", first.getId())
    assert first.getId() != second.getId()
    assert folder.modified() == modified  # the folder is not written
    # ... but the report is a full document: workflow, reference, catalog
    assert api.content.get_state(first) == "submitted"
    assert first.reference and first.reference != second.reference
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog.unrestrictedSearchResults(
        UID=first.UID(), ia_tech_origin="open311"
    )
    assert brain.review_state == "submitted"
    assert brain.ia_reference == first.reference


def test_twenty_clients_at_once_no_error(functional_portal):
    french_world(functional_portal)
    api.portal.set_registry_record("ia.tech.open311_post_limit", 1000)
    transaction.commit()
    ratelimit.reset()
    url = functional_portal.absolute_url() + "/open311/requests.json"

    def post(_index):
        response = requests.post(url, data=REPORT, timeout=120)
        if response.status_code != 201:  # a 500 of a conflict: not a list
            return response.status_code, None
        return 201, response.json()[0]["service_request_id"]

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(post, range(40)))
    ratelimit.reset()
    assert sorted({status for status, _id in answers}) == [201]
    assert len({public_id for _status, public_id in answers}) == 40
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(ia_tech_origin="open311")) == 40
