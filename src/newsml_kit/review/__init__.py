"""``newsml-kit review``: a local web page to see, correct and approve what a conversion extracted.

``edits`` (the corrections, on the model), ``store`` (the folder: queue, save, undo) and ``view``
(what the page shows) need nothing beyond the core install; ``server`` and ``run`` need the
``review`` extra (Starlette, uvicorn, Jinja2).
"""
