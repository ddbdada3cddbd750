/*
 * Every generated section kind, registered by importing its file: one file each, one line each.
 */
import './title.section.ts';
import './attendance.section.ts';
import './quorum.section.ts';
import './agenda.section.ts';
import './opening.section.ts';
import './programmes.section.ts';
import './accounts.section.ts';
import './budget.section.ts';
import './staff.section.ts';
import './memberships.section.ts';
import './resolutions.section.ts';
import './board.section.ts';
import './workshops.section.ts';
import './closing.section.ts';
import './questions.section.ts';
import './speakers.section.ts';
import './signatures.section.ts';
import './named-votes.section.ts';
import './encrypted-records.section.ts';
