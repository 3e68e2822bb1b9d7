"""The layout of a contest file, as an ordered list of migrations.

A new file runs every step from 1; an older file runs the steps it lacks, in one
transaction. `PRAGMA user_version` records the step a file has reached.
Scores are integers counted in their criterion's step, so every sum is exact.
"""

SCHEMA_VERSION = 12

_APPEND_ONLY = """
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
"""

# Version 1: the first released layout.
_V1 = (
    """
CREATE TABLE contest (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT 'mean' CHECK (method IN ('mean', 'trimmed', 'median')),
    trim INTEGER NOT NULL DEFAULT 0 CHECK (trim >= 0),
    trim_level TEXT NOT NULL DEFAULT 'total' CHECK (trim_level IN ('total', 'criterion')),
    leniency INTEGER NOT NULL DEFAULT 0,
    tie_break TEXT NOT NULL DEFAULT '[]',
    anonymous INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    max TEXT NOT NULL,
    step TEXT NOT NULL,
    weight TEXT NOT NULL,
    max_units INTEGER NOT NULL CHECK (max_units > 0),
    position INTEGER NOT NULL
);
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    weight TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE reviewers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    token TEXT NOT NULL UNIQUE CHECK (length(token) >= 22),
    position INTEGER NOT NULL
);
CREATE TABLE presenters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    speaker TEXT NOT NULL DEFAULT '',
    time_limit_s INTEGER NOT NULL DEFAULT 300 CHECK (time_limit_s > 0),
    position INTEGER NOT NULL,
    scoring TEXT NOT NULL DEFAULT 'pending' CHECK (scoring IN ('pending', 'open', 'closed'))
);
CREATE TABLE recusals (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    presenter_id INTEGER NOT NULL REFERENCES presenters(id) ON DELETE CASCADE,
    PRIMARY KEY (reviewer_id, presenter_id)
) WITHOUT ROWID;
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    presenter_id INTEGER NOT NULL REFERENCES presenters(id),
    received_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('phone', 'host', 'import', 'demo')),
    ballot TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (reviewer_id, client_id)
);
CREATE TABLE scores (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    presenter_id INTEGER NOT NULL REFERENCES presenters(id),
    criterion_id INTEGER NOT NULL REFERENCES criteria(id),
    value INTEGER NOT NULL CHECK (value >= 0),
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    PRIMARY KEY (reviewer_id, presenter_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX scores_by_presenter ON scores (presenter_id, reviewer_id);
CREATE TRIGGER scores_within_max BEFORE INSERT ON scores
WHEN NEW.value > (SELECT max_units FROM criteria WHERE id = NEW.criterion_id)
BEGIN SELECT RAISE(ABORT, 'score above the criterion maximum'); END;
CREATE TRIGGER scores_update_within_max BEFORE UPDATE ON scores
WHEN NEW.value > (SELECT max_units FROM criteria WHERE id = NEW.criterion_id)
BEGIN SELECT RAISE(ABORT, 'score above the criterion maximum'); END;
CREATE TRIGGER scores_not_recused BEFORE INSERT ON scores
WHEN EXISTS (SELECT 1 FROM recusals
             WHERE reviewer_id = NEW.reviewer_id AND presenter_id = NEW.presenter_id)
BEGIN SELECT RAISE(ABORT, 'reviewer is recused from this presenter'); END;
CREATE TABLE session_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
"""
    + _APPEND_ONLY.format(table="submissions")
    + _APPEND_ONLY.format(table="session_log")
)

# Version 2: organizer, reviewer titles, presenter units, ballot mode, and the
# persisted live session (one row, so a crash resumes where the host was).
_V2 = """
ALTER TABLE contest ADD COLUMN organizer TEXT NOT NULL DEFAULT '';
ALTER TABLE contest ADD COLUMN ballot_mode TEXT NOT NULL DEFAULT 'per_presenter';
ALTER TABLE reviewers ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE presenters ADD COLUMN unit TEXT NOT NULL DEFAULT '';
CREATE TABLE session_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    phase TEXT NOT NULL DEFAULT 'setup' CHECK (phase IN ('setup', 'live', 'closed')),
    current_presenter_id INTEGER REFERENCES presenters(id),
    timer_started_at TEXT,
    timer_elapsed_ms INTEGER NOT NULL DEFAULT 0,
    timer_extra_s INTEGER NOT NULL DEFAULT 0,
    scene TEXT NOT NULL DEFAULT 'welcome',
    reveal_step INTEGER NOT NULL DEFAULT 0,
    closed_at TEXT,
    version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO session_state (id) VALUES (1);
"""

