import { Button, Group } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { Link, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { assemblyPath, type Assembly } from './assemblies.api.ts';
import { useIsStaff } from './shared/require-staff.tsx';

interface AssemblySection {
  page: string;
  labelKey: ParseKeys;
  isStaffOnly: boolean;
}

const sections: readonly AssemblySection[] = [
  { page: '', labelKey: 'assemblies.sections.overview', isStaffOnly: false },
  { page: 'attendance', labelKey: 'assemblies.sections.attendance', isStaffOnly: true },
  { page: 'check-in', labelKey: 'assemblies.sections.checkIn', isStaffOnly: true },
  { page: 'convocations', labelKey: 'assemblies.sections.convocations', isStaffOnly: true },
  { page: 'workshops', labelKey: 'assemblies.sections.workshops', isStaffOnly: false },
  { page: 'questions', labelKey: 'assemblies.sections.questions', isStaffOnly: false },
  { page: 'control', labelKey: 'assemblies.sections.control', isStaffOnly: true },
  { page: 'minutes', labelKey: 'assemblies.sections.minutes', isStaffOnly: true },
];

function SectionLink({ to, label }: { to: string; label: string }) {
  const isCurrentPage = useMatch({ path: to, end: true }) !== null;
  return (
    <li>
      <Button
        component={Link}
        to={to}
        variant={isCurrentPage ? 'filled' : 'subtle'}
        size="sm"
        aria-current={isCurrentPage ? 'page' : undefined}
      >
        {label}
      </Button>
    </li>
  );
}

/** The assembly's pages as links; the projector opens in its own window, for the second screen. */
export function AssemblyNavigation({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const isStaff = useIsStaff();
  const visible = sections.filter((section) => isStaff || !section.isStaffOnly);
  return (
    <nav aria-label={t('assemblies.sections.label')}>
      <Group
        component="ul"
        gap={4}
        p={0}
        m={0}
        pb="xs"
        style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-gray-4)' }}
      >
        {visible.map((section) => (
          <SectionLink
            key={section.page}
            to={assemblyPath(assembly.slug, section.page || undefined)}
            label={t(section.labelKey)}
          />
        ))}
        <li>
          <Button
            component="a"
            href={assemblyPath(assembly.slug, 'projector')}
            target="_blank"
            rel="noopener"
            variant="subtle"
            size="sm"
          >
            {t('assemblies.sections.projector')}
          </Button>
        </li>
      </Group>
    </nav>
  );
}
