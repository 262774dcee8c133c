import { ApiProperty } from '@nestjs/swagger';
import { WriteOutcomeDto } from '../customers/dto/write-answers.dto.js';

export class ErasureAnswerDto extends WriteOutcomeDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ enum: [true], description: 'Always true: erasing an erased person answers the same' })
  erased: true;

  @ApiProperty({ description: 'False when the key was already gone (a repeated erasure)' })
  keyDestroyed: boolean;
}
