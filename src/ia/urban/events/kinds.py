"""The kinds of procedure events and what each one carries.

An event is a plain dict stored on the file (:mod:`ia.urban.events.api`):
``id``, ``kind``, ``date`` (ISO), ``comment``, ``actor`` and the fields of
its kind below. The deadline rules (:mod:`ia.urban.deadlines.rules`) read
the kinds and fields by these names.
"""

from ia.urban import _


# kind -> (title, fields {name: kind of value})
EVENT_KINDS = {
    "deposit": (_("Deposit"), {}),
    "incompleteness": (
        _("List of missing documents sent"),
        {"missing": list},
    ),
    "completion": (_("Missing documents received"), {}),
    "acknowledgement": (_("Acknowledgement of receipt (complete file)"), {}),
    "procedure": (
        _("Procedure chosen"),
        # publicity: "", "inquiry" or "announcement"; fd_opinion: "", "optional"
        # or "mandatory"; opinions: True when services/commissions are asked
        {"publicity": str, "opinions": bool, "fd_opinion": str},
    ),
    "opinion_request": (_("Opinion requested"), {"body": str}),
    "opinion_answer": (
        _("Opinion received"),
        # result: favourable, unfavourable, conditions; request: the request's id
        {"body": str, "result": str, "request": str},
    ),
    "inquiry": (
        _("Public inquiry"),
        # publicity kind, first and last day (the end is computed when absent),
        # neighbours (one "name, street, town" a line), the closing meeting's
        # time ("HH:MM") and where the file is consulted (default: the town hall)
        {
            "publicity": str,
            "start": str,
            "end": str,
            "neighbours": list,
            "meeting_time": str,
            "place": str,
        },
    ),
    "claim": (_("Complaint received"), {"claimant": str, "text": str}),
    "inquiry_meeting": (_("Inquiry closing meeting"), {"minutes": str}),
    "prorogation": (_("Prorogation of the decision delay"), {"days": int}),
    "decision": (
        _("College decision"),
        {"result": str, "conditions": str, "item": str},
    ),
    "notification": (_("Decision notified"), {}),
    "appeal": (_("Appeal"), {"text": str}),
}

PUBLICITY = ("", "inquiry", "announcement")
FD_OPINION = ("", "optional", "mandatory")
OPINION_RESULTS = ("favourable", "unfavourable", "conditions")
DECISION_RESULTS = ("granted", "refused")


def title_of(kind: str):
    return EVENT_KINDS[kind][0]
