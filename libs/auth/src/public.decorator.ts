import { SetMetadata } from '@nestjs/common';

export const PUBLIC_METADATA = 'crm:auth:public';

/** Opens a route to callers without a key (health, docs, the web lead form). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);
