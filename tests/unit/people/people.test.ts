import { describe, expect, it } from 'vitest';
import { parsePeople, peopleDirectory } from '../../../src/domain/people/people';

const sheet = [
  ['E-post', 'Navn', 'Rolle'],
  ['Kari@Skole.no', 'Kari Lærer', 'kontaktlærer'],
  ['per@skole.no', 'Per Hansen', ''],
  ['ingen.navn@skole.no', '', 'lærer'],
  ['', 'Uten adresse', 'lærer'],
];

describe('«Personale»: names and roles instead of e-mail addresses (D3)', () => {
  const people = peopleDirectory(parsePeople(sheet), {
    email: 'rektor@skole.no',
    name: 'Rita Rektor',
    role: 'rektor',
  });

  it('prints a known address as «Navn (rolle)», the name alone without a role, case-insensitively', () => {
    expect(people.label('kari@skole.no')).toBe('Kari Lærer (kontaktlærer)');
    expect(people.label('KARI@skole.no, per@skole.no')).toBe('Kari Lærer (kontaktlærer), Per Hansen');
    expect(people.label('Rita <rektor@skole.no>')).toBe('Rita <Rita Rektor (rektor)>');
    expect(people.label('Fast voksen')).toBe('Fast voksen');
  });

  it('names the addresses it cannot name, once each; a row without a name does not count', () => {
    expect(
      people.unnamed(['ingen.navn@skole.no', 'kari@skole.no', 'x@y.no; ingen.navn@skole.no', '']),
    ).toEqual(['ingen.navn@skole.no', 'x@y.no']);
    expect(people.label('ingen.navn@skole.no')).toBe('ingen.navn@skole.no');
  });

  it('lets the sheet win over the settings, and reads columns by header in any order', () => {
    const reordered = parsePeople([
      ['Rolle', 'E-post', 'Navn'],
      ['inspektør', 'rektor@skole.no', 'Rita R. Rektor'],
    ]);
    const dir = peopleDirectory(reordered, { email: 'rektor@skole.no', name: 'Rita Rektor', role: 'rektor' });
    expect(dir.label('rektor@skole.no')).toBe('Rita R. Rektor (inspektør)');
    expect(parsePeople([['Navn']])).toEqual([]);
    expect(parsePeople([])).toEqual([]);
  });
});
