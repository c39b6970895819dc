"""The appointment book headless: `acudesk book`, `acudesk appointments list|export`,
`acudesk day-sheet`. No Qt, like the rest of the CLI.

Exit codes as everywhere (services/crash.py), with one addition for the book: 2 is bad input
(an unknown service, room or practitioner, a malformed date, a repeat rule that cannot be
read), told in one line before anything is booked; 1 is a refusal, and for `book` a clash:
the clashes are printed with their nearest free alternatives and nothing is booked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from acudesk.cli_admin import _add_user, _sign_in
from acudesk.domain.errors import AcudeskError, NotFound, ValidationError
from acudesk.store.private_files import write_private_bytes, write_private_text

if TYPE_CHECKING:
    from acudesk.domain.appointments import Appointment, BookingRequest
    from acudesk.domain.book_listing import BookChoice, BookNames, BookQuery, ListedAppointment
    from acudesk.domain.users import User
    from acudesk.services.registry import Services

BAD_INPUT_EXIT = 2
Command = Callable[[argparse.Namespace, str], int]


def add_book_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    book = commands.add_parser(
        "book",
        help="book an appointment or a whole course; on a clash, print it with the nearest "
        "free times and book nothing (exit 1)",
    )
    book.add_argument("--client", required=True, type=int, metavar="ID")
    book.add_argument("--service", required=True, metavar="NAME", help="a service's name")
    book.add_argument(
        "--start", required=True, metavar='"YYYY-MM-DD HH:MM"', help="in the location's time"
    )
    _add_place_options(book)
    book.add_argument(
        "--repeat",
        metavar='"FREQ=WEEKLY;COUNT=10"',
        help="book a course: an RFC 5545 rule with COUNT or UNTIL (at most 60 sessions)",
    )
    book.add_argument("--notes", default="", help="the appointment's notes")
    _add_user(book)

    appointments = commands.add_parser("appointments", help="the book as CSV, JSON or .ics")
    actions = appointments.add_subparsers(
        dest="appointments_command", metavar="ACTION", required=True
    )
    listed = actions.add_parser("list", help="the appointments of some days")
    listed.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    listed.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    _add_place_options(listed)
    listed.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="(default table)"
    )
    listed.add_argument("-o", "--output", type=Path, help="the file (default: standard output)")
    _add_user(listed)
    export = actions.add_parser("export", help="write appointments to an .ics calendar file")
    export.add_argument("--ics", required=True, type=Path, metavar="FILE.ics")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="(default 30 days ago)")
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="(default a year ahead)")
    _add_place_options(export)
    _add_user(export)

    sheet = commands.add_parser("day-sheet", help="print a day (or, --week, a week) as PDF")
    sheet.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    sheet.add_argument(
        "--week", action="store_true", help="the whole clinic's week (Monday to Sunday) instead"
    )
    sheet.add_argument("--location", metavar="NAME", help="(default: the only location)")
    only = sheet.add_mutually_exclusive_group()
    only.add_argument("--practitioner", metavar="USER", help="only this practitioner's day")
    only.add_argument("--room", metavar="ROOM", help="only this room's day")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    _add_user(sheet)


def _add_place_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--practitioner", metavar="USER", help="a username or a name")
    parser.add_argument("--room", metavar="ROOM", help="a room's name")
    parser.add_argument(
        "--location", metavar="NAME", help="(default: the room's, or the only location)"
    )


def _guarded(command: Command) -> Command:
    """Bad input (a name, a date, a rule) in one line on stderr and exit 2, never a trace."""

    def run(args: argparse.Namespace, url: str) -> int:
        try:
            return command(args, url)
        except (ValidationError, NotFound) as error:
            print(f"acudesk {args.command}: {error.message}", file=sys.stderr)
            return BAD_INPUT_EXIT

    return run


def _services(args: argparse.Namespace, url: str) -> tuple[Services, User]:
    from acudesk.cli import _open
    from acudesk.services.registry import build_services

    services = build_services(_open(url, args.clock), args.clock)
    return services, _sign_in(services, args.user, args.password_stdin)


def day_of(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            {option: f"{option} takes a date as YYYY-MM-DD, e.g. 2026-03-10, not {value!r}."}
        ) from None


def moment_of(value: str) -> datetime:
    """``--start`` as a wall time (naive): "YYYY-MM-DD HH:MM" (or with a T)."""
    text = " ".join(value.replace("T", " ").split())
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            {
                "start": '--start takes "YYYY-MM-DD HH:MM" in the location\'s time, '
                f'e.g. "2026-03-10 10:00", not {value!r}.'
            }
        ) from None


def _names(args: argparse.Namespace, service: str | None = None) -> BookNames:
    from acudesk.domain.book_listing import BookNames

    return BookNames(args.location, service, args.practitioner, args.room)


def _cmd_book(args: argparse.Namespace, url: str) -> int:
    from acudesk.domain.appointments import BookingRequest
    from acudesk.domain.book_time import local_moment

    wall = moment_of(args.start)
    services, user = _services(args, url)
    choice = services.book_reads.choose(user, _names(args, args.service), need_location=True)
    assert choice.location_id is not None and choice.service_id is not None and choice.zone
    zone = ZoneInfo(choice.zone)
    request = BookingRequest(
        client_id=args.client,
        service_id=choice.service_id,
        location_id=choice.location_id,
        start=local_moment(wall.date(), wall.time(), zone),
        practitioner_id=choice.practitioner_id,
        room_id=choice.room_id,
        notes=args.notes,
        any_room=choice.room_id is None,  # no --room: the first room free then
    )
    if args.repeat is None:
        return _book_one(services, user, request, zone)
    return _book_course(services, user, request, args.repeat, zone)


def _book_one(services: Services, user: User, request: BookingRequest, zone: ZoneInfo) -> int:
    from acudesk.domain.appointments import BookingClash

    try:
        made = services.book.book(user, request)
    except BookingClash as clash:
        alternative = clash.alternative.start if clash.alternative else None
        print(_clash_line(request.start, [c.message for c in clash.clashes], alternative, zone))
        return _nothing_booked(1, 1)
    print(f"Booked 1 appointment for {made.client_name}:")
    print(_made_line(made, zone, _room_names(services, user, request)))
    return 0


def _book_course(
    services: Services, user: User, request: BookingRequest, rule: str, zone: ZoneInfo
) -> int:
    from acudesk.domain.appointments import CourseClash
    from acudesk.domain.book_course import in_plans_room

    plan = services.book.plan_course(user, request, rule)
    taken = [o for o in plan if not o.free]
    if not taken:
        try:
            made = services.book.book_course(
                user, in_plans_room(request, plan), [o.slot.start for o in plan]
            )
        except CourseClash as clash:  # someone booked in between: the fresh plan
            plan, taken = list(clash.plan), [o for o in clash.plan if not o.free]
        else:
            print(f"Booked a course of {len(made)} appointments for {made[0].client_name}:")
            rooms = _room_names(services, user, request)
            for appointment in made:
                print(_made_line(appointment, zone, rooms))
            return 0
    for occurrence in taken:
        alternative = occurrence.alternative.start if occurrence.alternative else None
        messages = [c.message for c in occurrence.clashes]
        print(_clash_line(occurrence.slot.start, messages, alternative, zone))
    return _nothing_booked(len(taken), len(plan))


def _room_names(services: Services, user: User, request: BookingRequest) -> dict[int, str]:
    return {room.id: room.name for room in services.book_setup.rooms(user, request.location_id)}


def _nothing_booked(taken: int, asked: int) -> int:
    print(
        f"acudesk book: {taken} of {asked} asked for clash with the book: nothing was booked.",
        file=sys.stderr,
    )
    return 1


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


def _clash_line(
    start: datetime, messages: list[str], alternative: datetime | None, zone: ZoneInfo
) -> str:
    nearest = (
        f"nearest free: {_local(alternative, zone)}"
        if alternative
        else "no free time near it (that day or the next)"
    )
    return f"clash  {_local(start, zone)}  {' '.join(messages)}  {nearest}"


def _made_line(appointment: Appointment, zone: ZoneInfo, rooms: dict[int, str]) -> str:
    ends = appointment.end.astimezone(zone).strftime("%H:%M")
    room = f"  {rooms[appointment.room_id]}" if appointment.room_id in rooms else ""
    return (
        f"  #{appointment.id}  {_local(appointment.start, zone)}-{ends} {zone.key}  "
        f"{appointment.service_name}{room}"
    )


def _query(args: argparse.Namespace, choice: BookChoice, first: date, last: date) -> BookQuery:
    from acudesk.domain.book_listing import BookQuery

    return BookQuery(
        first,
        last,
        location_id=choice.location_id if args.location or args.room else None,
        practitioner_id=choice.practitioner_id,
        room_id=choice.room_id,
    )


def _cmd_appointments(args: argparse.Namespace, url: str) -> int:
    first = day_of(args.first, "--from") if args.first else None
    last = day_of(args.last, "--to") if args.last else None
    services, user = _services(args, url)
    choice = services.book_reads.choose(user, _names(args))
    if args.appointments_command == "export":
        today = args.clock().date()
        first = first or today - timedelta(days=30)
        last = last or today + timedelta(days=365)
        query = _query(args, choice, first, last)
        return export_ics(services, user, query, args.ics)
    assert first is not None and last is not None
    query = _query(args, choice, first, last)
    return write_listing(services.book_reads.listing(user, query), args.format, args.output)


def _cmd_day_sheet(args: argparse.Namespace, url: str) -> int:
    day = day_of(args.date, "--date")
    services, user = _services(args, url)
    choice = services.book_reads.choose(user, _names(args), need_location=True)
    assert choice.location_id is not None
    if args.week and (args.practitioner or args.room):
        raise ValidationError(
            {"week": "--week prints the whole clinic: leave out --practitioner and --room."}
        )
    pdf = services.book_reads.sheet(
        user,
        choice.location_id,
        day,
        practitioner_id=choice.practitioner_id,
        room_id=choice.room_id,
        week=args.week,
    )
    monday = day - timedelta(days=day.weekday())
    what = f"the week of {monday}" if args.week else day.isoformat()
    return write_pdf(pdf, args.output, what)


def _written(path: Path, write: Callable[[], object]) -> None:
    try:
        write()
    except OSError as error:
        raise AcudeskError(f"{path} cannot be written: {error.strerror}.") from None


def export_ics(services: Services, user: User, query: BookQuery, path: Path) -> int:
    ics = services.book_reads.calendar(user, query)
    _written(path, lambda: write_private_bytes(path, ics))
    count = ics.count(b"BEGIN:VEVENT")
    print(f"Exported {count:,} appointments ({query.first} to {query.last}) to {path}")
    return 0


def write_pdf(pdf: bytes, path: Path, what: str) -> int:
    _written(path, lambda: write_private_bytes(path, pdf))
    print(f"Wrote the sheet of {what} to {path}")
    return 0


def write_listing(found: list[ListedAppointment], form: str, path: Path | None) -> int:
    """The listing as a table, CSV (spreadsheet-safe) or JSON; to a private file or stdout."""
    import io
    import json

    from acudesk.domain.book_listing import LIST_COLUMNS, listing_row
    from acudesk.domain.csv_format import write_rows

    rows = [listing_row(item) for item in found]
    if form == "json":
        text = json.dumps(
            {"format": "acudesk-appointments/1", "appointments": rows},
            ensure_ascii=False,
            indent=2,
        )
        text += "\n"
    elif form == "csv":
        out = io.StringIO()
        cells = ([_cell(row[c]) for c in LIST_COLUMNS] for row in rows)
        write_rows(iter([list(LIST_COLUMNS), *cells]), out)
        text = out.getvalue()
    else:
        text = _table(rows)
    if path is None:
        sys.stdout.write(text)
    else:
        _written(path, lambda: write_private_text(path, text))
        print(f"Wrote {len(rows):,} appointments to {path}", file=sys.stderr)
    return 0


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _table(rows: list[dict[str, object]]) -> str:
    lines = [
        f"{r['date']} {r['start']}-{r['end']}  #{r['id']:<6} {_cell(r['room']):<12.12} "
        f"{_cell(r['practitioner']):<18.18} {_cell(r['client']):<24.24} "
        f"{_cell(r['service']):<24.24} {r['status']}"
        for r in rows
    ]
    lines.append(f"{len(rows):,} appointments")
    return "\n".join(lines) + "\n"


BOOK_COMMANDS: dict[str, Command] = {
    "book": _guarded(_cmd_book),
    "appointments": _guarded(_cmd_appointments),
    "day-sheet": _guarded(_cmd_day_sheet),
}
