import { Button, Group } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegisterAccess, type RegisterAccess } from './shared/register-access.ts';

interface RegisterSection {
  to: string;
  labelKey: ParseKeys;
  /** The pages below this one (a person's page belongs to Personnes). */
  pattern: string;
  isVisible: (access: RegisterAccess) => boolean;
}

const sections: readonly RegisterSection[] = [
  {
    to: '/members',
    labelKey: 'register.navigation.persons',
    pattern: '/members/persons/*',
    isVisible: (access) => access.canRead,
  },
  {
    to: '/members/organisations',
    labelKey: 'register.navigation.organisations',
    pattern: '/members/organisations/*',
    isVisible: (access) => access.canRead,
  },
  {
    to: '/members/memberships',
    labelKey: 'register.navigation.memberships',
    pattern: '/members/memberships/*',
    isVisible: (access) => access.canRead,
  },
  {
    to: '/members/fees',
    labelKey: 'register.navigation.fees',
    pattern: '/members/fees',
    isVisible: (access) => access.canRead,
  },
  {
    to: '/members/summary',
    labelKey: 'register.navigation.summary',
    pattern: '/members/summary',
    isVisible: (access) => access.canRead,
  },
  {
    to: '/members/duplicates',
    labelKey: 'register.navigation.duplicates',
    pattern: '/members/duplicates',
    isVisible: (access) => access.canMerge,
  },
  {
    to: '/members/import',
    labelKey: 'register.navigation.import',
    pattern: '/members/import',
    isVisible: (access) => access.canChange,
  },
];

function SectionLink({ section }: { section: RegisterSection }) {
  const { t } = useTranslation();
  const exact = useMatch({ path: section.to, end: true });
  const below = useMatch({ path: section.pattern });
  const isCurrentPage = exact !== null;
  const isActive = isCurrentPage || below !== null;
  return (
    <li>
      <Button
        component={Link}
        to={section.to}
        variant={isActive ? 'filled' : 'subtle'}
        size="sm"
        aria-current={isCurrentPage ? 'page' : isActive ? 'true' : undefined}
      >
        {t(section.labelKey)}
      </Button>
    </li>
  );
}

/** The register's own sections, as links: each is a page with its own address. */
export function RegisterNavigation() {
  const { t } = useTranslation();
  const access = useRegisterAccess();
  const visible = sections.filter((section) => section.isVisible(access));
  return (
    <nav aria-label={t('register.navigation.label')}>
      <Group
        component="ul"
        gap={4}
        p={0}
        m={0}
        pb="xs"
        style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-gray-4)' }}
      >
        {visible.map((section) => (
          <SectionLink key={section.to} section={section} />
        ))}
      </Group>
    </nav>
  );
}
