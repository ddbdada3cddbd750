import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint } from '../../../common/crypto/group.ts';
import { fingerprintNative } from './digest.ts';

describe('the native fingerprint', () => {
  it('answers what common/crypto’s fingerprint answers, padding and URL alphabet included', () => {
    for (const text of ['', 'a', 'record|{"é":"€"}', 'x'.repeat(100_003), '\u{1F5F3}'.repeat(17)]) {
      assert.equal(fingerprintNative(text), fingerprint(text));
    }
    // SHA-256("abc") in base64url, without its padding.
    assert.equal(fingerprintNative('abc'), 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});
