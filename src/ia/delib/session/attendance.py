"""Who attends a meeting, and who is present for each of its items.

A meeting's attendees are held positions of the core directory (UIDs),
copied from the body's ``default_attendees`` when the meeting is created,
all *present*. Each has a presence:

- ``present``;
- ``excused`` / ``absent``;
- ``proxy``: absent, represented by another attendee (``proxy_uid``) who is
  present. An attendee holds at most one proxy and cannot hold one while
  not present.

During the session an attendee leaves or arrives for one item
(``item_leave(item, uid)``, e.g. a conflict of interest, CDLD art.
L1122-19) or from an item on (``onwards=True``: "left the meeting from item
N"). The presents for an item are the meeting's presents, changed by the
moves "from an item on" of the items up to this one (agenda order), then by
the moves for this item only.

Only the attendees with a vote vote (``voting``): the bourgmestre, the
échevins, the président(e) and the conseillers — the position types of
``VOTING_POSITIONS``, or the body's ``voting_positions`` when set. The
directeur général, the directeur financier, the secretary and the guests
attend without voting; ``set_voting`` changes one attendee by hand.

The data are stored as described in ``ia.delib.session.store``. Every
change needs the right to modify the meeting, and the meeting not closed;
bad values raise ``DelibError`` (a clear message, nothing changed).
"""

from dataclasses import dataclass
from dataclasses import replace
from ia.delib import _
from ia.delib import agenda
from ia.delib.agenda import unrestricted_get
from ia.delib.content.vocabularies import body_of
from ia.delib.errors import DelibError
from ia.delib.session.store import check_can_manage
from ia.delib.session.store import require_meeting
from persistent.list import PersistentList
from plone import api


PRESENCES = ("present", "excused", "absent", "proxy")
MOVES = ("leave", "arrive")
# Members of a council or college (CDLD): they vote. The DG, DF, secretary
# and guests attend without voting.
VOTING_POSITIONS = (
    "bourgmestre",
    "echevin",
    "president_cpas",
    "conseiller_communal",
    "president_conseil",
    "conseiller_cpas",
    "president",
)


@dataclass(frozen=True)
class Attendee:
    """An attendee of a meeting (``uid``: the held position's UID)."""

    uid: str
    name: str
    function: str
    presence: str
    proxy_uid: str | None = None
    proxy_name: str = ""
    voting: bool = True
    position_type: str = ""
    feminine: bool = False
    civility: str = ""


# -- reading -----------------------------------------------------------------


def _records(meeting) -> list[dict]:
    return list(getattr(meeting, "ia_attendees", None) or ())


def voting_positions(body) -> tuple[str, ...]:
    """The position types whose holders vote in ``body``'s meetings."""
    configured = getattr(body, "voting_positions", None) if body else None
    return tuple(configured) if configured else VOTING_POSITIONS


def _position_facts(uid, body=None) -> dict:
    """``position_type``, ``voting`` and ``feminine`` of the held position
    ``uid`` (a position gone from the directory: a voting member)."""
    position = unrestricted_get(uid)
    if position is None or position.portal_type != "IaHeldPosition":
        return {
            "position_type": "",
            "voting": True,
            "feminine": False,
            "civility": "",
        }
    person = position.get_person()
    kind = position.position_type or ""
    return {
        "position_type": kind,
        "voting": kind in voting_positions(body),
        "feminine": getattr(person, "civility", None) == "mrs",
        "civility": getattr(person, "civility", None) or "",
    }


def complete_record(record, body=None) -> dict:
    """``record`` with the facts of attendees stored before 1002 (read only)."""
    if "voting" in record and "position_type" in record:
        return record
    return dict(_position_facts(record["uid"], body), **record)


def attendees(meeting) -> list[Attendee]:
    """The attendees of ``meeting``, in the order of the meeting's list."""
    records = _records(meeting)
    if any("voting" not in r or "position_type" not in r for r in records):
        body = body_of(meeting)
        records = [complete_record(r, body) for r in records]
    names = {record["uid"]: record["name"] for record in records}
    return [
        Attendee(
            uid=record["uid"],
            name=record["name"],
            function=record["function"],
            presence=record["presence"],
            proxy_uid=record.get("proxy_uid"),
            proxy_name=names.get(record.get("proxy_uid"), ""),
            voting=bool(record["voting"]),
            position_type=record.get("position_type") or "",
            feminine=bool(record.get("feminine")),
            civility=record.get("civility") or "",
        )
        for record in records
    ]


def guests(meeting) -> list[str]:
    """The guests of ``meeting`` (names, free text)."""
    return list(getattr(meeting, "ia_guests", None) or ())


def _item_moves(item, meeting) -> dict:
    data = getattr(item, "ia_item_presence", None) or {}
    if data.get("meeting") != api.content.get_uuid(meeting):
        return {}
    return dict(data.get("moves") or {})