# Version 3: a secret for the read-only projector view that a second computer (an LED wall's PC)
# opens over the room's network; 192 random bits, like a reviewer's token.
_V3 = """
ALTER TABLE contest ADD COLUMN screen_token TEXT NOT NULL DEFAULT '';
UPDATE contest SET screen_token = lower(hex(randomblob(24)));
CREATE TRIGGER contest_screen_token AFTER INSERT ON contest WHEN NEW.screen_token = ''
BEGIN UPDATE contest SET screen_token = lower(hex(randomblob(24))) WHERE id = NEW.id; END;
"""

# Version 4: whether the projector explains the revealed score, so a restart and the web view follow it.
_V4 = """
ALTER TABLE session_state ADD COLUMN explain INTEGER NOT NULL DEFAULT 0;
"""

# Version 5 (issue 15): the rule book's rounding stages (JSON list), the smallest panel trimmed
# (0: 2k+1) and the final score's full mark.
_V5 = """
ALTER TABLE contest ADD COLUMN rounding TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contest ADD COLUMN trim_min INTEGER NOT NULL DEFAULT 0 CHECK (trim_min >= 0);
ALTER TABLE contest ADD COLUMN full_score TEXT NOT NULL DEFAULT '100';
"""

# Version 6 (issue 11): the anonymity secret (anonymous labels and per-presenter slots are drawn from
# it; never shown, exported or logged), the 亮分 options of the setup, and the announcement in progress.
_V6 = """
ALTER TABLE contest ADD COLUMN anonymity_secret TEXT NOT NULL DEFAULT '';
UPDATE contest SET anonymity_secret = lower(hex(randomblob(32)));
CREATE TRIGGER contest_anonymity_secret AFTER INSERT ON contest WHEN NEW.anonymity_secret = ''
BEGIN UPDATE contest SET anonymity_secret = lower(hex(randomblob(32))) WHERE id = NEW.id; END;
ALTER TABLE contest ADD COLUMN reveal_mode TEXT NOT NULL DEFAULT 'at_end'
    CHECK (reveal_mode IN ('at_end', 'after_each'));
ALTER TABLE contest ADD COLUMN announce_totals INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contest ADD COLUMN announce_ranking INTEGER NOT NULL DEFAULT 1;
ALTER TABLE presenters ADD COLUMN announced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_state ADD COLUMN announce_presenter_id INTEGER REFERENCES presenters(id);
ALTER TABLE session_state ADD COLUMN announce_started_at TEXT;
"""

# Version 7 (issue 14): what is presented ("产业链", "项目", "选手"); empty means the interface's own
# default noun (汇报对象 / "Presenter"), used by every screen, the PDF and the exports.
_V7 = """
ALTER TABLE contest ADD COLUMN presenter_noun TEXT NOT NULL DEFAULT '';
"""

# Version 8 (issue 17, comments and outlier confirmation): the setup's comment mode and outlier
# threshold; each logged ballot's comment (评语) and its outlier flag as JSON
# ({"direction", "distance", "median", "basis", "threshold", "reason"}; '' when not flagged).
_V8 = """
ALTER TABLE contest ADD COLUMN comments TEXT NOT NULL DEFAULT 'off'
    CHECK (comments IN ('off', 'optional', 'required'));
ALTER TABLE contest ADD COLUMN outlier_points TEXT NOT NULL DEFAULT '';
ALTER TABLE contest ADD COLUMN outlier_show_median INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN comment TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN outlier TEXT NOT NULL DEFAULT '';
"""

# Version 9 (issue 17, check-in and signing): who checked in (one row per reviewer), the signatures
# (vector strokes and the SHA-256 of the ballots' summary they confirm; one per reviewer and scope,
# scope 0 = the whole contest, else the presenter signed for), and the two setup options.
_V9 = (
    """
ALTER TABLE contest ADD COLUMN sign_mode TEXT NOT NULL DEFAULT 'off'
    CHECK (sign_mode IN ('off', 'at_end', 'after_each'));
ALTER TABLE contest ADD COLUMN welcome_names INTEGER NOT NULL DEFAULT 0;
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL UNIQUE,
    at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'phone' CHECK (source IN ('phone', 'host'))
);
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL,
    scope INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    summary TEXT NOT NULL,
    summary_sha256 TEXT NOT NULL,
    strokes TEXT NOT NULL,
    seal TEXT NOT NULL,
    UNIQUE (reviewer_id, scope)
);
"""
    + _APPEND_ONLY.format(table="checkins")
    + _APPEND_ONLY.format(table="signatures")
)


