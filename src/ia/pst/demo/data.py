"""The demo programme's words: ten strategic objectives, four operational
objectives each, and action titles combined from verbs and objects."""

STRATEGIC = (
    ("Être une commune verte et durable", "environment"),
    ("Être une commune où l'on se déplace facilement et en sécurité", "mobility"),
    ("Être une commune solidaire et inclusive", "social"),
    ("Être une commune dynamique pour l'économie locale", "economy"),
    ("Être une administration moderne, efficace et proche du citoyen", "governance"),
    ("Être une commune où la culture et le sport sont accessibles", "culture"),
    ("Être une commune sûre et propre", "safety"),
    ("Être une commune qui prend soin de ses aînés et de sa jeunesse", "social"),
    ("Être une commune qui maîtrise son énergie", "environment"),
    ("Être une commune qui associe ses habitants", "governance"),
)

OPERATIONAL = (
    "Réduire de {n} % les déchets ménagers d'ici 2030",
    "Rénover {n} bâtiments et espaces publics",
    "Former {n} agents et partenaires",
    "Toucher {n} % des habitants concernés",
)

VERBS = (
    "Installer",
    "Rénover",
    "Lancer",
    "Organiser",
    "Créer",
    "Étendre",
    "Numériser",
    "Sécuriser",
    "Accompagner",
    "Réaménager",
)
OBJECTS = (
    "des composteurs de quartier",
    "le parc communal",
    "un guichet numérique",
    "des ateliers intergénérationnels",
    "une zone 30 aux abords des écoles",
    "l'éclairage public en LED",
    "une maison de l'emploi",
    "le hall omnisports",
    "des pistes cyclables",
    "un budget participatif",
    "une plateforme de covoiturage",
    "les toitures de l'école communale",
    "un plan canicule",
    "des caméras urbaines",
    "le marché hebdomadaire",
)

INDICATORS = (
    ("Nombre de réalisations", 10.0),
    ("Taux de satisfaction des usagers (%)", 80.0),
    ("Participants", 200.0),
)


# Mid-term evaluation comments of the strategic objectives (cycled)
MIDTERM = (
    "La plupart des actions ont démarré ; le calendrier est tenu.",
    "Retard sur les marchés publics : deux actions replanifiées en 2027.",
    "Objectif en bonne voie ; les indicateurs dépassent la cible à mi-parcours.",
    "Budget revu à la hausse au budget 2026 ; une action arrêtée faute de subside.",
)
