"""Alembic environment: runs on the connection handed in by `store.migrate`."""

from __future__ import annotations

from alembic import context

from kluppluz_desk.store.models import Base
from kluppluz_desk.store.search import include_name
from kluppluz_desk.store.types import UTCDateTime

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from kluppluz_desk.store.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Migrations stay free of application types: UTCDateTime is a plain DateTime in SQL.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        include_name=include_name,
        render_item=_render_item,
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
