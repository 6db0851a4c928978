"""The JSON Schema of the export format (generated; see services/transfer/schema.py)."""
