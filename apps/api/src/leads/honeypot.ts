import type { WebLeadDto } from './dto/web-lead.dto.js';

/** The hidden field of the web form; people leave it empty, form-filling bots do not. */
export const HONEYPOT_FIELD = 'website' satisfies keyof WebLeadDto;

export function isBotSubmission(dto: WebLeadDto): boolean {
  const value = dto[HONEYPOT_FIELD];
  if (value === undefined || value === null) return false;
  return typeof value === 'string' ? value.trim() !== '' : true;
}
