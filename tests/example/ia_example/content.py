"""The schema of the request type (its FTI: ``profiles/default/types``).

Title, services, agent, due date, reference and attachments come from the
core's behaviors; the type adds one field of its own.
"""

from plone.supermodel import model
from tests.example.ia_example import _
from zope import schema


TYPE = "IaExampleRequest"


class IExampleRequest(model.Schema):
    topic = schema.TextLine(
        title=_("label_topic", default="Topic"),
        required=False,
    )
