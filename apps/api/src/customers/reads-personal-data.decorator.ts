import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { PersonalDataAccess, type AccessAction } from '#crm/compliance';

/** A customer read that returns personal data: recorded in the access log, its reason documented. */
export const ReadsPersonalData = (action: AccessAction) =>
  applyDecorators(
    PersonalDataAccess({ action }),
    ApiHeader({ name: 'X-Access-Reason', required: false, description: 'Why this person’s data is read (or ?reason=); recorded in the access log' }),
  );
