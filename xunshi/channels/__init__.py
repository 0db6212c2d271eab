"""Intake channels (受理渠道) that run in the background: e-mail, SMS and scanned letters.

Each channel has its own sub-package with the same shape (parsing, the component it talks
to, queue tasks). Every one of them ends in `xunshi.intake.services.item_receive`.
"""
