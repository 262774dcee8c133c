import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyService, Roles, type ApiKeySummary } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { ApiKeyDto, ApiKeyIdParams, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto.js';

/** The same key management as `crm keys`, for administrators over HTTP. Keys are credentials, not events. */
@ApiTags('api-keys')
@Controller('api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get()
  @ApiOperation({ summary: 'Every API key, revoked ones included (never the keys themselves)' })
  @ApiOkResponse({ type: [ApiKeyDto] })
  @ApiErrors([400, 401, 403, 429, 503])
  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.list()).map(keyView);
  }

  @Post()
  @ApiOperation({ summary: 'Issue a key for a role; the key is in this answer only' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(body);
  }

  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Refuse the key from the next request on; revoking twice keeps the first time' })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  async revoke(@Param() { id }: ApiKeyIdParams): Promise<ApiKeyDto> {
    return keyView(await this.keys.revoke(id));
  }
}

function keyView(key: ApiKeySummary): ApiKeyDto {
  return {
    ...key,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
