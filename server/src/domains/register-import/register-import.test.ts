import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { AppError } from '../../http/app-error.ts';
import { detectDelimiter, readRows, sniffFormat, storeUpload } from './import-files.ts';
import { organisationsInTitle, parsePastedLines, splitName } from './paste-lines.ts';
import { testCategories } from '../../../test/factories/memberships.ts';
import type { CategorySeed } from '../../db/seed/seed-helpers.ts';
import {
  guessOrganisationKind,
  importCategories,
  parseCategory,
  parseDay,
  parseStatus,
  suggestMapping,
  validateRow,
} from './register-import.ts';

/** The import's index of categories worded as the seed helpers word them. */
function indexOf(seeds: CategorySeed[], archived: string[] = []) {
  return importCategories(
    seeds.map((seed) => ({
      code: seed.code,
      kind: seed.kind,
      hasPartner: Boolean(seed.hasPartner),
      isArchived: archived.includes(seed.code),
      labelFr: seed.fr[0],
      pluralFr: seed.fr[1],
      labelEn: seed.en[0],
      pluralEn: seed.en[1],
      countedAsFr: seed.fr[2] ?? null,
      countedAsEn: seed.en[2] ?? null,
    })),
  );
}

const categories = indexOf(testCategories);

describe('reading what people write in a member list', () => {
  it('reads categories and statuses as codes or the association’s labels, accents and case aside', () => {
    assert.equal(parseCategory('Personne morale', categories)?.code, 'legal_entity');
    assert.equal(parseCategory('PERSONNE PHYSIQUE', categories)?.code, 'individual');
    assert.equal(parseCategory('personnalite qualifiee', categories)?.code, 'qualified_person');
    assert.equal(parseCategory('Adhésions croisées', categories)?.code, 'cross_membership');
    assert.equal(parseCategory('legal_entity', categories)?.code, 'legal_entity');
    assert.equal(parseCategory('Membre d’honneur', categories), undefined);
    assert.equal(parseStatus('Validée'), 'validated');
    assert.equal(parseStatus('renouvellement en cours'), 'renewal_pending');
    assert.equal(parseStatus('Échue'), 'lapsed');
    assert.equal(parseStatus('peut-être'), undefined);
  });

  it('reads days as YYYY-MM-DD or DD/MM/YYYY, and only real days', () => {
    assert.equal(parseDay('2017-06-21'), '2017-06-21');
    assert.equal(parseDay('21/06/2017'), '2017-06-21');
    assert.equal(parseDay('1/6/2017'), '2017-06-01');
    assert.equal(parseDay('21.06.2017'), '2017-06-21');
    assert.equal(parseDay('31/02/2017'), undefined);
    assert.equal(parseDay('2017-13-01'), undefined);
    assert.equal(parseDay('06/21/2017'), undefined);
    assert.equal(parseDay('hier'), undefined);
  });

  it('guesses the mapping from French and English headers', () => {
    assert.deepEqual(
      suggestMapping([
        'NOM',
        'Prénom',
        'Adresse e-mail',
        'Tél.',
        'CP',
        'Ville',
        'Collectivité',
        'Catégorie',
        'Statut',
        'Autre',
      ]),
      {
        lastName: 'NOM',
        firstName: 'Prénom',
        email: 'Adresse e-mail',
        phone: 'Tél.',
        postalCode: 'CP',
        city: 'Ville',
        organisation: 'Collectivité',
        category: 'Catégorie',
        status: 'Statut',
      },
    );
    assert.deepEqual(suggestMapping(['Last name', 'First name', 'Email']), {
      lastName: 'Last name',
      firstName: 'First name',
      email: 'Email',
    });
  });

  it('guesses the kind of an organisation from its name', () => {
    assert.equal(guessOrganisationKind('Région Hauts-de-France'), 'region');
    assert.equal(guessOrganisationKind('Conseil départemental du Nord'), 'department');
    assert.equal(guessOrganisationKind('Ville de Lyon'), 'municipality');
    assert.equal(guessOrganisationKind('Métropole de Lyon'), 'metropolis');
    assert.equal(guessOrganisationKind('Communauté urbaine de Dunkerque'), 'urban_community');
    assert.equal(guessOrganisationKind('Communauté de communes du Clunisois'), 'community_of_communes');
    assert.equal(guessOrganisationKind('PNR du Vercors'), 'regional_natural_park');
    assert.equal(guessOrganisationKind('Université de Lille'), 'university');
    assert.equal(guessOrganisationKind('Vraiment Vraiment'), 'other');
  });
});

