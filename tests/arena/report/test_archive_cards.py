"""Reviewer cards: every QR code decodes to exactly its reviewer's link; 8 cards to a page."""

from __future__ import annotations

import subprocess

import pytest
from archive_helpers import compact, page_count, pdf_fonts, pdf_text

from arena.cards import write_cards
from arena.server.links import reviewer_link
from arena.store import Store

BASE = "http://192.168.31.7:8700"


@pytest.fixture(scope="module")
def cards(tmp_path_factory):
    from arena.demo import write_demo

    folder = tmp_path_factory.mktemp("cards")
    write_demo(folder / "demo.arena").close()
    with Store.open(folder / "demo.arena") as store:
        reviewers = store.reviewers()
    return write_cards(folder / "demo.arena", folder / "cards.pdf", BASE), reviewers


def _decode_pages(pdf, folder) -> list[list[str]]:
    """Each page rendered at 150 dpi and read by zbarimg: the QR payloads found, page by page."""
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), str(folder / "page")], check=True)
    pages = []
    for image in sorted(folder.glob("page-*.png")):
        done = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
            capture_output=True,
            text=True,
        )
        pages.append([line for line in done.stdout.splitlines() if line])
    return pages


def test_every_qr_decodes_to_that_reviewers_link(cards, tmp_path):
    pdf, reviewers = cards
    pages = _decode_pages(pdf, tmp_path)
    decoded = [link for page in pages for link in page]
    assert sorted(decoded) == sorted(reviewer_link(BASE, r.token) for r in reviewers)
    # and each card carries the name of the reviewer whose link its QR holds: page by page, same order
    for number, page_links in enumerate(pages, start=1):
        text = compact(pdf_text(pdf, first=number, last=number))
        on_page = reviewers[(number - 1) * 8 : number * 8]
        assert sorted(page_links) == sorted(reviewer_link(BASE, r.token) for r in on_page)
        for r in on_page:
            assert r.name in text and r.token in text  # the short link is printed too


def test_eight_cards_to_a_page_with_title_group_and_instructions(cards):
    pdf, reviewers = cards
    assert page_count(pdf) == -(-len(reviewers) // 8)
    first = compact(pdf_text(pdf, first=1, last=1))
    assert first.count("某区“2+6”特色产业链擂台赛") == 8
    assert first.count("用手机扫描二维码") == 8
    assert "区级领导" in first
    assert "192.168.31.7:8700/r/" in first and "http://" not in first  # the short form


def test_cards_embed_their_font(cards):
    fonts = pdf_fonts(cards[0])
    assert fonts and all(f["emb"] == "yes" for f in fonts)


def test_a_contest_without_reviewers_is_told_so_and_gets_no_empty_pdf(tmp_path):
    from decimal import Decimal

    from arena.model import Contest, Criterion, Group, InputError, Presenter

    path = tmp_path / "nobody.arena"
    Store.create(
        path,
        Contest(
            "无人赛",
            criteria=(Criterion("总分", Decimal(100)),),
            groups=(Group("评委"),),
            presenters=(Presenter("甲"),),
        ),
    ).close()
    with pytest.raises(InputError, match="no reviewers"):
        write_cards(path, tmp_path / "cards.pdf", BASE)
    assert not (tmp_path / "cards.pdf").exists()
