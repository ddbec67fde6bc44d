"""The Walloon minutes, extract, agenda and convocation, read in the
generated ODT (content.xml): a council of 15 with a directrice générale,
two excused, an urgent item, a split vote by name, an information item,
an oral question and a closed-session item."""

from ia.core.docgen import api as docgen
from ia.delib.testing import INTEGRATION_TESTING
from tests.delib.council_world import hold_session
from tests.delib.documents_world import text_of
from tests.module_worlds import module_world


_world_world, world = module_world(
    hold_session, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def generate(obj, template):
    data, _name, _mime = docgen.generate(obj, template, "odt")
    text = text_of(data)
    assert "Error" not in text and "Unauthorized" not in text, text
    return text


def in_order(text, *needles):
    found = [text.index(needle) for needle in needles]
    assert found == sorted(found), needles


def test_attendance_grouped_feminine(world):
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    in_order(
        text,
        "Présents :",
        "Mme Anne Lambert, Bourgmestre",
        "M. Bruno Dumont, Échevin",
        "Mme Claire Renard, Échevine",
        "Mme Fanny Leroy, Présidente du conseil communal",
        "M. Gilles Piron, Conseiller communal",
        "Mme Hélène Jacob, Conseillère communale",
        "Mme Sophie Delvaux, Directrice générale",
        "Excusés :",
        "M. Marc Gilson, Conseiller communal",
        "Mme Nadia Thiry, Conseillère communale",
        "Présidence : Mme Fanny Leroy, Présidente du conseil communal.",
        "La séance est ouverte à 20 h 00.",
    )
    assert "Absents :" not in text  # no empty heading
    assert "Invités" not in text


def test_items_in_sections_with_votes(world):
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    in_order(
        text,
        "Séance publique",
        "Administration générale",
        "1. Approbation du procès-verbal",
        "Le Conseil, en séance publique,",
        "À l'unanimité des membres présents,",
        "DÉCIDE :",
        "Le procès-verbal de la séance précédente est approuvé.",
        "Finances",
        "2. Budget 2027",
        "Par 8 voix pour, 4 contre et 1 abstention (ont voté pour",
        "3. Rapport annuel",
        "PREND ACTE",
        "Travaux",
        "4. Travaux urgents rue Haute",
        "en urgence (article L1122-24",
        "l'urgence étant acceptée à l'unanimité des membres présents.",
        "Questions orales et interpellations",
        "5. Question orale sur l'éclairage",
        "M. Piron interroge le Collège",
        "Séance à huis clos",
        "6. Sanction disciplinaire",
        "Le Conseil, siégeant à huis clos,",
        "Au scrutin secret, par 10 voix pour et 3 contre,",
        "La séance est levée à 22 h 35.",
        "Par le Conseil,",
        "La Directrice générale,",
        "La Présidente,",
    )
    signatures = text[text.index("Par le Conseil,") :]
    assert "Sophie Delvaux" in signatures and "Fanny Leroy" in signatures
    assert "0 contre" not in text and "0 abstention" not in text
    assert "Par ordonnance" not in text
    budget = text[text.index("2. Budget 2027") : text.index("3. Rapport annuel")]
    assert "ont voté pour : Anne Lambert, Bruno Dumont" in budget
    assert "ont voté contre : Igor Lemaire" in budget
    assert "se sont abstenus : Olivier Wathelet)," in budget
    assert "Sophie Delvaux" not in budget
    report = text[text.index("3. Rapport annuel") : text.index("4. Travaux urgents")]
    assert "DÉCIDE" not in report and "voix" not in report
    question = text[text.index("5. Question orale") : text.index("Séance à huis clos")]
    assert "DÉCIDE" not in question and "Le Conseil" not in question


def test_closed_numbering_restarts_when_the_body_says(world):
    world["body"].closed_numbering = "restart"
    text = generate(world["meeting"], "ia-delib-proces-verbal")
    assert "1. Sanction disciplinaire" in text


def test_extract_of_a_closed_item(world):
    text = generate(world["items"]["sanction"], "ia-delib-extrait")
    in_order(
        text,
        "Extrait du registre aux délibérations",
        "Présents :",
        "Point n° 6 : Sanction disciplinaire",
        "Décision prise en séance à huis clos.",
        "Le Conseil, siégeant à huis clos,",
        "Au scrutin secret",
        "DÉCIDE :",
        "Un blâme est infligé.",
        "Pour extrait conforme,",
    )
    assert "Budget" not in text


def test_extract_of_a_public_item(world):
    text = generate(world["items"]["budget"], "ia-delib-extrait")
    assert "huis clos" not in text
    assert "Par 8 voix pour, 4 contre et 1 abstention (" in text


def test_agenda_and_convocation(world):
    public = generate(world["meeting"], "ia-delib-ordre-du-jour-public")
    in_order(public, "Séance publique", "Finances", "2. Budget 2027")
    assert "Sanction" not in public and "huis clos" not in public
    assert "4. Travaux urgents rue Haute (urgence)" in public
    convocation = generate(world["meeting"], "ia-delib-convocation")
    in_order(convocation, "Séance publique", "Séance à huis clos", "Sanction")