def _presence_map(meeting, item, *, skip_item_move_of=None) -> dict[str, bool]:
    """``{uid: present for item}``; ``skip_item_move_of``: ignore that
    attendee's move for this item only."""
    state = {a["uid"]: a["presence"] == "present" for a in _records(meeting)}
    order = {
        api.content.get_uuid(other): index
        for index, other in enumerate(agenda.items(meeting))
    }
    position = order.get(api.content.get_uuid(item))
    if position is not None:
        moves = [
            move
            for move in getattr(meeting, "ia_presence_moves", None) or ()
            if order.get(move["item"], position + 1) <= position
        ]
        moves.sort(key=lambda move: order[move["item"]])
        for move in moves:
            if move["uid"] in state:
                state[move["uid"]] = move["move"] == "arrive"
    for uid, move in _item_moves(item, meeting).items():
        if uid in state and uid != skip_item_move_of:
            state[uid] = move == "arrive"
    return state


def presence_by_item(meeting, items) -> dict[str, dict[str, bool]]:
    """``{item UID: {attendee UID: present}}`` for ``items``, the meeting's
    agenda in order (one walk, for the console and the minutes)."""
    state = {a["uid"]: a["presence"] == "present" for a in _records(meeting)}
    moves_at = {}
    for move in getattr(meeting, "ia_presence_moves", None) or ():
        moves_at.setdefault(move["item"], []).append(move)
    result = {}
    for item in items:
        uid = api.content.get_uuid(item)
        for move in moves_at.get(uid, ()):
            if move["uid"] in state:
                state[move["uid"]] = move["move"] == "arrive"
        here = dict(state)
        for attendee, move in _item_moves(item, meeting).items():
            if attendee in here:
                here[attendee] = move == "arrive"
        result[uid] = here
    return result


def voters_from(attendee_list, present: dict[str, bool]) -> list[str]:
    """UIDs who may vote given ``present`` (see ``item_voters``): the
    voting members present, and those represented by a present proxy."""
    return [
        a.uid
        for a in attendee_list
        if a.voting
        and (present.get(a.uid) or (a.presence == "proxy" and present.get(a.proxy_uid)))
    ]


def item_presents(item) -> list[Attendee]:
    """The attendees present for ``item`` (presence ``present`` for all of
    them, also for an excused attendee who arrived for it)."""
    meeting = require_meeting(item)
    state = _presence_map(meeting, item)
    return [
        replace(a, presence="present", proxy_uid=None, proxy_name="")
        for a in attendees(meeting)
        if state.get(a.uid)
    ]


def item_voters(item) -> list[str]:
    """UIDs who may vote on ``item``: its presents, and the attendees
    represented by a proxy holder present for it."""
    meeting = require_meeting(item)
    return voters_from(attendees(meeting), _presence_map(meeting, item))


# -- changing the meeting's list -------------------------------------------


def _save(meeting, records) -> None:
    meeting.ia_attendees = PersistentList(records)


def _find(records, uid) -> dict:
    for record in records:
        if record["uid"] == uid:
            return record
    raise DelibError(
        _(
            "msg_not_an_attendee",
            default="${uid} is not an attendee of this meeting.",
            mapping={"uid": str(uid)},
        )
    )


def _position_record(uid, body=None) -> dict:
    position = unrestricted_get(uid)
    if position is None or position.portal_type != "IaHeldPosition":
        raise DelibError(
            _(
                "msg_unknown_position",
                default="${uid} is not a held position of the directory.",
                mapping={"uid": str(uid)},
            )
        )
    person = position.get_person()
    return {
        "uid": uid,
        "name": person.fullname if person is not None else position.Title(),
        "function": position.position_title(),
        "presence": "present",
        "proxy_uid": None,
        **_position_facts(uid, body),
    }


def init_attendees(meeting, event=None) -> None:
    """Attendees of a new meeting: its body's default attendees, present
    (subscriber of the meeting's creation; unknown positions are skipped)."""
    body = body_of(meeting)
    records = []
    for uid in getattr(body, "default_attendees", None) or ():
        try:
            record = _position_record(uid, body)
        except DelibError:
            continue
        if record["uid"] not in {r["uid"] for r in records}:
            records.append(record)
    _save(meeting, records)
    meeting.ia_guests = PersistentList()


def add_attendee(meeting, uid) -> None:
    """Add the held position ``uid`` (present) at the end of the list."""
    check_can_manage(meeting)
    records = _records(meeting)
    if uid in {r["uid"] for r in records}:
        raise DelibError(_("This person already attends the meeting."))
    records.append(_position_record(uid, body_of(meeting)))
    _save(meeting, records)


def set_voting(meeting, uid, voting) -> None:
    """Say whether attendee ``uid`` votes (e.g. a guest member without a vote)."""
    check_can_manage(meeting)
    if not isinstance(voting, bool):
        raise DelibError(_("Say whether the attendee votes (true or false)."))
    body = body_of(meeting)
    records = [complete_record(r, body) for r in _records(meeting)]
    record = _find(records, uid)
    new = dict(record, voting=voting)
    _save(meeting, [new if r["uid"] == uid else r for r in records])


