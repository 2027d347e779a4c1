import { describe, expect, it } from 'vitest';
import { anyText, missingEnglish, withText } from './texts.ts';

describe('withText', () => {
  it('sets one language and keeps the other', () => {
    expect(withText({ fr: 'Oui', en: 'Yes' }, 'fr', 'Oui !', false)).toEqual({ fr: 'Oui !', en: 'Yes' });
    expect(withText({ fr: 'Oui' }, 'en', 'Yes', false)).toEqual({ fr: 'Oui', en: 'Yes' });
  });

  it('drops an English text left blank', () => {
    expect(withText({ fr: 'Oui', en: 'Yes' }, 'en', '  ', false)).toEqual({ fr: 'Oui' });
  });

  it('keeps a required French text even when blank, so that the problem shows beside it', () => {
    expect(withText({ fr: 'Oui' }, 'fr', '', false)).toEqual({ fr: '' });
    expect(withText(undefined, 'en', 'Yes', false)).toEqual({ fr: '', en: 'Yes' });
  });

  it('removes an optional text blank in both languages', () => {
    expect(withText({ fr: 'Aide' }, 'fr', '', true)).toBeUndefined();
    expect(withText({ fr: '', en: 'Help' }, 'en', '', true)).toBeUndefined();
    expect(withText(undefined, 'fr', 'Aide', true)).toEqual({ fr: 'Aide' });
  });

  it('keeps an optional text written only in English, for the French problem to show', () => {
    expect(withText(undefined, 'en', 'Help', true)).toEqual({ fr: '', en: 'Help' });
  });

  it('does not trim while typing', () => {
    expect(withText({ fr: 'Bon' }, 'fr', 'Bonjour ', false)).toEqual({ fr: 'Bonjour ' });
  });
});

describe('missingEnglish', () => {
  it('is true only when French is written and English is not', () => {
    expect(missingEnglish({ fr: 'Oui' })).toBe(true);
    expect(missingEnglish({ fr: 'Oui', en: ' ' })).toBe(true);
    expect(missingEnglish({ fr: 'Oui', en: 'Yes' })).toBe(false);
    expect(missingEnglish({ fr: '' })).toBe(false);
    expect(missingEnglish(undefined)).toBe(false);
  });
});

describe('anyText', () => {
  it('prefers French, then English', () => {
    expect(anyText({ fr: ' Oui ', en: 'Yes' })).toBe('Oui');
    expect(anyText({ fr: '', en: 'Yes' })).toBe('Yes');
    expect(anyText(undefined)).toBe('');
  });
});
