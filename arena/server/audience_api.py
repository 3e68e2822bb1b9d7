"""The audience routes' shapes in /openapi.json (issue 13), as api.py gives the reviewers' ballot route.

`JoinBody` and `AudienceBallotBody` each validate the body their route reads (`checked`) and document
it: a body of the wrong shape is refused with the code `invalid`, as a reviewer's ballot envelope is,
and unreadable JSON with `malformed`. The other models document the answers. The marks are read by
arena.intake, the one mark parser every ballot source shares.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .api import MAX_MARKS, BallotEnvelope, Mark, PublicState, problem_responses
from .refusals import Refusal

SEAT_MAX = 64  # a printed seat code has 8 letters; anything far longer is not one


class JoinBody(BaseModel):
    """Joining the audience: empty (open join) or with the seat code printed on a seat card."""

    model_config = ConfigDict(extra="forbid", strict=True)

    seat: str | None = Field(
        default=None, max_length=SEAT_MAX, description="the seat card's code (join mode seats), any case"
    )


class AudienceBallotBody(BallotEnvelope):
    """One audience phone's marks for one presenter on the audience's form (a rating: one mark 1-10)."""

    marks: dict[str, Mark] = Field(
        max_length=MAX_MARKS, description="form criterion id (as text) or name -> mark; every one once"
    )


class RoomOut(BaseModel):
    title: str
    join_mode: str = Field(description="open | seats")
    joining: bool = Field(description="false once the host has closed joining")
    joined: int = Field(description="phones joined so far")
    cap: int = Field(description="the most phones that may join")


class JoinedOut(BaseModel):
    token: str = Field(description="this phone's device token: the credential of /api/d/{token}")
    number: int = Field(description="the phone's running number in the room")


class FormCriterionOut(BaseModel):
    id: int
    name: str
    max: str
    step: str
    least: int = Field(description="the smallest mark in steps (a rating runs from 1)")


class AudienceFormOut(BaseModel):
    ballot: str = Field(description="same | subset | rating | vote")
    aggregate: str = Field(description="mean | mean_top | votes_top")
    votes: int = Field(description="with the vote ballot: how many presenters one phone may vote for")
    form: list[FormCriterionOut]


class AudiencePresenterOut(BaseModel):
    id: int
    name: str
    speaker: str
    unit: str


class AudienceBallotOut(BaseModel):
    marks: dict[str, str]
    receipt: str
    received_at: str


class TitleOut(BaseModel):
    title: str


class PhoneState(BaseModel):
    contest: TitleOut
    audience: AudienceFormOut
    presenters: list[AudiencePresenterOut]
    ballots: dict[str, AudienceBallotOut] = Field(description="presenter id -> this phone's ballot")
    state: PublicState


class AudienceAccepted(BaseModel):
    receipt: str = Field(description="short code shown on the phone as proof the ballot is in")
    received_at: str
    duplicate: bool = Field(description="true when this client_id had already been committed")
    presenter_id: int
    marks: dict[str, str]


def body_doc(model: type[BaseModel], required: bool = True) -> dict:
    """The route's `openapi_extra`: its JSON body, documented by the model that validates it."""
    return {
        "requestBody": {
            "required": required,
            "content": {"application/json": {"schema": model.model_json_schema()}},
        }
    }


def checked(model: type[BaseModel], data: object):
    """`data` validated by `model`; a wrong shape is refused as `invalid`, naming the first field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part)[:20] for part in first["loc"]) or "the body"
        raise Refusal("invalid", f"{where}: {first['msg']}"[:200]) from None


ROOM_ANSWERS = problem_responses(404, 429)
JOIN_ANSWERS = problem_responses(400, 404, 409, 413, 422, 429, 503, 507)
BALLOT_ANSWERS = problem_responses(400, 403, 404, 409, 413, 415, 422, 429, 503, 507)
