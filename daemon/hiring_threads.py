"""Which threads hold hiring mail: the context a short reply is read in.

"Yep 3pm Thursday is good" names no job; under the invitation it answers it settles an
interview. The store is the source of truth; this is its in-memory index of message ids
(read from the watcher's I/O thread, added to by the event loop after each batch), seeded
from the store at start so that a restart loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from daemon.store import Store
from daemon.understand import Kind, ThreadIds

# Mail whose thread a reply may settle, move or call off an interview in.
HIRING_KINDS = (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.SCHEDULING_REQUEST)


class HiringThreads:
    """Message ids of one account's hiring mail; called with a message's thread ids."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._ids: set[str] = set(ids)

    @classmethod
    def from_store(cls, store: Store, account: str) -> HiringThreads:
        """The index as the store has it: hiring mail read, and every case's messages."""
        return cls(store.hiring_message_ids(account, [str(k) for k in HIRING_KINDS]))

    def add(self, message_id: str | None, kind: Kind | None) -> None:
        """Note a message just read (only hiring mail is kept)."""
        if message_id and kind in HIRING_KINDS:
            self._ids.add(message_id)

    def __call__(self, thread: ThreadIds) -> bool:
        """Whether the message answers, or follows in the thread of, known hiring mail."""
        own = thread.message_id
        return any(i != own and i in self._ids for i in (*thread.in_reply_to, *thread.references))

    def __len__(self) -> int:
        return len(self._ids)
