import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkProxy, type ProxySheet } from './proxies.ts';

function sheet(proxies: [string, string][] = [], present: string[] = ['paul', 'kaplan']): ProxySheet {
  return {
    votingMemberIds: new Set(['paul', 'kaplan', 'jouen', 'pallez', 'bellet', 'chaput']),
    presentIds: new Set(present),
    proxies: new Map(proxies),
    mustHolderBePresent: false,
  };
}

describe('proxies', () => {
  it('accepts a proxy from an absent voting member to another voting member', () => {
    assert.equal(checkProxy(sheet(), { giverId: 'bellet', holderId: 'paul', maxPerHolder: 2 }), null);
  });

  it('refuses a proxy to oneself, to a non-member and from a present member', () => {
    assert.equal(checkProxy(sheet(), { giverId: 'bellet', holderId: 'bellet', maxPerHolder: 2 }), 'self');
    assert.equal(
      checkProxy(sheet(), { giverId: 'bellet', holderId: 'guest', maxPerHolder: 2 }),
      'holder_not_voting',
    );
    assert.equal(
      checkProxy(sheet(), { giverId: 'paul', holderId: 'kaplan', maxPerHolder: 2 }),
      'giver_present',
    );
  });

  it('refuses past the statutes’ limit', () => {
    const full = sheet([
      ['bellet', 'paul'],
      ['chaput', 'paul'],
    ]);
    assert.equal(checkProxy(full, { giverId: 'jouen', holderId: 'paul', maxPerHolder: 2 }), 'limit_reached');
    assert.equal(checkProxy(full, { giverId: 'jouen', holderId: 'kaplan', maxPerHolder: 2 }), null);
  });

  it('refuses chains and loops', () => {
    const given = sheet([['bellet', 'jouen']], ['paul']);
    assert.equal(checkProxy(given, { giverId: 'pallez', holderId: 'bellet', maxPerHolder: 3 }), 'chain');
    assert.equal(
      checkProxy(given, { giverId: 'jouen', holderId: 'bellet', maxPerHolder: 3 }),
      'chain',
      'a loop',
    );
    assert.equal(
      checkProxy(given, { giverId: 'bellet', holderId: 'pallez', maxPerHolder: 3 }),
      'already_given',
    );
  });

  it('requires the holder in the room when the sheet says so', () => {
    const atTheDoor = { ...sheet(), mustHolderBePresent: true };
    assert.equal(
      checkProxy(atTheDoor, { giverId: 'bellet', holderId: 'jouen', maxPerHolder: 2 }),
      'holder_absent',
    );
  });
});
