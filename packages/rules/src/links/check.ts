import type { Evidence } from '@cm/contracts';
import { parse } from 'tldts';
import type { Analysis } from '../engine/analysis.js';
import { type Finding, finding, quote } from '../engine/reason.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { findLinks, type LinkHit } from './detect.js';
import { SHORTENERS, SITE_SHORT_LINKS } from './lists.js';
import { findPhones, type PhoneHit } from './phones.js';

/** Links, e-mail addresses and phone numbers found in one comment (policy-independent). */
export interface Contacts {
  links: LinkHit[];
  phones: PhoneHit[];
}

export function findContacts(a: Analysis): Contacts {
  return { links: findLinks(a.body, a.folded), phones: findPhones(a.folded) };
}

/** Whether a host is one of the listed domains or a subdomain of one. */
export function domainListed(host: string, list: ReadonlySet<string>): boolean {
  if (list.size === 0) return false;
  let h = host.toLowerCase();
  for (;;) {
    if (list.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}

const ev = (h: { start: number; end: number }, body: string): Evidence => ({
  text: body.slice(h.start, h.end),
  start: h.start,
  end: h.end,
});

type Severity = 'low' | 'medium' | 'high';
type Groups = Map<string, { score: number; severity: Severity; hits: Evidence[]; names: string[] }>;

/** Adds a hit to its rule's group. A module function, not a closure: tsx names every closure it creates (a
 * `defineProperty` per call), and the link check runs per comment. */
function addHit(groups: Groups, rule: string, score: number, severity: Severity, e: Evidence, name: string): void {
  const g = groups.get(rule) ?? { score: 0, severity, hits: [], names: [] };
  g.score = Math.max(g.score, score);
  g.hits.push(e);
  if (!g.names.includes(name)) g.names.push(name);
  groups.set(rule, g);
}

/** Each link rule's sentence, from the names it found and the quoted hits. */
const MESSAGES: Record<string, (names: string, quoted: string) => string> = {
  'link.url': (names, q) => `Link to ${names}: ${q}`,
  'link.shortener': (_, q) => `Shortened link hides where it leads: ${q}`,
  'link.disguised': (_, q) => `Disguised link, written to get past link filters: ${q}`,
  'link.lookalike': (names, q) =>
    `Look-alike letters from another script make this link pass for ${names}, which it is not: ${q}`,
  'link.misleading-anchor': (names, q) => `Link text names a different site than the link goes to (${names}): ${q}`,
  'link.ip': (_, q) => `Link to a bare IP address, which hides what site it leads to: ${q}`,
  'link.phone': (_, q) => `Phone number: ${q}`,
  'link.email.disguised': (_, q) => `Disguised e-mail address: ${q}`,
  'link.email': (_, q) => `E-mail address: ${q}`,
};

/**
 * The link check. Every link is at least a note for the moderator (a citation is still a link); shorteners,
 * disguised links and anchors whose text names another site score higher. Allowed domains are never reported
 * unless spelt with look-alike letters (a homograph is not the allowed site); blocked domains reject, look-alikes
 * of them too.
 */
export function checkLinks(a: Analysis, contacts: Contacts, policy: CompiledPolicy): Finding[] {
  const out: Finding[] = [];
  const groups: Groups = new Map();

  for (const l of contacts.links) {
    const e = ev(l, a.body);
    // A site's own short link stands for the site: "youtu.be/…" is a link to youtube.com.
    const site = l.kind === 'url' ? SITE_SHORT_LINKS.get(l.host) : undefined;
    const host = site ?? l.host;
    const domain = site ?? l.domain;
    if (domainListed(host, policy.blockedDomains)) {
      out.push(
        finding(
          'link',
          'link.blocked-domain',
          'high',
          1,
          `Link to a domain this site blocks: ${domain}`,
          [e],
          'reject',
        ),
      );
      continue;
    }
    if (domainListed(host, policy.allowedDomains)) {
      // A homograph of an allowed domain is another domain passing as it: the phishing case the list must not wave
      // through. Other disguises of it ("bbc dot co dot uk") still name the allowed site.
      if (l.lookalike) addHit(groups, 'link.lookalike', 0.95, 'high', e, l.domain);
      continue;
    }
    if (l.kind === 'email') {
      addHit(
        groups,
        l.disguised ? 'link.email.disguised' : 'link.email',
        l.disguised ? 0.9 : 0.7,
        'medium',
        e,
        l.value,
      );
      continue;
    }
    if (l.anchor && misleads(l.anchor, l.domain) && (!site || misleads(l.anchor, site)))
      addHit(groups, 'link.misleading-anchor', 0.9, 'high', e, l.domain);
    if (l.ip) addHit(groups, 'link.ip', 0.85, 'high', e, l.host);
    else if (l.disguised) addHit(groups, 'link.disguised', 0.9, 'high', e, l.domain);
    else if (SHORTENERS.has(l.host) || SHORTENERS.has(l.domain))
      addHit(groups, 'link.shortener', 0.8, 'medium', e, l.host);
    else addHit(groups, 'link.url', 0.6, 'low', e, domain);
  }
  for (const p of contacts.phones) {
    addHit(groups, 'link.phone', p.cued || p.valid ? 0.7 : 0.55, 'medium', ev(p, a.body), p.number);
  }

  for (const [rule, g] of groups) {
    const names = g.names.slice(0, 3).join(', ') + (g.names.length > 3 ? ` and ${g.names.length - 3} more` : '');
    const q = quote(g.hits);
    const message = (MESSAGES[rule] ?? MESSAGES['link.url'])!(names, q);
    out.push(finding('link', rule, g.severity, g.score, message, g.hits));
  }
  return out;
}

/** An anchor misleads when its text reads as a domain other than the one the link goes to. */
function misleads(anchor: string, domain: string): boolean {
  const m = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i.exec(anchor.slice(0, 300));
  if (!m?.[1]) return false;
  const shown = parse(m[1]).domain;
  return shown !== null && shown !== domain;
}
