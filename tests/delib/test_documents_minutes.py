"""The minutes (procès-verbal): attendees with their presence, guests, every
item in agenda order (closed session included) with its texts, the
attendance changes for an item and the votes; then the extract's votes."""

from ia.core.docgen import api as docgen
from ia.delib.session import attendance
from ia.delib.session import votes
from ia.delib.testing import INTEGRATION_TESTING
from plone import api
from tests.delib.documents_world import make_world
from tests.delib.documents_world import text_of
from tests.module_worlds import module_world


def build_world(portal):
    """Anne Lambert (mayor) present, Bruno Dumont (director) excused but
    arriving for the budget, Chloé Martin represented by Anne; votes on the
    budget (per voter) and the closed-session item (secret)."""
    data = make_world(portal)
    meeting = data["meeting"]
    mayor, director, councillor = data["positions"]
    budget, _voirie, sanction, plan = data["items"]
    api.content.transition(obj=meeting, transition="freeze")
    attendance.set_presence(meeting, director, "excused")
    attendance.set_presence(meeting, councillor, "proxy", proxy_uid=mayor)
    attendance.set_guests(meeting, ["Marc Durand, directeur financier"])
    attendance.item_arrive(budget, director)
    attendance.item_leave(plan, mayor)
    votes.set_votes(budget, by_voter={mayor: "yes", councillor: "no"})
    votes.set_votes(sanction, secret=True, yes=1, no=1)
    return data


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    build_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def generate(obj, template):
    data, _name, _mime = docgen.generate(obj, template, "odt")
    text = text_of(data)
    assert "Error" not in text and "Unauthorized" not in text, text
    return text


def test_attendees_with_presence_and_guests(world):
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    found = [
        text.index(needle)
        for needle in (
            "Présents :",
            "Anne Lambert, Bourgmestre",
            "Excusés :",
            "Bruno Dumont, Directeur général",
            "Absents :",
            "Chloé Martin, Conseiller communal (représenté(e) par Anne Lambert)",
            "Invités :",
            "Marc Durand, directeur financier",
        )
    ]
    assert found == sorted(found)


def test_every_item_in_order_with_texts(world):
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    needles = (
        "Séance publique",
        "1. Budget 2027",
        "Vu le projet de budget",
        "Le budget est adopté",
        "2. Plan de mobilité",
        "Vu le plan communal",
        "Le plan est approuvé",
        "3. Voirie rue Haute",
        "Vu l'urgence des travaux",
        "Les travaux sont confiés",
        "Séance à huis clos",
        "4. Sanction disciplinaire",
        "Vu le dossier de l'agent X",
        "Un blâme est infligé",
    )
    found = [text.index(needle) for needle in needles]
    assert found == sorted(found)


def test_attendance_changes_and_votes_per_item(world):
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    budget = text[text.index("1. Budget 2027") : text.index("2. Plan de mobilité")]
    assert "Présent(s) pour ce point : Bruno Dumont." in budget
    assert "Par 1 voix pour et 1 contre (ont voté pour : Anne Lambert;" in budget
    assert "ont voté contre : Chloé Martin)," in budget
    plan = text[text.index("2. Plan de mobilité") : text.index("3. Voirie rue Haute")]
    assert "Absent(s) pour ce point : Anne Lambert." in plan
    assert "voix" not in plan
    voirie = text[text.index("3. Voirie rue Haute") : text.index("Séance à huis clos")]
    assert "pour ce point" not in voirie
    closed = text[text.index("4. Sanction disciplinaire") :]
    assert "Au scrutin secret, par 1 voix pour et 1 contre," in closed
    assert "ont voté" not in closed


def test_unanimity(world):
    mayor, _director, councillor = world["positions"]
    voirie = world["items"][1]
    votes.set_votes(voirie, yes=2)
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    assert "À l'unanimité des membres présents," in text


def test_extract_has_the_votes(world):
    text = generate(world["items"][0], "ia-delib-extrait")
    assert "Par 1 voix pour et 1 contre" in text
    assert text.index("Par 1 voix pour") < text.index("Le budget est adopté")


def test_extract_without_vote(world):
    text = generate(world["items"][3], "ia-delib-extrait")
    assert "voix" not in text


def test_public_agenda_still_without_closed_items(world):
    text = generate(world["meeting"], "ia-delib-ordre-du-jour-public")
    assert "Sanction" not in text and "scrutin" not in text
