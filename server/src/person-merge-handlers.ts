/*
 * Every domain's part of a merge of two persons, registered by importing its file: one line each, as
 * app.ts lists every domain's routes. A domain whose tables reference persons or memberships adds its
 * line here; the foreign-key catalog test (register/person-merge-catalog.test.ts) fails until it does.
 */
import './domains/register/person-merge.repository.ts';
import './domains/accounts/person-merge.repository.ts';
import './domains/memberships/person-merge.repository.ts';
import './domains/assemblies/person-merge.repository.ts';
import './domains/votes/person-merge.repository.ts';
import './domains/budget/person-merge.repository.ts';
