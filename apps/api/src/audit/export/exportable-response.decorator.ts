import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * The answer of a route that pages as JSON or streams everything as NDJSON or CSV (export-format.ts):
 * each media type with its own body, which ApiProduces with one type cannot say.
 */
export const ExportableResponse = (page: Type, description: string) =>
  applyDecorators(
    ApiExtraModels(page),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(page) } },
        'application/x-ndjson': { schema: { type: 'string', description: 'Every record that matches, one JSON object a line' } },
        'text/csv': { schema: { type: 'string', description: 'Every record that matches, one row a line, with a header' } },
      },
    }),
  );
