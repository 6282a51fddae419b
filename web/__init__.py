"""The local web page: search, topic timelines, threads, the promises board and missed services.

Server-rendered (Starlette + Jinja2, autoescaped), no JavaScript at all; see security.py for who
may see it and what the browser may do with it.
"""
