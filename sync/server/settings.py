"""HQ settings, read from ``CONTROLROOM_*`` environment variables (and the command line)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from contract.wire import MAX_DECOMPRESSED_BYTES
from sync.server.reference_wire import DEFAULT_DEPARTURE_DAYS

APP_NAME = "Checkpoint Control Room"
MIN_ADMIN_TOKEN_CHARS = 16
# Two years: long enough for HQ to answer complaints and audits about a crossing, short enough
# that HQ is not a permanent register of people (DESIGN §6). Counts are kept for ever.
DEFAULT_RETENTION_DAYS = 730
# Examples from our own docs: a token copied from them is as good as none.
_PLACEHOLDER_TOKENS = frozenset({"a-long-random-string", "change-me-to-a-long-random-string"})


def default_database_url() -> str:
    """A SQLite file in the user's data folder (a PostgreSQL URL is passed for real HQs)."""
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'controlroom.db'}"


class Settings(BaseSettings):
    """Everything the control-room service is configured with."""

    model_config = SettingsConfigDict(env_prefix="CONTROLROOM_", extra="ignore")

    db: str = Field(default_factory=default_database_url,
                    description="SQLAlchemy URL: sqlite:///PATH or postgresql+psycopg://...")
    host: str = "127.0.0.1"
    port: int = Field(default=8470, ge=1, le=65535)
    max_decompressed_bytes: int = Field(default=MAX_DECOMPRESSED_BYTES, ge=1024)
    max_concurrent_batches: int = Field(
        default=8, ge=1, description="batches one worker applies at once, at most one per "
                                     "device; more get 503 (a device's second: 429)")
    # Rate limits, per worker process (see ``limits``): requests a minute, and how many may
    # come at once. Raise the address limit when many devices reach HQ through one NAT or VPN
    # address.
    rate_per_address: int = Field(default=1200, ge=1,
                                  description="requests a minute from one client address")
    burst_per_address: int = Field(default=600, ge=1)
    rate_per_device: int = Field(default=600, ge=1,
                                 description="sync requests a minute with one device token")
    burst_per_device: int = Field(default=200, ge=1)
    sign_ins_per_address: int = Field(
        default=10, ge=1, description="enrollment attempts and refused tokens (401) a minute "
                                      "from one client address")
    sign_in_burst: int = Field(default=30, ge=1)
    admin_token: SecretStr | None = Field(
        default=None, description="DEPRECATED shared operator token: acts as an HQ admin on "
                                  "the staff API. Leave unset and give each person their own "
                                  "account (`controlroom user add`)")
    staff_token_idle_hours: float = Field(
        default=12, gt=0, le=24 * 7,
        description="a staff token left unused this long expires (each use moves it on)")
    staff_sign_ins_per_name: int = Field(
        default=5, ge=1, description="sign-in attempts for one user name per window")
    staff_sign_ins_per_address: int = Field(
        default=20, ge=1, description="sign-in attempts from one client address per window")
    staff_sign_in_window_minutes: float = Field(
        default=15, gt=0, le=24 * 60,
        description="the window those attempts are counted in: a name or address that used "
                    "them waits until it has been quiet this long")
    console_idle_minutes: float = Field(
        default=30, gt=0, le=24 * 60,
        description="a console session left unused this long ends (each page moves it on)")
    console_https: bool = Field(
        default=False, description="the console is reached over TLS through a proxy in front "
                                   "of HQ: its cookies are marked Secure (they are anyway when "
                                   "HQ itself serves TLS)")
    retention_days: int = Field(
        default=DEFAULT_RETENTION_DAYS, ge=30, le=3650,
        description="days HQ keeps the personal fields of a crossing (from its day) or a "
                    "complaint (from when it was taken); `serve` purges older ones daily")
    departure_days: int = Field(
        default=DEFAULT_DEPARTURE_DAYS, ge=1, le=3650,
        description="days of departures HQ holds and sends every desk, so a desk can warn "
                    "about a document already recorded departing elsewhere")
    silent_hours: float = Field(
        default=24, gt=0, le=24 * 30,
        description="a device not heard from for this long (no batch, no updates fetched) is "
                    "shown as silent on the devices page")
    hq_id: str | None = Field(
        default=None, description="HQ's identity; by default a random one is made and kept in "
                                  "the database at first start")

    @field_validator("admin_token")
    @classmethod
    def _refuse_weak_admin_token(cls, token: SecretStr | None) -> SecretStr | None:
        """An empty, short or documented-example staff token would open the staff API to
        anyone who guesses it; refuse it when the settings load, not at the first request."""
        if token is None:
            return None
        value = token.get_secret_value()
        if len(value.strip()) < MIN_ADMIN_TOKEN_CHARS or value.lower() in _PLACEHOLDER_TOKENS:
            raise ValueError(f"CONTROLROOM_ADMIN_TOKEN must be a random secret of at least "
                             f"{MIN_ADMIN_TOKEN_CHARS} characters (e.g. `python -c \"import "
                             f"secrets; print(secrets.token_urlsafe(32))\"`), or unset to "
                             "turn the staff API off")
        return token
