"""ia.core.numbering: reference number registers.

- ``api``: ``allocate(register, year=None)``, ``current``, ``set_next``
  (forward only), ``registers``, ``info``, ``register_for(obj)``.
- ``patterns``: the ``register|pattern|moment`` lines of
  ``ia.core.reference_patterns`` and their placeholders.
- ``storage``: one persistent ``Counter`` per (register, year); a number
  follows the last *committed* one, and two transactions that took the
  same number conflict (the loser is retried).
- ``services``: ``@ia-numbering`` (GET list, POST next number).

A product registers its numbering in its profile's registry::

    <record name="ia.core.reference_patterns">
      <value purge="false">
        <element>IaIncomingMail|E/{year}/{number:05d}|creation</element>
      </value>
    </record>

and enables the ``ia.reference`` behavior on its types. Content imported
with its references keeps them: move the counters forward with
``set_next`` (or POST ``@ia-numbering``) after such a migration.
"""
