"""All queue jobs of the channels, imported by the worker so the consumer knows them."""

from __future__ import annotations


def load_all() -> None:
    import xunshi.casework.tasks
    import xunshi.channels.email.tasks
    import xunshi.channels.letters.tasks
    import xunshi.channels.sms.tasks
    import xunshi.matching.tasks
    import xunshi.triage.tasks  # noqa: F401


def kick() -> None:
    """Run every sweep once now: after a restart, nothing waits for the next minute."""
    from xunshi.channels.email.tasks import email_poll_all
    from xunshi.channels.letters.tasks import letters_sweep
    from xunshi.channels.sms.tasks import sms_dir_scan_all, sms_reassembly_timeout

    for task in (email_poll_all, sms_dir_scan_all, sms_reassembly_timeout, letters_sweep):
        task()


def lock_names() -> list[str]:
    """Every per-channel lock the jobs take (see email.poll and sms.scan_dir)."""
    from xunshi.rounds.models import Channel

    names = []
    for pk, kind in Channel.objects.filter(kind__in=[Channel.Kind.EMAIL, Channel.Kind.SMS]).values_list(
        "pk", "kind"
    ):
        names.append(f"email-poll-{pk}" if kind == Channel.Kind.EMAIL else f"sms-scan-{pk}")
    return names
