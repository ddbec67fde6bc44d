"""Sending outgoing mail by e-mail (send mode ``email``)."""
