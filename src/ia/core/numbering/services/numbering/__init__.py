"""``@ia-numbering``: the registers of the site (permission "ia.core: Manage
numbering registers": Manager, Site Administrator)."""
