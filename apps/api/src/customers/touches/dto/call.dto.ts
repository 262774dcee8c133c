import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { callOutcomes, directions, type CallOutcome, type Direction } from '#crm/domain';
import { TouchBaseDto } from './touch-base.dto.js';

export class CallDto extends TouchBaseDto {
  @ApiProperty({ enum: ['call'] })
  @IsIn(['call'])
  type: 'call';

  @ApiProperty({ enum: directions })
  @IsIn(directions)
  direction: Direction;

  @ApiProperty({ minimum: 0, example: 300 })
  @Min(0, { message: 'must be at least 0' })
  @IsInt()
  durationSeconds: number;

  @ApiProperty({ enum: callOutcomes })
  @IsIn(callOutcomes)
  outcome: CallOutcome;
}
