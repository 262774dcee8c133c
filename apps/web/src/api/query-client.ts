import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './http.js';

/** The console's one cache: the router's loaders fill it before a screen mounts, the screens read it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal will not change on retry; only a server that is briefly away might.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});
