import type { CodecInput, EventCodec } from '#crm/commands';
import type { JsonObject } from '#crm/event-store';
import { NoDataSubjectError } from '../crypto.errors.js';
import type { DataKeyStore } from '../data-keys/data-key.store.js';
import { subjectOfStream } from '../data-keys/data-subject.js';
import { ERASED_MARKER, isEncryptedPersonal } from './encrypted-personal.js';
import { SubjectCipher } from './subject-cipher.js';

/**
 * Authenticated with the ciphertext: a personal object copied into another stream or event type
 * does not decrypt there.
 */
const aadOf = ({ streamName, type }: Pick<CodecInput, 'streamName' | 'type'>): string => `crm-personal:v1:${streamName}:${type}`;

/**
 * The EventCodec of the command pipeline and of every reader: `data.personal` is encrypted with
 * the key of the stream's data subject on the way into the log and decrypted on the way out;
 * everything else in `data` is left as it is. Hashes are over the encrypted form.
 */
export class PersonalDataCodec implements EventCodec {
  private readonly cipher: SubjectCipher;

  constructor(keys: DataKeyStore) {
    this.cipher = new SubjectCipher(keys);
  }

  async encode(event: CodecInput): Promise<JsonObject> {
    const { personal } = event.data;
    if (personal === undefined) return event.data;
    const subject = subjectOfStream(event.streamName);
    if (!subject) throw new NoDataSubjectError(event.streamName, event.type);
    return { ...event.data, personal: await this.cipher.seal(subject, JSON.stringify(personal), aadOf(event)) };
  }

  async decode(event: CodecInput): Promise<JsonObject> {
    const { personal } = event.data;
    if (!isEncryptedPersonal(personal)) return event.data;
    const plaintext = await this.cipher.open(personal, aadOf(event));
    return { ...event.data, personal: plaintext === null ? ERASED_MARKER : JSON.parse(plaintext) };
  }
}
