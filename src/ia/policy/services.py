"""Child processes of the topology, restarted when they die.

A :class:`Service` is a command line started in its own process group, its
output appended to ``<var>/log/<name>.log``. :class:`Supervisor` starts
services in order, restarts one that exits (at most once every few seconds)
and stops them all in reverse order on SIGTERM / SIGINT.
"""

from pathlib import Path
import logging
import os
import signal
import socket
import subprocess
import time


logger = logging.getLogger("ia.policy.topology")
RESTART_DELAY = 3.0


class Service:
    def __init__(
        self, name, argv, log_dir: Path, *, restart=True, ready_port=None, env=None
    ):
        self.name, self.argv, self.restart = name, list(argv), restart
        self.log = log_dir / f"{name}.log"
        self.ready_port = ready_port
        self.env = env
        self.process = None
        self.started = 0.0
        self.restarts = 0

    def start(self):
        self.log.parent.mkdir(parents=True, exist_ok=True)
        out = open(self.log, "ab")  # noqa: SIM115 - the child keeps it
        self.process = subprocess.Popen(
            self.argv,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, **(self.env or {})},
        )
        out.close()
        self.started = time.monotonic()
        logger.info("%s started (pid %s)", self.name, self.process.pid)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout=20):
        if not self.alive():
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass
        logger.info("%s stopped", self.name)

    def wait_ready(self, timeout=600) -> bool:
        """Wait until ``ready_port`` accepts connections (or the process dies)."""
        if self.ready_port is None:
            return True
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if port_open(self.ready_port):
                return True
            if not self.alive():
                return False
            time.sleep(0.5)
        return False


def port_open(port, host="127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


class Supervisor:
    def __init__(self):
        self.services: list[Service] = []
        self.stopping = False

    def add(self, service: Service, wait=False) -> Service:
        self.services.append(service)
        service.start()
        if wait and not service.wait_ready():
            raise RuntimeError(f"{service.name} did not start: see {service.log}")
        return service

    def _on_signal(self, signum, frame):
        self.stopping = True

    def watch(self):
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        try:
            while not self.stopping:
                for service in self.services:
                    if service.alive() or not service.restart:
                        continue
                    if time.monotonic() - service.started < RESTART_DELAY:
                        continue
                    service.restarts += 1
                    logger.warning(
                        "%s exited (%s): restarting",
                        service.name,
                        service.process.returncode,
                    )
                    service.start()
                time.sleep(1)
        finally:
            self.stop()

    def stop(self):
        for service in reversed(self.services):
            service.stop()
