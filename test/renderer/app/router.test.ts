import { describe, expect, it } from 'vitest';

import { hrefFor, parseHash } from '@renderer/app/router';

describe('the address after #', () => {
  it('is split into path segments and a query', () => {
    const route = parseHash('#/koordinatorer/3?q=kari&vis=alle');
    expect(route.segments).toEqual(['koordinatorer', '3']);
    expect(route.query.get('q')).toBe('kari');
    expect(route.query.get('vis')).toBe('alle');
  });

  it('is the start page when empty', () => {
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#').segments).toEqual([]);
    expect(parseHash('#/').segments).toEqual([]);
    expect([...parseHash('#/').query.keys()]).toEqual([]);
  });

  it('is built with a leading #/ and no ? when there is no query', () => {
    expect(hrefFor([])).toBe('#/');
    expect(hrefFor(['koordinatorer'])).toBe('#/koordinatorer');
    expect(hrefFor(['koordinatorer', 'ny'], {})).toBe('#/koordinatorer/ny');
  });

  it('drops empty query values', () => {
    expect(hrefFor(['koordinatorer'], { q: '', vis: 'alle' })).toBe('#/koordinatorer?vis=alle');
    expect(hrefFor(['koordinatorer'], { q: '' })).toBe('#/koordinatorer');
  });

  it('survives a round trip with æ, ø and å in the path and the query', () => {
    const href = hrefFor(['tjenestesteder', 'Økern skole/Ås'], { q: 'Ærlig Åsheim', vis: 'inaktive' });
    expect(href).not.toMatch(/[æøåÆØÅ ]/);
    const route = parseHash(href);
    expect(route.segments).toEqual(['tjenestesteder', 'Økern skole/Ås']);
    expect(route.query.get('q')).toBe('Ærlig Åsheim');
    expect(route.query.get('vis')).toBe('inaktive');
  });

  it('keeps characters that mean something in a URL', () => {
    const query = { q: 'a&b=c?d#e+f %' };
    const route = parseHash(hrefFor(['søk'], query));
    expect(route.segments).toEqual(['søk']);
    expect(route.query.get('q')).toBe(query.q);
  });

  it('reads a hash the browser has percent-encoded', () => {
    const route = parseHash('#/koordinatorer?q=%C3%98verland');
    expect(route.query.get('q')).toBe('Øverland');
    expect(parseHash('#/tjenestesteder/%C3%85sg%C3%A5rd').segments).toEqual(['tjenestesteder', 'Åsgård']);
  });

  it('does not crash on a stray percent sign typed into the address', () => {
    const route = parseHash('#/koordinatorer/100%');
    expect(route.segments).toEqual(['koordinatorer', '100%']);
  });
});
