from zope.interface import Attribute
from zope.interface import Interface


class IJob(Interface):
    """A periodic task of a product (a named utility; the name is its id)."""

    title = Attribute("Short French title, for logs and the admin page")
    interval = Attribute("Seconds between two runs")
    run_at_once = Attribute(
        "Optional, default True: run at the first pass; False waits one interval"
    )

    def __call__(portal):
        """Run once on the site ``portal``; commit its own work as it goes;
        return a short text for the log (or None)."""
