"""The topology's ports and the instances' conflict settings (issue 10)."""

from ia.policy.instance import write_instance
from ia.policy.topology import parser
from ia.policy.topology import zeo_address


def test_zeo_port_follows_the_topology_port():
    assert zeo_address(parser().parse_args([])) == "127.0.0.1:8100"
    # a second municipality on the same host never reaches the first's ZEO
    assert zeo_address(parser().parse_args(["--port", "8300"])) == "127.0.0.1:8320"
    assert zeo_address(parser().parse_args(["--zeo-port", "9100"])) == "127.0.0.1:9100"


def test_instance_conf_retries_conflicts_and_locks_counters(tmp_path):
    conf = write_instance(
        tmp_path / "i",
        tmp_path / "var",
        "127.0.0.1",
        8300,
        storage="zeo",
        zeo_address="127.0.0.1:8320",
    ).read_text()
    assert "max-conflict-retries 10" in conf
    assert "IA_LOCKS $VAR/locks" in conf
    assert "server 127.0.0.1:8320" in conf
