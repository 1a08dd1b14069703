"""The projections evtcli keeps, in one place."""

from evtcli.projections.groups import GROUPS, MEMBERS
from evtcli.projections.users import PROJECTION as USERS

# A list, so that an aggregate declared elsewhere can register its projections too.
PROJECTIONS = [USERS, GROUPS, MEMBERS]
