"""SMS parts are grouped by a keyed digest of the sender; the number itself is encrypted."""

from django.db import migrations, models

import xunshi.core.crypto


def seal_senders(apps, schema_editor):  # type: ignore[no-untyped-def]
    # Uses the project's crypto on purpose: the stored form must be exactly what the field
    # writes, under the deployment's own keys.
    from xunshi.core.crypto import encrypt, keyed_digest

    groups = apps.get_model("channels", "SmsGroup")
    for group in groups.objects.all().only("pk", "sender"):
        groups.objects.filter(pk=group.pk).update(
            sender_key=keyed_digest("sms-sender", group.sender),
            sender=encrypt(group.sender, context="channels.smsgroup.sender") if group.sender else "",
        )


class Migration(migrations.Migration):
    dependencies = [("channels", "0001_initial")]

    operations = [
        migrations.RemoveIndex(model_name="smsgroup", name="channels_sm_channel_90020b_idx"),
        migrations.AddField(
            model_name="smsgroup", name="sender_key", field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.AlterField(model_name="smsgroup", name="sender", field=models.TextField(blank=True)),
        migrations.RunPython(seal_senders, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="smsgroup", name="sender", field=xunshi.core.crypto.EncryptedTextField(blank=True)
        ),
        migrations.AddIndex(
            model_name="smsgroup",
            index=models.Index(fields=["channel", "sender_key", "ref", "total"], name="channels_sm_channel_sk_idx"),
        ),
    ]
