"""The model evtcli stores: every aggregate it declares, in one place."""

from evtcli.domain.groups import group
from evtcli.domain.registry import Model
from evtcli.domain.users import user

MODEL = Model(user, group)
