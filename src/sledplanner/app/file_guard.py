"""Watches the open database for changes made elsewhere, and keeps both sides when they clash.

A sync tool (Syncthing, Dropbox) or a second machine may change the file while it is open. The
guard watches the file and its folder (an atomic replace drops a watch on the file itself) and
compares the content hash with what this window last read or wrote, so its own saves are
ignored. The storage refuses to overwrite a changed file; the guard offers the ways out:

* nothing unsaved here: "Reload", or "Keep mine", which saves this window's state to
  ``NAME.mine-TIMESTAMP.json`` beside the file and reloads theirs;
* both sides changed (a save was refused, or edits are waiting to be saved): this window's state
  goes to ``NAME.conflict-TIMESTAMP.json`` and the file on disk is reloaded.

Either way no side is lost, and the notice bar says where each copy is. The guard is also the
:class:`~sledplanner.ui.commands.SaveControl` of the window's pending saves.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from sledplanner.services.errors import (
    DatabaseChangedOnDiskError,
    DatabaseError,
    DatabaseFileGoneError,
)
from sledplanner.services.logs import INFO, WARNING, log
from sledplanner.services.workspace import Workspace
from sledplanner.storage.atomic import AtomicJSONStorage, DiskState, serialise, write_atomically
from sledplanner.ui.first_paint import after_next_paint
from sledplanner.ui.main_window import MainWindow
from sledplanner.ui.problem_panel import ProblemAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileGuard", text)


def side_copy_path(path: Path, kind: str, when: datetime | None = None) -> Path:
    """A free name beside ``path`` such as ``training.conflict-20250101-120000.json``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{kind}-{stamp}{path.suffix or '.json'}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{kind}-{stamp}-{number}{path.suffix or '.json'}")
        number += 1
    return candidate


