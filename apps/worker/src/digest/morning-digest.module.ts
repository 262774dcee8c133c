import { Module } from '@nestjs/common';
import { TransportModule } from '#crm/transport';
import { MorningDigestJobs } from './morning-digest.jobs.js';
import { MorningDigestService } from './morning-digest.service.js';

@Module({ imports: [TransportModule], providers: [MorningDigestJobs, MorningDigestService] })
export class MorningDigestModule {}
