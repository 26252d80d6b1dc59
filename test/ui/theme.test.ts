// @vitest-environment happy-dom
// Light or dark: colour parsing, luminance, and the colour painted behind a mount point.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundBehind, followSystemTheme, luminance, parseColor, themeBehind } from '../../src/ui/theme';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
});

function stubSystemDark(dark: boolean): void {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({ matches: dark && query.includes('dark'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList,
  );
}

describe('parseColor and luminance', () => {
  it('reads computed colour forms', () => {
    expect(parseColor('rgb(32, 33, 36)')).toEqual([32, 33, 36, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('gives white 1, black 0, and Gmail dark grey well under the midpoint', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([32, 33, 36])).toBeLessThan(0.05);
  });
});

describe('themeBehind', () => {
  it('uses the nearest opaque background up the tree, skipping transparent and translucent ones', () => {
    document.body.innerHTML =
      '<div id="pane" style="background-color: rgb(32, 33, 36)"><div style="background-color: rgba(255, 255, 255, 0.1)"><div id="spot"></div></div></div>';
    const spot = document.getElementById('spot');
    expect(backgroundBehind(spot)).toEqual([32, 33, 36, 1]);
    expect(themeBehind(spot)).toBe('dark');
    (document.getElementById('pane') as HTMLElement).style.backgroundColor = 'rgb(246, 248, 252)';
    expect(themeBehind(spot)).toBe('light');
  });

  it('falls back to the canvas: dark only when the page allows dark and the system asks for it', () => {
    document.body.innerHTML = '<div id="spot"></div>';
    const spot = document.getElementById('spot');
    stubSystemDark(true);
    expect(themeBehind(spot)).toBe('light');
    document.documentElement.style.colorScheme = 'light dark';
    expect(themeBehind(spot)).toBe('dark');
    stubSystemDark(false);
    expect(themeBehind(spot)).toBe('light');
  });
});

describe('followSystemTheme', () => {
  it('marks <html> with the system scheme', () => {
    stubSystemDark(true);
    followSystemTheme(document);
    expect(document.documentElement.dataset.theme).toBe('dark');
    stubSystemDark(false);
    followSystemTheme(document);
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
