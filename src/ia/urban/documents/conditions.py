"""When a letter of iA.Urban is offered on a file: by its events and state.

A ``IPODTemplateCondition`` of collective.documentgenerator for the
(configurable template, licence file) pair: the template's own checks
(enabled, portal types, TAL condition), then :data:`OFFERED` for the
product's letters (a template not listed there is always offered). The
*Générer un document* viewlet and ``GET @ia-documents`` list only what
passes.
"""

from collective.documentgenerator.content.condition import (
    ConfigurablePODTemplateCondition,
)
from ia.urban.events.api import events_of
from plone import api


DECIDED = ("granted", "refused", "notified")


def _has(*kinds):
    def condition(obj, kinds_seen):
        return any(kind in kinds_seen for kind in kinds)

    return condition


def _decided(obj, kinds_seen):
    return "decision" in kinds_seen and api.content.get_state(obj, "") in DECIDED


# template id -> condition(file, kinds of its events)
OFFERED = {
    "urb-avis-enquete": _has("inquiry"),
    "urb-lettres-riverains": _has("inquiry"),
    "urb-demandes-avis": _has("opinion_request"),
    "urb-pv-cloture": _has("inquiry_meeting"),
    "urb-notification": _decided,
}


class LicenceTemplateCondition(ConfigurablePODTemplateCondition):
    def evaluate(self):
        if not super().evaluate():
            return False
        condition = OFFERED.get(self.pod_template.getId())
        if condition is None:
            return True
        kinds = {event["kind"] for event in events_of(self.context)}
        return condition(self.context, kinds)
