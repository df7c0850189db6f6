"""Integration tests against real Dovecot and aiosmtpd started by the fixtures."""
