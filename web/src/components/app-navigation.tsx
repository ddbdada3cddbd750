import { NavLink, Stack } from '@mantine/core';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { budgetReaderRoles, type Role } from '../../../common/roles.ts';

interface NavigationItem {
  to: string;
  labelKey: ParseKeys;
  /** Only these roles see the link; everyone when absent. */
  roles?: readonly Role[];
}

const items: readonly NavigationItem[] = [
  { to: '/', labelKey: 'navigation.dashboard' },
  { to: '/members', labelKey: 'navigation.members' },
  { to: '/assemblies', labelKey: 'navigation.assemblies' },
  { to: '/board', labelKey: 'navigation.board' },
  { to: '/budget', labelKey: 'navigation.budget', roles: budgetReaderRoles },
  { to: '/staff', labelKey: 'navigation.staff', roles: budgetReaderRoles },
  { to: '/programmes', labelKey: 'navigation.programmes', roles: budgetReaderRoles },
  { to: '/minutes', labelKey: 'navigation.minutes' },
  { to: '/settings', labelKey: 'navigation.settings', roles: ['administrator'] },
  { to: '/account', labelKey: 'navigation.account' },
];

function NavigationLink({ item, onNavigate }: { item: NavigationItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  const match = useMatch({ path: item.to, end: item.to === '/' });
  const isActive = match !== null;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.labelKey)}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      variant="filled"
      onClick={onNavigate}
    />
  );
}

export function AppNavigation({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const visibleItems = items.filter((item) => !item.roles || item.roles.includes(role));
  return (
    <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
      {visibleItems.map((item) => (
        <li key={item.to}>
          <NavigationLink item={item} onNavigate={onNavigate} />
        </li>
      ))}
    </Stack>
  );
}
