"""The public reviewer API's shapes, for /openapi.json, and the map from refusal codes to HTTP statuses.

The server parses request bodies itself (to control every error a client can
provoke), so these models document the API rather than drive its validation.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

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
    "too_many": 429,
    "busy": 503,
}

CLIENT_ID_PATTERN = r"^[A-Za-z0-9_-]{8,100}$"


class Problem(BaseModel):
    error: str = Field(description="a stable code, e.g. closed, recused, off_step, too_large")
    message: str = Field(description="what went wrong, in English")


class BallotBody(BaseModel):
    """One reviewer's marks for one presenter; every criterion is required."""

    client_id: str = Field(
        pattern=CLIENT_ID_PATTERN,
        description="made by the phone for this submission; a retry with the same id never counts twice",
    )
    presenter_id: int
    marks: dict[str, float | str] = Field(
        description='criterion id (as text) or name -> mark, a number or a decimal string such as "12.5"',
    )


class Accepted(BaseModel):
    receipt: str = Field(description="short code shown to the reviewer as proof the ballot is in")
    submission_id: int
    received_at: str
    duplicate: bool = Field(description="true when this client_id had already been committed")
    presenter_id: int
    marks: dict[str, str]


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
    submission_id: int
    receipt: str
    received_at: str


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
