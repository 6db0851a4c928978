"""Domain layer: plain Python rules of the customer-reaction procedure (no Qt, no database)."""
