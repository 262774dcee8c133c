import { IsPageLimit } from '../directory/page-limit.js';

export class NotificationListQueryDto {
  @IsPageLimit()
  limit?: number;
}
