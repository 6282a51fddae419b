"""The read-only SQLite path (store/sqlite_read.py) answers exactly as the ORM does: the same
messages in the same order, the same MessageView values (snippets, topics, students, attachments,
attachment hits) and the same concept phrases, for many requests over the dev record; `ieptrail
search`, `show`, `status`, `promises` and `requests` print the same by both paths, and a search,
`promises` and `requests` load no SQLAlchemy."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from itertools import product

import pytest

from conftest import DEV
from dev_record import Record
from ieptrail.store import sqlite_read
from ieptrail.store.revision import HEAD_REVISION
from ieptrail.trail.search import SearchRequest, find_messages, find_messages_read_only

QUERIES = [
    "extra time", "extended time", "speech", "speech therapy", "therapy", "bus", "IEP meeting", "evaluation",
    "read aloud", "breaks", "assistive technology", "counseling", "occupational therapy", "accommodations",
    "the", "a", "iep", "Mateo", "schedule", "math test", "make up sessions missed", "progress report",
    "did not receive the services in the IEP this week at all",  # more than four words: every word, not a phrase
    'extra "time"', "speech AND therapy", "speech OR bus", "NOT bus", "NEAR(speech bus)", "speech*", "sp*",
    "bus-driver", "o'clock", "e-mail: speech@school.org", "(therapy)", "^speech", "speech:therapy", "col:speech",
    "café", "Niño", "straße", "日本語", "ñ", "évaluation", "x\x00y", "\ufffdspeech", "zzzznotaword", "12", "2024",
]


def gold_queries() -> list[str]:
    gold = DEV / "gold.json"
    return [item["q"] for item in json.loads(gold.read_text())["queries"]] if gold.exists() else []


def orm_outcome(record: Record, tagger, request: SearchRequest, db=None):
    """The ORM's answer, in a session of its own; over `db` when given (one engine for many requests, as
    the web page has: SQLAlchemy compiles each statement once per engine, and compiling was most of the
    time when every request made its own engine)."""
    own = db is None
    db = record.database() if own else db
    try:
        with db.session_scope() as session:
            return find_messages(session, tagger, record.settings, request)
    finally:
        if own:
            db.close()


def fast_outcome(record: Record, tagger, request: SearchRequest):
    reader = sqlite_read.open_read_only(record.env["IEPTRAIL_DATABASE_URL"])
    assert reader is not None
    with reader:
        return find_messages(reader, tagger, record.settings, request)


def assert_same(record: Record, tagger, requests: list[SearchRequest]) -> list:
    outcomes = []
    db = record.database()
    try:
        for request in requests:
            expected = orm_outcome(record, tagger, request, db)
            found = fast_outcome(record, tagger, request)
            assert found == expected, request
            outcomes.append(found)
    finally:
        db.close()
    return outcomes


@pytest.fixture(scope="module")
def record(tmp_path_factory, dev_record_file):
    import shutil

    from dev_record import dev_mailbox, environment

    folder = tmp_path_factory.mktemp("read-only")
    shutil.copy(dev_record_file, folder / "trail.db")
    return Record(folder, environment(folder), dev_mailbox()[1])


def test_every_query_alone_and_with_its_concepts(record, tagger):
    queries = QUERIES + gold_queries()
    outcomes = assert_same(record, tagger, [SearchRequest(query=query, limit=limit, attachments=attachments)
                                            for query in queries for limit in (20, 100_000) for attachments in (False, True)])
    assert_same(record, None, [SearchRequest(query=query, limit=20) for query in queries])
    assert any(outcome.results for outcome in outcomes) and any(not outcome.results for outcome in outcomes)
    assert any(outcome.concept_phrases for outcome in outcomes)


def test_gold_queries_are_checked_when_the_shared_corpus_is_here():
    if not (DEV / "gold.json").exists():
        pytest.skip(f"{DEV / 'gold.json'} is not here: the built-in queries are checked instead")
    assert len(gold_queries()) >= 5


def test_every_filter_and_their_combinations(record, tagger):
    with record.database().session_scope() as session:
        from sqlalchemy import text

        topics = [row[0] for row in session.execute(text("SELECT DISTINCT topic FROM topic_tags ORDER BY topic"))]
        attachment_topics = [row[0] for row in session.execute(
            text("SELECT DISTINCT topic FROM attachment_topic_tags ORDER BY topic"))]
        students = [row[0] for row in session.execute(text("SELECT DISTINCT student FROM student_tags"))]
        senders = [row[0] for row in session.execute(text("SELECT DISTINCT from_email FROM messages LIMIT 8"))]
    assert topics and students and senders
    requests = [SearchRequest(topic=topic, limit=100_000) for topic in topics + attachment_topics + ["no_such_topic"]]
    requests += [SearchRequest(student=student, limit=100_000) for student in
                 students + [student.split()[0].upper() for student in students] + ["%", "_", "/", "a%", "ñ", "zz"]]
    requests += [SearchRequest(sender=sender, limit=100_000) for sender in
                 senders + ["gmail", "GMAIL.COM", "%", "_", "/", "o'", "é", "nobody@nowhere"]]
    days = [None, date(2000, 1, 1), date(2024, 9, 1), date(2025, 1, 15), date(2026, 2, 1), date(1, 1, 1),
            date(9999, 12, 31)]
    requests += [SearchRequest(since=since, until=until, limit=100_000) for since, until in product(days, days)]
    requests += [SearchRequest(limit=limit) for limit in (1, 2, 3, 7, 20, 50, 100_000)]
    for query, topic, student, sender, since, attachments in product(
        [None, "speech", "extra time", "therapy"], [None, *topics[:3], *attachment_topics[:2]], [None, students[0]],
        [None, "gmail"], [None, date(2025, 1, 1)], [False, True],
    ):
        requests.append(SearchRequest(query=query, topic=topic, student=student, sender=sender, since=since,
                                      until=date(2026, 6, 30) if since else None, limit=20, attachments=attachments))
    outcomes = assert_same(record, tagger, requests)
    assert any(result.attachment_files for outcome in outcomes for result in outcome.results)


def test_attachment_hits_are_the_same(record, tagger):
    """The dev record's attachments: found by their words and their topics, with the file and the page."""
    with record.database().session_scope() as session:
        from sqlalchemy import text

        words = [row[0] for row in session.execute(text("SELECT text FROM attachment_pages LIMIT 6"))]
    if not words:
        pytest.skip("no attachment text in this record")
    queries = sorted({word for page in words for word in page.split()[:40:7] if word.isalpha()})[:20]
    outcomes = assert_same(record, tagger, [SearchRequest(query=query, limit=100, attachments=True) for query in queries])
    assert any(result.attachment_hits for outcome in outcomes for result in outcome.results)


