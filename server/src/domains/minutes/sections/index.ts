/*
 * Every generated section kind, registered by importing its file. Issues #5 and #6 add theirs here
 * (resolutions, board, accounts, budget, staff, programmes): one file each, one line each.
 */
import './title.section.ts';
import './attendance.section.ts';
import './quorum.section.ts';
import './agenda.section.ts';
import './opening.section.ts';
import './memberships.section.ts';
import './workshops.section.ts';
import './closing.section.ts';
import './questions.section.ts';
import './signatures.section.ts';
