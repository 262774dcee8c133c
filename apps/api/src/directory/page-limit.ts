import { ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** `limit=`: a whole number from 1 to `maximum`. */
export const IsLimit = (options: { maximum: number; default: number; description?: string }) => {
  const message = { message: `must be a whole number from 1 to ${options.maximum}` };
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, ...options }),
    IsOptional(),
    Type(() => Number),
    IsInt(message),
    Min(1, message),
    Max(options.maximum, message),
  );
};

/** `limit=` of a paged read: 1 to MAX_PAGE_SIZE. */
export const IsPageLimit = () => IsLimit({ maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE });
