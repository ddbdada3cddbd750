/**
 * Splits attendees into workshop groups of balanced size (6–7 in the reference), mixing
 * organisations and kinds: no two people of one organisation in a group where it can be avoided.
 * Deterministic for a given input order, so a split can be shown, then adjusted by hand.
 */
export interface GroupAttendee {
  id: string;
  organisationId: string | null;
  /** e.g. the organisation's kind, or "individual": groups mix them too. */
  kind: string;
}

export interface SplitOptions {
  groupCount?: number;
  minSize: number;
  maxSize: number;
}

export function groupCountFor(attendees: number, { groupCount, minSize, maxSize }: SplitOptions): number {
  if (minSize < 1 || maxSize < minSize) throw new RangeError('group sizes must satisfy 1 ≤ min ≤ max');
  if (groupCount !== undefined) return Math.max(1, Math.min(groupCount, attendees || 1));
  return Math.max(1, Math.ceil(attendees / maxSize));
}

export function splitIntoGroups(
  attendees: readonly GroupAttendee[],
  options: SplitOptions,
): GroupAttendee[][] {
  const count = groupCountFor(attendees.length, options);
  const groups: GroupAttendee[][] = Array.from({ length: count }, () => []);
  // People of the largest organisations are placed first, while every group still has room.
  const sizeOf = new Map<string, number>();
  for (const attendee of attendees) {
    if (attendee.organisationId)
      sizeOf.set(attendee.organisationId, (sizeOf.get(attendee.organisationId) ?? 0) + 1);
  }
  const ordered = attendees
    .map((attendee, index) => ({ attendee, index }))
    .sort(
      (a, b) =>
        (sizeOf.get(b.attendee.organisationId ?? '') ?? 0) -
          (sizeOf.get(a.attendee.organisationId ?? '') ?? 0) || a.index - b.index,
    )
    .map(({ attendee }) => attendee);
  const capacity = Math.ceil(attendees.length / count);
  for (const attendee of ordered) {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [index, group] of groups.entries()) {
      if (group.length >= capacity) continue;
      const sameOrganisation = attendee.organisationId
        ? group.filter((member) => member.organisationId === attendee.organisationId).length
        : 0;
      const sameKind = group.filter((member) => member.kind === attendee.kind).length;
      const cost = sameOrganisation * 1000 + sameKind * 10 + group.length;
      if (cost < bestCost) {
        bestCost = cost;
        best = index;
      }
    }
    groups[best]!.push(attendee);
  }
  return groups;
}
