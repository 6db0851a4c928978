"""`python -m kluppluz_desk.services.transfer > kluppluz_desk/schema/export-v1.schema.json`
writes the export format's JSON Schema, derived from the table definitions."""

import sys

from .schema import render_schema

if __name__ == "__main__":  # not when a test imports every module
    sys.stdout.write(render_schema())