def remove_attendee(meeting, uid) -> None:
    """Take ``uid`` off the list (refused while it holds someone's proxy)."""
    check_can_manage(meeting)
    records = _records(meeting)
    record = _find(records, uid)
    _refuse_if_holding_proxy(records, record)
    _save(meeting, [r for r in records if r["uid"] != uid])
    moves = getattr(meeting, "ia_presence_moves", None) or ()
    meeting.ia_presence_moves = PersistentList(m for m in moves if m["uid"] != uid)


def set_guests(meeting, names) -> None:
    """Replace the guests by ``names`` (blank lines dropped)."""
    check_can_manage(meeting)
    if isinstance(names, str) or not all(isinstance(n, str) for n in names or ()):
        raise DelibError(_("The guests must be a list of names."))
    meeting.ia_guests = PersistentList(n.strip() for n in names or () if n.strip())


def _refuse_if_holding_proxy(records, record) -> None:
    for other in records:
        if other.get("proxy_uid") == record["uid"] and other["presence"] == "proxy":
            raise DelibError(
                _(
                    "msg_holds_proxy",
                    default="${name} holds the proxy of ${other}: change that "
                    "proxy first.",
                    mapping={"name": record["name"], "other": other["name"]},
                )
            )


def set_presence(meeting, uid, presence, proxy_uid=None) -> None:
    """Set the presence of attendee ``uid`` (see the module's rules)."""
    check_can_manage(meeting)
    if presence not in PRESENCES:
        raise DelibError(
            _(
                "msg_bad_presence",
                default="Unknown presence ${presence}: choose present, "
                "excused, absent or proxy.",
                mapping={"presence": str(presence)},
            )
        )
    records = _records(meeting)
    record = _find(records, uid)
    if presence == "proxy":
        _check_proxy(records, record, proxy_uid)
    elif proxy_uid:
        raise DelibError(_("Only an attendee represented by proxy names a proxy."))
    if presence != "present":
        _refuse_if_holding_proxy(records, record)
    new = dict(record, presence=presence, proxy_uid=proxy_uid or None)
    _save(meeting, [new if r["uid"] == uid else r for r in records])


def _check_proxy(records, record, proxy_uid) -> None:
    if not proxy_uid:
        raise DelibError(_("Name the attendee who holds the proxy."))
    if proxy_uid == record["uid"]:
        raise DelibError(_("An attendee cannot hold their own proxy."))
    holder = _find(records, proxy_uid)
    if holder["presence"] != "present":
        raise DelibError(
            _(
                "msg_proxy_not_present",
                default="${name} is not present: only a present attendee "
                "holds a proxy.",
                mapping={"name": holder["name"]},
            )
        )
    for other in records:
        if (
            other["uid"] != record["uid"]
            and other["presence"] == "proxy"
            and other.get("proxy_uid") == proxy_uid
        ):
            raise DelibError(
                _(
                    "msg_one_proxy",
                    default="${name} already holds the proxy of ${other}: "
                    "an attendee holds one proxy at most.",
                    mapping={"name": holder["name"], "other": other["name"]},
                )
            )


# -- moves during the session ----------------------------------------------


def _move(item, uid, move, onwards) -> None:
    meeting = require_meeting(item)
    check_can_manage(meeting)
    record = _find(_records(meeting), uid)
    wanted = move == "arrive"
    if _presence_map(meeting, item).get(uid) == wanted:
        raise DelibError(
            _(
                "msg_already_present",
                default="${name} is already present for this item.",
                mapping={"name": record["name"]},
            )
            if wanted
            else _(
                "msg_already_absent",
                default="${name} is already absent for this item.",
                mapping={"name": record["name"]},
            )
        )
    item_uid = api.content.get_uuid(item)
    item_moves = _item_moves(item, meeting)
    item_moves.pop(uid, None)
    if onwards:
        moves = [
            m
            for m in getattr(meeting, "ia_presence_moves", None) or ()
            if not (m["uid"] == uid and m["item"] == item_uid)
        ]
        moves.append({"uid": uid, "item": item_uid, "move": move})
        meeting.ia_presence_moves = PersistentList(moves)
    elif _presence_map(meeting, item, skip_item_move_of=uid).get(uid) != wanted:
        item_moves[uid] = move
    item.ia_item_presence = {
        "meeting": api.content.get_uuid(meeting),
        "moves": item_moves,
    }


def item_leave(item, uid, onwards=False) -> None:
    """Attendee ``uid`` leaves for ``item`` only, or from it on (``onwards``)."""
    _move(item, uid, "leave", onwards)


def item_arrive(item, uid, onwards=False) -> None:
    """Attendee ``uid`` arrives for ``item`` only, or from it on (``onwards``)."""
    _move(item, uid, "arrive", onwards)
