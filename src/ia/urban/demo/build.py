"""Creating a planned demo file: contacts, the file, its events and state."""

from DateTime import DateTime
from datetime import date
from ia.core.directory.api import get_directory
from ia.urban.deadlines import settings as deadline_settings
from ia.urban.deadlines.api import refresh
from ia.urban.events.api import ATTRIBUTE
from ia.urban.events.api import make_event
from plone import api
from plone.dexterity.utils import createContentInContainer


APPLICANTS = (
    ("Jean", "Dupont"),
    ("Marie", "Lambert"),
    ("Ahmed", "Benali"),
    ("Sophie", "Martin"),
    ("Luc", "Jacobs"),
    ("Nathalie", "Peeters"),
    ("Pierre", "Lejeune"),
    ("Claire", "Wauters"),
)
ARCHITECTS = (("Anne", "Delvaux"), ("Marc", "Hubert"), ("Julie", "Renard"))


def _person(directory, firstname, lastname, key):
    if key in directory.objectIds():
        return directory[key].UID()
    person = api.content.create(
        container=directory,
        type="IaPerson",
        id=key,
        firstname=firstname,
        lastname=lastname,
    )
    return person.UID()


def ensure_contacts() -> dict:
    """{"applicants": [uid], "architects": [uid]} in the directory."""
    directory = get_directory()
    with api.env.adopt_roles(["Manager"]):
        return {
            "applicants": [
                _person(directory, first, last, f"urb-demandeur-{last.lower()}")
                for first, last in APPLICANTS
            ],
            "architects": [
                _person(directory, first, last, f"urb-architecte-{last.lower()}")
                for first, last in ARCHITECTS
            ],
        }


def set_state(obj, state, actor):
    """Leave ``obj`` in ``state`` as its workflow would (no transition replayed)."""
    wf_tool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = wf_tool.getChainFor(obj)
    wf_tool.setStatusOf(
        workflow_id,
        obj,
        {
            "review_state": state,
            "action": None,
            "actor": actor,
            "time": DateTime(),
            "comments": "",
        },
    )
    wf_tool[workflow_id].updateRoleMappingsFor(obj)


def build_file(area, file_plan, settings=None):
    settings = settings or deadline_settings.load()
    deposit_day = file_plan.events[0][1] if file_plan.events else date.today()
    with api.env.adopt_roles(["Manager"]):
        # createContentInContainer with the id: api.content.create would
        # rename the new file (a savepoint and a reindex more)
        licence = createContentInContainer(
            area,
            file_plan.portal_type,
            checkConstraints=False,
            id=file_plan.key,
            title=file_plan.title,
            responsible_services=[file_plan.service],
            assigned_agent=file_plan.agent or None,
            applicants=[file_plan.applicant] if file_plan.applicant else [],
            architect=file_plan.architect or None,
            street=file_plan.street,
            street_number=file_plan.number,
            parcels=[file_plan.parcel],
            parcel_shapes=file_plan.shape or None,
            latitude=file_plan.latitude,
            longitude=file_plan.longitude,
            deposit_date=deposit_day,
        )
        events = []
        requests = []
        for kind, day, planned in file_plan.events:
            fields = dict(planned)
            if kind == "opinion_answer" and requests:
                fields["request"] = requests[-1]
            event = make_event(kind, day, actor=file_plan.agent, **fields)
            if kind == "opinion_request":
                requests.append(event["id"])
            events.append(event)
        setattr(licence, ATTRIBUTE, events)
        if file_plan.state != "deposit":
            set_state(licence, file_plan.state, file_plan.agent or "admin")
        refresh(licence, settings, reindex=False)
        licence.reindexObject()
    return licence
