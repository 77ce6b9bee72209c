import { describe, expect, it } from 'vitest';
import { alternateLinks } from '../../site/lib/head/alternates.ts';
import { serializeJsonLd } from '../../site/lib/head/json-ld.ts';
import { mailtoUrl } from '../../site/lib/enquiry/mailto.ts';

describe('JSON-LD serialisation', () => {
	it('cannot be broken out of by staff text', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & <!--' });
		expect(json).not.toMatch(/<|>|&/);
		expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script> & <!--');
	});
});

describe('hreflang alternates', () => {
	const pathFor = (locale: string) => `/${locale}/achievements/to-0001/`;
	const site = { defaultLocale: 'en' as const, siteUrl: 'https://exchange.example.org' };

	it('name only real translations, plus x-default on the default locale', () => {
		expect(alternateLinks(['zh', 'en'], pathFor, site)).toEqual([
			{ hreflang: 'zh', href: 'https://exchange.example.org/zh/achievements/to-0001/' },
			{ hreflang: 'en', href: 'https://exchange.example.org/en/achievements/to-0001/' },
			{ hreflang: 'x-default', href: 'https://exchange.example.org/en/achievements/to-0001/' },
		]);
	});

	it('point x-default at a real translation when the default locale has none', () => {
		expect(alternateLinks(['zh'], pathFor, site).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://exchange.example.org/zh/achievements/to-0001/' });
	});
});

describe('enquiry mailto', () => {
	it('encodes subject and body so every mail client shows them intact', () => {
		const url = mailtoUrl('transfer@example.org', 'Запрос to-0005: зонд & co', 'Line 1\nLine 2 + more');
		expect(url.startsWith('mailto:transfer@example.org?subject=')).toBe(true);
		const params = new URLSearchParams(url.split('?')[1]);
		expect(params.get('subject')).toBe('Запрос to-0005: зонд & co');
		expect(params.get('body')).toBe('Line 1\r\nLine 2 + more');
		expect(url).not.toContain('+');
	});
});

describe('site-wide CSP for the headers file', () => {
	it('is the union of every page’s sources, directive by directive', async () => {
		const { mergeCspPolicies } = await import('../../site/integrations/security-headers.ts');
		const merged = mergeCspPolicies([
			"default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
			"default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'",
		]);
		expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'");
	});
});
