import { describe, expect, it } from 'vitest';
import { childElement, decodeXmlEntities, parseXml } from '../../../src/core/status-page/xml-scanner.ts';
import { fixtureText } from './read-fixture.ts';

function rejected(xml: string): string {
  const result = parseXml(xml);
  if (result.ok) throw new Error('accepted a document it should refuse');
  return result.message;
}

describe('XML scanner', () => {
  it('reads elements, attributes, CDATA and entities, dropping namespace prefixes', () => {
    const result = parseXml('<?xml version="1.0"?><!-- c --><rss version="2.0"><channel><atom:link href="a&amp;b"/><title><![CDATA[<b>x</b>]]> &lt;y&gt; &#x263A;</title></channel></rss>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const channel = childElement(result.value, 'channel');
    expect(channel?.children.map((c) => c.name)).toEqual(['link', 'title']);
    expect(childElement(channel!, 'link')?.attributes.get('href')).toBe('a&b');
    expect(childElement(channel!, 'title')?.text).toBe('<b>x</b> <y> ☺');
  });

  it('reads real feeds', () => {
    expect(parseXml(fixtureText('feeds/github-history-trimmed.atom')).ok).toBe(true);
    expect(parseXml(fixtureText('feeds/azure-west-us-active.xml')).ok).toBe(true);
  });

  it('refuses DOCTYPE and ENTITY declarations (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(rejected(laughs)).toMatch(/DTD or entities/);
    expect(rejected('<rss><!ENTITY x "y"></rss>')).toMatch(/DTD or entities/);
    expect(rejected('<!doctype rss><rss/>')).toMatch(/DTD or entities/);
  });

  it('refuses entities XML does not define, and invalid character references', () => {
    expect(rejected('<a>&nbsp;</a>')).toMatch(/entities/);
    expect(rejected('<a>&#0;</a>')).toMatch(/entities/);
    expect(rejected('<a>&#xD800;</a>')).toMatch(/entities/);
    expect(rejected('<a>& b</a>')).toMatch(/entities/);
    expect(decodeXmlEntities('&amp;amp;')).toBe('&amp;');
  });

  it('refuses malformed and truncated documents', () => {
    expect(rejected('<rss><channel></rss>')).toMatch(/well-formed/);
    expect(rejected('<rss><channel><item>')).toMatch(/before it is complete/);
    expect(rejected('<rss><channel><title>x</ti')).toMatch(/well-formed|complete/);
    expect(rejected('<a/><b/>')).toMatch(/well-formed/);
    expect(rejected('<a x=1/>')).toMatch(/well-formed/);
    expect(rejected('<a>1 < 2</a>')).toMatch(/well-formed/);
    expect(rejected('just text')).toMatch(/not a feed|complete/);
    expect(rejected('')).toMatch(/complete/);
  });

  it('refuses documents nested too deeply or with too many elements', () => {
    expect(rejected(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toMatch(/nested too deeply/);
    expect(rejected(`<r>${'<i/>'.repeat(60_000)}</r>`)).toMatch(/too many elements/);
  });

  it('stays fast on hostile input: a megabyte of unclosed markup', () => {
    const started = performance.now();
    expect(parseXml(`<r>${'<!--'.repeat(1)}${'x'.repeat(1_000_000)}`).ok).toBe(false);
    expect(parseXml(`<r a="${'x'.repeat(1_000_000)}`).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
