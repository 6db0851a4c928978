"""The benchmark, kept out of the product: it sits on top of the services and imports them,
never the other way round, and is left out of the bundle. `python -m kluppluz_desk.bench`
prints the figures of docs/benchmark.md; `python -m kluppluz_desk.bench.dashboard` times the
dashboard alone."""