describe('categories of another association', () => {
  const club = indexOf(
    [
      {
        code: 'active',
        kind: 'person',
        fr: ['Membre actif', 'Membres actifs'],
        en: ['Active member', 'Active members'],
      },
      {
        code: 'honorary',
        kind: 'person',
        fr: ['Membre d’honneur', 'Membres d’honneur'],
        en: ['Honorary member', 'Honorary members'],
      },
      {
        code: 'club',
        kind: 'organisation',
        fr: ['Club affilié', 'Clubs affiliés'],
        en: ['Affiliated club', 'Affiliated clubs'],
      },
      { code: 'old', kind: 'person', fr: ['Ancienne catégorie', 'Anciennes catégories'], en: ['Old', 'Old'] },
    ],
    ['old'],
  );

  it('reads its own labels, plurals and codes, in French or English, and not the demo’s', () => {
    assert.equal(parseCategory('membre d’honneur', club)?.code, 'honorary');
    assert.equal(parseCategory('Membres actifs', club)?.code, 'active');
    assert.equal(parseCategory('Active member', club)?.code, 'active');
    assert.equal(parseCategory('honorary', club)?.code, 'honorary');
    assert.equal(parseCategory('Personnalité qualifiée', club), undefined);
    assert.equal(
      parseCategory('Ancienne catégorie', club),
      undefined,
      'an archived category takes no membership',
    );
  });

  it('names its single organisation category by the usual words for organisations, never an ambiguous person one', () => {
    assert.equal(parseCategory('Personne morale', club)?.code, 'club');
    assert.equal(parseCategory('PM', club)?.code, 'club');
    assert.equal(parseCategory('Personne physique', club), undefined, 'two person categories: which one?');
    const outcome = validateRow(
      2,
      { organisation: 'Club de Rennes', membershipYear: '2026', category: 'PM' },
      club,
    );
    assert.ok(outcome.isValid);
    assert.deepEqual(outcome.value.membership, {
      year: 2026,
      category: 'club',
      status: 'validated',
      effectiveOn: '2026-01-01',
      owner: 'organisation',
      hasPartner: false,
    });
  });
});

