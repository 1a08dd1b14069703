"""The group use cases (§8): one method per command, each one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from sqlalchemy import Connection

from evtcli.api.core import WriteContext
from evtcli.api.writes import StreamWrites
from evtcli.domain.events import Envelope
from evtcli.errors import NotFound, UsageProblem
from evtcli.projections import groups as groups_projection

if TYPE_CHECKING:
    from evtcli.api.results import MemberPage

GROUP = "group"
MEMBERS_PAGE = 20  # members on a page of group_members unless the caller asks for another size


class GroupCommands(StreamWrites):
    """Groups: create, rename, add and remove members, destroy; a group's members."""

    # -- writes ---------------------------------------------------------------------

    def create_group(self, name: str, context: WriteContext = WriteContext()) -> Envelope:
        """Append ``Created`` (a group with no members) and return it."""
        return self.start_stream(GROUP, "Created", context, name=name)

    def rename_group(
        self, group: str, name: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``Renamed``; the name must be free among groups that are not destroyed."""
        return self.append_event(
            GROUP, group, "Renamed", expected_version=expected_version, context=context, name=name
        )

    def add_members(
        self,
        group: str,
        users: Sequence[str],
        *,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> list[Envelope]:
        """Append one ``MemberAdded`` per user (USER references), all in one transaction.

        Each user must be live when the transaction runs; a user given twice is refused.
        """
        return self._member_events("MemberAdded", group, users, {}, expected_version, context)

    def remove_members(
        self,
        group: str,
        users: Sequence[str],
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> list[Envelope]:
        """Append one ``MemberRemoved`` per user, all in one transaction."""
        return self._member_events("MemberRemoved", group, users, {"reason": reason}, expected_version, context)

    def _member_events(
        self,
        type_name: str,
        group: str,
        users: Sequence[str],
        values: dict[str, str | None],
        expected_version: int | None,
        context: WriteContext,
    ) -> list[Envelope]:
        if not users:
            raise NotFound("no users given", "name one or more users after the group")
        self.model.aggregate(GROUP).normalize(type_name, **values)  # checked before the lock

        # The payload field that names each member, and the aggregate it names.
        ((field, held),) = self.model.aggregate(GROUP).named_streams(type_name)

        def steps(conn: Connection) -> list[tuple[str, dict[str, str | None]]]:
            held_ids = [self.references.resolve(conn, held, reference) for reference in users]
            return [(type_name, {field: held_id, **values}) for held_id in held_ids]

        return self.append_events(GROUP, group, steps, expected_version=expected_version, context=context)

    def destroy_group(
        self,
        group: str,
        *,
        reason: str | None = None,
        expected_version: int | None = None,
        context: WriteContext = WriteContext(),
    ) -> Envelope:
        """Append ``Destroyed``: the group is disbanded and its name free again."""
        return self.append_event(
            GROUP, group, "Destroyed", expected_version=expected_version, context=context, reason=reason
        )

    # -- the members panel ------------------------------------------------------------

    def group_members(
        self, group: str, *, limit: int | None = MEMBERS_PAGE, offset: int = 0, search: str | None = None
    ) -> MemberPage:
        """A group (its row and member count) and one page of its members, oldest first:
        at most ``limit`` of them (every one with None) after the first ``offset``;
        with ``search``, only members whose name or email holds the text, in any case.
        Pages are read from the projections with LIMIT and OFFSET over an index in
        member order, so a page of a group of 200,000 costs about what a small group
        does. ``next_offset`` of the result asks for the next page."""
        if limit is not None and limit < 1:
            raise UsageProblem(f"cannot show {limit} members a page", "give --limit 1 or more, or --all")
        if offset < 0:
            raise UsageProblem(f"cannot skip {offset} members", "give --offset 0 or more")
        from evtcli.api.results import MemberPage

        search = search or None
        with self._read() as conn:
            group_id = self.references.resolve(conn, GROUP, group)
            found = self.stream_table(GROUP).load(conn, group_id)
            assert found is not None
            if search is None:
                page = groups_projection.member_page(conn, group_id, limit=limit, offset=offset)
                return MemberPage(found, page, offset, limit, None, found.member_count)
            # One more than the page: when it is not there, the page's end is the end of
            # the matches and they need no count (a count reads every member).
            page = groups_projection.member_page(
                conn, group_id, limit=None if limit is None else limit + 1, offset=offset, search=search
            )
            if (limit is not None and len(page) > limit) or (not page and offset):
                matching = groups_projection.count_matching(conn, group_id, search)
            else:
                matching = offset + len(page)
            return MemberPage(found, page[:limit], offset, limit, search, matching)
