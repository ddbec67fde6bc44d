"""Shared parts of the ``@ia-dashboard`` services: traversal, errors, rows."""

from ia.core import _
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.registry import UnknownList
from ia.core.dashboard.registry import get_list
from ia.core.errors import NotFound
from ia.core.rest import PathService
from plone import api
from zope.i18n import translate


class DashboardService(PathService):
    @property
    def userid(self):
        return api.user.get_current().getId()

    @property
    def endpoint_url(self):
        return f"{self.context.absolute_url()}/@ia-dashboard"

    def lookup(self, list_id):
        """The list, or None when no available list has this id."""
        try:
            return get_list(list_id)
        except UnknownList:
            return None

    def get_list(self, list_id):
        """The list; ``NotFound`` when no available list has this id."""
        dlist = self.lookup(list_id)
        if dlist is None:
            raise self.not_found(list_id)
        return dlist

    def not_found(self, list_id) -> NotFound:
        return NotFound(_("There is no dashboard list ${id}.", mapping={"id": list_id}))


def cell_to_json(value):
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def columns_to_json(dlist, request):
    """The list's columns with their translated titles (``UnknownColumn`` if
    the list declares a column nobody registered)."""
    return [
        {
            "id": column.id,
            "title": translate(column.title, context=request),
            "sortable": bool(column.sort_index),
        }
        for column in columns_of(dlist)
    ]


def row_to_json(row):
    """A dashboard row in plone.restapi summary style plus our columns."""
    due = row["due_date"]
    modified = row["modified"]
    return {
        "@id": row["url"],
        "@type": row["portal_type"],
        "UID": row["uid"],
        "title": row["title"],
        "description": row["description"],
        "review_state": row["review_state"],
        "review_state_title": row["state_title"],
        "type_title": row["type_title"],
        "ia_reference": row["reference"],
        "ia_responsible_services": row["services"],
        "ia_assigned_agent": row["agent"] or None,
        "ia_assigned_agent_fullname": row["agent_fullname"] or None,
        "ia_due_date": due.isoformat() if due else None,
        "overdue": row["overdue"],
        "modified": modified.isoformat() if modified else None,
        # The list's columns, as shown on the page: {column id: display value}.
        "cells": {
            column_id: cell_to_json(value)
            for column_id, value in row.get("cells", {}).items()
        },
    }
