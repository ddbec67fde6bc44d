"""The services that receive demo mail, with their managers and agent."""

from dataclasses import dataclass
from ia.core.orgchart import api as orgchart
from ia.docs.demo import data


MAIL_OFFICE = "secretariat"
PREFERRED_ENCODER = "courrier"


@dataclass(frozen=True)
class DemoService:
    uid: str
    managers: tuple  # user ids of the function "manager"
    agent: str | None  # the user id mails are assigned to
    encoders: tuple


def _agent(preferred, by_function):
    members = {u for userids in by_function.values() for u in userids}
    if preferred in members:
        return preferred
    for function in ("editor", "manager"):
        if by_function.get(function):
            return by_function[function][0]
    return sorted(members)[0] if members else None


def demo_services() -> dict:
    """{service id: DemoService} of the demo services this site has."""
    result = {}
    for row in orgchart.get_services(active_only=True):
        service_id = row.path.rsplit("/", 1)[-1]
        if service_id not in data.AGENTS:
            continue
        by_function = orgchart.members(row.uid)
        result[service_id] = DemoService(
            uid=row.uid,
            managers=tuple(by_function.get("manager", ())),
            agent=_agent(data.AGENTS[service_id], by_function),
            encoders=tuple(by_function.get("encoder", ())),
        )
    return result


def encoder_of(services) -> str | None:
    """The mail office's encoder: ``courrier`` when it encodes, else the
    first encoder of the secretariat, else of any service."""
    office = services.get(MAIL_OFFICE)
    ordered = [office] if office else []
    ordered += [s for key, s in sorted(services.items()) if key != MAIL_OFFICE]
    encoders = [userid for service in ordered for userid in service.encoders]
    if PREFERRED_ENCODER in encoders:
        return PREFERRED_ENCODER
    return encoders[0] if encoders else None
