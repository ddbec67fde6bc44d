"""``@ia-assignment``: the batch "assign to" of mails."""
