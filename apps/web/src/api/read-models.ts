import { useQuery } from '@tanstack/react-query';
import { api } from './http.js';

export interface SegmentSummary {
  id: string;
  name: string;
  description: string | null;
  members: number;
  definedAt: string;
}

/** Segments are the analyst's; for another role this answers 403 and the filter is left out. */
export function useSegmentList(enabled: boolean) {
  return useQuery({
    queryKey: ['segments'],
    queryFn: () => api.get<{ segments: SegmentSummary[] }>('/segments'),
    enabled,
    select: (answer) => answer.segments,
  });
}
