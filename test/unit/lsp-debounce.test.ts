/** The adaptive typing delay (server/src/lsp/debounce.ts): the default delay follows the check's cost. */
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_DEBOUNCE, adaptiveDelayMs, CheckCosts } from '../../server/src/lsp/debounce';
import { readEditorSection } from '../../server/src/lsp/settings';

describe('adaptive debounce', () => {
  it('is twice the cost, never below the minimum nor above the maximum', () => {
    expect(adaptiveDelayMs(2)).toBe(ADAPTIVE_DEBOUNCE.minMs);
    expect(adaptiveDelayMs(20)).toBe(40);
    expect(adaptiveDelayMs(100)).toBe(200);
    expect(adaptiveDelayMs(400)).toBe(ADAPTIVE_DEBOUNCE.maxMs);
    expect(adaptiveDelayMs(undefined)).toBe(ADAPTIVE_DEBOUNCE.unknownMs);
    expect(adaptiveDelayMs(Number.NaN)).toBe(ADAPTIVE_DEBOUNCE.unknownMs);
  });

  it('follows a running average per document: one slow check moves it, a few settle it', () => {
    const costs = new CheckCosts();
    costs.record('a', 4);
    expect(costs.delayMs('a')).toBe(8);
    costs.record('a', 104);
    expect(costs.of('a')).toBeCloseTo(34, 6);
    for (let i = 0; i < 20; i++) costs.record('a', 104);
    expect(costs.delayMs('a')).toBeCloseTo(208, 0);
    expect(costs.delayMs('b')).toBe(ADAPTIVE_DEBOUNCE.unknownMs);
    costs.forget('a');
    expect(costs.of('a')).toBeUndefined();
  });

  it('the setting: a number is used as given (clamped), unset or null means adaptive', () => {
    expect(readEditorSection({ validation: { debounceMs: 150 } }).debounceMs).toBe(150);
    expect(readEditorSection({ validation: { debounceMs: 0 } }).debounceMs).toBe(0);
    expect(readEditorSection({ validation: { debounceMs: 99_999 } }).debounceMs).toBe(10_000);
    expect(readEditorSection({ validation: { debounceMs: null } }).debounceMs).toBeNull();
    expect(readEditorSection({}).debounceMs).toBeNull();
  });

  it('inlay hint verbosity: an editor setting, short unless `full`; the core never sees it', () => {
    expect(readEditorSection({}).inlayHintVerbosity).toBe('short');
    expect(readEditorSection({ inlayHints: { enabled: true, verbosity: 'short' } })).toMatchObject({ inlayHintVerbosity: 'short', errors: [] });
    const full = readEditorSection({ inlayHints: { enabled: false, verbosity: 'full' } });
    expect(full).toMatchObject({ inlayHintVerbosity: 'full', errors: [] });
    expect(full.core.inlayHints).toEqual({ enabled: false });
    const bad = readEditorSection({ inlayHints: { verbosity: 'verbose' } });
    expect(bad.inlayHintVerbosity).toBe('short');
    expect(bad.errors).toEqual(['cellspec settings: inlayHints.verbosity must be "short" or "full" (got "verbose")']);
  });
});
