"""A real DNS server on loopback for the detection tests (dnslib), answering MX, SRV and A
records for made-up society domains; SMTP Desk is pointed at it with ``SMTP_DESK_DNS``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dnslib.server import DNSLogger, DNSServer
from dnslib.zoneresolver import ZoneResolver


@contextmanager
def dns_server(zone: str) -> Iterator[str]:
    """Serve ``zone`` (zone-file lines, e.g. ``greenpark.in. 300 IN MX 10 x.example.``)
    over UDP and TCP on 127.0.0.1; yields ``HOST:PORT`` for ``SMTP_DESK_DNS``. Names not
    in the zone get NXDOMAIN."""
    resolver = ZoneResolver(zone)
    quiet = DNSLogger(log="-request,-reply,-truncated,-error,-recv,-send,-data")
    udp = DNSServer(resolver, address="127.0.0.1", port=0, logger=quiet)
    port = udp.server.server_address[1]
    tcp = DNSServer(resolver, address="127.0.0.1", port=port, tcp=True, logger=quiet)
    udp.start_thread()
    tcp.start_thread()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        udp.stop()
        tcp.stop()
        udp.server.server_close()
        tcp.server.server_close()
