/**
 * The crash test's child: logs in through core and writes through `dispatch` until it is
 * SIGKILLed (test/core/crash/crashRun.ts). Every write is announced (`begin`) and, once dispatch
 * returned ok, acknowledged (`ack`), each line written to stdout synchronously before anything
 * else happens, so the parent knows exactly which writes were acknowledged when the kill landed.
 *
 * Run by the parent as `node --import tsx writer.ts '<WriterConfig as JSON>'`.
 */
import { writeSync } from 'node:fs';

import { seededRandom } from '@core/demo/random';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { createCore } from '@core/index';
import { loadPasswordEstimator } from '@shared/domain/passwordEstimator';

import type { AckResult, TrackedUser, WriteOp, WriterConfig, WriterLine } from './protocol';

const config = JSON.parse(process.argv[2] ?? '') as WriterConfig;

function emit(line: WriterLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      // A full pipe on a non-blocking descriptor: the parent reads all the time, so wait for it.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') process.exit(5);
    }
  }
}

function fatal(message: string): never {
  emit({ t: 'fatal', message });
  process.stderr.write(`writer: ${message}\n`);
  process.exit(3);
}

// Never outlive a parent that stopped watching.
setTimeout(() => process.exit(4), 120_000).unref();

const { next: random, int, pick } = seededRandom(config.seed);
const hex = (chars: number) => Array.from({ length: chars }, () => int(0, 15).toString(16)).join('');
const newPassword = () => `Krasj-${hex(8)}-Prøve-${hex(8)}`;

