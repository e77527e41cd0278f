/**
 * Harsh words about a thing, an idea or an institution are criticism: a note by default, held only where a site
 * sets `abuse.criticism: 'flag'`. The same words aimed at a person, the author or the reader's own words are
 * name-calling and held under either policy.
 */
import { DEFAULT_POLICY, resolvePolicy } from '@cm/contracts';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { abuseReasons } from './test-support.js';

const byDefault = compilePolicy(DEFAULT_POLICY);
const strict = compilePolicy(resolvePolicy({ abuse: { criticism: 'flag' } }));
const held = abuseReasons;

describe('denigrating words about things', () => {
  it.each([
    'Ridiculous plan. Who pays for the ramp?',
    'That theory is nonsense, the survey says otherwise.',
    'This kettle is absolute trash, it leaks.',
    'What a crap remake.',
    'Dumb question perhaps: is the pool open on Sundays?',
    'Why does the damn council never fix the lights?',
    'Your council is rubbish at gritting the roads.',
    'The stupidity of this policy is clear to anyone who drives.',
    'The idiocy of the parking plan will cost the shops dearly.',
  ])('are a note by default and held when the site flags criticism: %s', (body) => {
    expect(held(body)).toEqual([]);
    expect(held(body, strict).map((r) => r.rule)).toEqual(['abuse.denigration']);
  });
});

describe('denigrating words about people', () => {
  it.each([
    ['you suck at this', 'another reader'],
    ['We have all read enough of your drivel.', 'another reader'],
    ['Does anyone buy the conspiracist garbage you post?', 'another reader'],
    ['Spare us your smug garbage.', 'another reader'],
    ['Your argument sucks.', 'another reader'],
    ['The new manager sucks.', 'a named person'],
    ['Councillor Pike sucks at her job', 'a named person'],
    ['he is pathetic', 'a named person'],
    ['the author of this column is a joke', 'the author'],
    ['Whoever approved this is garbage.', 'someone'],
    ['Of all the silly things you have written, this tops the lot.', 'another reader'],
    ['Those damn snowflakes again.', 'a group of people'],
    ['What a pathetic excuse for a human being.', 'someone'],
    ['They are pathetic excuses for reporters.', 'a group of people'],
    ['Your stupidity is astounding.', 'another reader'],
    ['The stupidity of the mayor knows no bounds.', 'a named person'],
    ['The idiocy of these people never ends.', 'a group of people'],
  ])('are name-calling under either policy: %s', (body, target) => {
    for (const policy of [byDefault, strict]) {
      const r = held(body, policy).find((x) => x.rule === 'abuse.insult.directed');
      expect(r?.message, body).toContain(`aimed at ${target}`);
    }
  });
});
