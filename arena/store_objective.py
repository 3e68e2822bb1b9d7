"""The objective pre-scores' side of the contest file (issue 13): items and values, locked at the start.

`ObjectiveRecords` is mixed into arena.store.Store. The items are written with a new setup and
replaced as a whole by `set_objective` (the `arena objective` command, the console's import) until
the contest starts; then every change is refused (ObjectiveRefused "objective_locked"). The setup
editor's saves leave them alone.
"""

from __future__ import annotations

from decimal import Decimal

from .objective import ObjectiveItem, ObjectiveRefused, objective_hash, plain


class ObjectiveRecords:
    def objective_items(self) -> tuple[ObjectiveItem, ...]:
        """The items in the setup's order, each with its values in the queue's order."""
        values: dict[int, list[tuple[str, Decimal]]] = {}
        for item_id, name, value in self.conn.execute(
            "SELECT v.item_id, p.name, v.value FROM objective_values v"
            " JOIN presenters p ON p.id = v.presenter_id ORDER BY p.position"
        ):
            values.setdefault(item_id, []).append((name, Decimal(value)))
        rows = self.conn.execute(
            "SELECT id, name, weight, source, rule, low, high, better FROM objective_items ORDER BY position"
        )
        return tuple(
            ObjectiveItem(
                name,
                Decimal(weight),
                source,
                rule,
                None if low is None else Decimal(low),
                None if high is None else Decimal(high),
                better,
                tuple(values.get(i, ())),
                id=i,
            )
            for i, name, weight, source, rule, low, high, better in rows
        )

    def _write_objective(self, items) -> None:
        ids = {name: i for i, name in self.conn.execute("SELECT id, name FROM presenters")}
        for position, x in enumerate(items):
            item_id = self.conn.execute(
                "INSERT INTO objective_items (name, weight, source, rule, low, high, better, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (x.name, plain(x.weight), x.source, x.rule, plain(x.low), plain(x.high), x.better, position),
            ).lastrowid
            self.conn.executemany(
                "INSERT INTO objective_values (item_id, presenter_id, value) VALUES (?, ?, ?)",
                [(item_id, ids[name], plain(value)) for name, value in x.values],
            )

    def set_objective(self, items, source_name: str = "") -> str:
        """Replace the items and values (before the start only) in one logged transaction; their hash."""
        with self.transaction():
            if self.session_row()["phase"] != "setup":
                raise ObjectiveRefused("objective_locked")
            self.conn.execute("DELETE FROM objective_items")
            self._write_objective(items)
            digest = objective_hash(self.objective_items())
            self.log_action("objective_set", {"sha256": digest, "items": len(items), "file": source_name})
        return digest
