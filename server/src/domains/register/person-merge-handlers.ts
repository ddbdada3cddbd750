/*
 * Every domain's part of a merge of two persons, registered by importing its file: one line each.
 * A domain whose tables reference persons or memberships adds its line here (person-merge.ts).
 */
import './person-merge.repository.ts';
import '../accounts/person-merge.repository.ts';
import '../memberships/person-merge.repository.ts';
import '../assemblies/person-merge.repository.ts';
import '../votes/person-merge.repository.ts';
import '../budget/person-merge.repository.ts';
