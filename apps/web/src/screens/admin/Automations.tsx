import { Badge, Button, Table, Text, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http.js';
import { useSegmentList } from '../../api/read-models.js';
import type { Schemas } from '../../api/types.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';
import { NewAutomation } from './NewAutomation.js';

type Automation = Schemas['AutomationViewDto'];
type ActionKind = 'task' | 'notify' | 'message' | 'webhook';

/** What starts it, in one line of the reader's language (the conditions are in the definition, GET /automations). */
function useTriggerText() {
  const { t } = useI18n();
  const segments = useSegmentList(true);
  const stage = (value: unknown) => t(`stage.${String(value)}` as MessageKey);
  return ({ trigger }: Automation): string => {
    switch (trigger.kind) {
      case 'signal':
        return t('admin.automations.triggerText.signal', { signal: t(`signal.${String(trigger.signalType)}` as MessageKey) });
      case 'event':
        return t('admin.automations.triggerText.event', { event: t(`event.${String(trigger.eventType)}` as MessageKey) });
      case 'segment': {
        const segment = segments.data?.find((candidate) => candidate.id === trigger.segmentId)?.name ?? String(trigger.segmentId);
        return t(trigger.on === 'exit' ? 'admin.automations.triggerText.segmentExit' : 'admin.automations.triggerText.segmentEnter', { segment });
      }
      case 'lifecycle':
        return trigger.from
          ? t('admin.automations.triggerText.lifecycleFrom', { from: stage(trigger.from), to: stage(trigger.to) })
          : t('admin.automations.triggerText.lifecycle', { to: stage(trigger.to) });
    }
    return String(trigger.kind);
  };
}

/** Defining an automation (with its preview), the automations with their firings per group, pausing and resuming (docs/marketing.md). */
export function AutomationsPanel() {
  const { t, number } = useI18n();
  const triggerOf = useTriggerText();
  const queryClient = useQueryClient();
  // The list is a read model: a pause shows once the projector has applied it, so the list looks again now and then.
  const automations = useQuery({ queryKey: ['automations'], queryFn: () => api.get<Schemas['AutomationListDto']>('/automations'), refetchInterval: 2_000 });
  const toggle = useMutation({
    mutationFn: (automation: Automation) => api.post(`/automations/${automation.id}/${automation.status === 'active' ? 'pause' : 'resume'}`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['automations'] }),
  });
  return (
    <Stack>
      <NewAutomation />
      {automations.error && <ErrorNotice error={automations.error} />}
      {toggle.error && <ErrorNotice error={toggle.error} />}
      <Table striped aria-label={t('admin.section.automations')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.automations.name')}</Table.Th>
            <Table.Th>{t('admin.automations.trigger')}</Table.Th>
            <Table.Th>{t('admin.automations.action')}</Table.Th>
            <Table.Th>{t('admin.col.status')}</Table.Th>
            <Table.Th>{t('admin.automations.treated')}</Table.Th>
            <Table.Th>{t('admin.automations.control')}</Table.Th>
            <Table.Th>{t('admin.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {automations.data?.items.map((automation) => (
            <Table.Tr key={automation.id}>
              <Table.Td>
                {automation.name}{' '}
                <Text span c="dimmed">
                  v{automation.version}
                </Text>
              </Table.Td>
              <Table.Td>{triggerOf(automation)}</Table.Td>
              <Table.Td>{t(`admin.automations.kind.${automation.action.kind as ActionKind}`)}</Table.Td>
              <Table.Td>
                {/* The label may not clip: a grid item that hides its overflow shrinks to nothing in a narrow column ("ACTI…"). */}
                <Badge color={automation.status === 'active' ? 'teal' : 'gray'} c="dark.7" variant="light" styles={{ label: { overflow: 'visible' } }}>
                  {t(`admin.automations.status.${automation.status as 'active' | 'paused'}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{number(automation.firings.treated)}</Table.Td>
              <Table.Td>{number(automation.firings.control)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => toggle.mutate(automation)}
                  aria-label={t(automation.status === 'active' ? 'admin.automations.pauseNamed' : 'admin.automations.resumeNamed', { name: automation.name })}
                >
                  {t(automation.status === 'active' ? 'admin.automations.pause' : 'admin.automations.resume')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {automations.data?.items.length === 0 && <Text c="dimmed">{t('admin.automations.none')}</Text>}
    </Stack>
  );
}
