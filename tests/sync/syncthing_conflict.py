"""`make test-sync`: two real Syncthing instances make a real conflict copy, and merge fixes it.

Two "machines" (a laptop and a desktop: two Syncthing homes, two SledPlanner data folders, so
two device ids) share one folder over 127.0.0.1 only. Every way Syncthing could reach another
address is switched off in the generated configuration before it first runs: global and local
discovery, relays, NAT traversal and STUN, usage and crash reporting, upgrades.

1. The laptop creates the database; the desktop receives it.
2. The two are cut apart (each pauses the other through the REST API) and both import gear.
3. They are joined again; Syncthing keeps one version and renames the other to
   ``training.sync-conflict-….json``.
4. ``sledplanner check`` names the conflict copy; ``sledplanner merge`` merges it; merging it
   again changes nothing.
5. Every item added on either machine is in the database, on both machines.

Steps 2 to 5 run three times: the laptop merges the first copy, the desktop the second; in
the third both machines also rename the same item, so ``merge`` lists that record field by
field and writes nothing (exit 1) until ``--prefer mine`` is given.

The run stops by itself: every wait has a limit, and the whole run has a deadline. Exit 0 when
all checks pass, 1 when one fails. Needs the ``syncthing`` command (Debian package).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DEADLINE_S = 480
WAIT_S = 150
FOLDER_ID = "sledplanner"
DB_NAME = "training.json"
STARTED = time.monotonic()


class SyncTestFailure(Exception):
    """A check of the run failed."""


def say(text: str) -> None:
    """Print one line of the run's log, with the seconds since it started."""
    print(f"[{time.monotonic() - STARTED:6.1f}s] {text}", flush=True)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(what: str, condition: Callable[[], bool], limit: float = WAIT_S) -> None:
    """Poll ``condition`` until it holds; fail after ``limit`` seconds or at the deadline."""
    end = min(time.monotonic() + limit, STARTED + DEADLINE_S)
    while time.monotonic() < end:
        if condition():
            say(f"ok: {what}")
            return
        time.sleep(0.25)
    raise SyncTestFailure(f"timed out waiting for: {what}")


