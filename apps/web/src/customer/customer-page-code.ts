/** The customer page's code, a chunk of its own (with the dialogs and tabs it brings). */
export const loadCustomerPage = () => import('./CustomerPage.js');

/**
 * Fetches it once the console is idle after signing in or a load, for a role that opens
 * customers: the first customer opened then waits only for its data. Opened cold, its dozen
 * chunks went out beside the timeline request to the api's one thread and held it ≈450 ms.
 */
export function warmCustomerPage(): () => void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  const handle = idle(() => void loadCustomerPage().catch(() => undefined));
  return () => cancel(handle);
}
