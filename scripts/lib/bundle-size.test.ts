import { describe, expect, it } from 'vitest';
import { overBudget } from './bundle-size';

describe('size budget check', () => {
  const ok = {
    contentScript: 30_000,
    saveScript: 34_000,
    overlayScript: 60_000,
    popupJs: 90_000,
    background: 50_000,
    analysis: 40_000,
    zip: 200_000,
    fonts: 0,
    total: 700_000,
  };
  it('passes builds within every budget', () => {
    expect(overBudget(ok)).toEqual([]);
  });
  it('names each bundle that passes its budget', () => {
    const over = overBudget({ ...ok, contentScript: 46 * 1024, zip: 601 * 1024 });
    expect(over).toHaveLength(2);
    expect(over[0]).toMatch(/^content script 46\.0 KB gz > 45 KB/);
    expect(over[1]).toMatch(/^zip 601\.0 KB without fonts > 600 KB/);
  });
  it('counts the bundled fonts on their own, not in the zip of the code', () => {
    expect(overBudget({ ...ok, zip: 750 * 1024, fonts: 170 * 1024 })).toEqual([]);
    expect(overBudget({ ...ok, zip: 750 * 1024, fonts: 201 * 1024 })).toEqual(['bundled fonts 201.0 KB > 200 KB']);
  });
  it('holds the reader over the page to its own budget', () => {
    expect(overBudget({ ...ok, overlayScript: 81 * 1024 })).toEqual(['reader over the page 81.0 KB gz > 80 KB']);
  });
  it('holds the analysis chunk to its own budget, and says when the build has none', () => {
    expect(overBudget({ ...ok, analysis: 65 * 1024 })).toEqual(['analysis chunk 65.0 KB gz > 64 KB']);
    expect(overBudget({ ...ok, analysis: -1 })).toEqual(['no analysis chunk (chunks/analysis-*.js) in the build']);
  });
  it('holds the save script to the content-script budget too', () => {
    expect(overBudget({ ...ok, saveScript: 45.5 * 1024 })).toEqual(['save content script 45.5 KB gz > 45 KB']);
  });
});
