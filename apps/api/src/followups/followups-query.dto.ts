import { IsOptional, IsUUID } from 'class-validator';

export class FollowUpsQueryDto {
  /** Only this salesperson's follow-ups. */
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  ownerId?: string;
}
