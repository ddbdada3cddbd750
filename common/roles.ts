/** The roles a Quorum account can hold, from most to least powerful. */
export const roles = ['administrator', 'secretary', 'treasurer', 'member', 'guest'] as const;
export type Role = (typeof roles)[number];

/** Staff who keep the register and run assemblies. */
export const staffRoles: readonly Role[] = ['administrator', 'secretary'];
/** Everyone with an account. */
export const signedInRoles: readonly Role[] = [...roles];

/** Who may read the register's personal data. */
export const registerReaderRoles: readonly Role[] = ['administrator', 'secretary', 'treasurer'];
/** Who may change persons, organisations and memberships. */
export const registerWriterRoles: readonly Role[] = ['administrator', 'secretary'];
/** Who may set fees, call them and record payments. */
export const feeKeeperRoles: readonly Role[] = ['administrator', 'secretary', 'treasurer'];
/** Who may read the budget, the accounts, the staff figures and the programmes. */
export const budgetReaderRoles: readonly Role[] = ['administrator', 'secretary', 'treasurer'];
/** Who may change the budget and the accounts: the treasurer's business. */
export const budgetEditorRoles: readonly Role[] = ['administrator', 'treasurer'];
/** Who must sign in with a second factor when the association requires it. */
export const twoFactorRoles: readonly Role[] = ['administrator', 'treasurer'];
