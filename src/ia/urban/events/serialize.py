"""Events and deadlines as JSON-ready dicts (REST and the file's page)."""

from ia.urban.deadlines.api import for_file
from ia.urban.events.api import events_of
from ia.urban.events.kinds import title_of
from zope.i18n import translate


def describe_event(event, request=None) -> dict:
    kwargs = {"context": request} if request is not None else {"target_language": "fr"}
    return dict(event, title=translate(title_of(event["kind"]), **kwargs))


def timeline(obj, request=None) -> dict:
    return {
        "@id": obj.absolute_url() + "/@ia-urban-events",
        "items": [describe_event(event, request) for event in events_of(obj)],
        "deadlines": for_file(obj, request),
    }
