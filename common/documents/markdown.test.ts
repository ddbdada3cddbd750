import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bold, heading, list, paragraph, text, type Block, type MinutesDocument } from './blocks.ts';
import { renderHtml } from './html.ts';
import { parseMarkdown, renderBlocksMarkdown, renderMarkdown } from './markdown.ts';

const sample: Block[] = [
  heading(1, 'Procès-verbal'),
  paragraph('La séance est ouverte à ', bold('14h00'), '.'),
  list([
    'PAUL Christian - Président',
    [text('BERGERE Jean-Marie - '), { text: 'Trésorier', isItalic: true }],
  ]),
  {
    type: 'table',
    header: [['Poste', '2017', '2016 réalisé']],
    rows: [
      ['60- Achats', '353 600', '102 227'],
      ['Divers | autres', '', '225'],
    ],
    align: ['left', 'right', 'right'],
  },
];

describe('Markdown of the block model', () => {
  it('writes headings, emphasis, lists and tables', () => {
    const markdown = renderBlocksMarkdown(sample);
    assert.match(markdown, /^# Procès-verbal$/m);
    assert.match(markdown, /La séance est ouverte à \*\*14h00\*\*\./);
    assert.match(markdown, /^- BERGERE Jean-Marie - \*Trésorier\*$/m);
    assert.match(markdown, /^\| 60- Achats \| 353 600 \| 102 227 \|$/m);
    assert.match(markdown, /^\| Divers \\\| autres \| {2}\| 225 \|$/m);
  });

  it('reads back what it writes, block for block', () => {
    assert.deepEqual(
      parseMarkdown(renderBlocksMarkdown(sample)).map((block) => block.type),
      sample.map((block) => block.type),
    );
    const [, paragraphBlock, listBlock, tableBlock] = parseMarkdown(renderBlocksMarkdown(sample));
    assert.deepEqual(paragraphBlock, sample[1]);
    assert.deepEqual(listBlock, sample[2]);
    assert.deepEqual(tableBlock && tableBlock.type === 'table' && tableBlock.rows[1], [
      'Divers | autres',
      '',
      '225',
    ]);
  });

  it('parses the secretary’s prose: joined lines, lists with continuations, links, literal asterisks', () => {
    const blocks = parseMarkdown(
      'TRANSFO :\n\nC’est ce qui nous a\nle plus occupé.\n\n- la fin de la résidence\n  <http://www.la27eregion.fr/x/>\n- une \\*étoile\\*\n\n## Titre',
    );
    assert.deepEqual(blocks[1], {
      type: 'paragraph',
      content: [{ text: 'C’est ce qui nous a le plus occupé.' }],
    });
    assert.deepEqual(blocks[2], {
      type: 'list',
      items: [[{ text: 'la fin de la résidence http://www.la27eregion.fr/x/' }], [{ text: 'une *étoile*' }]],
    });
    assert.deepEqual(blocks[3], { type: 'heading', level: 2, text: 'Titre' });
  });
});

describe('HTML of the block model', () => {
  const document: MinutesDocument = {
    title: 'PV <test>',
    runningHeader: 'PV',
    lang: 'fr',
    sections: [
      { key: 'a', isOverridden: false, blocks: sample },
      { key: 'b', isOverridden: true, blocks: [paragraph('Texte <script>alert(1)</script>')] },
    ],
  };

  it('escapes text, keeps table headers and marks overrides only when asked', () => {
    const html = renderHtml(document, { showOverrides: true, overrideNote: 'Texte modifié' });
    assert.match(html, /<title>PV &lt;test&gt;<\/title>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /<th scope="col">Poste<\/th><th scope="col" class="number">2017<\/th>/);
    assert.match(
      html,
      /<section id="section-b" class="overridden"><p class="override-note">Texte modifié<\/p>/,
    );
    assert.doesNotMatch(renderHtml(document), /class="overridden"|Texte modifié/);
  });

  it('writes the whole document as Markdown, sections in order', () => {
    const markdown = renderMarkdown(document);
    assert.ok(markdown.indexOf('# Procès-verbal') < markdown.indexOf('Texte \\<script\\>'));
    assert.ok(markdown.endsWith('\n'));
  });
});

describe('table row emphasis and indent', () => {
  const budget: Block = {
    type: 'table',
    header: [['Charges', 'Budget 2017']],
    rows: [
      ['60 Achats', '12 000 €'],
      ['Fournitures', '2 000 €'],
      ['Total des charges', '12 000 €'],
    ],
    align: ['left', 'right'],
    rowStyles: [{ isBold: true }, { indent: 1 }, { isBold: true }],
  };

  it('prints bold rows in Markdown with ** and leaves the others plain', () => {
    const lines = renderBlocksMarkdown([budget]).split('\n');
    assert.equal(lines[2], '| **60 Achats** | **12 000 €** |');
    assert.equal(lines[3], '| Fournitures | 2 000 € |');
    assert.equal(lines[4], '| **Total des charges** | **12 000 €** |');
  });

  it('prints bold rows in HTML with <strong> and indents the first cell of a sub-line', () => {
    const html = renderHtml({
      title: 'T',
      runningHeader: 'T',
      lang: 'fr',
      sections: [{ key: 'b', isOverridden: false, blocks: [budget] }],
    });
    assert.match(
      html,
      /<tr class="emphasis"><td><strong>60 Achats<\/strong><\/td><td class="number"><strong>12 000 €<\/strong><\/td><\/tr>/,
    );
    assert.match(html, /<tr><td class="indent-1">Fournitures<\/td><td class="number">2 000 €<\/td><\/tr>/);
    assert.match(html, /\.indent-1\{padding-left:/);
  });
});
