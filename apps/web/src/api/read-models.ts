import { useQuery } from '@tanstack/react-query';
import { api } from './http.js';
import type { Schemas } from './types.js';

export type SegmentSummary = Schemas['SegmentViewDto'];

/** Segments are the analyst's; for another role this answers 403 and the filter is left out. */
export function useSegmentList(enabled: boolean) {
  return useQuery({
    queryKey: ['segments'],
    queryFn: () => api.get<Schemas['SegmentListDto']>('/segments'),
    enabled,
    select: (answer) => answer.segments,
  });
}

export type StaffMember = Schemas['StaffMemberDto'];

export function useStaff() {
  // Each timeline entry names its owner: with no staleness allowed, every entry that mounted after
  // the list arrived fetched it again.
  return useQuery({ queryKey: ['staff'], queryFn: () => api.get<StaffMember[]>('/staff'), staleTime: 60_000 });
}

/** A staff member's name by id; undefined while the list loads or when it does not name them. */
export function useStaffNames(): (staffId: string) => string | undefined {
  const staff = useStaff();
  return (staffId) => staff.data?.find((member) => member.staffId === staffId)?.name ?? undefined;
}
