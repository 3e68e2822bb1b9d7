"""The public reviewer API's shapes and the map from refusal codes to HTTP statuses.

`BallotBody` both validates a ballot's envelope (the ballot route runs it on the parsed JSON)
and documents it in /openapi.json; the marks themselves are read by arena.intake, the one
mark parser every ballot source shares. The other models document the answers.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

# Refusal code -> HTTP status. The phone page translates the codes; the message is for people reading logs.
STATUS_OF = {
    "malformed": 400,
    "recused": 403,
    "not_found": 404,
    "unknown_presenter": 404,
    "method_not_allowed": 405,
    "closed": 409,
    "replayed": 409,
    "too_large": 413,
    "unsupported_media_type": 415,
    "invalid": 422,
    "not_a_number": 422,
    "out_of_range": 422,
    "off_step": 422,
    "unknown_criterion": 422,
    "duplicate_criterion": 422,
    "missing_criterion": 422,
    "comment_required": 422,
    "comment_too_long": 422,
    "comments_off": 422,
    "reason_too_long": 422,
    "too_many": 429,
    "too_many_streams": 429,
    "busy": 503,
    "already_voted": 409,  # issue 13: an audience phone's second ballot for a presenter
    "votes_used": 409,
    "no_audience": 404,
    "storage_full": 507,
}

CLIENT_ID_PATTERN = r"^[A-Za-z0-9_-]{8,100}$"


class Problem(BaseModel):
    error: str = Field(description="a stable code, e.g. closed, recused, off_step, too_large")
    message: str = Field(description="what went wrong, in English")


MAX_MARKS = 100

# Any JSON value gets through the envelope, so that a wrong mark is refused by the intake's one parser
# (code not_a_number) like a paper ballot's; documented as what the parser accepts.
Mark = Annotated[
    Any,
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": "^[0-9０-９]+([.．][0-9０-９]+)?$"}, {"type": "integer"}],
            "description": 'a decimal mark such as "12.5" (full-width digits allowed), or an integer',
        }
    ),
]


class BallotEnvelope(BaseModel):
    """What every ballot carries, a reviewer's or an audience phone's: its id and its presenter."""

    model_config = ConfigDict(extra="forbid", strict=True)

    client_id: str = Field(
        pattern=CLIENT_ID_PATTERN,
        description="made by the phone for this submission; a retry with the same id never counts twice",
    )
    presenter_id: int


class BallotBody(BallotEnvelope):
    """One reviewer's marks for one presenter; every criterion is required."""

    marks: dict[str, Mark] = Field(
        max_length=MAX_MARKS, description="criterion id (as text) or name -> mark; every criterion once"
    )
    comment: str | None = Field(
        default=None,
        description="the reviewer's comment (评语), at most 500 characters; required or refused by the setup",
    )
    outlier_reason: str | None = Field(
        default=None, description="why a total far from the others' median stands (optional, 500 characters)"
    )


class OutlierBody(BaseModel):
    """A draft total to compare with the others' median before submitting."""

    model_config = ConfigDict(extra="forbid", strict=True)

    presenter_id: int
    total: str = Field(max_length=40, description='the draft total on the 0-100 scale, e.g. "52.5"')


class OutlierAnswer(BaseModel):
    far: bool = Field(description="the total stands further from the others' median than the setup allows")
    direction: str | None = Field(default=None, description="high | low (only when far)")
    distance: str | None = Field(default=None, description="how far, in whole points (only when far)")
    median: str | None = Field(default=None, description="the others' median, only when the host allows it")


class Accepted(BaseModel):
    receipt: str = Field(description="short code shown to the reviewer as proof the ballot is in")
    received_at: str
    duplicate: bool = Field(description="true when this client_id had already been committed")
    presenter_id: int
    marks: dict[str, str]
    comment: str = ""


class CriterionOut(BaseModel):
    id: int
    name: str
    max: str
    step: str
    weight: str


class PresenterOut(BaseModel):
    id: int
    name: str
    speaker: str
    unit: str
    recused: bool


class BallotOut(BaseModel):
    marks: dict[str, str]
    receipt: str
    received_at: str
    superseded: list[str] = Field(
        description="receipts of this reviewer's earlier ballots for the presenter that this one replaced"
    )
    comment: str = Field(default="", description="this reviewer's own comment on the counted ballot")


class PublicState(BaseModel):
    version: int
    phase: str = Field(description="setup | live | closed")
    current_presenter_id: int | None
    ballot_mode: str = Field(description="per_presenter | all_at_end")
    scoring: dict[str, str] = Field(description="presenter id -> pending | open | closed")
    setup: str = Field(description="changes whenever the setup a page shows changes (re-read it then)")


class ContestOut(BaseModel):
    title: str
    ballot_mode: str
    presenter_noun: str = Field("", description="what is presented (产业链, 项目); empty: the page's default")
    comments: str = Field(default="off", description="off | optional | required")
    comment_max: int = 500
    outlier_check: bool = Field(default=False, description="the phone asks before submitting a far-out total")


class ReviewerOut(BaseModel):
    name: str
    group: str
    title: str


class PersonalState(BaseModel):
    contest: ContestOut
    reviewer: ReviewerOut
    criteria: list[CriterionOut]
    presenters: list[PresenterOut]
    ballots: dict[str, BallotOut] = Field(description="presenter id -> this reviewer's current ballot")
    state: PublicState


def problem_responses(*statuses: int) -> dict:
    return {status: {"model": Problem} for status in statuses}
