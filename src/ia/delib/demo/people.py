"""The demo's people: councillors in the directory, the bodies' attendees,
signatories and meeting managers."""

from ia.core.directory.api import create_position
from ia.core.directory.api import get_directory
from ia.core.naming import new_id
from ia.delib.content.body import meeting_managers_group_id
from ia.delib.demo.texts import COUNCILLORS
from plone import api


EXTERNAL_PREFIX = "ia.delib.demo:"
OFFICIALS_PREFIX = "ia.policy:"  # the officials made by ia.policy
MEETING_MANAGERS = ("secretaire", "dgeneral")


def _by_external_id(container, external_id):
    for obj in container.objectValues():
        if getattr(obj, "external_id", None) == external_id:
            return obj
    return None


def official_position(key: str):
    """The held position of an official of the profile (``mayor``,
    ``alderman_1``, ``general_director`` ...), or None."""
    directory = get_directory()
    person = _by_external_id(directory, f"{OFFICIALS_PREFIX}{key}")
    if person is None:
        return None
    return _by_external_id(person, f"{OFFICIALS_PREFIX}{key}:position")


def officials(municipality, keys) -> list:
    """Held positions of the officials named by ``keys`` (in that order);
    ``"aldermen"`` stands for every alderman."""
    result = []
    for key in keys:
        if key == "aldermen":
            persons = municipality.aldermen
        else:
            person = municipality.official(key)
            persons = (person,) if person is not None else ()
        for person in persons:
            position = official_position(person.key)
            if position is not None:
                result.append(position)
    return result


def councillors(count: int) -> list:
    """The first ``count`` demo councillors (held positions), created in the
    directory when missing (found again by their external id)."""
    directory = get_directory()
    commune = _by_external_id(directory, f"{OFFICIALS_PREFIX}commune")
    positions = []
    for index, (firstname, lastname) in enumerate(COUNCILLORS[:count], start=1):
        external_id = f"{EXTERNAL_PREFIX}councillor-{index}"
        person = _by_external_id(directory, external_id)
        if person is None:
            person = api.content.create(
                container=directory,
                type="IaPerson",
                # the free id now (``safe_id`` renames: uncatalogObject ERROR)
                id=new_id(directory, f"conseiller-{index}"),
                firstname=firstname,
                lastname=lastname,
                external_id=external_id,
            )
        position = _by_external_id(person, f"{external_id}:position")
        if position is None:
            position = create_position(
                person,
                "conseiller_communal",
                organisation=commune.UID() if commune is not None else None,
                external_id=f"{external_id}:position",
            )
        positions.append(position)
    return positions


def add_meeting_managers(body) -> None:
    """The demo's secretaries manage the meetings of ``body``."""
    group = meeting_managers_group_id(body)
    for userid in MEETING_MANAGERS:
        if api.user.get(userid=userid) is None:
            continue
        if userid not in {u.getId() for u in api.user.get_users(groupname=group)}:
            api.group.add_user(groupname=group, username=userid)
