/**
 * Whether a customer is held back from an experiment (an automation, a campaign): a hash of its id
 * + customer mapped to [0, 1) and compared with the share. Deterministic (a replay, another worker,
 * next year: the same answer), independent between experiments, and with no state to keep. FNV-1a over the UTF-16 code
 * units, then MurmurHash3's finaliser so near-identical ids spread over the whole range.
 */
export function controlBucket(experimentId: string, customerId: string): number {
  let hash = 0x811c9dc5;
  const key = `${experimentId}\n${customerId}`;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

export const inControlGroup = (experimentId: string, customerId: string, share: number): boolean => controlBucket(experimentId, customerId) < share;