# Version 10 (issue 17, the presenter timer in phases): the contest's default phases and a presenter's
# own (JSON lists of {"name", "seconds"}), the automatic opening and closing of scoring, and per
# presenter when their window last opened and whether the "closes in 60 s" warning was given.
_V10 = """
ALTER TABLE contest ADD COLUMN phases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE contest ADD COLUMN auto_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contest ADD COLUMN auto_close_s INTEGER NOT NULL DEFAULT 0 CHECK (auto_close_s >= 0);
ALTER TABLE presenters ADD COLUMN phases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE presenters ADD COLUMN scoring_opened_at TEXT;
ALTER TABLE presenters ADD COLUMN close_warned INTEGER NOT NULL DEFAULT 0;
"""

# Version 11 (issue 13): objective pre-scores (实绩): the items (weight in percent of the final score,
# the source that scored them, the rule that converts a value) and each presenter's value. The draw
# (抽签) needs no table: its commitment, inputs, seed and order are entries of the append-only session log.
_V11 = """
CREATE TABLE objective_items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    weight TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL DEFAULT 'score' CHECK (rule IN ('score', 'linear', 'rank')),
    low TEXT,
    high TEXT,
    better TEXT NOT NULL DEFAULT 'higher' CHECK (better IN ('higher', 'lower')),
    position INTEGER NOT NULL
);
CREATE TABLE objective_values (
    item_id INTEGER NOT NULL REFERENCES objective_items(id) ON DELETE CASCADE,
    presenter_id INTEGER NOT NULL REFERENCES presenters(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (item_id, presenter_id)
) WITHOUT ROWID;
"""

# Version 12 (issue 13, the audience group 大众评审): a group's kind; the audience's settings (one row);
# the seat codes; an append-only log of joins; the audience's current marks (its ballots are ordinary
# `submissions` rows from reviewer rows of the audience group, one per joined phone).
_V12 = """
ALTER TABLE groups ADD COLUMN kind TEXT NOT NULL DEFAULT 'panel' CHECK (kind IN ('panel', 'audience'));
CREATE TABLE audience (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    group_id INTEGER NOT NULL REFERENCES groups(id),
    ballot TEXT NOT NULL CHECK (ballot IN ('same', 'subset', 'rating', 'vote')),
    criteria TEXT NOT NULL DEFAULT '[]',
    aggregate TEXT NOT NULL CHECK (aggregate IN ('mean', 'mean_top', 'votes_top')),
    votes INTEGER NOT NULL DEFAULT 1 CHECK (votes >= 1),
    cap INTEGER NOT NULL DEFAULT 500 CHECK (cap >= 1),
    join_mode TEXT NOT NULL DEFAULT 'open' CHECK (join_mode IN ('open', 'seats')),
    joining INTEGER NOT NULL DEFAULT 1,
    room_token TEXT NOT NULL CHECK (length(room_token) >= 16)
);
CREATE TABLE audience_seats (
    code TEXT PRIMARY KEY,
    issued_at TEXT NOT NULL,
    reviewer_id INTEGER UNIQUE REFERENCES reviewers(id)
);
CREATE TABLE audience_joins (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    via TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audience_scores (
    reviewer_id INTEGER NOT NULL REFERENCES reviewers(id),
    presenter_id INTEGER NOT NULL REFERENCES presenters(id),
    criterion_id INTEGER NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    submission_id INTEGER NOT NULL REFERENCES submissions(id),
    PRIMARY KEY (reviewer_id, presenter_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX audience_scores_by_presenter ON audience_scores (presenter_id);
""" + _APPEND_ONLY.format(table="audience_joins")

MIGRATIONS: dict[int, str] = {
    1: _V1,
    2: _V2,
    3: _V3,
    4: _V4,
    5: _V5,
    6: _V6,
    7: _V7,
    8: _V8,
    9: _V9,
    10: _V10,
    11: _V11,
    12: _V12,
}
