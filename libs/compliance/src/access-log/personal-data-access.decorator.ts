import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ReadsQuery } from '#crm/http';
import type { AccessAction } from './access-log.store.js';

export const PERSONAL_DATA_ACCESS = 'crm:compliance:personal-data-access';

export type PersonalDataAccessOptions = {
  action: AccessAction;
  /** The route parameter holding the customer id. Default `id`. */
  subjectParam?: string;
  /** Refuse the read (400) without an X-Access-Reason header or `reason` query. Default false. */
  reasonRequired?: boolean;
};

/**
 * On every route that returns a person's data: the read is recorded in the access log (who,
 * when, which customer, why) before the handler runs, and refused if it cannot be recorded.
 */
export const PersonalDataAccess = (options: PersonalDataAccessOptions) =>
  applyDecorators(SetMetadata(PERSONAL_DATA_ACCESS, options), ReadsQuery('reason'));
