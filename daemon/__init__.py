"""interview-followup: the job seeker's follow-up assistant (the ``followupd`` daemon)."""

__version__ = "0.1.0"
