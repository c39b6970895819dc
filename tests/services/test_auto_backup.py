"""The daily backup: once a day for the whole clinic, the last N kept, its state kept for Home."""

from __future__ import annotations

import threading

import pytest

from acudesk.domain.backups import BackupSchedule
from acudesk.domain.errors import PermissionDenied, ValidationError
from acudesk.services.demo import seed_demo
from acudesk.services.registry import build_services
from acudesk.store.engine import Database


@pytest.fixture
def clinic(any_db, clock):
    seed_demo(any_db, 3, clock=clock)
    return build_services(any_db, clock)


def test_it_runs_at_the_first_sign_in_of_the_day_only(clinic, clock, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    reception = clinic.clinic.demo_user("reception")
    clinic.auto_backup.update_schedule(admin, BackupSchedule(str(tmp_path / "daily"), 14))
    assert clinic.auto_backup.due()
    state = clinic.auto_backup.run_daily(reception)  # whoever signs in first
    assert state is not None and state.ok and state.kept == 1
    assert state.at == clock() and state.path.startswith(str(tmp_path / "daily"))
    assert not clinic.auto_backup.due()
    clock.advance(hours=3)
    assert clinic.auto_backup.run_daily(admin) is None  # the same day: not again
    assert clinic.auto_backup.state() == state
    clock.advance(days=1)
    assert clinic.auto_backup.due()
    assert clinic.auto_backup.run_daily(admin).kept == 2


def test_two_workstations_signing_in_together_make_one_backup(any_db_url, clinic, clock, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    clinic.auto_backup.update_schedule(admin, BackupSchedule(str(tmp_path / "daily"), 14))
    stations = [build_services(Database(any_db_url), clock) for _ in range(4)]
    results: list[object] = []
    start = threading.Barrier(len(stations))

    def sign_in(services):
        start.wait()
        results.append(services.auto_backup.run_daily(admin))

    threads = [threading.Thread(target=sign_in, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for services in stations:
        services.db.dispose()
    assert len(results) == 4
    assert sum(r is not None for r in results) == 1
    made = sorted(p.name for p in (tmp_path / "daily").iterdir())
    assert len(made) == 2 and made[1] == made[0] + ".sha256"  # one backup and its checksum


def test_only_the_last_n_are_kept_and_other_files_are_left_alone(clinic, clock, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "notes.txt").write_text("the clinic's own file")
    clinic.auto_backup.update_schedule(admin, BackupSchedule(str(folder), 2))
    for _day in range(4):
        clinic.auto_backup.run_daily(admin)
        clock.advance(days=1)
    every = sorted(p.name for p in folder.iterdir())
    names = [n for n in every if not n.endswith(".sha256")]
    assert len(names) == 3 and "notes.txt" in names
    assert sorted(n + ".sha256" for n in names if n != "notes.txt") == [
        n for n in every if n.endswith(".sha256")
    ]  # the checksums of the pruned ones went with them
    assert names[0].endswith("20261125-090000." + names[0].rsplit(".", 1)[1])
    assert clinic.auto_backup.state().kept == 2


def test_a_failed_backup_is_recorded_with_its_reason(clinic, clock, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    clinic.auto_backup.update_schedule(admin, BackupSchedule(str(blocker / "inside"), 14))
    state = clinic.auto_backup.run_daily(admin)
    assert state is not None and not state.ok and "could not be written" in state.problem
    assert state.overdue(clock().date())


def test_the_schedule_is_checked_and_only_administrators_change_it(clinic, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    with pytest.raises(ValidationError) as refused:
        clinic.auto_backup.update_schedule(admin, BackupSchedule("relative/folder", 0))
    assert set(refused.value.errors) == {"backup_keep", "backup_folder"}
    with pytest.raises(PermissionDenied):
        clinic.auto_backup.update_schedule(
            clinic.clinic.demo_user("practitioner"), BackupSchedule(str(tmp_path), 3)
        )
    saved = clinic.auto_backup.update_schedule(admin, BackupSchedule(str(tmp_path), 3))
    assert saved == BackupSchedule(str(tmp_path), 3) == clinic.auto_backup.schedule()
    assert clinic.auto_backup.folder() == tmp_path


def test_back_up_now_writes_to_the_clinics_folder(clinic, tmp_path):
    admin = clinic.clinic.demo_user("admin")
    clinic.auto_backup.update_schedule(admin, BackupSchedule(str(tmp_path / "chosen"), 5))
    assert clinic.backup.back_up_now(admin).path.parent == tmp_path / "chosen"
