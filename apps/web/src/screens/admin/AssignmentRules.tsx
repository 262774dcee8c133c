import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/http.js';
import { useStaff, type StaffMember } from '../../api/read-models.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

type Rule = Schemas['AssignmentRuleDto'];
type RulesView = Schemas['AssignmentRulesViewDto'];

const FIELDS = ['country', 'form', 'source', 'interest', 'attribute'] as const;
const TARGETS = ['staff', 'team'] as const;
const QUERY_KEY = ['assignment-rules'];

/**
 * The lead routing rules in the order they are tried: each change saves the whole list (PUT
 * replaces it), and the list shown is the one saved, since the read model may lag the write.
 */
export function AssignmentRulesPanel() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.get<RulesView>('/assignment-rules') });
  const staff = useStaff();
  const save = useMutation({
    mutationFn: (next: Rule[]) => api.put('/assignment-rules', { rules: next }).then(() => next),
    onSuccess: (next) => queryClient.setQueryData<RulesView>(QUERY_KEY, (old) => ({ definedAt: old?.definedAt ?? null, ...old, rules: next })),
  });
  const list = rules.data?.rules ?? [];
  const nameOf = (id: string) => staff.data?.find((member) => member.staffId === id)?.name ?? id;
  const move = (index: number, by: number) => {
    const next = [...list];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    save.mutate(next);
  };
  const title = t('admin.section.rules');
  return (
    <Stack>
      <Text>{t('admin.rules.intro')}</Text>
      {rules.error && <ErrorNotice error={rules.error} />}
      {save.error && !(save.error instanceof ApiError && save.error.body?.errors?.length) && <ErrorNotice error={save.error} />}
      <Table striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('admin.rules.name')}</Table.Th>
            <Table.Th>{t('admin.rules.when')}</Table.Th>
            <Table.Th>{t('admin.rules.assignTo')}</Table.Th>
            <Table.Th>{t('admin.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((rule, index) => (
            <Table.Tr key={rule.ruleId}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>{rule.name}</Table.Td>
              <Table.Td>
                {rule.conditions.length === 0
                  ? t('admin.rules.everyLead')
                  : rule.conditions
                      .map(
                        (condition) =>
                          `${condition.field === 'attribute' ? condition.key : t(`admin.rules.field.${condition.field}`)}: ${condition.values.join(', ')}`,
                      )
                      .join(' · ')}
              </Table.Td>
              <Table.Td>{t(`admin.rules.target.${rule.assignTo.kind}Named`, { name: nameOf(rule.assignTo.staffId) })}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    disabled={index === 0 || save.isPending}
                    onClick={() => move(index, -1)}
                    aria-label={t('admin.rules.upNamed', { name: rule.name })}
                  >
                    {t('admin.rules.up')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={index === list.length - 1 || save.isPending}
                    onClick={() => move(index, 1)}
                    aria-label={t('admin.rules.downNamed', { name: rule.name })}
                  >
                    {t('admin.rules.down')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    disabled={save.isPending}
                    onClick={() => save.mutate(list.filter((other) => other.ruleId !== rule.ruleId))}
                    aria-label={t('admin.rules.removeNamed', { name: rule.name })}
                  >
                    {t('admin.rules.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rules.data && list.length === 0 && <Text c="dimmed">{t('admin.rules.none')}</Text>}
      <NewRule staff={staff.data ?? []} onAdd={(rule) => save.mutateAsync([...list, rule])} error={save.error} index={list.length} />
    </Stack>
  );
}

type Draft = { name: string; field: Rule['conditions'][number]['field']; key: string; values: string; kind: Rule['assignTo']['kind']; staffId: string | null };

const EMPTY: Draft = { name: '', field: 'country', key: '', values: '', kind: 'staff', staffId: null };

/** One condition per new rule: rules with several conditions come through the API. */
function NewRule({ staff, onAdd, error, index }: { staff: StaffMember[]; onAdd: (rule: Rule) => Promise<unknown>; error: Error | null; index: number }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  // The API names the new rule's fields by its place in the list: rules[3].name → name.
  const prefix = `rules[${index}].`;
  const errors = Object.fromEntries(
    Object.entries(error instanceof ApiError ? error.fieldErrors : {})
      .filter(([field]) => field.startsWith(prefix))
      .map(([field, reason]) => [field.slice(prefix.length), reason]),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = draft.values
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
    const conditions = values.length === 0 ? [] : [{ field: draft.field, key: draft.field === 'attribute' ? draft.key : null, values }];
    const rule: Rule = { ruleId: crypto.randomUUID(), name: draft.name, conditions, assignTo: { kind: draft.kind, staffId: draft.staffId ?? '' } };
    onAdd(rule).then(
      () => setDraft(EMPTY),
      () => undefined,
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-rule-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-rule-title">
            {t('admin.rules.new')}
          </Title>
          <Group align="start">
            <TextInput
              label={t('admin.rules.name')}
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
              error={errors.name}
              required
            />
            <Select
              label={t('admin.rules.field')}
              data={FIELDS.map((field) => ({ value: field, label: t(`admin.rules.field.${field}`) }))}
              value={draft.field}
              onChange={(field) => setDraft({ ...draft, field: (field ?? 'country') as Draft['field'] })}
              allowDeselect={false}
              error={errors['conditions[0].field']}
            />
            {draft.field === 'attribute' && (
              <TextInput
                label={t('admin.rules.key')}
                value={draft.key}
                onChange={(event) => setDraft({ ...draft, key: event.currentTarget.value })}
                error={errors['conditions[0].key']}
                required
              />
            )}
            <TextInput
              label={t('admin.rules.values')}
              description={t('admin.rules.valuesHint')}
              value={draft.values}
              onChange={(event) => setDraft({ ...draft, values: event.currentTarget.value })}
              error={errors['conditions[0].values']}
            />
          </Group>
          <Group align="start">
            <Select
              label={t('admin.rules.assignTo')}
              data={TARGETS.map((kind) => ({ value: kind, label: t(`admin.rules.target.${kind}`) }))}
              value={draft.kind}
              onChange={(kind) => setDraft({ ...draft, kind: (kind ?? 'staff') as Draft['kind'] })}
              allowDeselect={false}
              error={errors['assignTo.kind']}
            />
            <Select
              label={draft.kind === 'team' ? t('admin.rules.manager') : t('admin.rules.staff')}
              data={staff.filter((member) => member.active).map((member) => ({ value: member.staffId, label: member.name ?? member.staffId }))}
              value={draft.staffId}
              onChange={(staffId) => setDraft({ ...draft, staffId })}
              searchable
              error={errors['assignTo.staffId']}
              required
            />
          </Group>
          <Group>
            <Button type="submit">{t('admin.rules.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
