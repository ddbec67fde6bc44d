"""The HAProxy configuration in front of the instances (generated).

Round robin over the instances, each checked every 2 s with
``GET /@@ia-health`` (``ia.policy.health``: database reachable, cheap,
anonymous); an instance that fails 3 checks is taken out until it passes
again. Requests are retried on another instance when the connection fails.

Each instance gets at most ``THREADS`` requests at once (``maxconn``, its
waitress threads): the others wait in HAProxy's queue, not in the
instance's, so the health check is answered after one request at most. The
bench (20 users on 2 instances of a loaded machine) showed why: with every
thread busy, the checks timed out, HAProxy took *both* instances out and
answered 503 to everyone.
"""

from pathlib import Path


THREADS = 4  # etc/zope.ini.in: waitress threads of an instance


def haproxy_cfg(
    host: str, port: int, backends: list[tuple[str, int]], var: Path
) -> str:
    servers = "\n".join(
        f"    server {name} 127.0.0.1:{backend_port} maxconn {THREADS} "
        "check inter 2s fall 3 rise 1"
        for name, backend_port in backends
    )
    return f"""# HAProxy of the iA instances, written by ia.policy.haproxy: do not edit.
global
    maxconn 512
    pidfile {var}/haproxy/haproxy.pid

defaults
    mode http
    timeout connect 5s
    timeout client 300s
    timeout server 300s
    timeout queue 300s
    timeout check 10s
    retries 2
    option redispatch
    option httplog

frontend ia
    bind {host}:{port}
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /@@ia-health
    http-check expect status 200
    http-response set-header X-Ia-Instance %s
{servers}
"""


def write_haproxy_cfg(host, port, backends, var: Path) -> Path:
    folder = var / "haproxy"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "haproxy.cfg"
    path.write_text(haproxy_cfg(host, port, backends, var), encoding="utf-8")
    return path
