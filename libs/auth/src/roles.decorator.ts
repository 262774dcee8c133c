import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ROLES_METADATA = 'crm:auth:roles';

/** The roles that may call a route (on a handler or its controller); admin is always allowed. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);
