import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { AccessLogStore, accessorOf } from '#crm/compliance';
import { customerStreamName, NotFoundError } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { ExportStore, PersonExportFile, type ExportRow } from '#crm/exports';
import { ExportsService, type ExportView } from '../exports.service.js';
import { PersonExportDto } from './person-export.dto.js';
import { gone } from '#crm/http';

/**
 * A person's data export over HTTP. Asking for it and downloading it are reads of the person's
 * data, so each is recorded in the access log before anything is queued or read (a read that
 * cannot be recorded does not happen); the job itself records nothing, so a retry adds no entry.
 */
@Injectable()
export class PersonExportsService {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly exports: ExportsService,
    private readonly store: ExportStore,
    private readonly accessLog: AccessLogStore,
    private readonly file: PersonExportFile,
  ) {}

  async start({ customerId, reason }: PersonExportDto, actor: Actor): Promise<ExportView> {
    if (!(await this.exists(customerId))) throw new NotFoundError('customer', customerId);
    await this.recordAccess(actor, customerId, 'POST /exports/person', reason);
    return this.exports.start('person-data', customerId, actor, reason);
  }

  /** The export's JSON; 410 once the person was erased after it was made. `reason`: the export's own unless another is given. */
  async read(row: ExportRow, stored: string, actor: Actor, reason: string | null): Promise<string> {
    await this.recordAccess(actor, row.subject, 'GET /exports/:id/download', reason ?? (await this.store.reason(row.id)));
    const opened = await this.file.open(row.id, stored);
    if (opened === null) throw gone(`customer ${row.subject} was erased: this export was sealed with their data key, which is destroyed, so it can no longer be read`);
    return opened;
  }

  private async exists(customerId: string): Promise<boolean> {
    for await (const _event of this.events.readStream(customerStreamName(customerId), { maxCount: 1 })) return true;
    return false;
  }

  private recordAccess(actor: Actor, customerId: string, route: string, reason: string | null): Promise<void> {
    return this.accessLog.record({ ...accessorOf(actor), subjectKind: 'customer', subjectId: customerId, action: 'export', route, reason });
  }
}
