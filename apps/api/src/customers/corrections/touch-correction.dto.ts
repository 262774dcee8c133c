import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

/** `:id` and `:eventId` of /customers/:id/touches/:eventId/…: the customer and the touch's event id. */
export class TouchParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The eventId the touch was recorded with' })
  @IsUUID('all', { message: 'must be a UUID' })
  eventId: string;
}

export class VoidTouchDto {
  @ApiProperty({ minLength: 1, maxLength: 500, description: 'Why the touch is voided; kept with the personal data' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

/**
 * The fields to change, by the names the touch's own body takes. Declared as a record on purpose:
 * its decorator metadata is then Object, so the global validation pipe leaves it to the decider,
 * which knows which fields each touch type may have corrected.
 */
export type TouchCorrectionFields = Record<string, unknown>;
