import { Module } from '@nestjs/common';

/** BullMQ workers and reactors: add their modules here. Redis comes from JobsModule. */
@Module({ imports: [] })
export class WorkerModule {}
