"""The projections evtcli keeps, in one place."""

from evtcli.projections.groups import GROUPS, MEMBERS
from evtcli.projections.users import PROJECTION as USERS

PROJECTIONS = (USERS, GROUPS, MEMBERS)
