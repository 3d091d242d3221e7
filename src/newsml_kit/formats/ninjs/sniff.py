"""Whether a JSON document is ninjs: an object with ninjs properties, a collection of them, or an
agency API envelope around them."""

from __future__ import annotations

from newsml_kit.formats.detect import Head

NINJS_KEYS = {
    # 1.x and 2.x (lower case) and 3.x (camel case) property names that only ninjs uses together.
    "uri", "guid", "headline", "headlines", "headline_main", "body_html", "body_text", "body_xhtml",
    "body_main", "bodies", "description_text", "slugline", "renditions", "associations",
    "versioncreated", "firstcreated", "versionCreated", "firstCreated", "pubStatus", "eventDetails",
    "copyrightHolder", "copyrightNotice",
}  # fmt: skip


def sniff_ninjs(head: Head) -> bool:
    return looks_like_ninjs(head.json)


def looks_like_ninjs(tree: object) -> bool:
    """A ninjs object has ninjs keys; a collection is a JSON array of them; the BBC's API wraps a list
    of them in ``{"item": [...]}``, AP's Media API one in ``{"data": {"item": ...}}`` and a feed of them in
    ``{"data": {"items": [{"item": ...}, ...]}}``."""
    if isinstance(tree, list):
        return bool(tree) and all(looks_like_ninjs(entry) for entry in tree)
    if not isinstance(tree, dict):
        return False
    data = tree.get("data")
    if isinstance(data, dict) and "uri" not in tree:
        if isinstance(data.get("item"), dict):
            return looks_like_ninjs(data["item"])
        entries = data.get("items")
        if isinstance(entries, list) and entries and all(isinstance(entry, dict) for entry in entries):
            return all(looks_like_ninjs(entry.get("item", entry)) for entry in entries)
    standard = tree.get("standard")
    declared = isinstance(standard, dict) and str(standard.get("name", "")).lower() == "ninjs"
    if declared or "ninjs" in str(tree.get("$schema", "")) or len(NINJS_KEYS & tree.keys()) >= 2:
        return True
    wrapped = tree.get("item", tree.get("items"))
    return isinstance(wrapped, list) and bool(wrapped) and all(looks_like_ninjs(entry) for entry in wrapped)
