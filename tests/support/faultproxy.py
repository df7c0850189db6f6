"""A small fault-injecting TCP proxy for the reliability tests (loopback only).

It sits between the daemon and a real server (Dovecot, the SMTP sink) and forwards bytes
unchanged, TLS included, so the daemon still verifies the real certificate. On demand it:

- adds latency to every chunk (`set_latency`),
- cuts connections after N bytes from the server (`cut_after`: mid-FETCH, mid-DATA),
- black-holes traffic: connections stay open but nothing is forwarded until it ends
  (`black_hole`),
- refuses new connections: the listener closes, connects get ECONNREFUSED (`refuse`),
- drops every open connection at once (`drop_all`),
- rewrites server bytes (`rewrite`: e.g. hide STARTTLS, a downgrade attack),
- keeps the first `capture` bytes clients sent (`captured`: was a password sent in clear?).

Everything is bounded: at most `max_connections` at a time, chunks of 64 KiB with
back-pressure (`drain`), and `stop()` waits a bounded time for its thread.

```python
with FaultProxy("127.0.0.1", dovecot.imaps_port) as proxy:
    ...  # point the daemon at proxy.port
    proxy.cut_after(50_000, times=2)
```
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = ["FaultProxy", "ProxyStats"]

HOST = "127.0.0.1"
CHUNK = 64 * 1024
START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0

T = TypeVar("T")


@dataclass
class ProxyStats:
    """Counters, read through :meth:`FaultProxy.stats` (a copy)."""

    connections: int = 0
    refused: int = 0
    cuts: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    open: int = 0


@dataclass(eq=False)
class _Link:
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter
    down: int = 0
    cut_at: int | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def abort(self) -> None:
        for writer in (self.client, self.server):
            transport = writer.transport
            if not transport.is_closing():
                transport.abort()


class FaultProxy:
    """Forward 127.0.0.1:`port` to (`target_host`, `target_port`), with faults on demand."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        port: int | None = None,
        max_connections: int = 64,
        capture: int = 0,
    ) -> None:
        self.target = (target_host, target_port)
        self.port = port or _free_port()
        self.max_connections = max_connections
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._links: set[_Link] = set()
        self._stats = ProxyStats()
        self._latency = 0.0
        self._cut_bytes: int | None = None
        self._cuts_left = 0
        self._black_hole = False
        self._resume: asyncio.Event | None = None
        self._rewrites: list[tuple[bytes, bytes]] = []
        self._ready = threading.Event()
        self._capture_limit = capture
        self._captured = bytearray()

    # -- lifecycle ----------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Start the proxy thread; returns once the port accepts connections (bounded)."""
        self._thread = threading.Thread(target=self._run, name=f"faultproxy-{self.port}")
        self._thread.daemon = True
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            raise RuntimeError(f"fault proxy on {self.port} did not start")
        return self

    def stop(self) -> None:
        """Close the listener and every connection, and stop the thread (bounded)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError, TimeoutError):
            self._call_async(self._shutdown)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(STOP_TIMEOUT)
        self._loop = self._thread = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- faults (thread-safe) -----------------------------------------------------------

    def set_latency(self, seconds: float) -> None:
        """Delay every forwarded chunk by `seconds` (0 removes it)."""
        self._call(lambda: setattr(self, "_latency", max(0.0, seconds)))

    def cut_after(self, nbytes: int, *, times: int = 1, existing: bool = False) -> None:
        """Abort each of the next `times` new connections once the server has sent it more
        than `nbytes` bytes; with `existing`, open connections are armed first (counting
        from what they have already received)."""

        def arm() -> None:
            self._cut_bytes, self._cuts_left = nbytes, times
            if not existing:
                return
            for link in self._links:
                if self._cuts_left > 0 and link.cut_at is None:
                    link.cut_at = link.down + nbytes
                    self._cuts_left -= 1

        self._call(arm)

    def black_hole(self, on: bool = True) -> None:
        """While on, accept connections but forward nothing in either direction."""

        def switch() -> None:
            self._black_hole = on
            assert self._resume is not None
            if on:
                self._resume.clear()
            else:
                self._resume.set()

        self._call(switch)

    def refuse(self, on: bool = True) -> None:
        """While on, the port is closed: new connections are refused by the kernel."""

        async def switch() -> None:
            if on and self._server is not None:
                self._server.close()
                await self._server.wait_closed()
                self._server = None
            elif not on and self._server is None:
                await self._listen()

        self._call_async(switch)

    def drop_all(self) -> int:
        """Abort every open connection (both sides see a reset); returns how many."""

        def drop() -> int:
            links = list(self._links)
            for link in links:
                link.abort()
            return len(links)

        return self._call(drop)

    def rewrite(self, old: bytes, new: bytes) -> None:
        """Replace `old` by `new` in server-to-client bytes (within one chunk)."""
        self._call(lambda: self._rewrites.append((old, new)))

    def captured(self) -> bytes:
        """The first `capture` bytes clients sent, all connections together (to check
        what went over the wire in clear)."""
        return self._call(lambda: bytes(self._captured))

    def stats(self) -> ProxyStats:
        """A copy of the counters."""
        return self._call(lambda: ProxyStats(**{**self._stats.__dict__, "open": len(self._links)}))

    # -- the event loop thread ------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._resume = asyncio.Event()
        self._resume.set()
        loop.run_until_complete(self._listen())
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(self._shutdown())
            loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._accept, HOST, self.port, reuse_address=True, limit=CHUNK
        )

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None
        for link in list(self._links):
            link.abort()
            for task in link.tasks:
                task.cancel()

    def _call(self, fn: Callable[[], T]) -> T:
        loop = self._loop
        if loop is None:
            raise RuntimeError("fault proxy not running")

        async def run() -> T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), loop).result(STOP_TIMEOUT)

    def _call_async(self, fn: Callable[[], Any]) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("fault proxy not running")
        asyncio.run_coroutine_threadsafe(fn(), loop).result(STOP_TIMEOUT)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._stats.connections += 1
        if len(self._links) >= self.max_connections:
            self._stats.refused += 1
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection(*self.target, limit=CHUNK), 5
            )
        except (OSError, TimeoutError):
            self._stats.refused += 1
            writer.transport.abort()
            return
        link = _Link(client=writer, server=up_writer)
        if self._cuts_left > 0 and self._cut_bytes is not None:
            link.cut_at = self._cut_bytes
            self._cuts_left -= 1
        self._links.add(link)
        task = asyncio.current_task()
        link.tasks = [task] if task is not None else []
        try:
            await asyncio.gather(
                self._pipe(link, reader, up_writer, down=False),
                self._pipe(link, up_reader, writer, down=True),
            )
        finally:
            link.abort()
            self._links.discard(link)

    async def _pipe(
        self,
        link: _Link,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        down: bool,
    ) -> None:
        assert self._resume is not None
        try:
            while True:
                data = await reader.read(CHUNK)
                if not data:
                    break
                if self._black_hole:
                    # Hold the bytes until the network "heals" (like TCP retransmission
                    # after a partition); the peer meanwhile sees total silence.
                    await self._resume.wait()
                if self._latency:
                    await asyncio.sleep(self._latency)
                if down:
                    for old, new in self._rewrites:
                        data = data.replace(old, new)
                    if link.cut_at is not None and link.down + len(data) > link.cut_at:
                        keep = max(0, link.cut_at - link.down)
                        writer.write(data[:keep])
                        with contextlib.suppress(OSError):
                            await writer.drain()
                        self._stats.cuts += 1
                        link.abort()
                        return
                    link.down += len(data)
                    self._stats.bytes_down += len(data)
                else:
                    self._stats.bytes_up += len(data)
                    room = self._capture_limit - len(self._captured)
                    if room > 0:
                        self._captured += data[:room]
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            # Half-close is not worth modelling: one side gone ends the link.
            link.abort()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port
