"""Fixed data of the iA.Tech demo (fictional names and places)."""

import base64


LAT, LON = 50.4669, 4.8675  # Démo-sur-Meuse (around Namur)

TEAMS = (
    ("Voirie", "VOI"),
    ("Espaces verts", "EV"),
    ("Bâtiments", "BAT"),
    ("Propreté", "PRO"),
)
AGENT_NAMES = (
    ("Marc", "Delvaux"),
    ("Julie", "Hermans"),
    ("Olivier", "Piron"),
    ("Nadia", "Bouchat"),
    ("Thierry", "Collard"),
    ("Sarah", "Mathieu"),
    ("Kevin", "Lejeune"),
    ("Aline", "Dethier"),
)
CITIZENS = (
    ("Lucie", "Martin"),
    ("Hugo", "Dubois"),
    ("Emma", "Lambert"),
    ("Noah", "Simon"),
    ("Léa", "Laurent"),
)
BORROWERS = (
    "Comité des fêtes",
    "Patro Saint-Jean",
    "Club de pétanque",
    "Asbl Les Aînés",
)
STREETS = (
    "Rue Haute",
    "Rue de Fer",
    "Place d'Armes",
    "Avenue de la Gare",
    "Chaussée de Louvain",
    "Rue des Écoles",
    "Quai de Meuse",
    "Rue du Moulin",
)
SUBJECTS = {
    "roads": ("Nid de poule", "Trottoir abîmé", "Avaloir bouché", "Pavés descellés"),
    "buildings": ("Fuite de toiture", "Chauffage en panne", "Porte à réparer"),
    "green": ("Haie à tailler", "Arbre dangereux", "Tonte du parc"),
    "cleaning": ("Dépôt clandestin", "Poubelle publique pleine", "Tags sur un mur"),
    "signage": ("Panneau arraché", "Marquage effacé", "Feu clignotant"),
    "events": (
        "Barrières pour la brocante",
        "Podium pour la fête",
        "Chaises pour le marché",
    ),
}
DESCRIPTIONS = {
    "roads": "Un danger pour les piétons et les cyclistes.",
    "buildings": "Signalé par le concierge.",
    "green": "La végétation gêne la visibilité.",
    "cleaning": "Signalé par plusieurs riverains.",
    "signage": "La signalisation n'est plus visible.",
    "events": "Pour l'événement du mois prochain.",
}
REFUSALS = (
    "Voirie régionale : le SPW est prévenu.",
    "Terrain privé : le propriétaire est responsable.",
    "Ores s'en charge : le signalement lui est transmis.",
)


def asset(index):
    """(kind, title, lendable) of the index-th asset."""
    kind = ("building", "vehicle", "equipment", "room")[index % 4]
    number = index // 4 + 1
    titles = {
        "building": f"Bâtiment communal n° {number}",
        "vehicle": f"Camionnette {number}",
        "equipment": f"Tondeuse autoportée {number}",
        "room": f"Salle polyvalente {number}",
    }
    return (
        kind,
        titles[kind],
        kind == "room" or (kind == "equipment" and number % 3 == 0),
    )


# One in twenty: submitted, refused, duplicate; the rest accepted.
_REQUEST_CYCLE = (
    ("submitted",) * 4 + ("refused",) * 2 + ("duplicate",) + ("accepted",) * 13
)
_ORDER_CYCLE = (
    "to_plan",
    "planned",
    "planned",
    "in_progress",
    "done",
    "closed",
    "closed",
    "cancelled",
    "planned",
    "to_plan",
    "in_progress",
    "closed",
)


def request_outcome(index):
    return _REQUEST_CYCLE[index % len(_REQUEST_CYCLE)]


def order_state(index):
    return _ORDER_CYCLE[(index // 3) % len(_ORDER_CYCLE)]


# A 1x1 PNG: the demo's photos (small, so the demo stays fast).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
