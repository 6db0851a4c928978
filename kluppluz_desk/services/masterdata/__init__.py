"""Master data (locations, staff, categories, services, regions, external bodies): list,
save and delete them, the built-in defaults, and the first start of an empty database."""

from .first_run import ensure_defaults, start_empty
from .items import (
    CategoryView,
    ExternalBodyView,
    LocationView,
    RegionView,
    ServiceView,
    StaffView,
    delete_item,
    is_empty,
    list_items,
    save_item,
)

__all__ = [
    "CategoryView",
    "ExternalBodyView",
    "LocationView",
    "RegionView",
    "ServiceView",
    "StaffView",
    "delete_item",
    "ensure_defaults",
    "is_empty",
    "list_items",
    "save_item",
    "start_empty",
]
