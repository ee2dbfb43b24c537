/**
 * CITATION.cff: checked against the constraints of the Citation File Format 1.2.0 schema that
 * apply to the fields we use (a transcribed subset: the official schema is not on npm), read back
 * by a citation library, and kept in step with the edition in src/site.ts.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-cff';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { absoluteUrl, projectAddress } from '../../src/lib/site/address.ts';
import { site } from '../../src/site.ts';

const text = readFileSync('CITATION.cff', 'utf8');
const cff = parse(text) as Record<string, unknown>;

const person = {
	type: 'object',
	anyOf: [{ required: ['family-names'] }, { required: ['name'] }],
	properties: {
		'family-names': { type: 'string', minLength: 1 },
		'given-names': { type: 'string', minLength: 1 },
		name: { type: 'string', minLength: 1 },
		orcid: { type: 'string', format: 'uri' },
	},
	additionalProperties: false,
};

const cffSubset = {
	type: 'object',
	required: ['cff-version', 'message', 'title', 'authors'],
	properties: {
		'cff-version': { const: '1.2.0' },
		message: { type: 'string', minLength: 1 },
		type: { enum: ['dataset', 'software'] },
		title: { type: 'string', minLength: 1 },
		authors: { type: 'array', minItems: 1, items: person },
		version: { type: 'string', minLength: 1 },
		'date-released': { type: 'string', format: 'date' },
		url: { type: 'string', format: 'uri' },
		'repository-code': { type: 'string', format: 'uri' },
		license: { type: 'string', pattern: '^[A-Za-z0-9.+-]+$' },
		keywords: { type: 'array', items: { type: 'string', minLength: 1 } },
		abstract: { type: 'string', minLength: 1 },
	},
	additionalProperties: false,
};

test('CITATION.cff satisfies the CFF 1.2.0 constraints for its fields', () => {
	const ajv = new Ajv2020({ allErrors: true });
	addFormats(ajv);
	const validate = ajv.compile(cffSubset);
	validate(cff);
	expect(validate.errors ?? []).toEqual([]);
});

test('it carries the current edition and release date', () => {
	expect(cff['version']).toBe(site.edition);
	expect(cff['date-released']).toBe(site.editionDate);
	expect(cff['url']).toBe(absoluteUrl(projectAddress, '/'));
});

test('the group author is an entity (name:), not a person', () => {
	expect(cff['authors']).toEqual([{ name: site.author }]);
});

test('a citation library reads it', () => {
	const [item] = new Cite(text).data as { title?: string; version?: string }[];
	expect(item?.title).toBe(cff['title']);
	expect(item?.version).toBe(site.edition);
});
