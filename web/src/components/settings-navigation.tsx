import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const links = [
  { to: '/settings/association', labelKey: 'association.navigation' },
  { to: '/settings/users', labelKey: 'statutes.navigation.users' },
  { to: '/settings/statutes', labelKey: 'statutes.navigation.statutes' },
  { to: '/settings/categories', labelKey: 'categories.navigation' },
] as const;

/** The settings pages, one link each, the current one marked. */
export function SettingsNavigation() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('statutes.navigation.label')}>
      <Group component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {links.map((link) => {
          const isCurrent = pathname === link.to;
          return (
            <li key={link.to}>
              <Button
                component={Link}
                to={link.to}
                size="compact-md"
                variant={isCurrent ? 'filled' : 'default'}
                aria-current={isCurrent ? 'page' : undefined}
              >
                {t(link.labelKey)}
              </Button>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
