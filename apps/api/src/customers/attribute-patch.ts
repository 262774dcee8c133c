import { ValidationError, type AttributeValue, type FieldError } from '#crm/domain';

export type AttributePatch = { set: Record<string, AttributeValue>; unset: string[] };

/** A JSON merge patch of attributes: a value sets, null removes. */
export function attributePatch(attributes: Record<string, AttributeValue | null>): AttributePatch {
  const entries = Object.entries(attributes);
  return {
    set: Object.fromEntries(entries.filter((entry): entry is [string, AttributeValue] => entry[1] !== null)),
    unset: entries.filter(([, value]) => value === null).map(([key]) => key),
  };
}

/** The domain names `set.<key>` and `unset[i]`; the caller sent `attributes.<key>`. */
export function inRequestTerms(error: unknown, patch: AttributePatch): unknown {
  if (!(error instanceof ValidationError)) return error;
  const renamed = error.errors.map(({ field, reason }): FieldError => {
    if (field.startsWith('set.')) return { field: `attributes.${field.slice('set.'.length)}`, reason };
    const unset = /^unset\[(\d+)\]$/.exec(field);
    return unset ? { field: `attributes.${patch.unset[Number(unset[1])]}`, reason } : { field, reason };
  });
  return new ValidationError(renamed);
}
