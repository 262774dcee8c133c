import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { createValidationPipe, ValidationFailedError } from '#crm/http';
import type { TouchBaseDto } from './dto/touch-base.dto.js';
import { touchTypes } from '#crm/domain';
import { touchKindOf } from './touch-kinds.js';

/**
 * A touch after TouchBodyPipe. Declared as an intersection on purpose: its decorator metadata is
 * then Object, so the global validation pipe leaves the body to this pipe instead of judging it
 * against the base class alone and refusing every touch's own fields.
 */
export type ValidatedTouch = TouchBaseDto & Record<string, unknown>;

/** Validates a touch against the DTO its `type` selects, with the same rules as every other body. */
@Injectable()
export class TouchBodyPipe implements PipeTransform<unknown, Promise<ValidatedTouch>> {
  private readonly validation = createValidationPipe();

  async transform(body: unknown, metadata: ArgumentMetadata): Promise<ValidatedTouch> {
    const kind = touchKindOf(typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined);
    if (!kind) throw new ValidationFailedError([{ field: 'type', reason: `must be one of: ${touchTypes.join(', ')}` }]);
    return this.validation.transform(body, { ...metadata, metatype: kind.dto });
  }
}
