"""Labels of the console (msgids ``session_*`` in the ia.delib domain)."""

from ia.delib import _


PRESENCE_LABELS = {
    "present": _("session_present", default="Present"),
    "excused": _("session_excused", default="Excused"),
    "absent": _("session_absent", default="Absent"),
    "proxy": _("session_proxy", default="Represented by proxy"),
}

# decision transition -> (label, keyboard key)
DECISION_LABELS = {
    "accept": (_("session_accept", default="Accept"), "a"),
    "accept_modified": (
        _("session_accept_modified", default="Accept with modifications"),
        "m",
    ),
    "refuse": (_("session_refuse", default="Refuse"), "r"),
    "delay": (_("session_delay", default="Delay"), "d"),
    "postpone": (_("session_postpone", default="Postpone"), "p"),
    "remove": (_("session_remove", default="Remove"), "x"),
}

# The outcome of the vote on an urgency (CDLD L1122-24), as the console says it.
URGENCY_LABELS = {
    None: _("session_urgency_none", default="No vote on the urgency yet."),
    "accepted": _(
        "session_urgency_accepted",
        default="Urgency accepted (${yes} in favour, ${no} against, "
        "${abstain} abstentions): the item may be treated.",
    ),
    "refused": _(
        "session_urgency_refused",
        default="Urgency refused (${yes} in favour, ${no} against, "
        "${abstain} abstentions): the item is removed from the session.",
    ),
}

# Texts the script shows (sent translated in the page).
SCRIPT_LABELS = {
    "leave": _("session_leave", default="Leaves"),
    "arrive": _("session_arrive", default="Arrives"),
    "present": PRESENCE_LABELS["present"],
    "not_present": _("session_not_present", default="Not present"),
    "saved": _("session_saved", default="Saved."),
    "confirm": _("session_confirm", default="Take the decision « ${decision} »?"),
    "no_vote": _("session_no_vote", default="No vote recorded."),
    "votes_recorded": _("session_votes_recorded", default="Recorded vote:"),
    "yes": _("session_yes", default="In favour"),
    "no": _("session_no", default="Against"),
    "abstain": _("session_abstain", default="Abstentions"),
    "secret": _("session_secret", default="Secret vote"),
    "none": _("session_no_choice", default="—"),
    "error": _("session_error", default="The server did not answer; try again."),
    "without_vote": _("session_member_without_vote", default="(without a vote)"),
    "urgency_none": URGENCY_LABELS[None],
}
