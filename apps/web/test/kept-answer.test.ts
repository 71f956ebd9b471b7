import { describe, expect, it, vi } from 'vitest';
import { kept } from '../src/lib/use-api-resource.ts';

// An answer kept for the page's life (the centres): read once by however many pages ask.
describe('a kept answer', () => {
  it('is read once, by every page that asks at the same time or later', async () => {
    const load = vi.fn(async () => ['SH-HUANGPU', 'SH-PUDONG']);
    const centres = kept(load);
    expect(centres.known).toBeNull();
    const [first, second] = await Promise.all([centres.read(), centres.read()]);
    expect(first).toBe(second);
    expect(centres.known).toEqual({ data: ['SH-HUANGPU', 'SH-PUDONG'] });
    await centres.read();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is read again after a failure, which is not kept', async () => {
    const load = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(['SH-XUHUI']);
    const centres = kept(load);
    await expect(centres.read()).rejects.toThrow('Failed to fetch');
    expect(centres.known).toBeNull();
    await expect(centres.read()).resolves.toEqual(['SH-XUHUI']);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