class Machine:
    """One Syncthing instance and the SledPlanner data folder of one machine."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.home = root / name / "syncthing"
        self.data = root / name / "data"  # XDG_DATA_HOME: SledPlanner's device id lives here
        self.folder = root / name / "Sync"
        self.port = free_port()
        self.gui_port = free_port()
        self.api_key = f"sledplanner-test-{name}"
        self.process: subprocess.Popen[bytes] | None = None
        self.device_id = ""

    # ------------------------------------------------------------------ set-up
    def generate(self) -> None:
        """Make the keys and the configuration (``syncthing generate``); read the device id."""
        subprocess.run(
            [
                "syncthing",
                "generate",
                f"--home={self.home}",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            check=True,
            capture_output=True,
            timeout=60,
            env=self.env(),
        )
        config = ET.parse(self.home / "config.xml").getroot()
        device = config.find("device")
        assert device is not None
        self.device_id = device.attrib["id"]

    def configure(self, other: Machine) -> None:
        """Local-only options, the other machine as a device, the shared folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        options = config.find("options")
        assert options is not None
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "stunKeepaliveStartS": "0",
            "stunKeepaliveMinS": "0",
            "urAccepted": "-1",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            "reconnectionIntervalS": "2",
        }
        for key, value in settings.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for element in options.findall("globalAnnounceServer"):
            options.remove(element)
        gui = config.find("gui")
        assert gui is not None
        for key, value in (("address", f"127.0.0.1:{self.gui_port}"), ("apikey", self.api_key)):
            element = gui.find(key)
            if element is None:
                element = ET.SubElement(gui, key)
            element.text = value
        peer = ET.SubElement(
            config,
            "device",
            {"id": other.device_id, "name": other.name, "compression": "metadata"},
        )
        ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.port}"
        folder = ET.SubElement(
            config,
            "folder",
            {
                "id": FOLDER_ID,
                "label": "SledPlanner",
                "path": str(self.folder),
                "type": "sendreceive",
                "rescanIntervalS": "3600",
                "fsWatcherEnabled": "false",
            },
        )
        ET.SubElement(folder, "filesystemType").text = "basic"
        # Left out, the limit reads as 0: no conflict copies, the older version is overwritten.
        ET.SubElement(folder, "maxConflicts").text = "10"
        for device in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", {"id": device})
        tree.write(path, encoding="utf-8", xml_declaration=False)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)

    def env(self) -> dict[str, str]:
        """The environment of this machine's programs."""
        return {
            **os.environ,
            "STNOUPGRADE": "1",
            "STNORESTART": "1",
            "STNODEFAULTFOLDER": "1",
            "XDG_DATA_HOME": str(self.data),
            "QT_QPA_PLATFORM": "offscreen",
        }

    def start(self, log: Path) -> None:
        """Run ``syncthing serve`` in the background, logging to ``log``."""
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [
                    "syncthing",
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    f"--gui-address=http://127.0.0.1:{self.gui_port}",
                    f"--gui-apikey={self.api_key}",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=self.env(),
            )

    def stop(self) -> None:
        """Ask Syncthing to shut down; kill it if it has not after 10 s."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(OSError, SyncTestFailure):
            self.api("POST", "/rest/system/shutdown")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    # ------------------------------------------------------------------ REST
    def api(self, method: str, path: str) -> Any:
        """Call the REST API on 127.0.0.1; return the decoded JSON (None when empty)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def answers(self) -> bool:
        """Whether the REST API is up."""
        try:
            return bool(self.api("GET", "/rest/system/ping"))
        except (OSError, urllib.error.URLError, ValueError):
            return False

    def connected_to(self, other: Machine) -> bool:
        """Whether this instance has a connection to ``other``."""
        connections = self.api("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(other.device_id, {}).get("connected"))

    def pause(self, other: Machine) -> None:
        """Stop talking to ``other`` (as two machines apart would)."""
        self.api("POST", f"/rest/system/pause?device={other.device_id}")

    def resume(self, other: Machine) -> None:
        """Talk to ``other`` again."""
        self.api("POST", f"/rest/system/resume?device={other.device_id}")

    def scan(self) -> None:
        """Look at the folder now (the file watcher is off: scans happen when asked)."""
        self.api("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def has_indexed(self) -> bool:
        """Whether Syncthing's index holds the database as it is on disk (size and time)."""
        info = self.api("GET", f"/rest/db/file?folder={FOLDER_ID}&file={DB_NAME}")["local"]
        stat = self.database.stat()
        seconds = datetime.fromisoformat(info["modified"][:26].rstrip("Z")).replace(tzinfo=UTC)
        return bool(
            info["size"] == stat.st_size
            and abs(seconds.timestamp() - stat.st_mtime) < 0.001
            and self.idle()
        )

    def idle(self) -> bool:
        """Whether the folder is idle with nothing left to fetch."""
        status = self.api("GET", f"/rest/db/status?folder={FOLDER_ID}")
        return bool(status["state"] == "idle" and status["needTotalItems"] == 0)

    # ------------------------------------------------------------------ SledPlanner
    def sledplanner(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run the installed ``sledplanner`` command as this machine."""
        command = [sys.executable, "-m", "sledplanner", *args]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, env=self.env()
        )
        say(f"{self.name}$ sledplanner {' '.join(args)}  -> exit {result.returncode}")
        for line in (result.stdout + result.stderr).splitlines():
            say(f"    {line}")
        return result

    def rename_gear(self, old: str, new: str) -> None:
        """Rename a gear item as this machine's SledPlanner would (its own device id)."""
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from sledplanner.app.device import device_id\n"
            "from sledplanner.services.gear import GearService\n"
            "from sledplanner.services.workspace import open_workspace\n"
            "workspace = open_workspace(Path(sys.argv[1]), device_id=device_id())\n"
            "gear = GearService(workspace)\n"
            "item = next(i for i in gear.items() if i.name == sys.argv[2])\n"
            "gear.update(item.with_changes(name=sys.argv[3]))\n"
            "workspace.close()\n"
        )
        subprocess.run(
            [sys.executable, "-c", script, str(self.database), old, new],
            check=True,
            timeout=60,
            env=self.env(),
        )
        say(f"{self.name}: renamed {old!r} to {new!r}")

    @property
    def database(self) -> Path:
        """The shared database as this machine sees it."""
        return self.folder / DB_NAME

    def conflict_copies(self) -> list[Path]:
        """The Syncthing conflict copies of the database in this machine's folder."""
        return sorted(self.folder.glob("training.sync-conflict-*.json"))

    def gear_names(self) -> set[str]:
        """The names of the gear in this machine's database."""
        return gear_names_of(self.database)


def gear_names_of(path: Path) -> set[str]:
    """The names of the gear in the database file ``path``."""
    tables = json.loads(path.read_text("utf-8"))
    return {doc["name"] for doc in tables.get("gear", {}).values()}


def gear_csv(path: Path, *names: str) -> Path:
    """A gear CSV file adding ``names`` (one kettlebell each)."""
    lines = ["kind,name,mass,mass_unit,quantity,status"]
    lines += [f"kettlebell,{name},16,kg,1,owned" for name in names]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def only_local_sockets(machines: list[Machine]) -> None:
    """Fail when a Syncthing process has a TCP or UDP socket on an address other than loopback."""
    if shutil.which("ss") is None:
        say("note: ss is not installed; open sockets not listed")
        return
    listing = subprocess.run(
        ["ss", "-tunapH"], capture_output=True, text=True, timeout=30
    ).stdout.splitlines()
    ours = [line for line in listing if '"syncthing"' in line]
    for line in ours:
        fields = line.split()
        local, peer = fields[4], fields[5]
        local_host, peer_host = (a.rsplit(":", 1)[0].strip("[]") for a in (local, peer))
        if not (local_host.startswith("127.") or local_host == "::1"):
            raise SyncTestFailure(f"Syncthing has a socket on another address: {line}")
        unconnected = peer.endswith(":*")  # a listening or unconnected UDP socket
        if not unconnected and not (peer_host.startswith("127.") or peer_host == "::1"):
            raise SyncTestFailure(f"Syncthing talks to another address: {line}")
    say(f"ok: Syncthing's {len(ours)} sockets are all on 127.0.0.1")


def run(root: Path) -> None:
    """The whole scenario (see the module docstring)."""
    laptop, desktop = Machine(root, "laptop"), Machine(root, "desktop")
    machines = [laptop, desktop]
    for machine in machines:
        machine.generate()
    laptop.configure(desktop)
    desktop.configure(laptop)
    say(f"laptop {laptop.device_id[:7]} on 127.0.0.1:{laptop.port}")
    say(f"desktop {desktop.device_id[:7]} on 127.0.0.1:{desktop.port}")
    try:
        for machine in machines:
            machine.start(root / f"{machine.name}-syncthing.log")
        for machine in machines:
            wait_for(f"{machine.name}'s Syncthing answers", machine.answers)
        wait_for("the two are connected", lambda: laptop.connected_to(desktop))
        only_local_sockets(machines)

        # 1. One database, made on the laptop, synced to the desktop.
        made = laptop.sledplanner(
            "import",
            "--db",
            str(laptop.database),
            "--gear-csv",
            str(gear_csv(root / "a.csv", "Bell 16")),
        )
        if made.returncode != 0:
            raise SyncTestFailure("the database could not be made")
        laptop.scan()
        wait_for(
            "the desktop has the database",
            lambda: (
                desktop.database.exists()
                and desktop.database.read_bytes() == laptop.database.read_bytes()
            ),
        )

        # Three rounds: the laptop merges the first conflict copy, the desktop the second (by
        # then the records carry revisions from both machines); in the third both machines
        # also rename the same item, and the laptop keeps its own name for it.
        conflict_round(root, 1, laptop, desktop, laptop)
        conflict_round(root, 2, laptop, desktop, desktop)
        expected = conflict_round(root, 3, laptop, desktop, laptop, rename="Bell 16")
        only_local_sockets(machines)
        say(f"ok: both machines hold {sorted(expected)}; nothing lost")
    finally:
        for machine in machines:
            machine.stop()
        say("Syncthing stopped")


def conflict_round(
    root: Path,
    number: int,
    laptop: Machine,
    desktop: Machine,
    merger: Machine,
    rename: str | None = None,
) -> set[str]:
    """Both change the database while apart; join; merge the conflict copy on ``merger``.

    With ``rename``, both machines also rename that gear item, each differently: a record
    changed on both sides, which ``merge`` lists and refuses until ``--prefer`` is given.
    Returns the names the database holds after this round, checked on both machines.
    """
    machines = [laptop, desktop]
    before = laptop.gear_names()
    field, home = f"Field bell {number}", f"Home bell {number}"
    say(f"--- round {number}: apart, both import; {merger.name} merges")
    # Apart: each pauses the other, then both change the database.
    laptop.pause(desktop)
    desktop.pause(laptop)
    wait_for(
        "the two are apart",
        lambda: not laptop.connected_to(desktop) and not desktop.connected_to(laptop),
    )
    for machine, name in ((laptop, field), (desktop, home)):
        if rename is not None:
            machine.rename_gear(rename, f"{rename} ({machine.name})")
        csv = gear_csv(root / f"{machine.name}-{number}.csv", name)
        if machine.sledplanner(
            "import", "--db", str(machine.database), "--gear-csv", str(csv)
        ).returncode:
            raise SyncTestFailure(f"the {machine.name}'s import failed")
        time.sleep(1.1)  # two different modification times, as on two real machines
    for machine in machines:
        machine.scan()
    for machine in machines:
        # Joined before the index has the change, Syncthing would pull the other version
        # over it (the file watcher, off here, is what normally sees a change).
        wait_for(f"{machine.name}'s Syncthing has seen its change", machine.has_indexed)

    # Together again: Syncthing makes a conflict copy.
    laptop.resume(desktop)
    desktop.resume(laptop)
    wait_for("the two are connected again", lambda: laptop.connected_to(desktop))
    wait_for(
        "a conflict copy on both machines",
        lambda: bool(laptop.conflict_copies()) and bool(desktop.conflict_copies()),
    )
    wait_for("both folders idle", lambda: laptop.idle() and desktop.idle())
    (copy,) = merger.conflict_copies()
    say(f"conflict copy: {copy.name}")
    added = {field, home}
    if not added <= merger.gear_names() | gear_names_of(copy):
        raise SyncTestFailure("an item is in neither file")
    say(f"before the merge the database lacks {sorted(added - merger.gear_names())}")
    if rename is not None:
        kept = (merger.gear_names() - before - added).pop()  # this file's name for the record
        before = (before - {rename}) | {kept}
        unchanged = merger.database.read_bytes()
        refused = merger.sledplanner("merge", "--db", str(merger.database), str(copy))
        if (
            refused.returncode != 1
            or "changed in both copies" not in refused.stdout
            or "  name: mine " not in refused.stdout
            or merger.database.read_bytes() != unchanged
            or not copy.exists()
        ):
            raise SyncTestFailure("a record changed on both sides was not listed and refused")

    # check names the copy; merge merges it (no record changed on both sides).
    checked = merger.sledplanner("check", "--db", str(merger.database))
    if checked.returncode != 1 or copy.name not in checked.stderr:
        raise SyncTestFailure("check did not name the conflict copy")
    prefer = ["--prefer", "mine"] if rename is not None else []
    if merger.sledplanner("merge", "--db", str(merger.database), str(copy), *prefer).returncode:
        raise SyncTestFailure("the merge failed")
    filed = merger.folder / "backups" / copy.name
    if copy.exists() or not filed.exists():
        raise SyncTestFailure("the conflict copy was not filed in backups/")
    again = merger.sledplanner("merge", "--db", str(merger.database), str(filed))
    if again.returncode or "nothing to write" not in again.stdout:
        raise SyncTestFailure("merging the same copy again changed something")

    # Nothing lost, on both machines.
    expected = before | added
    if merger.gear_names() != expected:
        raise SyncTestFailure(f"{merger.name} has {sorted(merger.gear_names())}")
    merger.scan()
    other = desktop if merger is laptop else laptop
    wait_for(
        f"the {other.name} has the merged database and no conflict copy",
        lambda: (
            other.database.read_bytes() == merger.database.read_bytes()
            and not other.conflict_copies()
        ),
    )
    if other.gear_names() != expected:
        raise SyncTestFailure(f"{other.name} has {sorted(other.gear_names())}")
    if other.sledplanner("check", "--db", str(other.database)).returncode:
        raise SyncTestFailure(f"check on the {other.name} found a problem")
    return expected


def main() -> int:
    """Run the scenario in a temporary folder; 0 when every check passed."""
    if shutil.which("syncthing") is None:
        print("syncthing is not installed (apt-get install syncthing)", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="sledplanner-sync-"))
    try:
        run(root)
    except (SyncTestFailure, subprocess.SubprocessError, OSError) as exc:
        say(f"FAIL: {exc}")
        for log in sorted(root.glob("*-syncthing.log")):
            print(f"--- last lines of {log.name}", file=sys.stderr)
            print("\n".join(log.read_text("utf-8", "replace").splitlines()[-15:]), file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    say(f"PASS in {time.monotonic() - STARTED:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
