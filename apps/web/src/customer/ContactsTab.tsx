import { Anchor, Badge, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { useContacts } from './customer-queries.js';

/** An organization's people, by name, with their role there; each opens their own page. */
export function ContactsTab({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const contacts = useContacts(organizationId);
  const items = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      {contacts.error && <ErrorNotice error={contacts.error} />}
      {contacts.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {contacts.data && items.length === 0 && <Text c="dimmed">{t('contacts.none')}</Text>}
      {items.length > 0 && (
        <Table striped aria-label={t('customer.tab.contacts')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.col.name')}</Table.Th>
              <Table.Th>{t('contacts.col.role')}</Table.Th>
              <Table.Th>{t('customers.col.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((contact) => (
              <Table.Tr key={contact.customerId}>
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${contact.customerId}`}>
                    {contact.name ?? contact.customerId.slice(0, 8)}
                  </Anchor>
                  {contact.erased && (
                    <Badge ml="xs" color="gray" size="xs">
                      {t('customers.erased')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{contact.organizationRole}</Table.Td>
                <Table.Td>{contact.email}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {contacts.hasNextPage && (
        <Button variant="subtle" onClick={() => void contacts.fetchNextPage()} loading={contacts.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
