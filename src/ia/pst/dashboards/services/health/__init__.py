"""``@ia-pst-health``: the batch change of health over REST."""
