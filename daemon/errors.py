"""The daemon's exception tree.

    FollowupError
    ├── ConfigError            bad or unreadable configuration (exit status 78, EX_CONFIG)
    ├── StoreError             the state database cannot be opened or migrated
    │   └── StoreNotReady      not created yet (followupd has not run)
    └── MailError              a mail server problem, translated at the adapter boundary
        ├── TransientMailError     worth retrying later (network, timeouts, 4xx, BYE)
        │   ├── ConnectError       could not reach or talk to the server
        │   └── DeliveryUnknown    the link broke after the message data was sent: it may
        │                          or may not have been accepted (resolve before retrying)
        └── PermanentMailError     retrying will not help until the user acts (5xx, bad login)
            ├── AuthError          the server refused the credentials
            └── TLSError           the certificate is not trusted / TLS cannot be set up

Retry policy keys off the class: transient errors back off and retry on their own, permanent
ones are reported to the user (and still retried slowly by long-running watchers, because a
user may fix the password while the daemon runs).
"""

from __future__ import annotations

EX_CONFIG = 78
"""sysexits.h: configuration error. systemd units use RestartPreventExitStatus=78."""
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_TEMPFAIL = 75


class FollowupError(Exception):
    """Root of every error the daemon raises on purpose."""


class ConfigError(FollowupError):
    """The configuration cannot be used; the message names the file and the key."""


class StoreError(FollowupError):
    """The state database cannot be opened, migrated or written."""


class StoreNotReady(StoreError):
    """There is no state database yet (or it is still being created)."""


class MailError(FollowupError):
    """A mail server could not do what we asked."""


class TransientMailError(MailError):
    """Try again later: network trouble, timeouts, 4xx replies, server going away."""


class ConnectError(TransientMailError):
    """The server could not be reached or dropped the connection."""


class DeliveryUnknown(TransientMailError):
    """The connection failed after DATA was sent; the server may have accepted the mail.

    Never retried blindly: the outbox first looks for the message in the Sent folder.
    """


class PermanentMailError(MailError):
    """Retrying as is will not help; the user has to act."""


class AuthError(PermanentMailError):
    """The server refused the login."""


class TLSError(PermanentMailError):
    """TLS could not be established or the certificate is not trusted."""
