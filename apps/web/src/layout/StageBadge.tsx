import { Badge } from '@mantine/core';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';

const COLORS: Record<string, string> = { lead: 'blue', prospect: 'grape', customer: 'teal', lost: 'gray' };

export function StageBadge({ stage, grade }: { stage: string; grade: string | null }) {
  const { t } = useI18n();
  const label = t(`stage.${stage}` as MessageKey) + (grade ? ` · ${t(`grade.${grade}` as MessageKey)}` : '');
  // Dark text: the light variant's own text colour falls under AA contrast on its tint.
  return <Badge color={COLORS[stage] ?? 'gray'} variant="light" c="dark.7">{label}</Badge>;
}