def test_the_cli_prints_the_same_by_both_paths(record, monkeypatch):
    requests = [["search", "therapy", "--limit", "20"], ["search", "extra time", "--json"],
                ["search", "--topic", "speech_language", "--limit", "5"], ["search", "speech", "--attachments", "--json"],
                ["search", "--student", "mateo", "--from", "gmail", "--since", "2024-01-01", "--until", "2026-12-31"],
                ["search", "zzzznotaword"], ["search", "'*'"], ["search", "--limit", "100000", "--json"]]
    fast = [record.cli(*args) for args in requests]
    monkeypatch.setattr(sqlite_read, "open_read_only", lambda url: None)
    slow = [record.cli(*args) for args in requests]
    for args, one, other in zip(requests, fast, slow, strict=True):
        assert (one.exit_code, one.output) == (other.exit_code, other.output), args
    assert any("topics:" in one.output for one in fast)


def test_a_search_loads_no_orm_and_writes_nothing(record):
    database = record.folder / "trail.db"
    before = database.stat().st_mtime_ns, database.read_bytes()
    code = ("import sys; from ieptrail.cli import main\n"
            "try:\n    main(['search', 'therapy', '--limit', '20'])\nexcept SystemExit:\n    pass\n"
            "assert not [name for name in sys.modules if name.startswith(('sqlalchemy', 'ieptrail.store.models'))], "
            "'the ORM was loaded'\n")
    done = subprocess.run([sys.executable, "-c", code], env=record.env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "therapy" in done.stdout.lower() or "no messages found" in done.stdout
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before


def test_the_normal_path_is_taken_where_the_read_only_one_cannot_promise_the_same(record, tmp_path):
    settings = record.settings
    request = SearchRequest(query="therapy")
    assert find_messages_read_only(None, settings, request) is not None
    for url in ("postgresql+psycopg://user@host/db", "sqlite://", "sqlite:///:memory:", f"sqlite:///{tmp_path}/none.db",
                f"sqlite:///{record.folder}/trail.db?mode=ro", "sqlite:///~/trail.db"):
        assert sqlite_read.open_read_only(url) is None, url
    not_a_record = tmp_path / "empty.db"
    not_a_record.write_bytes(b"not sqlite at all")
    assert sqlite_read.open_read_only(f"sqlite:///{not_a_record}") is None
    older = tmp_path / "older.db"
    connection = sqlite3.connect(older)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()
    assert HEAD_REVISION != "0001" and sqlite_read.open_read_only(f"sqlite:///{older}") is None


def test_a_record_to_migrate_is_migrated_by_the_normal_path(record, tmp_path):
    """A record at an older revision is left to the ORM path, which migrates it, then searches."""
    from alembic import command
    from sqlalchemy import create_engine

    from ieptrail.store.db import _alembic_config

    older = tmp_path / "older.db"
    engine = create_engine(f"sqlite:///{older}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    engine.dispose()
    url = f"sqlite:///{older}"
    assert sqlite_read.open_read_only(url) is None
    result = record.with_env(IEPTRAIL_DATABASE_URL=url).cli("search", "therapy")
    assert (result.exit_code, result.output) == (0, "no messages found\n")
    assert sqlite3.connect(older).execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert sqlite_read.open_read_only(url) is not None


def test_a_read_error_falls_back_to_the_normal_path(record, monkeypatch):
    def fail(self, statement, parameters=()):
        raise sqlite_read.ReadFailed("database is locked")

    monkeypatch.setattr(sqlite_read.ReadOnlyRecord, "_rows", fail)
    assert find_messages_read_only(None, record.settings, SearchRequest(query="therapy")) is None
    assert record.cli("search", "therapy").exit_code == 0


def test_what_attachments_add_is_found_in_the_attachments(record, tagger):
    """--attachments adds messages whose attachments hold the words or topics, and only those: the
    messages' own words are still read from their new text (once, the attachment pages' MATCH
    expression took the place of the messages' one, subject and all)."""
    for query in ["breaks", "extra time", "speech", "therapy", "visual schedule"]:
        plain = orm_outcome(record, tagger, SearchRequest(query=query, limit=100_000))
        wider = orm_outcome(record, tagger, SearchRequest(query=query, limit=100_000, attachments=True))
        before = {result.id for result in plain.results}
        assert before <= {result.id for result in wider.results}
        assert all(result.attachment_hits for result in wider.results if result.id not in before), query


def test_show_prints_the_same_by_both_paths(record, monkeypatch):
    with record.database().session_scope() as session:
        from sqlalchemy import text

        ids = [row[0] for row in session.execute(text("SELECT id FROM messages ORDER BY id"))]
        threads = [row[0] for row in session.execute(text("SELECT id FROM threads ORDER BY id"))]
    items = [str(number) for number in ids[:12] + ids[-3:]] + [f"T{number}" for number in threads[:8]]
    items += ["0", "-1", "T0", "t1", str(ids[-1] + 1), "99999999999999999999"]
    requests = [["show", item, *flags] for item in items for flags in ([], ["--json"], ["--no-headers"])]
    fast = [record.cli(*args) for args in requests]
    monkeypatch.setattr(sqlite_read, "open_read_only", lambda url: None)
    slow = [record.cli(*args) for args in requests]
    for args, one, other in zip(requests, fast, slow, strict=True):
        assert (one.exit_code, one.output) == (other.exit_code, other.output), args
    assert sum(one.exit_code == 0 for one in fast) >= len(ids[:12] + ids[-3:]) * 3


def test_status_is_the_same_by_both_paths(record, monkeypatch):
    """The worker's runs, its heartbeat and the outbox, read both ways (on a copy: this writes them)."""
    from datetime import UTC, datetime

    from ieptrail.store.outgoing import add_outgoing, outgoing_status, record_attempt
    from ieptrail.store.worker_runs import recorded_run, register_worker, worker_seen, worker_status

    copy = record.folder.parent / "status-record"
    copy.mkdir(exist_ok=True)
    import shutil

    shutil.copy(record.folder / "trail.db", copy / "trail.db")
    busy = record.with_env(IEPTRAIL_DATABASE_URL=f"sqlite:///{copy / 'trail.db'}")
    url = busy.env["IEPTRAIL_DATABASE_URL"]

    def both(now):
        db = busy.database()
        with db.session_scope() as session:
            expected = worker_status(session, now)
        db.close()
        return sqlite_read.read_only(url, lambda reader: reader.worker_status(now)), expected

    now = datetime.now(UTC)
    found, expected = both(now)
    assert found == expected and found.worker is None and found.last_poll is None
    db = busy.database()
    with recorded_run(db, "poll") as run:
        run.summary = "3 new"
    try:
        with recorded_run(db, "digest"):
            raise RuntimeError("the SMTP server said no")
    except RuntimeError:
        pass
    with recorded_run(db, "retry-outgoing") as run:
        run.skip("nothing to send")
    worker = register_worker(db, "laptop", 4242)
    worker_seen(db, worker, {"poll": now, "digest": None}, "polling paused: the mailbox refused the password")
    with db.session_scope() as session:
        waiting = [add_outgoing(session, kind="follow-up", eml=b"Subject: x\r\n\r\nbody", to_addrs="a@school.org",
                                subject=f"Following up {number}", item_key=f"p{number}") for number in range(3)]
        sent = add_outgoing(session, kind="digest", eml=b"digest", to_addrs="me@home.org", subject="Weekly digest",
                            key="digest:2026-03-09")
    with db.session_scope() as session:
        record_attempt(session, waiting[0], status="failed", error="connection refused")
        record_attempt(session, sent, status="sent")
        assert outgoing_status(session).last_sent is not None
    db.close()
    found, expected = both(now)
    assert found == expected
    assert found.worker is not None and found.last_poll and found.last_error and found.outgoing.waiting
    found, expected = both(None)
    assert found == expected
    fast = [busy.cli("status", "--json"), busy.cli("status")]
    monkeypatch.setattr(sqlite_read, "open_read_only", lambda url: None)
    slow = [busy.cli("status", "--json"), busy.cli("status")]
    assert fast[0].exit_code == 0 and fast[0].output == slow[0].output
    # the text says "N s ago": equal but for the seconds that passed between the two runs
    import re

    def without_ages(text):
        return re.sub(r"\d+ (s|min|h|days) ago", "… ago", text)

    assert fast[1].exit_code == 0 and without_ages(fast[1].output) == without_ages(slow[1].output)


def _copy_of(record, name: str):
    import shutil

    copy = record.folder.parent / name
    copy.mkdir(exist_ok=True)
    shutil.copy(record.folder / "trail.db", copy / "trail.db")
    return record.with_env(IEPTRAIL_DATABASE_URL=f"sqlite:///{copy / 'trail.db'}")


def _promise_and_request_commands(days: list[str]) -> list[list[str]]:
    commands = []
    for day in days:
        commands += [["promises", "--as-of", day], ["promises", "--as-of", day, "--json"],
                     ["promises", "--status", "overdue", "--as-of", day], ["promises", "--status", "dismissed", "--as-of", day],
                     ["requests", "--as-of", day], ["requests", "--as-of", day, "--json"],
                     ["requests", "--status", "unanswered", "--as-of", day]]
    return commands


def test_promises_and_requests_print_the_same_by_both_paths(record, monkeypatch):
    """Statuses, fulfilments, answers, the user's decisions and the escalation of overdue promises
    (signatures read for the next rung, the user's own follow-ups and sent follow-up emails counted)."""
    from sqlalchemy import text

    from ieptrail.store.outgoing import add_outgoing, record_attempt

    busy = _copy_of(record, "promises-record")
    overdue = json.loads(busy.cli("promises", "--status", "overdue", "--as-of", "2026-12-31", "--json").output)
    assert overdue, "the dev record has overdue promises"
    answered = [r for r in json.loads(busy.cli("requests", "--json", "--as-of", "2026-12-31").output)
                if r["status"] == "answered"]
    assert busy.cli("dismiss", str(overdue[0]["id"]), "--note", "moot").exit_code == 0
    if len(overdue) > 1:
        assert busy.cli("resolve", str(overdue[1]["id"])).exit_code == 0
        assert busy.cli("reopen", str(overdue[1]["id"])).exit_code == 0
    assert busy.cli("resolve", "--request", str(answered[0]["id"])).exit_code == 0
    db = busy.database()
    with db.session_scope() as session:
        key = session.execute(text("SELECT key FROM promises WHERE id = :id"), {"id": overdue[-1]["id"]}).scalar()
        sent = add_outgoing(session, kind="follow-up", eml=b"Message-ID: <f1@home.org>\r\nSubject: x\r\n\r\nbody",
                            to_addrs="teacher@school.org", subject="Following up", item_key=key)
    with db.session_scope() as session:
        record_attempt(session, sent, status="sent")
    db.close()
    days = ["2024-09-01", "2025-01-15", "2025-03-01", "2026-12-31"]
    commands = _promise_and_request_commands(days)
    fast = [busy.cli(*args) for args in commands]
    monkeypatch.setattr(sqlite_read, "open_read_only", lambda url: None)
    slow = [busy.cli(*args) for args in commands]
    for args, one, other in zip(commands, fast, slow, strict=True):
        assert (one.exit_code, one.output) == (other.exit_code, other.output), args
    assert any("DISMISSED" in one.output for one in fast) and any("OVERDUE" in one.output for one in fast)
    assert any('"follow_ups_sent": 1' in one.output for one in fast)


def test_promises_with_stale_follow_up_facts_take_the_normal_path(record):
    """Mail stored and the follow-up facts not yet recomputed (a run stopped in between): the
    read-only path cannot recompute them, so the command reads through a session, which does."""
    from ieptrail.store.record_state import mark_followups_stale
    from ieptrail.trail.statuses import promise_statuses

    busy = _copy_of(record, "stale-record")
    url = busy.env["IEPTRAIL_DATABASE_URL"]
    expected = busy.cli("promises", "--json", "--as-of", "2026-12-31").output
    db = busy.database()
    with db.session_scope() as session:
        mark_followups_stale(session)
    db.close()
    assert sqlite_read.read_only(url, lambda reader: promise_statuses(reader, busy.settings, date(2026, 12, 31))) is None
    assert busy.cli("promises", "--json", "--as-of", "2026-12-31").output == expected
    assert sqlite_read.read_only(url, lambda reader: promise_statuses(reader, busy.settings, date(2026, 12, 31)))


def test_promises_and_requests_load_no_orm_and_write_nothing(record):
    database = record.folder / "trail.db"
    before = database.stat().st_mtime_ns, database.read_bytes()
    for command in (["promises"], ["requests", "--json"]):
        code = ("import sys; from ieptrail.cli import main\n"
                f"try:\n    main({command!r})\nexcept SystemExit:\n    pass\n"
                "assert not [name for name in sys.modules if name.startswith(('sqlalchemy', 'ieptrail.store.models'))], "
                "'the ORM was loaded'\n")
        done = subprocess.run([sys.executable, "-c", code], env=record.env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "as of" in done.stdout or done.stdout.startswith("[")
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before


def test_a_query_in_the_taxonomys_own_words_finds_messages_by_their_topics(record, tagger):
    """"breaks" is the taxonomy's own word: the tagger read it in every message, so a message that says "before
    spring break" and is not tagged used it in another sense, and is not found by the word (by both paths)."""
    for outcome in assert_same(record, tagger, [SearchRequest(query="breaks", limit=1000)]):
        assert outcome.results and all("breaks" in result.topics for result in outcome.results)
    words_only = assert_same(record, None, [SearchRequest(query="breaks", limit=1000)])[0]
    assert any("breaks" not in result.topics for result in words_only.results)  # the dev mail has such a message


def test_words_that_name_a_topic_only_as_a_query_still_find_the_words(record):
    from ieptrail.trail.search import _words_read_by_tagger
    assert _words_read_by_tagger("breaks", ("breaks",), record.settings)
    assert _words_read_by_tagger("IEP meeting", ("iep_meeting",), record.settings)
    assert not _words_read_by_tagger("handwriting", ("occupational_therapy",), record.settings)
    assert not _words_read_by_tagger("1:1", ("paraprofessional",), record.settings)


def test_the_printed_search_says_whether_the_words_were_searched_too(record, tagger):
    from ieptrail.trail.search import results_as_text
    by_topic = assert_same(record, tagger, [SearchRequest(query="breaks", limit=5)])[0]
    assert by_topic.topics_only
    assert "(searched the topics these words name, however a message wrote them: breaks)" in results_as_text(by_topic)
    both = assert_same(record, tagger, [SearchRequest(query="handwriting", limit=5)])[0]
    assert both.concepts and not both.topics_only  # handwriting names occupational therapy only as a query
    assert "(searched the words and the topics: " in results_as_text(both)
