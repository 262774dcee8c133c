/** What a file holds; each kind reads its own section of a mapping. */
export const importKinds = ['customers', 'organizations', 'touches', 'staff', 'opportunities'] as const;
export type ImportKind = (typeof importKinds)[number];

export const sectionNames = ['customer', 'organization', 'touch', 'staff', 'opportunity'] as const;
export type SectionName = (typeof sectionNames)[number];

/** The section a kind needs, and the one it may use besides (touches may register their customer). */
export const sectionsOfKind: Record<ImportKind, { required: SectionName; optional?: SectionName }> = {
  customers: { required: 'customer' },
  organizations: { required: 'organization' },
  touches: { required: 'touch', optional: 'customer' },
  staff: { required: 'staff' },
  opportunities: { required: 'opportunity' },
};

type FieldKind = 'field' | 'attributes' | 'section' | 'reason' | 'cancellation';

const person = {
  key: 'field',
  name: 'field',
  email: 'field',
  phone: 'field',
  registeredAt: 'field',
  attributes: 'attributes',
  whenKeyMissing: 'reason',
} as const;

const staffMember = { key: 'field', name: 'field', email: 'field', title: 'field', region: 'field' } as const;

/** Every field a section knows; anything else in a mapping is a usage error naming it. */
export const sectionFields: Record<SectionName | 'manager', Record<string, FieldKind>> = {
  customer: { ...person, kind: 'field' },
  organization: person,
  touch: {
    key: 'field',
    customer: 'field',
    type: 'field',
    occurredAt: 'field',
    channel: 'field',
    cancellation: 'cancellation',
    orderId: 'field',
    sku: 'field',
    description: 'field',
    quantity: 'field',
    unitPrice: 'field',
    amount: 'field',
    direction: 'field',
    durationSeconds: 'field',
    outcome: 'field',
    subject: 'field',
    text: 'field',
  },
  staff: { ...staffMember, manager: 'section' },
  manager: staffMember,
  opportunity: {
    key: 'field',
    customer: 'field',
    owner: 'field',
    interest: 'field',
    product: 'field',
    expectedAmount: 'field',
    stage: 'field',
    openedAt: 'field',
    closedAt: 'field',
    closeAmount: 'field',
    lostReason: 'field',
    whenCustomerMissing: 'reason',
  },
};

/** Fields a section cannot do without; a touch names its customer here or in the customer section. */
export const requiredFields: Record<SectionName | 'manager', readonly string[]> = {
  customer: ['key', 'name'],
  organization: ['key', 'name'],
  touch: ['key', 'type'],
  staff: ['key', 'name', 'email', 'title'],
  manager: ['key'],
  opportunity: ['key', 'customer', 'owner', 'interest', 'expectedAmount', 'stage'],
};
