"""Start-up floor: a bare PySide6 main window shown (and painted) and closed, plus SQLAlchemy's
ORM imported and the same SQLite file opened with one trivial query.

    python floors/startup.py DATABASE_FILE
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import create_engine, text
from sqlalchemy import orm as _orm  # noqa: F401  (the import is part of the floor)


def main(path: str) -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    window = QMainWindow()
    window.resize(1024, 700)
    window.setWindowTitle("floor")
    window.show()
    app.processEvents()
    window.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
