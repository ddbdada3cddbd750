import { defineErrors } from './define.ts';

/**
 * Why a ballot is refused before it is counted (common/voting/ballots.ts). `ballot` is its number
 * from 1, `candidate` the candidate concerned, `grade` the grade given.
 */
export const votingErrors = defineErrors({
  ballot_weight_invalid: {
    status: 400,
    fr: 'Bulletin n° {{ballot}} : son poids doit être un nombre entier positif ou nul.',
    en: 'Ballot {{ballot}}: its weight must be a whole number, zero or more.',
  },
  ballot_candidate_unknown: {
    status: 400,
    fr: 'Bulletin n° {{ballot}} : « {{candidate}} » n’est pas candidat à ce scrutin.',
    en: 'Ballot {{ballot}}: “{{candidate}}” is not a candidate in this poll.',
  },
  ballot_candidate_repeated: {
    status: 400,
    fr: 'Bulletin n° {{ballot}} : « {{candidate}} » y figure plusieurs fois ; chaque candidat n’a qu’un rang.',
    en: 'Ballot {{ballot}}: “{{candidate}}” appears more than once; each candidate has a single rank.',
  },
  ballot_too_many_choices: {
    status: 400,
    fr: 'Bulletin n° {{ballot}} : il retient plus de candidats que le scrutin n’en permet.',
    en: 'Ballot {{ballot}}: it chooses more candidates than the poll allows.',
  },
  ballot_grade_unknown: {
    status: 400,
    fr: 'Bulletin n° {{ballot}} : la mention « {{grade}} » donnée à « {{candidate}} » n’est pas sur l’échelle du scrutin.',
    en: 'Ballot {{ballot}}: the grade “{{grade}}” given to “{{candidate}}” is not on the poll’s scale.',
  },
});
