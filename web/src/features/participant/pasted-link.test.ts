import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenOfPastedLink } from './pasted-link.ts';

const token = 'kX3_pQ9-abcdefghijklmnopqrstuvwxyz012345678';

describe('a personal link pasted on the phone', () => {
  it('finds the token after "#", in an older "/p/…" link, or alone, spaces around', () => {
    assert.equal(tokenOfPastedLink(`https://asso.example.org/p#${token}`), token);
    assert.equal(tokenOfPastedLink(`  https://asso.example.org/p/${token}/ `), token);
    assert.equal(tokenOfPastedLink(token), token);
  });

  it('refuses what is no personal link: another page, a short or altered token', () => {
    assert.equal(tokenOfPastedLink('https://example.org/autre'), null);
    assert.equal(tokenOfPastedLink('https://asso.example.org/p#court'), null);
    assert.equal(tokenOfPastedLink(`https://asso.example.org/p#${token}<script>`), null);
    assert.equal(tokenOfPastedLink(''), null);
  });
});
