"""How users read the suite's documents.

Loading this package (``<include package=".views" />``) also makes Plone's
localized times read in the site's zone (``ia.core.times``): history,
toolbar, bylines and folder listings show Europe/Brussels time, as the
dashboards do.
"""

from ia.core.times import patch_localized_time


patch_localized_time()