describe('checking a row', () => {
  it('accepts a person with a membership, and defaults the status and the day', () => {
    const outcome = validateRow(
      2,
      {
        lastName: ' Martin ',
        firstName: 'Élodie',
        email: 'Elodie.Martin@Example.org',
        membershipYear: '2017',
        category: 'Personne physique',
      },
      categories,
    );
    assert.ok(outcome.isValid);
    assert.equal(outcome.value.email, 'elodie.martin@example.org');
    assert.deepEqual(outcome.value.membership, {
      year: 2017,
      category: 'individual',
      status: 'validated',
      effectiveOn: '2017-01-01',
      owner: 'person',
      hasPartner: false,
    });
  });

  it('gives a legal-entity membership to the organisation, even on a representative’s row', () => {
    const outcome = validateRow(
      3,
      {
        lastName: 'Petit',
        firstName: 'Sophie',
        organisation: 'Métropole de Lyon',
        membershipYear: '2017',
        category: 'Personne morale',
      },
      categories,
    );
    assert.ok(outcome.isValid);
    assert.equal(outcome.value.membership?.owner, 'organisation');
  });

  it('names every field at fault, with the row', () => {
    const outcome = validateRow(
      7,
      {
        lastName: 'Robert',
        email: 'paul(at)example.org',
        title: 'Trésorier',
        membershipYear: '17',
        category: 'Membre d’honneur',
        status: 'Validée',
        effectiveOn: '31/02/2017',
      },
      categories,
    );
    assert.equal(outcome.isValid, false);
    assert.deepEqual(
      !outcome.isValid &&
        outcome.rejections.map((rejection) => [rejection.row, rejection.field, rejection.reason]),
      [
        [7, 'firstName', 'required'],
        [7, 'title', 'title_without_organisation'],
        [7, 'email', 'invalid_email'],
        [7, 'membershipYear', 'invalid_year'],
        [7, 'category', 'unknown_category'],
        [7, 'effectiveOn', 'invalid_date'],
      ],
    );
  });

  it('refuses names made of punctuation alone, which would all match one another', () => {
    const outcome = validateRow(6, { lastName: '—', firstName: 'Anne', organisation: '?' }, categories);
    assert.deepEqual(
      !outcome.isValid && outcome.rejections.map((rejection) => [rejection.field, rejection.reason]),
      [
        ['lastName', 'no_letters'],
        ['organisation', 'no_letters'],
      ],
    );
  });

  it('follows the text rule of every form: NFC, a letter in a name, no control or direction character', () => {
    const refused = validateRow(
      8,
      { lastName: '1234', firstName: 'Anne\u0000', city: 'Lyon\u202e', organisation: 'Asso' },
      categories,
    );
    assert.deepEqual(
      !refused.isValid && refused.rejections.map((rejection) => [rejection.field, rejection.reason]),
      [
        ['firstName', 'invalid_text'],
        ['city', 'invalid_text'],
        ['lastName', 'no_letters'],
        ['firstName', 'required'],
      ],
    );
    const accepted = validateRow(9, { lastName: 'Re\u0301my\u200b', firstName: 'Anne' }, categories);
    assert.ok(accepted.isValid);
    assert.equal(accepted.isValid && accepted.value.person?.lastName, 'Rémy');
  });

  it('asks for a person or an organisation, and for the organisation of a legal entity', () => {
    const empty = validateRow(4, { email: 'a@example.org' }, categories);
    assert.deepEqual(!empty.isValid && empty.rejections.map((rejection) => rejection.reason), [
      'name_or_organisation_required',
    ]);
    const legal = validateRow(
      5,
      {
        lastName: 'Petit',
        firstName: 'Sophie',
        membershipYear: '2017',
        category: 'Personne morale',
      },
      categories,
    );
    assert.deepEqual(!legal.isValid && legal.rejections.map((rejection) => rejection.field), [
      'organisation',
    ]);
  });
});

describe('pasted attendance lines', () => {
  it('splits last names in capitals from first names', () => {
    assert.deepEqual(splitName('LE LAGADEC Anne'), { lastName: 'Le Lagadec', firstName: 'Anne' });
    assert.deepEqual(splitName('PIERRE-LOUIS Wesley'), { lastName: 'Pierre-Louis', firstName: 'Wesley' });
    assert.deepEqual(splitName('BONET GUILLAUME'), { lastName: 'Bonet', firstName: 'Guillaume' });
    assert.deepEqual(splitName('MARCHANDISE Jacques-François'), {
      lastName: 'Marchandise',
      firstName: 'Jacques-François',
    });
    assert.deepEqual(splitName('Christian Paul'), { lastName: 'Paul', firstName: 'Christian' });
    assert.equal(splitName('CHAPUT'), undefined);
  });

  it('reads the title after a comma and the organisation after a dash, skipping bullets and blanks', () => {
    const lines = parsePastedLines(
      [
        '- VINCENT Stéphane, Délégué général - La 27^e Région',
        '',
        '• GUILLOT Grégoire - Le CAC - Expert comptable',
        'CHAPUT Valentin',
        '- DUPONT',
      ].join('\n'),
    );
    assert.deepEqual(lines, [
      {
        line: 1,
        text: 'VINCENT Stéphane, Délégué général - La 27^e Région',
        lastName: 'Vincent',
        firstName: 'Stéphane',
        title: 'Délégué général',
        detail: 'La 27^e Région',
      },
      {
        line: 3,
        text: 'GUILLOT Grégoire - Le CAC - Expert comptable',
        lastName: 'Guillot',
        firstName: 'Grégoire',
        title: null,
        detail: 'Le CAC - Expert comptable',
      },
      {
        line: 4,
        text: 'CHAPUT Valentin',
        lastName: 'Chaput',
        firstName: 'Valentin',
        title: null,
        detail: null,
      },
      {
        line: 5,
        text: 'DUPONT',
        reason: 'first_name_missing',
        message: '« DUPONT » : il faut le nom (en capitales) puis le prénom.',
      },
    ]);
  });

  it('finds the organisation a title names', () => {
    assert.deepEqual(organisationsInTitle('Représentante de la ville de Mulhouse'), [
      'ville de Mulhouse',
      'la ville de Mulhouse',
      'Mulhouse',
    ]);
    assert.ok(organisationsInTitle('Président de la 27^e Région').includes('la 27^e Région'));
  });
});

