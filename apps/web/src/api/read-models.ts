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
