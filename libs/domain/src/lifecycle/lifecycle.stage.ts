export const lifecycleStages = ['lead', 'prospect', 'customer', 'lost'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

export const prospectGrades = ['possible', 'probable', 'improbable'] as const;
export const customerGrades = ['captive', 'high-value', 'low-value'] as const;
export type ProspectGrade = (typeof prospectGrades)[number];
export type CustomerGrade = (typeof customerGrades)[number];
export type LifecycleGrade = ProspectGrade | CustomerGrade;

/** Leads and lost customers have no grade. */
export type LifecyclePosition =
  | { stage: 'lead' | 'lost'; grade: null }
  | { stage: 'prospect'; grade: ProspectGrade }
  | { stage: 'customer'; grade: CustomerGrade };

export function samePosition(a: LifecyclePosition | null, b: LifecyclePosition | null): boolean {
  return a?.stage === b?.stage && a?.grade === b?.grade;
}

export function isLifecycleStage(value: unknown): value is LifecycleStage {
  return typeof value === 'string' && (lifecycleStages as readonly string[]).includes(value);
}
