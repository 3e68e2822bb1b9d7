"""A damaged or foreign contest file in the console (issue 14, item 10): a clear message in the host's
language naming the file, the latest backup offered, and the file's lock released."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from arena.backups import write_backup
from arena.demo import write_demo
from ui.console.file_lock import lock_path


def damaged_contest(tmp_path, backed_up: bool = False):
    """The demo contest with ballots, optionally backed up, then 20 KB zeroed in its middle."""
    path = tmp_path / "contest.arena"
    write_demo(path, ballots=True).close()
    backup = write_backup(path, "periodic") if backed_up else None
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size // 2 - 10240)
        f.write(b"\0" * 20480)
    return path, backup


def answer_open_error(choose_backup: bool) -> list[str]:
    seen = []
    tries = iter(range(1500))

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "openError":
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        close = box.button(QMessageBox.Close)
        (next(b for b in box.buttons() if b is not close) if choose_backup else close).click()

    QTimer.singleShot(0, click)
    return seen


def test_a_damaged_file_is_explained_in_chinese_and_its_lock_released(open_console, tmp_path):
    broken, _ = damaged_contest(tmp_path)
    window = open_console()
    window.set_language("zh_CN")
    seen = answer_open_error(choose_backup=False)
    assert window.open_contest(broken) is False
    assert seen and str(broken) in seen[0] and "已损坏" in seen[0]
    assert "没有找到备份" in seen[0] and "contest.arena.backups" in seen[0]
    assert "malformed" not in seen[0] and "database" not in seen[0]
    assert window.controller is None
    assert not lock_path(broken).exists()


def test_the_latest_backup_is_offered_and_opens(open_console, tmp_path):
    broken, backup = damaged_contest(tmp_path, backed_up=True)
    window = open_console()
    seen = answer_open_error(choose_backup=True)
    assert window.open_contest(broken)
    assert seen and f"The latest backup of it is {backup}" in seen[0]
    assert window.controller.path == backup
    assert not lock_path(broken).exists()


def test_a_foreign_file_is_named_not_a_contest(open_console, tmp_path):
    foreign = tmp_path / "notes.arena"
    foreign.write_text("meeting notes, not a contest\n" * 50, encoding="utf-8")
    window = open_console()
    seen = answer_open_error(choose_backup=False)
    assert window.open_contest(foreign) is False
    assert seen and seen[0].startswith(f"{foreign} is not an Arena contest file")
    assert not lock_path(foreign).exists()
