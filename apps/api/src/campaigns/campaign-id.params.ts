import { IsUUID } from 'class-validator';

export class CampaignIdParams {
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}
