import { ValidationError } from '#crm/domain';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const byMediaType: Record<string, ExportFormat> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'text/csv': 'csv',
  'application/json': 'json',
};

/** `?format=` wins; otherwise the first media type of Accept we serve; otherwise a JSON page. */
export function exportFormatOf(format: string | undefined, accept: string | undefined): ExportFormat {
  if (format !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new ValidationError([{ field: 'format', reason: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
    }
    return format as ExportFormat;
  }
  const mediaTypes = (accept ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  return mediaTypes.map((type) => byMediaType[type]).find((found) => found !== undefined) ?? 'json';
}
