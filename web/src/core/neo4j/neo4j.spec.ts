import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cypherString, neighbourhoodQuery, browserLink, styleCommand } from './index';

test('ids are inlined as escaped Cypher string literals', () => {
  assert.equal(cypherString('p216'), "'p216'");
  assert.equal(cypherString("x' OR 1=1 //"), "'x\\' OR 1=1 //'");
  assert.equal(cypherString('a\\b'), "'a\\\\b'");
  assert.equal(cypherString('a\nb\u0001'), "'a\\nb\\u0001'");
  assert.equal(cypherString('phone:+9647700101207'), "'phone:+9647700101207'");
  assert.equal(cypherString('محمد'), "'محمد'");
  const evil = "'}) DETACH DELETE n //";
  const q = neighbourhoodQuery(evil);
  assert.equal(q, "MATCH p=(n:Entity {id: '\\'}) DETACH DELETE n //'})-[*1]-() RETURN p");
});

test('Browser links carry the query URL-encoded', () => {
  const u = browserLink('http://127.0.0.1:7474/browser/', neighbourhoodQuery('p216'));
  assert.equal(u, "http://127.0.0.1:7474/browser/?cmd=edit&arg=MATCH%20p%3D(n%3AEntity%20%7Bid%3A%20'p216'%7D)-%5B*1%5D-()%20RETURN%20p");
  assert.equal(decodeURIComponent(new URL(u).searchParams.get('arg')!), neighbourhoodQuery('p216'));
  assert.ok(browserLink('http://h/browser/?x=1', 'RETURN 1').startsWith('http://h/browser/?x=1&cmd=edit'));
  assert.equal(styleCommand('http://127.0.0.1:8080/browser/style.grass'), ':style http://127.0.0.1:8080/browser/style.grass');
});
