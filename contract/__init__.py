"""The contract both ends import: canonical JSON and hashes, the audit-chain rule, the code sets
built from ``resources/codelists/*.json``, the tally's rules and its object, the wire schemas and
the error codes. It imports nothing of ours but ``resources/`` (DESIGN §3)."""
