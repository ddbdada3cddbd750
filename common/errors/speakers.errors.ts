import { defineErrors } from './define.ts';

/** The speaker lists' error codes (status, French and English texts). */
export const speakersErrors = defineErrors({
  speakers_item_not_found: {
    status: 404,
    fr: 'Ce point n’est pas à l’ordre du jour de cette assemblée.',
    en: 'This item is not on this assembly’s agenda.',
  },
  speakers_session_not_open: {
    status: 409,
    fr: 'La séance n’est pas ouverte : la parole se demande et se donne pendant la séance.',
    en: 'The session is not open: the floor is asked for and given during the session.',
  },
  speakers_item_not_current: {
    status: 409,
    fr: 'Ce point n’est pas celui dont l’assemblée débat maintenant.',
    en: 'This is not the item the assembly is now discussing.',
  },
  speaker_not_present: {
    status: 409,
    fr: 'Seule une personne présente dans la salle ou à distance peut demander la parole.',
    en: 'Only someone present, in the room or remotely, may ask to speak.',
  },
  speaker_already_asked: {
    status: 409,
    fr: 'Cette personne a déjà demandé la parole sur ce point.',
    en: 'This person has already asked to speak on this item.',
  },
  speaker_not_in_list: {
    status: 409,
    fr: 'Vous n’êtes pas dans la liste d’attente de ce point.',
    en: 'You are not waiting to speak on this item.',
  },
  speaker_not_found: {
    status: 404,
    fr: 'Cet orateur n’est pas dans la liste de ce point.',
    en: 'This speaker is not on this item’s list.',
  },
  speaker_not_waiting: {
    status: 409,
    fr: 'Cette personne n’attend plus son tour : elle parle ou a déjà parlé.',
    en: 'This person is no longer waiting: they are speaking or have spoken.',
  },
  speaker_not_speaking: {
    status: 409,
    fr: 'Cette personne n’a pas la parole.',
    en: 'This person does not have the floor.',
  },
  speaker_is_speaking: {
    status: 409,
    fr: 'Cette personne a la parole : arrêtez son temps avant de la retirer de la liste.',
    en: 'This person has the floor: stop their time before removing them from the list.',
  },
  speaker_time_over: {
    status: 409,
    fr: 'Cette intervention est terminée : son temps ne change plus.',
    en: 'This intervention is over: its time no longer changes.',
  },
  speakers_order_mismatch: {
    status: 400,
    fr: 'L’ordre doit nommer chaque personne en attente, une fois chacune.',
    en: 'The order must name everyone waiting, each once.',
  },
});
