"""The Walloon minutes (procès-verbal), agenda, convocation and extract:
every sentence computed here, in French, as a council secretary writes it
(CDLD; ``/work/shared/DOMAIN.md``), the templates only print them.

- attendance grouped *Présents* (bourgmestre, échevins, président(e) when
  not the bourgmestre, conseillers, then the members without a vote: the
  directeur général...), *Excusés*, *Absents*; titles in the feminine;
- who presides, the opening and closing hours;
- the items in sections: public deliberations (under the body's category
  headings when it uses categories), oral questions and interpellations,
  then the closed session, numbered 1, 2... and, in the closed session,
  continuing or restarting at 1 (the body's ``closed_numbering``);
- per item: "Le Conseil, en séance publique," or "siégeant à huis clos,",
  the urgency (L1122-24) with its vote, the motivation, who left or came,
  the vote before "DÉCIDE :" — or "PREND ACTE" for an information item.
"""

from ia.core.directory.vocabularies import position_type_title
from ia.delib import agenda
from ia.delib.content.body import parse_categories
from ia.delib.dates import brussels
from ia.delib.documents.data import body_of
from ia.delib.session import attendance
from ia.delib.session.urgency import urgency_outcome
from ia.delib.session.votes import get_votes
from plone import api


# The order of the members in the attendance list.
RANKS = {
    "bourgmestre": 0,
    "echevin": 1,
    "president_cpas": 2,
    "president_conseil": 3,
    "president": 3,
    "conseiller_communal": 4,
    "conseiller_cpas": 4,
}
FEMININE = {
    "echevin": "Échevine",
    "president_cpas": "Présidente du CPAS",
    "conseiller_communal": "Conseillère communale",
    "president_conseil": "Présidente du conseil communal",
    "conseiller_cpas": "Conseillère de l'action sociale",
    "directeur_general": "Directrice générale",
    "directeur_general_adjoint": "Directrice générale adjointe",
    "directeur_financier": "Directrice financière",
    "president": "Présidente",
    "chef_service": "Cheffe de service",
}
PRESIDING = ("president_conseil", "president", "president_cpas", "bourgmestre")
SECTION_INTRO = {
    "public": "Le Conseil, en séance publique,",
    "secret": "Le Conseil, siégeant à huis clos,",
}
QUESTION_KINDS = ("question", "interpellation")


def title_of(attendee) -> str:
    """The attendee's title, in the feminine for a woman (a custom label
    is kept as written)."""
    default = position_type_title(attendee.position_type)
    if attendee.feminine and attendee.function in ("", default):
        return FEMININE.get(attendee.position_type, attendee.function)
    return attendee.function


def person_line(attendee) -> str:
    civility = {"mrs": "Mme ", "mr": "M."}.get(attendee.civility, "")
    civility = "Mme " if attendee.feminine else civility.replace("M.", "M. ")
    name = f"{civility}{attendee.name}"
    title = title_of(attendee)
    return f"{name}, {title}" if title else name


def _rank(attendee) -> tuple:
    if not attendee.voting:
        return (9,)
    return (RANKS.get(attendee.position_type, 5),)


def attendance_groups(meeting) -> dict:
    """``{"presents", "excused", "absents"}``: lines in the PV's order."""
    people = sorted(attendance.attendees(meeting), key=_rank)
    groups = {"presents": [], "excused": [], "absents": []}
    for person in people:
        line = person_line(person)
        if person.presence == "present":
            groups["presents"].append(line)
        elif person.presence == "excused":
            groups["excused"].append(line)
        elif person.presence == "proxy":
            groups["absents"].append(f"{line} (représenté(e) par {person.proxy_name})")
        else:
            groups["absents"].append(line)
    return groups


def presiding(meeting):
    """The attendee who presides (a present president, else the bourgmestre)."""
    people = [a for a in attendance.attendees(meeting) if a.presence == "present"]
    for kind in PRESIDING:
        for person in people:
            if person.position_type == kind:
                return person
    return None


def director(meeting):
    """The directeur général attending (the secretary of the session)."""
    for person in attendance.attendees(meeting):
        if person.position_type in ("directeur_general", "directeur_general_adjoint"):
            return person
    return None


def hour(moment) -> str:
    """``20 h 00``."""
    moment = brussels(moment)
    return f"{moment.hour} h {moment.minute:02d}" if moment else ""


def signature_lines(meeting) -> list[dict]:
    """``[{"role", "name"}]``: the DG and who presides, as the PV ends."""
    rows = []
    dg = director(meeting)
    if dg is not None:
        role = "La Directrice générale" if dg.feminine else "Le Directeur général"
        rows.append({"role": role, "name": dg.name})
    chair = presiding(meeting)
    if chair is not None:
        if chair.position_type == "bourgmestre":
            role = "La Bourgmestre" if chair.feminine else "Le Bourgmestre"
        else:
            role = "La Présidente" if chair.feminine else "Le Président"
        rows.append({"role": role, "name": chair.name})
    return rows


# -- votes --------------------------------------------------------------


def _counted(count, singular, plural) -> str:
    return f"{count} {singular if count < 2 else plural}"


