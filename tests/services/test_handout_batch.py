"""A batch of aftercare sheets built on every core: kept in order, each as issue() keeps it."""

from __future__ import annotations

import pytest
from reportlab.lib import rl_accel
from sqlalchemy import update

from acudesk.domain.errors import ValidationError
from acudesk.domain.users import Role
from acudesk.services.handout_batch import issue_all
from acudesk.services.handouts import IssuedHandout
from acudesk.store.models import ClientRecord
from tests.services.handouts_support import add_client, completed_session
from tests.services.test_handouts import pdf_text


@pytest.fixture
def practitioner(make_user):
    return make_user("pat", Role.PRACTITIONER)


@pytest.fixture
def sessions(services, admin, practitioner):
    services.products.ensure_house_catalogue()
    made = []
    for first, last in [("Anna", "Rossi"), ("Bea", "Neri"), ("Cara", "Blu")]:
        client = add_client(services, admin, first, last)
        made.append(completed_session(services, practitioner, client))
    still_open = services.sessions.start(practitioner, add_client(services, admin, "Dora").id)
    return [made[0], still_open, made[1], made[2]]


def test_reportlab_runs_with_its_c_accelerator():
    assert not rl_accel._py_funcs  # every function from _rl_accel, none in Python


@pytest.mark.parametrize("workers", [1, 2])
def test_every_sheet_kept_in_order_and_a_refusal_in_its_place(
    services, practitioner, sessions, workers
):
    outcomes = list(
        issue_all(services.handouts, practitioner, [s.id for s in sessions], workers=workers)
    )
    assert [session_id for session_id, _ in outcomes] == [s.id for s in sessions]
    refused = outcomes[1][1]
    assert isinstance(refused, ValidationError) and "complete it first" in refused.message
    names = ["Anna Rossi", "Bea Neri", "Cara Blu"]
    for (session_id, issued), name in zip(
        [outcomes[0], outcomes[2], outcomes[3]], names, strict=True
    ):
        assert isinstance(issued, IssuedHandout)
        assert name in pdf_text(issued.pdf)
        given = services.handouts.issued(practitioner, session_id)
        assert [h.sha256 for h in given] == [issued.sha256]
        assert services.handouts.reprint(practitioner, issued.id) == issued.pdf


def test_a_sheet_changed_while_the_batch_ran_is_built_again(services, practitioner, sessions):
    completed = [sessions[0], sessions[2]]
    asked = []

    def rename_the_second_client_once() -> bool:
        if not asked:
            with services.db.unit_of_work() as session:
                session.execute(
                    update(ClientRecord)
                    .where(ClientRecord.id == completed[1].client_id)
                    .values(first_name="Beatrice")
                )
        asked.append(True)
        return False

    outcomes = dict(
        issue_all(
            services.handouts,
            practitioner,
            [s.id for s in completed],
            stop=rename_the_second_client_once,
            workers=2,
        )
    )
    text = pdf_text(outcomes[completed[1].id].pdf)
    assert "Beatrice Neri" in text and "Bea Neri" not in text


def test_stop_keeps_nothing_more(services, practitioner, sessions):
    asked = []

    def stop_after_one() -> bool:
        asked.append(True)
        return len(asked) > 1

    ids = [sessions[0].id, sessions[2].id, sessions[3].id]
    outcomes = list(issue_all(services.handouts, practitioner, ids, stop=stop_after_one, workers=2))
    assert [session_id for session_id, _ in outcomes] == ids[:1]
    assert [len(services.handouts.issued(practitioner, i)) for i in ids] == [1, 0, 0]


def test_a_pool_worker_starts_with_the_fonts_already_read():
    """The forkserver loads what a first sheet needs once; a worker of a new pool has it."""
    from acudesk.documents.fonts import registered
    from acudesk.services.parallel import process_pool

    with process_pool(2) as pool:
        assert all(pool.submit(registered).result() for _ in range(4))
