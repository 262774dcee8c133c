import { Injectable } from '@nestjs/common';
import { ERASED_MARKER, isEncryptedPersonal, SubjectCipher } from '#crm/crypto';
import type { CustomerExport } from '../customer-export.service.js';

/** Binds a sealed file to its export row: copied into another row, it does not open. */
const aadOf = (exportId: string): string => `crm-person-export:v1:${exportId}`;

/**
 * A person's export as stored in export_job.content: sealed with the person's own data key, so
 * their erasure shreds the file together with the log (no list of copies to chase). A person
 * already erased has no key; their export then holds no personal data and is stored as it is.
 * Erased while being read: sealing finds the key destroyed and the job's next try reads again.
 */
@Injectable()
export class PersonExportFile {
  constructor(private readonly cipher: SubjectCipher) {}

  async seal(exportId: string, exported: CustomerExport): Promise<string> {
    const plaintext = JSON.stringify(exported);
    if (exported.state.status !== 'erased') {
      return JSON.stringify(await this.cipher.seal({ kind: 'customer', id: exported.customerId }, plaintext, aadOf(exportId)));
    }
    // Decrypted through a key this process cached a moment past the erasure: never stored in clear.
    if (holdsPersonalData(exported)) throw new Error(`customer ${exported.customerId} is erased but was read with a key still cached: exported again on the next try`);
    return plaintext;
  }

  /** The export's JSON, or null once the person was erased after it was made. */
  async open(exportId: string, stored: string): Promise<string | null> {
    const parsed: unknown = JSON.parse(stored);
    return isEncryptedPersonal(parsed) ? this.cipher.open(parsed, aadOf(exportId)) : stored;
  }
}

function holdsPersonalData(exported: CustomerExport): boolean {
  return exported.history.some((event) => event.data.personal !== undefined && event.data.personal !== ERASED_MARKER);
}