class FileGuard(QObject):
    """Watches one open, writable database for the window; see the module docstring."""

    DEBOUNCE_MS = 250

    # Emitted by the storage's writer thread; Qt delivers them in the window's thread.
    _saved = Signal(int)
    _failed = Signal(object)
    #: After each look at the disk prompted by the watcher (or a call): the DiskState found.
    checked = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        window: MainWindow,
        reload: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """Guard ``workspace`` shown in ``window``; ``reload`` opens the file again from disk."""
        super().__init__(parent)
        self.path = workspace.path
        self.storage: AtomicJSONStorage = workspace.storage
        self._window = window
        self._reload = reload
        self._pending = window.pending_saves
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check)
        self._running = False
        #: The side copy that already holds this window's changes (set by keep_both).
        self._kept_in: Path | None = None
        #: Called at start and after each quiet check: looks for sync conflict copies.
        self.look_for_conflict_copies: Callable[[], None] | None = None
        #: Merges a copy into the open database (offered for a "keep both" copy).
        self.merge_copy: Callable[[Path], object] | None = None
        self._failed.connect(self._save_failed)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        """Start watching, take over the window's pending saves, save in the background."""
        self._running = True
        self._watcher.addPaths([str(self.path), str(self.path.parent)])
        self._pending.saver = self
        self._saved.connect(self._log_save)
        self.storage.start_write_behind(self._saved.emit, self._failed.emit)
        # The first look for sync conflict copies (and its code) waits until the window shows
        # the file; later looks follow the folder's changes. The wait holds no reference: a
        # guard replaced before then (a reload) is freed at once, and does not look.
        guard = weakref.ref(self)
        after_next_paint(self._window, lambda: _first_look(guard()))

    def stop(self) -> None:
        """Stop watching; changes still held in memory only are kept in a side copy."""
        if not self._running:
            return
        self.storage.stop_write_behind()  # writes what it holds first
        self._running = False
        self._debounce.stop()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if self._pending.saver is self:
            if self.storage.unsaved and self._kept_in is None:
                copy = self._write_side_copy("unsaved", self.storage.local_tables())
                if copy is not None:
                    self._window.statusBar().showMessage(
                        _tr("Changes that could not be saved were kept in {copy}").format(copy=copy)
                    )
            self._pending.discard()
            self._pending.saver = None

    def release(self) -> None:
        """Cut the connections to this guard's own methods (after :meth:`stop`)."""
        for signal, slot in (
            (self._watcher.fileChanged, self._schedule),
            (self._watcher.directoryChanged, self._schedule),
            (self._debounce.timeout, self.check),
            (self._failed, self._save_failed),
        ):
            signal.disconnect(slot)

    # ------------------------------------------------------------------ watching
    def _schedule(self, _path: str = "") -> None:
        if self._running:
            self._debounce.start()

    def check(self) -> DiskState:
        """Compare the file with what this window knows, and act on a difference."""
        if not self._running:
            return DiskState.SAME
        if str(self.path) not in self._watcher.files() and self.path.exists():
            self._watcher.addPath(str(self.path))  # an atomic replace dropped the watch
        state = self.storage.probe_disk()
        if state is None:  # the writer thread is replacing the file: look again shortly
            self._debounce.start()
            return DiskState.SAME
        if state is DiskState.GONE:
            self._show_gone()
        elif state is DiskState.CHANGED:
            if self._pending.count or self.storage.unsaved or self.storage.refused is not None:
                self.keep_both()
            else:
                self._offer_reload()
        elif self.look_for_conflict_copies is not None:
            self.look_for_conflict_copies()
        self.checked.emit(state)
        return state

    def _offer_reload(self) -> None:
        self._window.notice_bar.show_notice(
            _tr("{path} was changed by another program.").format(path=self.path),
            [
                ProblemAction(_tr("Reload"), "reloadButton", self.reload),
                ProblemAction(_tr("Keep mine"), "keepMineButton", self.keep_mine),
            ],
        )

    def _show_gone(self) -> None:
        self._window.notice_bar.show_notice(
            _tr(
                "{path} was moved or deleted while open. Your data is still in this window; "
                "SledPlanner will not recreate the file unless you ask it to."
            ).format(path=self.path),
            [ProblemAction(_tr("Save it here again"), "saveAgainButton", self.save_again)],
        )

    # ------------------------------------------------------------------ ways out
    def reload(self) -> bool:
        """Open the file again from disk, dropping this window's unsaved state."""
        self._pending.discard()
        self._window.notice_bar.hide_notice()
        return self._reload()

    def keep_mine(self) -> None:
        """Save this window's state to a side copy, then reload the file changed elsewhere."""
        copy = self._write_side_copy("mine", self.storage.local_tables())
        if copy is None:
            return
        self.reload()
        self._tell(
            _tr(
                "Your version was saved as {copy}. The window now shows {path} as changed by "
                "the other program."
            ).format(copy=copy, path=self.path)
        )

    def keep_both(self) -> None:
        """Both sides changed: keep this window's state in a conflict copy and reload the file."""
        copy = self._write_side_copy("conflict", self.storage.local_tables())
        log(
            __name__,
            WARNING,
            "%s changed elsewhere while this window had changes; kept %s",
            self.path,
            copy,
        )
        if copy is None:
            return
        # The conflict copy holds this window's changes: stopping for the reload must not
        # write them a second time as an "unsaved" copy the notice does not name.
        self._kept_in = copy
        self.reload()
        self._tell(
            _tr(
                "{path} was changed by another program while this window had changes of its "
                "own. Both are kept: your version is in {copy}; the window now shows the file "
                "on disk, {path}."
            ).format(copy=copy, path=self.path)
        )
        merge = self.merge_copy
        if merge is not None:  # offer to bring this window's changes back, record by record
            bar = self._window.notice_bar
            bar.show_notice(
                bar.text.text(),
                [
                    ProblemAction(_tr("Merge my changes"), "mergeKeptButton", lambda: merge(copy)),
                    ProblemAction(_tr("Dismiss"), "dismissNoticeButton", bar.hide_notice),
                ],
            )

    def save_again(self) -> None:
        """Write this window's state where the file was (only if nothing is there now)."""
        if self.path.exists():
            self.check()
            return
        try:
            write_atomically(self.path, serialise(self.storage.local_tables()))
        except (OSError, ValueError) as exc:
            self._tell(
                _tr("Could not save {path} again: {why}").format(path=self.path, why=exc),
                dismiss=False,
            )
            return
        self.reload()

    def _write_side_copy(self, kind: str, tables: dict[str, Any]) -> Path | None:
        copy = side_copy_path(self.path, kind)
        try:
            write_atomically(copy, serialise(tables))
        except (OSError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._window.notice_bar.show_notice(
                _tr(
                    "{path} was changed by another program, and your version could not be "
                    "kept in {copy}: {why}. Nothing was overwritten; this window keeps your "
                    "version."
                ).format(path=self.path, copy=copy, why=why)
            )
            return None
        return copy

    def _tell(self, text: str, *, dismiss: bool = True) -> None:
        bar = self._window.notice_bar
        actions = [ProblemAction(_tr("Dismiss"), "dismissNoticeButton", bar.hide_notice)]
        bar.show_notice(text, actions if dismiss else [])

    # ------------------------------------------------------------------ SaveControl
    def flush(self) -> None:
        """Write what memory holds (raises DatabaseError), then write normally again."""
        self.storage.flush()
        self.storage.deferring = False

    def discard(self) -> None:
        """Forget the changes held in memory only."""
        self.storage.discard_unsaved()

    def settle(self) -> None:
        """Wait for the writer thread; a failure it has not reported yet is reported now."""
        self.storage.wait_until_idle()
        if self.storage.unsaved and not self._pending.count:
            try:
                self.storage.flush()
            except DatabaseError as exc:
                self._save_failed(exc)

    def _log_save(self, count: int) -> None:
        log(__name__, INFO, "saved %s (%d change(s))", self.path, count)

    def _save_failed(self, error: DatabaseError) -> None:
        """The writer thread could not save: keep both sides, offer a way out, or retry."""
        log(__name__, WARNING, "save of %s failed: %s", self.path, error.message)
        if not self._running:
            return
        if isinstance(error, DatabaseChangedOnDiskError):
            self.keep_both()
        elif isinstance(error, DatabaseFileGoneError):
            self._show_gone()
        elif not self._pending.count:
            self._pending.failed_behind(error, self.storage.unsaved_changes)

    def changed_on_disk(self) -> None:
        """A save was refused because the file changed elsewhere: keep both sides."""
        self.keep_both()

    def file_gone(self) -> None:
        """A save failed because the file is gone: offer to write it there again."""
        self._show_gone()


def _first_look(guard: FileGuard | None) -> None:
    """The first look of ``guard`` for conflict copies, if it is still there and running."""
    if guard is not None and guard._running and guard.look_for_conflict_copies is not None:
        guard.look_for_conflict_copies()
