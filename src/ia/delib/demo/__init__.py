"""Demo data of iA.Delib (``[demo."ia.delib"]`` in a municipality profile).

``populate`` makes, under ``/<folder>`` (default ``/deliberations``), a
*Collège communal* and a *Conseil communal* with their meeting managers
(``secretaire``, ``dgeneral``), attendees (the profile's officials and
councillors added to the directory) and signatories, then items and
meetings relative to today:

- college: a closed meeting two weeks ago (items decided, votes, one item
  sent to the council), a created meeting in three days (items presented),
  items validated waiting for it;
- council: a decided meeting ten days ago (published to citizens, a
  closed-session item), a frozen meeting in twelve days (convocation sent
  today, advices given, closed-session items, the item from the college),
  an item validated waiting, one proposed with the financial advice asked;
- urbanisme: an item proposed waiting for its head of service, a draft.

Idempotent: a meeting is made only with its items, when its id
(``seance-<date>``) is missing; the other items by their ids; councillors
by their external ids. A re-run on another day adds a new set of meetings:
that is the point of dates relative to today.
"""

from AccessControl.users import UnrestrictedUser
from datetime import date
from datetime import timedelta
from ia.core.globalrequest import site_request
from ia.delib.demo import build
from ia.delib.demo import people
from ia.delib.demo import texts
from ia.delib.folders import make_internal
from ia.delib.session import attendance
from plone import api


OPTIONS = {
    "folder": (str, "deliberations"),  # id of the folder of the bodies
    "councillors": (int, 8),  # councillors in the council (0 to 10)
}

COLLEGE_ATTENDEES = ("mayor", "aldermen", "general_director")
COUNCIL_ATTENDEES = ("mayor", "aldermen", "general_director")
SIGNATORIES = ("mayor", "general_director")


def _folder(portal, folder_id):
    if folder_id in portal.objectIds():
        return portal[folder_id]
    folder = api.content.create(
        container=portal, type="Folder", id=folder_id, title="Délibérations"
    )
    make_internal(folder)  # no empty tab for an anonymous visitor
    return folder


def _body(folder, body_id, title, kind, *, attendees, signatories):
    if body_id in folder.objectIds():
        body = folder[body_id]
    else:
        body = api.content.create(
            container=folder,
            type="IaDelibBody",
            id=body_id,
            title=title,
            body_kind=kind,
            categories=list(texts.CATEGORIES),
            default_attendees=[api.content.get_uuid(p) for p in attendees],
            default_signatories=[api.content.get_uuid(p) for p in signatories],
        )
    people.add_meeting_managers(body)
    return body


def _new_items(body, items_data, then):
    """Create the items of ``items_data`` missing in ``body``; ``then(item)``
    on each new one."""
    for data in items_data:
        if data["key"] not in body.objectIds():
            then(build.create_item(body, data))


def _college_past(college, council, day):
    meeting, created = build.create_meeting(college, day, 9, "Salle du collège")
    if not created:
        return
    items = build.present_all(meeting, college, texts.COLLEGE_PAST)
    build.transition(meeting, "freeze", "decide")  # a college never publishes
    build.decide_all(meeting, {data["key"]: data for data in texts.COLLEGE_PAST})
    build.transition(meeting, "close")
    build.to_council(zip(items, texts.COLLEGE_PAST, strict=True), council)


def _council_past(council, day):
    meeting, created = build.create_meeting(
        council, day, 20, "Salle du conseil, Maison communale"
    )
    if not created:
        return
    build.present_all(meeting, council, texts.COUNCIL_PAST)
    build.transition(meeting, "freeze")
    build.send_convocation(meeting, day - timedelta(days=12))
    attendees = attendance.attendees(meeting)
    if len(attendees) > 6:  # officials and councillors: the last one is excused
        attendance.set_presence(meeting, attendees[-1].uid, "excused")
    build.transition(meeting, "publish")
    build.decide_all(meeting, {data["key"]: data for data in texts.COUNCIL_PAST})
    build.transition(meeting, "decide")


def _council_next(college, council, day, today):
    meeting, created = build.create_meeting(
        council, day, 20, "Salle du conseil, Maison communale"
    )
    if not created:
        return meeting
    build.present_all(meeting, council, texts.COUNCIL_NEXT)
    for item in college.objectValues():
        if item.portal_type != "IaDelibItem":
            continue
        sent = build.sent_to_council(item)
        if sent is not None and api.content.get_state(sent) == "created":
            build.validate(sent)
            build.delib.present_item(sent, meeting)
    build.transition(meeting, "freeze")
    build.send_convocation(meeting, today)
    return meeting


def _college_next(college, day):
    meeting, created = build.create_meeting(college, day, 9, "Salle du collège")
    if created:
        build.present_all(meeting, college, texts.COLLEGE_NEXT)
    return meeting


def _waiting(body, items_data, meeting):
    def validated(item):
        build.validate(item)
        item.preferred_meeting = api.content.get_uuid(meeting)
        item.reindexObject()

    _new_items(body, items_data, validated)


def populate(portal, municipality, folder="deliberations", councillors=8):
    """Create the demo (see the module); idempotent."""
    if not 0 <= councillors <= len(texts.COUNCILLORS):
        raise ValueError(
            f'[demo."ia.delib"] councillors: between 0 and '
            f"{len(texts.COUNCILLORS)}, got {councillors}"
        )
    # The workflows' guards check roles, which adopt_roles does not give:
    # act as a Manager of the same id as the current user (the admin of
    # ia-site), so that the history names him.
    userid = api.user.get_current().getId() or "admin"
    manager = UnrestrictedUser(userid, "", ["Manager"], []).__of__(portal.acl_users)
    with site_request(portal):
        _populate(portal, municipality, folder, councillors, manager)


def _populate(portal, municipality, folder, councillors, manager):
    today = date.today()
    with api.env.adopt_user(user=manager), api.env.adopt_roles(["Manager"]):
        container = _folder(portal, folder)
        signatories = people.officials(municipality, SIGNATORIES)
        college = _body(
            container,
            "college",
            "Collège communal",
            "college",
            attendees=people.officials(municipality, COLLEGE_ATTENDEES),
            signatories=signatories,
        )
        council = _body(
            container,
            "conseil",
            "Conseil communal",
            "council",
            attendees=people.officials(municipality, COUNCIL_ATTENDEES)
            + people.councillors(councillors),
            signatories=signatories,
        )
        _college_past(college, council, today - timedelta(days=14))
        _council_past(council, today - timedelta(days=10))
        council_next = _council_next(
            college, council, today + timedelta(days=12), today
        )
        college_next = _college_next(college, today + timedelta(days=3))
        _waiting(college, texts.COLLEGE_WAITING, college_next)
        _waiting(council, texts.COUNCIL_WAITING, council_next)
        _new_items(college, texts.TO_VALIDATE, build.propose)
        _new_items(council, texts.COUNCIL_TO_VALIDATE, build.propose)
        _new_items(college, (texts.DRAFT,), lambda item: None)
