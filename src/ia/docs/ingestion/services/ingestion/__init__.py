"""``@ia-ingestion`` on ``/courrier``: the pending counts; run the ingestion."""
