from __future__ import annotations

from acudesk.cli import main

raise SystemExit(main())
