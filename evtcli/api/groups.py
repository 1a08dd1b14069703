"""The group use cases (§8): one method per command, each one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from sqlalchemy import Connection

from evtcli.api.core import StoreCore, WriteContext
from evtcli.api.resolve import listing_options, match_prefix, one_point_in_time
from evtcli.domain.events import Envelope
from evtcli.domain.groups import Group
from evtcli.domain.validation import refuse_non_utf8
from evtcli.errors import AmbiguousReference, NotFound, UsageProblem
from evtcli.projections import groups as groups_projection
from evtcli.projections.groups import Which

if TYPE_CHECKING:
    from evtcli.api.results import MemberPage
    from evtcli.projections.results import GroupSummary, Member

GROUP = "group"
MEMBERS_PAGE = 20  # members on a page of group_members unless the caller asks for another size


class GroupCommands(StoreCore):
    """Groups: create, rename, add and remove members, destroy, look."""

    # -- writes ---------------------------------------------------------------------

    def create_group(self, name: str, context: WriteContext = WriteContext()) -> Envelope:
        """Append ``Created`` (a group with no members) and return it."""
        return self.start_stream(GROUP, "Created", context, name=name)

    def rename_group(
        self, group: str, name: str, *, expected_version: int | None = None, context: WriteContext = WriteContext()
    ) -> Envelope:
        """Append ``Renamed``; the name must be free among groups that are not destroyed."""
        return self.append_event(
            GROUP, group, "Renamed", expected_version=expected_version, context=context, resolve=self._resolve_group,
            name=name,
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

        def steps(conn: Connection) -> list[tuple[str, dict[str, str | None]]]:
            user_ids = [self._resolve(conn, user) for user in users]  # type: ignore[attr-defined]
            return [(type_name, {"user_id": user_id, **values}) for user_id in user_ids]

        return self.append_events(
            GROUP, group, steps, expected_version=expected_version, context=context, resolve=self._resolve_group
        )

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
            GROUP, group, "Destroyed", expected_version=expected_version, context=context,
            resolve=self._resolve_group, reason=reason,
        )

    # -- reads ----------------------------------------------------------------------

    def list_groups(
        self, which: Which = "live", *, search: str | None = None, sort: str = "name", limit: int | None = None
    ) -> list[GroupSummary]:
        return list(self.iter_groups(which, search=search, sort=sort, limit=limit))

    def iter_groups(
        self, which: Which = "live", *, search: str | None = None, sort: str = "name", limit: int | None = None
    ) -> Iterator[GroupSummary]:
        """Groups, streamed: those not destroyed (``"live"``), ``"deleted"`` or ``"all"``;
        ``search`` keeps those whose name holds the text, in any case; ``sort`` is
        ``"name"`` (the default) or ``"created"``; ``limit`` caps the count."""
        listing_options("groups", sort, groups_projection.SORTS, limit)
        return self._iter_groups(which, search=search, sort=sort, limit=limit)

    def _iter_groups(self, which: Which, **options: object) -> Iterator[GroupSummary]:
        with self._read() as conn:
            yield from groups_projection.iter_groups(conn, which, **options)  # type: ignore[arg-type]

    def get_group(self, group: str) -> tuple[Group, list[Member]]:
        """A group from the projections, and all its members as (user id, name, email,
        added_at), oldest first. A group may have 200,000 members: to show them, read a
        page at a time with :meth:`group_members`."""
        with self._read() as conn:
            group_id = self._resolve_group(conn, group)
            found = groups_projection.load(conn, group_id)
            assert found is not None
            return found, groups_projection.members(conn, group_id)

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
            group_id = self._resolve_group(conn, group)
            found = groups_projection.summary(conn, group_id)
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

    def user_groups(self, user: str) -> list[tuple[str, str]]:
        """The (id, name) of every group a user is a member of."""
        with self._read() as conn:
            return groups_projection.groups_of_user(conn, self._resolve(conn, user))  # type: ignore[attr-defined]

    def fold_group(self, group: str, *, at: str | None = None, version: int | None = None) -> Group:
        """Fold one group's stream from the log, as of a time or a version when asked."""
        one_point_in_time(at, version)
        with self._read() as conn:
            group_id = self._resolve_group(conn, group, ids_from_log=True)
            return self.fold_as_of(conn, GROUP, group_id, at=at, version=version)  # type: ignore[no-any-return]

    # -- GROUP references ---------------------------------------------------------------

    def _resolve_group(self, conn: Connection, reference: str, *, ids_from_log: bool = False) -> str:
        """A GROUP reference as a group id: the name of a group that is not destroyed,
        a full id, or a unique id prefix (4+ characters)."""
        reference = refuse_non_utf8(reference, "GROUP").strip()
        named = groups_projection.by_name(conn, reference) if reference else None

        def lookup(prefix: str) -> list[str]:
            if ids_from_log:
                return self.log.aggregate_ids_with_prefix(conn, GROUP, prefix, limit=11)
            return groups_projection.ids_with_prefix(conn, prefix, limit=11)

        try:
            by_id = match_prefix(reference, lookup, what="group")
        except NotFound:
            if named is not None:
                return named
            raise NotFound(
                f"no group is named or has an id starting with {reference!r}", "list them with 'evtcli group list --all'"
            ) from None
        except AmbiguousReference:
            if named is not None:
                return named
            raise
        if named is not None and named != by_id:
            raise AmbiguousReference(
                f"{reference!r} is the name of group {named} and the start of the id of group {by_id}",
                "give more characters of the id",
            )
        return by_id
