/** Every factory of the tests, one file per domain under factories/. */
export * from './factories/users.ts';
export * from './factories/association.ts';
export * from './factories/register.ts';
export * from './factories/memberships.ts';
export * from './factories/statutes.ts';
export * from './factories/assemblies.ts';
export * from './factories/attendance.ts';
export * from './factories/polls.ts';
export * from './factories/budget.ts';
export * from './factories/staff.ts';
export * from './factories/programmes.ts';