def count_text(votes) -> str:
    """``8 voix pour, 4 contre et 1 abstention`` (no zero part)."""
    parts = [_counted(votes.yes, "voix pour", "voix pour")]
    if votes.no:
        parts.append(f"{votes.no} contre")
    if votes.abstain:
        parts.append(_counted(votes.abstain, "abstention", "abstentions"))
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " et " + parts[-1]


def vote_text(item, meeting, urgency=False) -> str:
    """The vote as the PV states it before "DÉCIDE :", '' without a vote."""
    votes = get_votes(item, urgency)
    if votes is None:
        return ""
    if votes.secret:
        return f"Au scrutin secret, par {count_text(votes)},"
    if not votes.no and not votes.abstain:
        return "À l'unanimité des membres présents,"
    text = f"Par {count_text(votes)}"
    if votes.by_voter:
        names = {a.uid: a.name for a in attendance.attendees(meeting)}
        parts = []
        for choice, label in (
            ("yes", "ont voté pour"),
            ("no", "ont voté contre"),
            ("abstain", "se sont abstenus"),
        ):
            who = [
                names.get(uid, "?") for uid, v in votes.by_voter.items() if v == choice
            ]
            if who:
                parts.append(f"{label} : {', '.join(who)}")
        text = f"{text} ({'; '.join(parts)})"
    return f"{text},"


def urgency_text(item, meeting) -> str:
    if getattr(item, "list_type", None) != "emergency":
        return ""
    text = (
        "Point ajouté à l'ordre du jour en urgence "
        "(article L1122-24 du Code de la démocratie locale et de la "
        "décentralisation)"
    )
    vote = vote_text(item, meeting, urgency=True)
    if vote:
        vote = vote[0].lower() + vote[1:].rstrip(",")
    if urgency_outcome(item) == "refused":
        return (
            f"Point proposé en urgence (article L1122-24 du Code de la "
            f"démocratie locale et de la décentralisation) ; l'urgence n'étant "
            f"pas déclarée par les deux tiers des membres présents ({vote}), "
            f"le point n'est pas examiné."
        )
    if vote:
        return f"{text}, l'urgence étant acceptée {vote}."
    return f"{text}."


# -- items ----------------------------------------------------------------


def sections(meeting, visible_only=True) -> list[tuple[str, str, list]]:
    """``[(key, heading, items)]`` of the PV in order, empty ones left out;
    ``visible_only``: the items the user may View."""
    items = agenda.items(meeting)
    if visible_only:
        items = [i for i in items if api.user.has_permission("View", obj=i)]
    public = [i for i in items if (i.privacy or "public") == "public"]
    closed = [i for i in items if i.privacy == "secret"]
    result = [
        (
            "public",
            "Séance publique",
            [i for i in public if _kind(i) not in QUESTION_KINDS],
        ),
        (
            "questions",
            "Questions orales et interpellations",
            [i for i in public if _kind(i) in QUESTION_KINDS],
        ),
        ("secret", "Séance à huis clos", closed),
    ]
    return [entry for entry in result if entry[2]]


def _kind(item) -> str:
    return getattr(item, "item_kind", None) or "deliberation"


def numbers(meeting) -> dict:
    """``{item UID: number}`` in the PV's order (closed session continuing or
    restarting at 1, as the body sets it), counting every item."""
    body = body_of(meeting)
    restart = getattr(body, "closed_numbering", None) == "restart"
    result, number = {}, 0
    for key, _heading, items in sections(meeting, visible_only=False):
        if key == "secret" and restart:
            number = 0
        for item in items:
            number += 1
            result[api.content.get_uuid(item)] = number
    return result


def outcome(item) -> dict:
    """``{"verb", "vote"}``: "DÉCIDE :", "PREND ACTE", or nothing (a question)."""
    kind = _kind(item)
    if kind in QUESTION_KINDS:
        return {"verb": ""}
    if kind == "information":
        return {"verb": "PREND ACTE"}
    return {"verb": "DÉCIDE :"}


def item_row(item, meeting, number, categories) -> dict:
    section = "secret" if item.privacy == "secret" else "public"
    kind = _kind(item)
    verb = outcome(item)["verb"] if urgency_outcome(item) != "refused" else ""
    return {
        "item": item,
        "number": number,
        "title": item.Title(),
        "category": categories.get(item.category, "") if item.category else "",
        "intro": SECTION_INTRO[section] if kind not in QUESTION_KINDS else "",
        "urgency": urgency_text(item, meeting),
        "vote": vote_text(item, meeting) if verb else "",
        "verb": verb,
        "closed": section == "secret",
    }


def pv_sections(meeting) -> list[dict]:
    """``[{"heading", "rows"}]``; each row says its category heading only
    when it changes (``heading``), so no heading stands empty."""
    body = body_of(meeting)
    categories = dict(parse_categories(getattr(body, "categories", None)))
    use_categories = bool(categories)
    numbered = numbers(meeting)
    result = []
    for key, heading, items in sections(meeting):
        rows, last = [], None
        for item in items:
            row = item_row(
                item, meeting, numbered[api.content.get_uuid(item)], categories
            )
            show = use_categories and key == "public" and row["category"]
            row["heading"] = row["category"] if show and row["category"] != last else ""
            last = row["category"] if show else last
            rows.append(row)
        result.append({"key": key, "heading": heading, "rows": rows})
    return result
