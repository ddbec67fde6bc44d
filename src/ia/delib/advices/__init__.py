"""Advices ("avis") asked from other services on an item (issue 3, item 4).

An ``IaDelibAdvice`` lives inside its item, one per requested advice type;
the advising service holds its function roles on the advice
(``ia.responsible``) and the role ``IaAdviser`` on the item while asked.
"""

ADVICE_TYPE = "IaDelibAdvice"
ADVICE_WORKFLOW = "ia_delib_advice_workflow"
ADVICE_TYPES_RECORD = "ia.delib.advice_types"

# Role of the advising service's groups on the item (read only).
ADVISER_ROLE = "IaAdviser"
# Roles of the proposing service's groups on the advice.
REQUESTER_ROLE = "IaAdviceRequester"  # editors and managers: read, ask again
ADVICE_READER_ROLE = "IaAdviceReader"  # the other functions: read
# Functions of the proposing service that may ask an advice again.
REQUESTER_FUNCTION_ROLES = ("IaEditor", "IaServiceManager")

# Item states where the requested advices exist (asked on ``propose``).
ASKING_STATES = ("proposed", "proposed_n2", "proposed_n3", "validated", "presented")
# Item states from which an advice may no longer be sent back to edition,
# besides every decided state (``ia_decided`` of the item workflow's XML).
FROZEN_ITEM_STATES = ("frozen", "published")
