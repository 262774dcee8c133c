import { Badge, Button, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/http.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

type ProjectionReport = Schemas['ProjectionReportDto'];

const STATE_COLORS: Record<ProjectionReport['state'], string> = { live: 'teal', 'catching-up': 'yellow', rebuilding: 'indigo', failed: 'red', stopped: 'gray' };

/** Projections, their lag and rebuilds with their progress. */
export function ProjectionsPanel() {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const projections = useQuery({
    queryKey: ['projections'],
    queryFn: () => api.get<ProjectionReport[]>('/projections'),
    // While one rebuilds, its progress moves; otherwise lag is worth a glance every few seconds.
    refetchInterval: (query) => (query.state.data?.some((projection) => projection.rebuild) ? 1_000 : 5_000),
  });
  const rebuild = useMutation({
    mutationFn: (name: string) => api.post(`/projections/${name}/rebuild`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projections'] }),
  });
  return (
    <Stack>
      {projections.error && <ErrorNotice error={projections.error} />}
      {rebuild.error && <ErrorNotice error={rebuild.error} />}
      <Table striped aria-label={t('admin.projections')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.col.projection')}</Table.Th>
            <Table.Th>{t('admin.col.status')}</Table.Th>
            <Table.Th>{t('admin.col.checkpoint')}</Table.Th>
            <Table.Th>{t('admin.col.lag')}</Table.Th>
            <Table.Th>{t('admin.col.lagMs')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('admin.rebuild', { name: '' }).trim()}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projections.data?.map((projection) => {
            const percent = projection.rebuild ? Math.round((100 * projection.rebuild.eventsDone) / Math.max(1, projection.rebuild.eventsTotal)) : null;
            return (
              <Table.Tr key={projection.name}>
                <Table.Td>{projection.name}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLORS[projection.state]} variant="light" c="dark.7">
                    {t(`admin.state.${projection.state}`)}
                  </Badge>
                  {projection.lastError && (
                    <Text size="xs" c="red">
                      {projection.lastError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{projection.checkpoint}</Table.Td>
                <Table.Td>{number(projection.lagEvents)}</Table.Td>
                <Table.Td>{number(projection.lagMs)}</Table.Td>
                <Table.Td miw={200}>
                  {percent === null ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => rebuild.mutate(projection.name)}
                      aria-label={t('admin.rebuild', { name: projection.name })}
                    >
                      {t('admin.rebuild', { name: '' }).trim()}
                    </Button>
                  ) : (
                    <Progress value={percent} aria-label={t('admin.rebuilding', { percent })} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
