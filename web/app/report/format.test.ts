import { describe, expect, it } from 'vitest';
import type { ScaleFigure } from '../../../schema/report.ts';
import { figureCells, formatMean, formatRate, formatShare, parseInvited, scaleX } from './format.ts';

/** Intl separates thousands and percent signs with narrow / no-break spaces: compare with plain spaces. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

const figure: ScaleFigure = {
  suppressed: false,
  release: 1,
  n: 20,
  mean: 42.5,
  sd: 15.2,
  lower: 35.386,
  upper: 49.614,
  cutoff: { count: 8, n: 20, proportion: 0.4, lower: 0.2188, upper: 0.6134 },
};

describe('report figures', () => {
  it('writes a mean with its interval in each language', () => {
    expect(plain(formatMean('fr', figure as Extract<ScaleFigure, { suppressed: false }>))).toBe('42,5 [35,4 ; 49,6]');
    expect(formatMean('en', figure as Extract<ScaleFigure, { suppressed: false }>)).toBe('42.5 [35.4, 49.6]');
    expect(formatMean('en', { ...figure, lower: null, upper: null } as Extract<ScaleFigure, { suppressed: false }>)).toBe('42.5');
  });

  it('writes a share with its Wilson interval and its count', () => {
    const share = figure.suppressed ? null : figure.cutoff;
    expect(plain(formatShare('fr', share && 'proportion' in share ? share : (null as never)))).toBe('40 % [21,9 % ; 61,3 %]');
    const bound = () => 'au moins 60 %';
    expect(figureCells('en', figure, bound)).toEqual({ n: '20', mean: '42.5 [35.4, 49.6]', share: '40% [21.9%, 61.3%] (8/20)' });
    expect(figureCells('fr', { suppressed: true, reason: 'under_k' }, bound)).toBeNull();
  });

  it('writes only the bound of a share nearly the whole group is on one side of', () => {
    const coarse: ScaleFigure = { ...(figure as Extract<ScaleFigure, { suppressed: false }>), cutoff: { coarse: { atLeast: 60 }, n: 12 } };
    expect(figureCells('fr', coarse, (c) => ('atLeast' in c ? `au moins ${c.atLeast} %` : `au plus ${c.atMost} %`))?.share).toBe('au moins 60 %');
  });

  it('writes rates, or nothing without an invited count', () => {
    expect(plain(formatRate('fr', 0.75))).toBe('75 %');
    expect(formatRate('en', 0.3333)).toBe('33.3%');
    expect(formatRate('fr', null)).toBeNull();
  });

  it('reads the invited count', () => {
    expect(parseInvited('')).toEqual({ ok: true, invited: null });
    expect(parseInvited(' 40 ')).toEqual({ ok: true, invited: 40 });
    expect(parseInvited('1 200')).toEqual({ ok: true, invited: 1200 });
    expect(parseInvited('0')).toEqual({ ok: false });
    expect(parseInvited('2,5')).toEqual({ ok: false });
    expect(parseInvited('1000001')).toEqual({ ok: false });
    expect(parseInvited('-3')).toEqual({ ok: false });
  });

  it('places values on a chart, clamped to 0–100', () => {
    expect(scaleX(50, 100, 400)).toBe(300);
    expect(scaleX(-5, 100, 400)).toBe(100);
    expect(scaleX(120, 100, 400)).toBe(500);
  });
});
