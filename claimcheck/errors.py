"""Named exceptions: the library raises these, the CLI turns them into `Error: …` and an exit
code."""


class ClaimcheckError(Exception):
    """Base class for every error claimcheck raises on purpose."""

    exit_code = 2


class InputError(ClaimcheckError):
    """The corpus, a claims file or an option cannot be used as given."""


class ModelError(ClaimcheckError):
    """A model (the spaCy pipeline or the embedding model) cannot be loaded."""


class ClusterError(ClaimcheckError):
    """A Dask cluster cannot be used: claimcheck[dask] is not installed, the scheduler cannot be
    reached, or a worker died."""
