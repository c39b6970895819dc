"""The CLI's exit codes: 1 a refusal with its reason, 2 a usage error, 3 an internal error
with the crash report's path; never a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from acudesk.cli import main
from acudesk.services.crash import INTERNAL_ERROR_EXIT, REFUSED_EXIT

BROKEN_URL = "postgresql+nosuchdriver://clinic-server/acudesk"  # SQLAlchemy has no such driver


def _report_path(err: str) -> Path:
    found = re.search(r"A report without health data is in (\S+)", err)
    assert found, err
    return Path(found[1])


@pytest.fixture
def demo(sqlite_path, clock, capsys):
    assert main(["--database", str(sqlite_path), "demo", "--clients", "3"], clock=clock) == 0
    capsys.readouterr()
    return sqlite_path


def test_a_refusal_exits_1_with_the_reason(demo, clock, capsys, monkeypatch):
    monkeypatch.setenv("ACUDESK_PASSWORD", "admin-demo")
    args = ["--database", str(demo), "record", "export", "999999", "--user", "admin"]
    assert main(args, clock=clock) == REFUSED_EXIT
    err = capsys.readouterr().err
    assert err.startswith("acudesk: ") and "Traceback" not in err
    monkeypatch.setenv("ACUDESK_PASSWORD", "not the password")
    assert main(args, clock=clock) == REFUSED_EXIT
    assert capsys.readouterr().err == "acudesk: Wrong username or password.\n"


def test_a_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["record", "export", "not-a-number"])
    assert caught.value.code == 2
    assert "invalid int value" in capsys.readouterr().err


def test_an_internal_error_exits_3_with_the_report_path(clock, capsys):
    assert main(["--database", BROKEN_URL, "db", "status"], clock=clock) == INTERNAL_ERROR_EXIT
    err = capsys.readouterr().err
    assert "Traceback" not in err
    report = _report_path(err).read_text(encoding="utf-8")
    assert "NoSuchModuleError" in report


def test_the_program_itself_exits_3_and_2_without_a_traceback():
    env = {**os.environ}
    broken = subprocess.run(
        [sys.executable, "-m", "acudesk", "--database", BROKEN_URL, "db", "status"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert broken.returncode == INTERNAL_ERROR_EXIT
    assert "Traceback" not in broken.stderr
    assert _report_path(broken.stderr).is_file()
    usage = subprocess.run(
        [sys.executable, "-m", "acudesk", "frobnicate"], capture_output=True, text=True, env=env
    )
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