function localDate(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const state = {
  adminPassword: config.admin.password,
  users: [...config.users] as TrackedUser[],
  caseIds: [...config.caseIds],
  serviceUnitIds: [...config.serviceUnitIds],
  backup: config.backup,
};
let counter = 0;
const tag = () => `r${config.round}-${++counter}`;

/** The next write, by weight among those possible now. */
function chooseOp(): WriteOp {
  const options: [number, () => WriteOp][] = [
    [30, () => caseOp()],
    [3, () => ({ kind: 'serviceUnit', name: `Krasjenhet ${tag()}` })],
    [6, () => ({ kind: 'changePassword', oldPassword: state.adminPassword, newPassword: newPassword() })],
  ];
  if (state.caseIds.length)
    options.push([
      25,
      () => ({ kind: 'step', caseId: pick(state.caseIds), stepKind: random() < 0.6 ? 'mapping' : 'consent' }),
    ]);
  if (state.serviceUnitIds.length)
    options.push([
      15,
      () => ({ kind: 'coordinator', name: `Kari Krasj ${tag()}`, serviceUnitId: pick(state.serviceUnitIds) }),
    ]);
  if (state.users.length < 3)
    options.push([5, () => ({ kind: 'userCreate', username: `krasj.${tag()}`, password: newPassword() })]);
  if (state.users.length) {
    options.push([
      5,
      () => {
        const user = pick(state.users);
        return {
          kind: 'userReset',
          userId: user.id,
          username: user.username,
          oldPassword: user.password,
          newPassword: newPassword(),
        };
      },
    ]);
    options.push([
      3,
      () => {
        const user = pick(state.users);
        return { kind: 'userDeactivate', userId: user.id, username: user.username };
      },
    ]);
  }
  if (state.backup) options.push([8, () => ({ kind: 'backup' })]);
  const total = options.reduce((sum, [w]) => sum + w, 0);
  let at = random() * total;
  for (const [weight, make] of options) {
    at -= weight;
    if (at < 0) return make();
  }
  return options[0]![1]();
}

function caseOp(): WriteOp {
  const personName = `Krasj Testbarn ${tag()}`;
  if (random() < 0.3) return { kind: 'case', personName, nationalId: null };
  const birth = new Date(Date.UTC(int(2008, 2024), int(0, 11), int(1, 28))).toISOString().slice(0, 10);
  return {
    kind: 'case',
    personName,
    nationalId: nationalIdFor(birth, { synthetic: true, start: int(500, 899) }),
  };
}

const core = createCore({ dataDir: config.dataDir, kdf: config.kdf, allowSyntheticIds: true });

async function call(channel: string, input: unknown) {
  return core.dispatch(channel, input);
}

/** Makes the write; the data the parent checks, or the error. */
async function write(
  op: WriteOp,
): Promise<{ ok: true; result: AckResult } | { ok: false; code: string; fields?: Record<string, string> }> {
  const today = localDate();
  let result;
  switch (op.kind) {
    case 'serviceUnit':
      result = await call('serviceUnits.create', { name: op.name });
      if (result.ok) {
        const id = (result.data as { id: number }).id;
        state.serviceUnitIds.push(id);
        return { ok: true, result: { id } };
      }
      break;
    case 'coordinator':
      result = await call('coordinators.create', {
        name: op.name,
        serviceUnitId: op.serviceUnitId,
        position: 'Krasjtester',
        capacity: int(1, 20),
      });
      if (result.ok) return { ok: true, result: { id: (result.data as { id: number }).id } };
      break;
    case 'case':
      result = await call('cases.create', {
        receivedDate: localDate(-int(0, 90)),
        channel: 'electronicForm',
        appliedBy: 'guardian',
        rightsRequested: ['individuellPlan'],
        needDescription: 'Skrevet av krasjtesten',
        person: op.nationalId
          ? { name: op.personName, nationalId: op.nationalId }
          : { name: op.personName, dueDate: localDate(int(30, 200)) },
      });
      if (result.ok) {
        const { id, caseNumber } = (result.data as { record: { id: number; caseNumber: string } }).record;
        state.caseIds.push(id);
        return { ok: true, result: { id, caseNumber } };
      }
      break;
    case 'step':
      result = await call('cases.recordStep', {
        caseId: op.caseId,
        step:
          op.stepKind === 'mapping'
            ? { kind: 'mapping', date: today, form: 'homeVisit', participants: 'Mor, far, KE' }
            : { kind: 'consent', type: 'process', givenBy: 'guardian', date: today },
      });
      if (result.ok) {
        const steps = (result.data as { record: { steps: { id: number }[] } }).record.steps;
        return { ok: true, result: { id: Math.max(...steps.map((s) => s.id)) } };
      }
      break;
    case 'changePassword':
      result = await call('session.changePassword', {
        currentPassword: op.oldPassword,
        newPassword: op.newPassword,
      });
      if (result.ok) {
        state.adminPassword = op.newPassword;
        return { ok: true, result: {} };
      }
      break;
    case 'userCreate':
      result = await call('users.create', {
        username: op.username,
        displayName: `Krasj Bruker ${op.username}`,
        role: 'saksbehandler',
        password: op.password,
      });
      if (result.ok) {
        const id = (result.data as { id: number }).id;
        state.users.push({ id, username: op.username, password: op.password });
        return { ok: true, result: { id } };
      }
      break;
    case 'userReset':
      result = await call('users.resetPassword', { userId: op.userId, newPassword: op.newPassword });
      if (result.ok) {
        state.users.find((u) => u.id === op.userId)!.password = op.newPassword;
        return { ok: true, result: {} };
      }
      break;
    case 'userDeactivate':
      result = await call('users.deactivate', { userId: op.userId });
      if (result.ok) {
        state.users = state.users.filter((u) => u.id !== op.userId);
        return { ok: true, result: {} };
      }
      break;
    case 'backup':
      result = await call('backup.create', {});
      if (result.ok) {
        const written = result.data as { file: string; createdAt: string }[];
        return { ok: true, result: { files: written.map((f) => f.file), createdAt: written[0]?.createdAt } };
      }
      break;
  }
  const error = (result as { ok: false; error: { code: string; fields?: Record<string, string> } }).error;
  return { ok: false, code: error.code, ...(error.fields ? { fields: error.fields } : {}) };
}

const login = await call('session.login', {
  username: config.admin.username,
  password: config.admin.password,
});
if (!login.ok) fatal(`login failed: ${JSON.stringify(login.error)}`);
// Core checks every new password's strength; loading its dictionaries takes a second the first
// time, which would otherwise swallow the kill window of every password write.
await loadPasswordEstimator();
emit({ t: 'ready', pid: process.pid });

for (let n = 1; ; n++) {
  const op = chooseOp();
  emit({ t: 'begin', n, op });
  const started = performance.now();
  const outcome = await write(op);
  const ms = Math.round(performance.now() - started);
  if (outcome.ok) {
    emit({ t: 'ack', n, result: outcome.result, ms });
  } else if (op.kind === 'backup' && (outcome.code === 'INTERNAL' || outcome.code === 'UNKNOWN_CHANNEL')) {
    // Not built yet: the call has no handler in core.
    state.backup = false;
    emit({ t: 'backupUnavailable', code: outcome.code });
  } else {
    if (op.kind === 'backup') state.backup = false;
    emit({ t: 'fail', n, code: outcome.code, ...(outcome.fields ? { fields: outcome.fields } : {}), ms });
  }
}
