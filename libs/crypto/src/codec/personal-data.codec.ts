import type { CodecInput, EventCodec } from '@crm/commands';
import type { JsonObject } from '@crm/event-store';
import { open, seal } from '../aead/aes-gcm.js';
import { NoDataSubjectError } from '../crypto.errors.js';
import type { DataKeyStore } from '../data-keys/data-key.store.js';
import { subjectOfStream } from '../data-keys/data-subject.js';
import { ERASED_MARKER, isEncryptedPersonal, sealedOf, toEncryptedPersonal } from './encrypted-personal.js';

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
  constructor(private readonly keys: DataKeyStore) {}

  async encode(event: CodecInput): Promise<JsonObject> {
    const { personal } = event.data;
    if (personal === undefined) return event.data;
    const subject = subjectOfStream(event.streamName);
    if (!subject) throw new NoDataSubjectError(event.streamName, event.type);
    const { keyId, key } = await this.keys.keyFor(subject);
    const sealed = seal(key, Buffer.from(JSON.stringify(personal), 'utf8'), aadOf(event));
    return { ...event.data, personal: toEncryptedPersonal(keyId, sealed) };
  }

  async decode(event: CodecInput): Promise<JsonObject> {
    const { personal } = event.data;
    if (!isEncryptedPersonal(personal)) return event.data;
    const key = await this.keys.keyById(personal.$enc.keyId);
    if (key === null) return { ...event.data, personal: ERASED_MARKER };
    const plaintext = open(key, sealedOf(personal), aadOf(event));
    return { ...event.data, personal: JSON.parse(plaintext.toString('utf8')) };
  }
}
