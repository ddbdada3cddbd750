import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convocationMail, convocationPreview, type ConvocationMailModel } from './convocation.mail.ts';

const model: ConvocationMailModel = {
  language: 'fr',
  timeZone: 'Europe/Paris',
  from: '"La 27e Région" <quorum@localhost>',
  senderName: 'La 27e Région',
  to: 'christian@example.org',
  memberName: 'Christian Paul',
  isOrganisation: false,
  associationName: 'La 27e Région',
  logo: null,
  title: 'Assemblée générale ordinaire',
  heldOn: '2017-06-21',
  plannedStartAt: '2017-06-21T12:00:00.000Z',
  plannedEndAt: null,
  place: 'La Gaîté lyrique, 3 bis rue Papin, Paris',
  agenda: ['Rapport moral', 'Approbation des comptes 2016'],
  link: 'https://quorum.example.org/p#secret-token',
  maxProxies: 2,
  isReminder: false,
};

describe('the convocation e-mail', () => {
  it('reads as a French convocation: greeting, date "21 juin 2017", time "14h00", place, agenda, link, proxy', () => {
    const mail = convocationMail(model);
    assert.equal(mail.subject, 'Convocation\u202f: Assemblée générale ordinaire — mercredi 21 juin 2017');
    assert.equal(mail.from, '"La 27e Région" <quorum@localhost>');
    assert.equal(
      mail.text,
      [
        'Bonjour Christian Paul,',
        '',
        'La 27e Région vous convoque à la réunion «\u202fAssemblée générale ordinaire\u202f».',
        '',
        'Date\u202f: mercredi 21 juin 2017, à 14h00',
        'Lieu\u202f: La Gaîté lyrique, 3 bis rue Papin, Paris',
        '',
        'Ordre du jour\u202f:',
        '- Rapport moral',
        '- Approbation des comptes 2016',
        '',
        'Dites-nous si vous serez présent·e ou excusé·e en ouvrant votre lien personnel\u202f:',
        'https://quorum.example.org/p#secret-token',
        '',
        'Vous ne pouvez pas venir\u202f? Donnez pouvoir à un autre membre\u202f: ouvrez le même lien, choisissez «\u202fJe donne pouvoir à…\u202f» puis le membre qui votera pour vous. Chaque membre peut détenir au plus 2 pouvoirs.',
        'Le jour même, ce lien vous connecte à la séance sur votre téléphone pour suivre l’ordre du jour et voter.',
        'Ce lien vous est propre\u202f: ne le transmettez pas.',
        '',
        'La 27e Région',
      ].join('\n'),
    );
    assert.match(mail.html ?? '', /<html lang="fr">/);
    assert.match(mail.html ?? '', /<a href="https:\/\/quorum\.example\.org\/p#secret-token"/);
    assert.deepEqual(
      mail.attachments?.map((attachment) => attachment.filename),
      ['convocation.ics'],
      'no logo, nothing but the invitation',
    );
  });

  it('escapes every value in the HTML', () => {
    const mail = convocationMail({
      ...model,
      title: 'AG <script>alert(1)</script>',
      agenda: ['Budget & "divers"'],
      associationName: 'A <b>B</b>',
    });
    assert.doesNotMatch(mail.html ?? '', /<script>|<b>B<\/b>/);
    assert.match(mail.html ?? '', /AG &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(mail.html ?? '', /<li>Budget &amp; &quot;divers&quot;<\/li>/);
  });

  it('greets an organisation, says when proxies are not allowed, and marks a reminder', () => {
    const mail = convocationMail({
      ...model,
      memberName: 'Réseau des jardins',
      isOrganisation: true,
      maxProxies: null,
      isReminder: true,
      senderName: 'Le secrétariat',
    });
    assert.match(mail.subject, /^Rappel — Convocation\u202f: /);
    assert.match(mail.text, /^Madame, Monsieur,\n\nNous n’avons pas encore reçu votre réponse/);
    assert.match(
      mail.text,
      /La 27e Région convoque Réseau des jardins, membre de l’association, à la réunion/,
    );
    assert.match(mail.text, /Les statuts ne prévoient pas de pouvoir pour cette réunion/);
    assert.match(mail.text, /Pour La 27e Région,\nLe secrétariat$/);
  });

  it('is written in English for an English-speaking association', () => {
    const mail = convocationMail({ ...model, language: 'en', maxProxies: 1 });
    assert.equal(mail.subject, 'Convocation: Assemblée générale ordinaire — Wednesday, 21 June 2017');
    assert.match(mail.text, /^Dear Christian Paul,/);
    assert.match(mail.text, /Date: Wednesday, 21 June 2017, at 2:00 pm\nPlace: /);
    assert.match(mail.text, /Each member may hold one proxy\./);
  });

  it('attaches the logo inline in the mail, and shows it as a data: URL in the preview', () => {
    const logo = { mediaType: 'image/png' as const, bytes: Buffer.from('png') };
    const mail = convocationMail({ ...model, logo });
    assert.match(mail.html ?? '', /<img src="cid:logo@quorum" alt="La 27e Région"/);
    assert.equal(mail.attachments?.find((attachment) => attachment.cid)?.cid, 'logo@quorum');
    assert.match(convocationPreview({ ...model, logo }).html, /<img src="data:image\/png;base64,cG5n"/);
  });
});
