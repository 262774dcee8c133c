import { Badge, Button, Table, Text, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';
import { NewAutomation } from './NewAutomation.js';

type Automation = Schemas['AutomationViewDto'];
type ActionKind = 'task' | 'notify' | 'message' | 'webhook';

/** What starts it, in one line: the event or signal type (conditions are in the definition, GET /automations). */
const triggerOf = (automation: Automation) =>
  automation.trigger.kind === 'signal' ? `signal: ${String(automation.trigger.signalType)}` : String(automation.trigger.eventType ?? automation.trigger.kind);

/** Defining an automation (with its preview), the automations with their firings per group, pausing and resuming (docs/marketing.md). */
export function AutomationsPanel() {
  const { t, number } = useI18n();
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
              <Table.Td ff="monospace">{triggerOf(automation)}</Table.Td>
              <Table.Td>{t(`admin.automations.kind.${automation.action.kind as ActionKind}`)}</Table.Td>
              <Table.Td>
                <Badge color={automation.status === 'active' ? 'teal' : 'gray'} c="dark.7" variant="light">
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
