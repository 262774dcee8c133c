import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Role } from './roles.js';

export const ROLES_METADATA = 'crm:auth:roles';

/** The OpenAPI security schemes a caller of a guarded route may use, any one of them. */
export const SECURITY_SCHEMES = { bearer: 'apiKeyBearer', header: 'apiKeyHeader', cookie: 'session' } as const;

/**
 * The roles that may call a route (on a handler or its controller); admin is always allowed. Also
 * declares the route's security in the OpenAPI document, so the document cannot call a guarded
 * route open.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_METADATA, roles),
    ApiSecurity(SECURITY_SCHEMES.bearer),
    ApiSecurity(SECURITY_SCHEMES.header),
    ApiSecurity(SECURITY_SCHEMES.cookie),
  );
