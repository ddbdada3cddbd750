import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The assemblies domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'assemblies:key', params)` (server/src/i18n/translate.ts).
 */
export const assembliesMessages = defineMessages({
  // The quorum's statement, as the sheet, the projector and the minutes print it.
  quorum_present_one: { fr: '{{count}} membre présent', en: '{{count}} member present' },
  quorum_present_other: { fr: '{{count}} membres présents', en: '{{count}} members present' },
  quorum_present_or_represented_one: {
    fr: '{{count}} membre présent ou représenté',
    en: '{{count}} member present or represented',
  },
  quorum_present_or_represented_other: {
    fr: '{{count}} membres présents ou représentés',
    en: '{{count}} members present or represented',
  },
  quorum_out_of_in_good_standing_one: {
    fr: 'sur {{count}} membre à jour de cotisation',
    en: 'out of {{count}} member in good standing',
  },
  quorum_out_of_in_good_standing_other: {
    fr: 'sur {{count}} membres à jour de cotisation',
    en: 'out of {{count}} members in good standing',
  },
  quorum_out_of_entitled_one: {
    fr: 'sur {{count}} membre ayant droit de vote',
    en: 'out of {{count}} member entitled to vote',
  },
  quorum_out_of_entitled_other: {
    fr: 'sur {{count}} membres ayant droit de vote',
    en: 'out of {{count}} members entitled to vote',
  },
  quorum_not_required: {
    fr: '{{counted}} {{outOf}} ; aucun quorum requis',
    en: '{{counted}} {{outOf}}; no quorum required',
  },
  quorum_reached: {
    fr: '{{counted}} {{outOf}} ; quorum {{share}} : {{required}} ; atteint',
    en: '{{counted}} {{outOf}}; quorum of {{share}}: {{required}}; reached',
  },
  quorum_not_reached: {
    fr: '{{counted}} {{outOf}} ; quorum {{share}} : {{required}} ; non atteint',
    en: '{{counted}} {{outOf}}; quorum of {{share}}: {{required}}; not reached',
  },
  quorum_no_voting_members: {
    fr: 'aucun membre ne peut voter ; quorum {{share}} : non atteint',
    en: 'no member can vote; quorum of {{share}}: not reached',
  },
  quorum_share_1_4: { fr: 'du quart', en: 'one quarter' },
  quorum_share_1_3: { fr: 'du tiers', en: 'one third' },
  quorum_share_1_2: { fr: 'de la moitié', en: 'one half' },
  quorum_share_2_3: { fr: 'des deux tiers', en: 'two thirds' },
  quorum_share_3_4: { fr: 'des trois quarts', en: 'three quarters' },
  quorum_share_fraction: { fr: 'de {{numerator}}/{{denominator}}', en: '{{numerator}}/{{denominator}}' },

  // The convocation e-mail and its calendar invitation, in the association's language.
  convocation_subject: { fr: 'Convocation : {{title}} — {{date}}', en: 'Convocation: {{title}} — {{date}}' },
  convocation_reminder_subject: {
    fr: 'Rappel — Convocation : {{title}} — {{date}}',
    en: 'Reminder — Convocation: {{title}} — {{date}}',
  },
  convocation_greeting_person: { fr: 'Bonjour {{memberName}},', en: 'Dear {{memberName}},' },
  convocation_greeting_organisation: { fr: 'Madame, Monsieur,', en: 'Dear Sir or Madam,' },
  convocation_convened_person: {
    fr: '{{associationName}} vous convoque à la réunion « {{title}} ».',
    en: '{{associationName}} convenes you to its meeting “{{title}}”.',
  },
  convocation_convened_organisation: {
    fr: '{{associationName}} convoque {{memberName}}, membre de l’association, à la réunion « {{title}} ».',
    en: '{{associationName}} convenes {{memberName}}, a member of the association, to its meeting “{{title}}”.',
  },
  convocation_reminder_intro: {
    fr: 'Nous n’avons pas encore reçu votre réponse à cette convocation. Le lien ci-dessous remplace celui du premier envoi.',
    en: 'We have not received your answer to this convocation yet. The link below replaces the one first sent.',
  },
  convocation_date_label: { fr: 'Date', en: 'Date' },
  convocation_date_value: { fr: '{{date}}, à {{time}}', en: '{{date}}, at {{time}}' },
  convocation_place_label: { fr: 'Lieu', en: 'Place' },
  convocation_agenda: { fr: 'Ordre du jour :', en: 'Agenda:' },
  convocation_answer_heading: { fr: 'Votre réponse', en: 'Your answer' },
  convocation_answer: {
    fr: 'Dites-nous si vous serez présent·e ou excusé·e en ouvrant votre lien personnel :',
    en: 'Let us know whether you will attend or be excused by opening your personal link:',
  },
  convocation_open_link: { fr: 'Répondre à la convocation', en: 'Answer the convocation' },
  convocation_proxy_one: {
    fr: 'Vous ne pouvez pas venir ? Donnez pouvoir à un autre membre : ouvrez le même lien, choisissez « Je donne pouvoir à… » puis le membre qui votera pour vous. Chaque membre peut détenir un pouvoir.',
    en: 'Cannot come? Give your proxy to another member: open the same link, choose “I give my proxy to…”, then the member who will vote for you. Each member may hold one proxy.',
  },
  convocation_proxy_other: {
    fr: 'Vous ne pouvez pas venir ? Donnez pouvoir à un autre membre : ouvrez le même lien, choisissez « Je donne pouvoir à… » puis le membre qui votera pour vous. Chaque membre peut détenir au plus {{count}} pouvoirs.',
    en: 'Cannot come? Give your proxy to another member: open the same link, choose “I give my proxy to…”, then the member who will vote for you. Each member may hold at most {{count}} proxies.',
  },
  convocation_no_proxy: {
    fr: 'Les statuts ne prévoient pas de pouvoir pour cette réunion : seuls les membres présents votent.',
    en: 'The statutes provide for no proxy at this meeting: only members present vote.',
  },
  convocation_on_the_day: {
    fr: 'Le jour même, ce lien vous connecte à la séance sur votre téléphone pour suivre l’ordre du jour et voter.',
    en: 'On the day, this link signs you in to the session on your phone to follow the agenda and vote.',
  },
  convocation_keep_private: {
    fr: 'Ce lien vous est propre : ne le transmettez pas.',
    en: 'This link is yours alone: do not pass it on.',
  },
  convocation_signature: {
    fr: 'Pour {{associationName}},\n{{senderName}}',
    en: 'For {{associationName}},\n{{senderName}}',
  },
  convocation_preview_link: { fr: '(lien personnel de chaque membre)', en: '(each member’s personal link)' },
  convocation_letter_scan: {
    fr: 'Pour répondre, donner pouvoir ou, le jour même, voter depuis votre téléphone : scannez ce code, ou tapez l’adresse ci-dessous.',
    en: 'To answer, give your proxy or, on the day, vote from your phone: scan this code, or type the address below.',
  },
  convocation_calendar_link: { fr: 'Votre lien personnel : {{link}}', en: 'Your personal link: {{link}}' },
  convocation_sample_member: { fr: 'Camille Exemple', en: 'Sam Example' },
  convocation_no_email: {
    fr: 'Aucune adresse e-mail pour ce membre.',
    en: 'No e-mail address for this member.',
  },
  late_convocation: {
    fr: 'Convocation tardive : les statuts demandent {{noticeDays}} jours, il en reste {{daysLeft}}.',
    en: 'Late convocation: the statutes ask for {{noticeDays}} days’ notice, {{daysLeft}} are left.',
  },

  // The printed attendance sheet (PDF and CSV), in the association's language.
  sheet_title: { fr: 'Feuille d’émargement — {{title}}', en: 'Attendance sheet — {{title}}' },
  sheet_section_voting: { fr: 'Membres ayant droit de vote', en: 'Members entitled to vote' },
  sheet_section_others: { fr: 'Autres participants', en: 'Other participants' },
  sheet_section_staff: { fr: 'Équipe (sans droit de vote)', en: 'Team (no vote)' },
  sheet_column_section: { fr: 'Section', en: 'Section' },
  sheet_column_name: { fr: 'Nom', en: 'Name' },
  sheet_column_capacity: { fr: 'Représente / qualité', en: 'Represents / capacity' },
  sheet_column_presence: { fr: 'Statut', en: 'Status' },
  sheet_column_signature: { fr: 'Signature', en: 'Signature' },
  sheet_page: { fr: 'Page {{page}} / {{pages}}', en: 'Page {{page}} of {{pages}}' },
  sheet_proxy_to: { fr: 'Pouvoir à {{holder}}', en: 'Proxy to {{holder}}' },
  presence_present: { fr: 'Présent', en: 'Present' },
  presence_remote: { fr: 'À distance', en: 'Remote' },
  presence_represented: { fr: 'Représenté', en: 'Represented' },
  presence_excused: { fr: 'Excusé', en: 'Excused' },
  presence_absent: { fr: 'Absent', en: 'Absent' },

  // Workshops
  workshop_sizes_outside: {
    fr: 'Avec {{workshops}} atelier(s), les groupes comptent {{sizes}} personnes, hors de la taille demandée ({{minSize}} à {{maxSize}}).',
    en: 'With {{workshops}} workshop(s), the groups have {{sizes}} people, outside the size asked for ({{minSize}} to {{maxSize}}).',
  },
});
