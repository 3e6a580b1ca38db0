import { describe, expect, it } from 'vitest';
import { execFileRunner, MAX_COMMAND_OUTPUT_BYTES } from '../../../../src/core/network/system/command-runner.ts';

const node = process.execPath;

describe('execFileRunner', () => {
  it('returns the exit code and both streams of a program that ran', async () => {
    const result = await execFileRunner(node, ['-e', 'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)'], { timeoutMs: 10_000 });
    expect(result).toEqual({ exitCode: 3, stdout: 'out', stderr: 'err', timedOut: false, missing: false });
  });

  it('passes arguments as they are, with no shell to interpret them', async () => {
    const tricky = '$(echo hacked); `id` | & > "quoted"';
    const result = await execFileRunner(node, ['-e', 'process.stdout.write(process.argv[1])', tricky], { timeoutMs: 10_000 });
    expect(result.stdout).toBe(tricky);
  });

  it('reports a program that is not installed as missing, without throwing', async () => {
    const result = await execFileRunner('status-doctor-no-such-program', ['--version'], { timeoutMs: 5_000 });
    expect(result.missing).toBe(true);
    expect(result.timedOut).toBe(false);
  });

  it('kills a program that outlives its time and says so', async () => {
    const startedAt = performance.now();
    const result = await execFileRunner(node, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(performance.now() - startedAt).toBeLessThan(5_000);
  });

  it('stops a program when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = execFileRunner(node, ['-e', 'setTimeout(() => {}, 60_000)'], { timeoutMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const result = await pending;
    expect(result.timedOut).toBe(true);
  });

  it('does not start at all when already cancelled', async () => {
    const result = await execFileRunner(node, ['-e', ''], { timeoutMs: 5_000, signal: AbortSignal.abort() });
    expect(result).toMatchObject({ exitCode: null, timedOut: true });
  });

  it('cuts off a flood of output instead of holding it all', async () => {
    const result = await execFileRunner(node, ['-e', `process.stdout.write("x".repeat(${MAX_COMMAND_OUTPUT_BYTES * 3}))`], { timeoutMs: 10_000 });
    expect(result.stdout.length).toBeLessThanOrEqual(MAX_COMMAND_OUTPUT_BYTES);
    expect(result.exitCode).toBeNull();
    expect(result.timedOut).toBe(false);
  });
});
