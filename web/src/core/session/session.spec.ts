import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment, formatFragment, startSession, signIn, endSession, TOKEN_KEY, type KeyValueStore } from './index';

function memory(init: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

test('parseFragment reads token and chart, decodes, keeps the rest', () => {
  assert.deepEqual(parseFragment('#token=rl_abc-DEF_1&chart=ch_9'), { token: 'rl_abc-DEF_1', chart: 'ch_9', rest: [] });
  assert.deepEqual(parseFragment('chart=ch%2F1&x=1&flag'), { chart: 'ch/1', rest: [['x', '1'], ['flag', '']] });
  assert.deepEqual(parseFragment(''), { rest: [] });
  assert.deepEqual(parseFragment('#token=&chart='), { rest: [] });
  assert.deepEqual(parseFragment('#token=%E0%A4%A&chart=c'), { chart: 'c', rest: [] }, 'bad escapes are dropped');
});

test('formatFragment never writes the token', () => {
  assert.equal(formatFragment({ chart: 'ch_1', rest: [['x', 'a b']] }), '#chart=ch_1&x=a%20b');
  assert.equal(formatFragment({}), '');
});

test('a token in the fragment is stored and removed from the address bar', () => {
  const s = memory();
  const st = startSession('#token=rl_secret_123&chart=ch_2', s);
  assert.equal(st.token, 'rl_secret_123');
  assert.equal(st.chart, 'ch_2');
  assert.equal(st.replaceHash, '#chart=ch_2');
  assert.equal(s.data.get(TOKEN_KEY), 'rl_secret_123');
  assert.ok(!st.replaceHash?.includes('secret'));
});

test('without a token in the fragment the stored one is used and the address bar is left alone', () => {
  const s = memory({ [TOKEN_KEY]: 'rl_old_token' });
  const st = startSession('#chart=ch_3', s);
  assert.deepEqual(st, { token: 'rl_old_token', chart: 'ch_3', replaceHash: null });
  const none = startSession('', memory());
  assert.deepEqual(none, { token: null, chart: null, replaceHash: null });
});

test('a new fragment token replaces an older stored one; sign-out forgets it', () => {
  const s = memory({ [TOKEN_KEY]: 'rl_old_token' });
  assert.equal(startSession('#token=rl_new_token', s).token, 'rl_new_token');
  assert.equal(startSession('#token=rl_new_token', s).replaceHash, '');
  endSession(s);
  assert.equal(s.data.has(TOKEN_KEY), false);
});

test('signIn accepts a bare token or a pasted URL and refuses junk', () => {
  const s = memory();
  assert.equal(signIn('  rl_abcdefgh12  ', s), 'rl_abcdefgh12');
  assert.equal(signIn('http://127.0.0.1:8080/#token=rl_fromurl_99&chart=c', s), 'rl_fromurl_99');
  assert.equal(s.data.get(TOKEN_KEY), 'rl_fromurl_99');
  assert.equal(signIn('<script>', s), null);
  assert.equal(signIn('short', s), null);
});