describe('uploaded files', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-test-'));
  after(() => fs.rmSync(directory, { recursive: true, force: true }));
  const chunks = (text: string, size: number) =>
    Readable.from(
      Array.from({ length: Math.ceil(text.length / size) }, (_, index) =>
        Buffer.from(text.slice(index * size, (index + 1) * size)),
      ),
    );

  it('finds the separator on the header line, outside quotes', () => {
    assert.equal(detectDelimiter('Nom;Prénom;"Ville, pays"'), ';');
    assert.equal(detectDelimiter('Nom,Prénom,"Ville; pays"'), ',');
    assert.equal(detectDelimiter('Nom\tPrénom'), '\t');
    assert.equal(detectDelimiter('Nom'), ',');
  });

  /** A refusal whose detail says what the file is, in French and in English. */
  const refusedAs = (french: RegExp, english: RegExp) => (error: unknown) =>
    error instanceof AppError && french.test(error.detailIn('fr')) && english.test(error.detailIn('en'));

  it('tells a ZIP from text and names common binaries', () => {
    assert.equal(sniffFormat(Buffer.from('PK\u0003\u0004rest', 'latin1')), 'xlsx');
    assert.equal(sniffFormat(Buffer.from('Nom;Prénom\n')), 'csv');
    assert.throws(() => sniffFormat(Buffer.from('%PDF-1.7 …')), refusedAs(/document PDF/, /a PDF document/));
    assert.throws(
      () => sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])),
      refusedAs(/\.xls/, /old Excel workbook \(\.xls\)/),
    );
  });

  it('stops reading past the limit even when the size was not declared, and removes what it wrote', async () => {
    const filePath = path.join(directory, 'big.upload');
    await assert.rejects(
      storeUpload(chunks('Nom;Prénom\n'.repeat(2000), 1000), { filePath, maxBytes: 10_000 }),
      (error) => error instanceof AppError && error.code === 'payload_too_large',
    );
    assert.equal(fs.existsSync(filePath), false);
  });

  it('leaves no file behind when it refuses the very first bytes', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const filePath = path.join(directory, `refused-${attempt}.upload`);
      await assert.rejects(
        storeUpload(Readable.from([png]), { filePath }),
        refusedAs(/image PNG/, /PNG image/),
      );
      assert.equal(fs.existsSync(filePath), false, `attempt ${attempt}`);
    }
  });

  it('reads a CSV as it arrives in small pieces, with line numbers across quoted line breaks', async () => {
    const text = '\uFEFFNom;Prénom;Notes\r\nDupré;Zoé;"deux\r\nlignes"\r\n\r\n;;\r\nMartin;Élodie;\r\n';
    const file = await storeUpload(chunks(text, 3), { filePath: path.join(directory, 'small.upload') });
    assert.equal(file.format, 'csv');
    assert.equal(file.delimiter, ';');
    const rows = [];
    for await (const row of readRows(file)) rows.push(row);
    assert.deepEqual(rows, [
      { row: 1, cells: ['Nom', 'Prénom', 'Notes'] },
      { row: 2, cells: ['Dupré', 'Zoé', 'deux\r\nlignes'] },
      { row: 6, cells: ['Martin', 'Élodie', ''] },
    ]);
  });

  it('refuses text that is not UTF-8 wherever it is in the file', async () => {
    const head = Buffer.from('Nom;Prénom\n'.repeat(5000));
    const tail = Buffer.from('Dupré;Zoé\n', 'latin1');
    const filePath = path.join(directory, 'latin1.upload');
    await assert.rejects(
      storeUpload(Readable.from([head, tail]), { filePath }),
      (error) => error instanceof AppError && error.errors?.[0]?.message === 'not_utf8',
    );
    assert.equal(fs.existsSync(filePath), false);
  });
});
