/**
 * The crash test, shared by `npx vitest run test/core/crash` (50+ kills) and
 * `npm run bench -- crash` (500+). A child process (writer.ts) logs in through core and writes
 * through `dispatch` (cases, steps, coordinators, password changes, users created, reset and
 * deactivated, backups) and is SIGKILLed a random moment after it starts writing. After each
 * kill a fresh core opens the same data folder and the parent checks, against every write the
 * child acknowledged so far (in this round and all before):
 *   (a) the register opens: `session.status` is locked and the current password logs in (during
 *       an unacknowledged change either the old or the new one);
 *   (b) every acknowledged write is there (raw SQL for all of them, the lists through channels);
 *   (c) `PRAGMA integrity_check` and `foreign_key_check`;
 *   (d) `audit.verify` (the chain and its anchor in the key file);
 *   (e) the recovery code still opens it (`session.recover`, then a login with the new password);
 *   (f) no temp file is left in the data folder once a fresh core has started and logged in;
 * and that passwords replaced or revoked by an acknowledged write no longer open it.
 * Before the fresh core touches the folder it is copied aside, so a failure can be reproduced
 * from the exact files the kill left (see `recheck.ts`).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { seededRandom } from '@core/demo/random';
import { createCore, type Core } from '@core/index';
import { openDatabase } from '@core/storage/database';
import { keyCopyPath, parseKeyFile, readKeyFile } from '@core/storage/keyFile';
import { unlockSlot, unwrapKey, userLookup, type KdfCost } from '@core/storage/keySlots';

import {
  OP_KINDS,
  type AckResult,
  type OpKind,
  type WriteOp,
  type WriterConfig,
  type WriterLine,
} from './protocol';

/** Same low scrypt cost as test/core/harness.ts (not imported: it needs the vitest runner). */
export const CRASH_KDF: KdfCost = { N: 2 ** 14, r: 8, p: 1 };
const HERE = path.dirname(fileURLToPath(import.meta.url));
const WRITER = path.join(HERE, 'writer.ts');
const REPO = path.resolve(HERE, '../../..');
const ADMIN_USERNAME = 'krasj.admin';
const READY_TIMEOUT_MS = 60_000;
const MAX_KEPT_FAILURES = 10;
/** The writes a targeted kill aims at, in turn; and how long it waits for one to begin. */
const TARGETS: readonly OpKind[] = [
  'case',
  'changePassword',
  'step',
  'userCreate',
  'backup',
  'userReset',
  'coordinator',
  'userDeactivate',
];
const TARGET_WAIT_MS = 3_000;

export interface CrashOptions {
  kills: number;
  /** Seeds the kill delays and the children's choices; random (and reported) when not given. */
  seed?: number;
  /**
   * Untargeted kills: uniform in [min, max] ms after the child's "ready", a share of them longer
   * (up to longMax). `targetedShare` of the kills instead aim at one kind of write (drawn in
   * turn): the kill lands at a uniform moment within that write's usual duration (as measured in
   * the acknowledged ones) once the child begins one.
   */
  delayMs?: { min: number; max: number; longShare: number; longMax: number; targetedShare: number };
  /** Where the register and the copies of failed rounds go; a new temp folder when not given. */
  workDir?: string;
  /** Progress lines (every tenth round, and every failure). */
  log?: (line: string) => void;
  /** Stop at the first round with a problem (by default every round runs and all are counted). */
  stopOnFailure?: boolean;
}

export interface Problem {
  round: number;
  kind: 'lost' | 'integrity' | 'chain' | 'key' | 'recovery' | 'leftover' | 'unopenable' | 'child' | 'writer';
  detail: string;
}

export interface CrashReport {
  seed: number;
  workDir: string;
  rounds: number;
  /** Children killed by the parent after they reported ready. */
  kills: number;
  acked: Record<OpKind, number>;
  /** Milliseconds the acknowledged writes took in the child, summed per kind. */
  ackedMs: Record<OpKind, number>;
  ackedTotal: number;
  /** Which write had begun, not yet answered, when the kill landed ('none': between two). */
  killedDuring: Record<OpKind | 'none', number>;
  lostWrites: number;
  integrityFailures: number;
  chainFailures: number;
  keyFailures: number;
  recoveryFailures: number;
  leftoverTempRounds: number;
  leftoverTempFiles: number;
  /**
   * Temp files the kill left, seen before the fresh core started (which must remove them), by
   * what they were for: shows that kills land in the middle of atomic writes.
   */
  tempsAfterKill: Record<string, number>;
  unopenable: number;
  childFailures: number;
  writerErrors: number;
  /** backup.create answered with an error that says it is not built (no handler in core yet). */
  backupUnavailable: boolean;
  /** Non-fatal refusals the writer met (a fødselsnummer drawn twice: CONFLICT), by code. */
  refusals: Record<string, number>;
  problems: Problem[];
  /** Folders holding the data folder as the kill left it, for each round with a problem. */
  keptFailures: string[];
  seconds: number;
  /** Mean ms from spawning a child to its "ready", and of the checks after a kill. */
  childStartMs: number;
  checkMs: number;
  /** Users left listed as active, unable to log in, by a deactivation the kill interrupted. */
  usersInLimbo: number;
  /** The register's size at the end. */
  dbBytes: number;
  /** What the register holds by the children's acknowledgements (for checkRegister again). */
  model: Model;
  dataDir: string;
}

type UserState = 'active' | 'deactivated' | 'limbo';

/** Everything acknowledged so far: what the register must hold. Plain JSON (kept with failures). */
export interface Model {
  recoveryCode: string;
  admin: { username: string; password: string; replaced: string[] };
  serviceUnits: Record<string, string>;
  coordinators: Record<string, string>;
  cases: Record<string, string>;
  steps: Record<string, { caseId: number; kind: string }>;
  /**
   * Users other than the administrator. `limbo`: not to be used any more, and no claim on its
   * row's active flag (a deactivation killed after the slot went and before the row changed, or
   * a user whose password failed a check): its row must still be there.
   */
  users: Record<string, { id: number; password: string; state: UserState; replaced: string[] }>;
  /** Users deactivated by an acknowledged write whose passwords were not yet tried after it. */
  revokedToTry: { username: string; password: string }[];
  /** The newest acknowledged backup: a backup at least as new must be there, and intact. */
  lastBackup: { createdAt: string; files: string[] } | null;
  backupsAcked: number;
}

const freshPassword = (random: () => number) =>
  `Forelder-${Math.floor(random() * 2 ** 32).toString(36)}-Gjenoppretting-${Math.floor(random() * 2 ** 32).toString(36)}`;

/**
 * Temp files an interrupted write may leave: atomic writes (`.samordna.keys.<pid>.<ms>.tmp`),
 * half-written backups (`backups/.staging-*`), SQLite journals of a target database. The register's own files
 * (samordna.db, -wal, -shm, samordna.keys, its .copy) and finished backups are not.
 */
export function isLeftover(name: string): boolean {
  return /\.tmp$|\.tmp[.-]|\.partial$|\.part$|\.incomplete$|\.inprogress$|-journal$|^\.staging-/i.test(name);
}

function leftoversIn(folder: string, depth = 2): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (isLeftover(name)) found.push(full);
    else if (depth > 0 && statSync(full).isDirectory()) found.push(...leftoversIn(full, depth - 1));
  }
  return found;
}

function listing(folder: string): string {
  return readdirSync(folder)
    .map((f) => {
      const s = statSync(path.join(folder, f));
      return s.isDirectory() ? `${f}/` : `${f} (${s.size} B)`;
    })
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// One child

interface ChildRun {
  ready: boolean;
  /** ms from spawn to "ready". */
  startMs: number;
  /** Killed by us (not exited on its own). */
  killed: boolean;
  exitCode: number | null;
  lines: WriterLine[];
  stderr: string;
}

/**
 * How a child is started: the writer bundled once per run into one ES module (the repository's
 * TypeScript transpiled by esbuild, as tsx would; the native database binding and exceljs
 * imported from node_modules by absolute path), which starts in about 0.3 s instead of 1–2 s
 * through tsx on a busy two-core machine. Through tsx when esbuild is not there or
 * CRASH_WRITER=tsx.
 */
async function writerCommand(workDir: string): Promise<string[]> {
  const viaTsx = ['--import', 'tsx', WRITER];
  if (process.env.CRASH_WRITER === 'tsx') return viaTsx;
  try {
    const esbuild = await import('esbuild');
    const outfile = path.join(workDir, 'writer.bundle.mjs');
    const absolute = ['better-sqlite3-multiple-ciphers', 'exceljs'];
    await esbuild.build({
      entryPoints: [WRITER],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'silent',
      // Bundled packages written as CommonJS still call require().
      banner: {
        js: "import { createRequire as __crashRequire } from 'node:module'; const require = __crashRequire(import.meta.url);",
      },
      plugins: [
        {
          name: 'node-modules-by-absolute-path',
          setup(build) {
            build.onResolve({ filter: new RegExp(`^(${absolute.join('|')})$`) }, async (args) => {
              if (args.pluginData === 'inner') return undefined;
              const found = await build.resolve(args.path, {
                kind: args.kind,
                resolveDir: args.resolveDir,
                pluginData: 'inner',
              });
              return { path: found.path, external: true };
            });
          },
        },
      ],
    });
    return [outfile];
  } catch {
    return viaTsx;
  }
}

/**
 * When to kill: `afterReadyMs` after the child is ready, or, with a target, `delayMs` after it
 * begins a write of that kind (then `afterReadyMs` is only the latest moment).
 */
interface KillPlan {
  afterReadyMs: number;
  target: { kind: OpKind; delayMs: number } | null;
}

function runChild(command: string[], config: WriterConfig, plan: KillPlan): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, JSON.stringify(config)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const spawned = performance.now();
    const run: ChildRun = { ready: false, startMs: 0, killed: false, exitCode: null, lines: [], stderr: '' };
    let buffered = '';
    let closed = false;
    const timers: NodeJS.Timeout[] = [];
    const kill = () => {
      if (closed || run.killed) return;
      run.killed = child.kill('SIGKILL');
    };
    const killIn = (ms: number) => timers.push(setTimeout(kill, ms));
    killIn(READY_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let at: number;
      while ((at = buffered.indexOf('\n')) >= 0) {
        const text = buffered.slice(0, at);
        buffered = buffered.slice(at + 1);
        let line: WriterLine;
        try {
          line = JSON.parse(text) as WriterLine;
        } catch {
          run.stderr += `unparsable line: ${text}\n`;
          continue;
        }
        run.lines.push(line);
        if (line.t === 'ready' && !run.ready) {
          run.ready = true;
          run.startMs = performance.now() - spawned;
          clearTimeout(timers.shift());
          killIn(plan.afterReadyMs);
        }
        if (line.t === 'begin' && plan.target && line.op.kind === plan.target.kind) {
          killIn(plan.target.delayMs);
          plan = { ...plan, target: null };
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    // 'close': the process is gone and its pipes are read to the end (a line the kill cut short
    // stays in `buffered` and counts for nothing).
    child.on('close', (code) => {
      closed = true;
      timers.forEach(clearTimeout);
      run.exitCode = code;
      resolve(run);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Checks after a kill

type Ok<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
const call = <T>(core: Core, channel: string, input: unknown = {}) =>
  core.dispatch(channel, input) as Promise<Ok<T>>;

async function loginWithAny(core: Core, username: string, passwords: string[]): Promise<string | null> {
  for (const password of passwords) {
    const result = await call(core, 'session.login', { username, password });
    if (result.ok) return password;
  }
  return null;
}

interface RoundContext {
  round: number;
  dataDir: string;
  model: Model;
  /** The write that had begun and was not answered when the kill landed. */
  pending: WriteOp | null;
  random: () => number;
  /** Users (and admin passwords) whose acknowledged change in this round must be checked. */
  changedThisRound: Set<string>;
  /**
   * A copy of the key file as it was before the round (a file path), when the round acknowledged
   * a re-key (a password reset or a deactivation): with it, the old password must not open
   * today's database (DESIGN.md 11, "revocation re-keys").
   */
  keysBeforeRound?: string | null;
  /** The passwords those acknowledged resets and deactivations took away. */
  revokedThisRound?: { username: string; password: string }[];
}

/**
 * Opens the folder with a fresh core and checks it against the model; brings the model up to
 * date with how the unanswered write came out. Returns the problems found.
 */
export async function checkRegister(ctx: RoundContext): Promise<Problem[]> {
  const { round, dataDir, model, pending } = ctx;
  const problems: Problem[] = [];
  const problem = (kind: Problem['kind'], detail: string) => problems.push({ round, kind, detail });
  const admin = model.admin;
  const mustNotOpen: { username: string; password: string; why: string }[] = [];
  let keyTexts: { name: string; text: string | null; password: string }[] = [];

  const core = createCore({ dataDir, kdf: CRASH_KDF, allowSyntheticIds: true });
  try {
    // (a) opens, and the current password logs in
    const status = await call<{ state: string }>(core, 'session.status');
    if (!status.ok || status.data.state !== 'locked') {
      problem('unopenable', `session.status: ${JSON.stringify(status)}; files: ${listing(dataDir)}`);
      return problems;
    }
    const candidates =
      pending?.kind === 'changePassword' ? [pending.newPassword, admin.password] : [admin.password];
    let password = await loginWithAny(core, admin.username, candidates);
    if (password === null) {
      const older = await loginWithAny(core, admin.username, admin.replaced.slice(-3));
      problem(
        older ? 'lost' : 'key',
        older
          ? 'an acknowledged password change of the administrator is lost: an older password opens, the current one not'
          : `the administrator's password (${candidates.length} candidates) does not open the register`,
      );
      if (older) await call(core, 'session.logout');
      // Carry on with the recovery code, as a user would.
      const reset = freshPassword(ctx.random);
      const recovered = await call(core, 'session.recover', {
        recoveryCode: model.recoveryCode,
        username: admin.username,
        newPassword: reset,
      });
      if (!recovered.ok || (await loginWithAny(core, admin.username, [reset])) === null) {
        problem(
          'unopenable',
          `neither the password nor the recovery code opens it: ${JSON.stringify(recovered)}`,
        );
        return problems;
      }
      password = reset;
    }
    if (password !== admin.password) {
      admin.replaced.push(admin.password);
      admin.password = password;
    }

    // (f) the fresh core has started and logged in: no temp file may be left
    const leftovers = leftoversIn(dataDir);
    if (leftovers.length)
      problem(
        'leftover',
        `after start and login: ${leftovers.map((f) => path.relative(dataDir, f)).join(', ')}`,
      );

    // The key file and its copy as the fresh start left them: each alone must open the register.
    const keysPath = path.join(dataDir, 'samordna.keys');
    keyTexts = [keysPath, keyCopyPath(keysPath)].map((file) => ({
      name: path.basename(file),
      text: existsSync(file) ? readFileSync(file, 'utf8') : null,
      password: admin.password,
    }));

    // (d) the audit chain and its anchor
    const verified = await call<{ ok: boolean }>(core, 'audit.verify');
    if (!verified.ok || !verified.data.ok) problem('chain', `audit.verify: ${JSON.stringify(verified)}`);

    // (b) through the channels: users, coordinators, the number of cases, the newest backup
    const users = await call<{ id: number; username: string; active: boolean }[]>(core, 'users.list');
    if (!users.ok) problem('writer', `users.list: ${JSON.stringify(users.error)}`);
    const userRows = new Map((users.ok ? users.data : []).map((u) => [u.username, u]));
    if (pending?.kind === 'userCreate' && userRows.get(pending.username)?.active) {
      const row = userRows.get(pending.username)!;
      model.users[pending.username] = {
        id: row.id,
        password: pending.password,
        state: 'active',
        replaced: [],
      };
    }
    for (const [username, user] of Object.entries(model.users)) {
      const row = userRows.get(username);
      if (!row) problem('lost', `user ${username} (acknowledged) is missing`);
      else if (user.state === 'limbo') {
        if (!row.active) user.state = 'deactivated';
      } else if (user.state === 'deactivated' && row.active)
        problem('lost', `user ${username}: acknowledged deactivation is lost`);
      else if (user.state === 'active' && !row.active) {
        if (pending?.kind === 'userDeactivate' && pending.username === username) {
          user.state = 'deactivated';
          mustNotOpen.push({ username, password: user.password, why: 'deactivated (the row says so)' });
        } else problem('lost', `user ${username} is inactive without an acknowledged deactivation`);
      }
    }
    const coordinators = await call<{ id: number; name: string }[]>(core, 'coordinators.list');
    if (!coordinators.ok) problem('writer', `coordinators.list: ${JSON.stringify(coordinators.error)}`);
    else {
      const byId = new Map(coordinators.data.map((c) => [c.id, c.name]));
      for (const [id, name] of Object.entries(model.coordinators))
        if (byId.get(Number(id)) !== name)
          problem('lost', `coordinator ${id} (${name}) missing from coordinators.list`);
    }
    const cases = await call<{ all: number }>(core, 'cases.list', { limit: 1 });
    if (!cases.ok) problem('writer', `cases.list: ${JSON.stringify(cases.error)}`);
    else if (cases.data.all < Object.keys(model.cases).length)
      problem(
        'lost',
        `cases.list counts ${cases.data.all} cases, ${Object.keys(model.cases).length} acknowledged`,
      );
    if (model.backupsAcked > 0) {
      // Rotation may delete the acknowledged file itself (the newest of the day is kept): a backup
      // at least as new must be there, and the newest must be whole.
      const backups = await call<{
        localFolder: string;
        settings: { secondFolder: string | null };
        newest: { file: string; createdAt: string } | null;
      }>(core, 'backup.status');
      if (!backups.ok) problem('writer', `backup.status: ${JSON.stringify(backups.error)}`);
      else {
        const newest = backups.data.newest;
        if (!newest || newest.createdAt < model.lastBackup!.createdAt)
          problem(
            'lost',
            `the acknowledged backup of ${model.lastBackup!.createdAt} is gone and none newer is there`,
          );
        if (newest) {
          const inspected = await call<{ intact: boolean }>(core, 'backup.inspect', { file: newest.file });
          if (!inspected.ok || !inspected.data.intact)
            problem('integrity', `the newest backup ${newest.file}: ${JSON.stringify(inspected)}`);
        }
        for (const folder of [backups.data.localFolder, backups.data.settings.secondFolder]) {
          if (!folder || path.resolve(folder).startsWith(path.resolve(dataDir))) continue;
          const left = leftoversIn(folder, 0);
          if (left.length) problem('leftover', `backup folder after start and login: ${left.join(', ')}`);
        }
      }
    }
    await call(core, 'session.logout');

    // Passwords: each known user's current one opens; replaced and revoked ones do not.
    for (const [username, user] of Object.entries(model.users)) {
      if (user.state !== 'active') continue;
      const resetPending = pending?.kind === 'userReset' && pending.username === username;
      const tried = resetPending ? [pending.newPassword, user.password] : [user.password];
      const opened = await loginWithAny(core, username, tried);
      if (opened !== null) {
        await call(core, 'session.logout');
        if (opened !== user.password) {
          user.replaced.push(user.password);
          user.password = opened;
        }
      } else if (pending?.kind === 'userDeactivate' && pending.username === username) {
        // Its slot went first; the row was not changed yet: a user who is listed as active and
        // cannot log in until an administrator deactivates them again.
        user.state = 'limbo';
      } else if (pending?.kind === 'userCreate' && pending.username === username) {
        // The slot is written before the row: a listed user whose password opens nothing is a
        // half-made user the administrator cannot explain.
        problem(
          'key',
          `user ${username}: created (not acknowledged) and listed, but the password does not open`,
        );
        delete model.users[username];
      } else {
        const older = await loginWithAny(core, username, user.replaced.slice(-2));
        if (older) await call(core, 'session.logout');
        problem(
          older ? 'lost' : 'key',
          older
            ? `user ${username}: an acknowledged password reset is lost (the old password opens)`
            : `user ${username}: the current password does not open the register`,
        );
        user.state = 'limbo'; // reported: stop handing them to the writer
      }
    }
    // Replaced and revoked passwords are tried on their slots (rawChecks), not by logging in: a
    // refused login counts against the name (samordna.logins) and would end in a lock.
    for (const username of ctx.changedThisRound) {
      const user = username === admin.username ? admin : model.users[username];
      const old = user?.replaced.at(-1);
      if (old) mustNotOpen.push({ username, password: old, why: 'replaced by an acknowledged change' });
    }
    for (const revoked of model.revokedToTry.splice(0))
      mustNotOpen.push({ ...revoked, why: 'deactivated by an acknowledged write' });

    // (e) the recovery code still opens it
    const reset = freshPassword(ctx.random);
    const recovered = await call(core, 'session.recover', {
      recoveryCode: model.recoveryCode,
      username: admin.username,
      newPassword: reset,
    });
    if (!recovered.ok) problem('recovery', `session.recover: ${JSON.stringify(recovered.error)}`);
    else if ((await loginWithAny(core, admin.username, [reset])) === null)
      problem('recovery', 'session.recover answered ok, the new password does not log in');
    else {
      admin.replaced.push(admin.password);
      admin.password = reset;
      await call(core, 'session.logout');
    }
  } finally {
    core.close();
  }

  // (b) every acknowledged write, and (c) integrity, read from the database itself
  try {
    await rawChecks(dataDir, model, mustNotOpen, problem);
    await eachKeyFileOpens(dataDir, model, keyTexts, problem);
    if (ctx.keysBeforeRound && ctx.revokedThisRound?.length)
      await oldKeyFileChecks(dataDir, ctx.keysBeforeRound, ctx.revokedThisRound, problem);
  } catch (error) {
    problem(
      'integrity',
      `opening the database directly failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return problems;
}

async function rawChecks(
  dataDir: string,
  model: Model,
  mustNotOpen: { username: string; password: string; why: string }[],
  problem: (kind: Problem['kind'], detail: string) => void,
): Promise<void> {
  const keyFile = readKeyFile(path.join(dataDir, 'samordna.keys'));
  if (!keyFile) throw new Error('no key file');
  const slotOf = (username: string) => {
    const lookup = userLookup(keyFile.registerId, username);
    return keyFile.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
  };
  for (const { username, password, why } of mustNotOpen) {
    const slot = slotOf(username);
    const key = slot && (await unwrapKey(slot, password, keyFile.registerId));
    if (key) {
      key.fill(0);
      problem('key', `${username}: a password ${why} still opens the key file's slot`);
    }
  }
  const slot = slotOf(model.admin.username);
  if (!slot) throw new Error("the administrator's slot is not in the key file");
  const key = await unwrapKey(slot, model.admin.password, keyFile.registerId);
  if (!key) throw new Error("the administrator's password does not unwrap the slot");
  {
    const db = openDatabase(path.join(dataDir, 'samordna.db'), key);
    key.fill(0);
    try {
      const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
      if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok')
        problem('integrity', `integrity_check: ${JSON.stringify(integrity.slice(0, 5))}`);
      const foreign = db.pragma('foreign_key_check') as unknown[];
      if (foreign.length) problem('integrity', `foreign_key_check: ${JSON.stringify(foreign.slice(0, 5))}`);

      const rows = <T>(sql: string) => db.prepare(sql).all() as T[];
      const cases = new Map(
        rows<{ id: number; n: string }>('SELECT id, case_number AS n FROM cases').map((r) => [r.id, r.n]),
      );
      for (const [id, number] of Object.entries(model.cases))
        if (cases.get(Number(id)) !== number)
          problem('lost', `case ${id} (${number}): ${cases.get(Number(id)) ?? 'missing'}`);
      const steps = new Map(
        rows<{ id: number; caseId: number; kind: string }>(
          'SELECT id, case_id AS caseId, kind FROM case_steps',
        ).map((r) => [r.id, r]),
      );
      for (const [id, step] of Object.entries(model.steps)) {
        const row = steps.get(Number(id));
        if (!row || row.caseId !== step.caseId || row.kind !== step.kind)
          problem(
            'lost',
            `step ${id} (${step.kind} on case ${step.caseId}): ${row ? JSON.stringify(row) : 'missing'}`,
          );
      }
      const units = new Map(
        rows<{ id: number; name: string }>('SELECT id, name FROM service_units').map((r) => [r.id, r.name]),
      );
      for (const [id, name] of Object.entries(model.serviceUnits))
        if (units.get(Number(id)) !== name) problem('lost', `service unit ${id} (${name}) missing`);
      const coordinators = new Map(
        rows<{ id: number; name: string }>('SELECT id, name FROM coordinators').map((r) => [r.id, r.name]),
      );
      for (const [id, name] of Object.entries(model.coordinators))
        if (coordinators.get(Number(id)) !== name) problem('lost', `coordinator ${id} (${name}) missing`);
    } finally {
      db.close();
    }
  }
}

/**
 * The key file and its copy, each on its own, open the register with the administrator's
 * password (the current key, or the new one of a re-key under way): one damaged file never loses
 * the data (DESIGN.md 11).
 */
async function eachKeyFileOpens(
  dataDir: string,
  model: Model,
  texts: { name: string; text: string | null; password: string }[],
  problem: (kind: Problem['kind'], detail: string) => void,
): Promise<void> {
  for (const { name, text, password } of texts) {
    const keyFile = text === null ? null : parseKeyFile(text);
    if (!keyFile) {
      problem('key', `after a fresh start, ${name} is ${text === null ? 'missing' : 'unreadable'}`);
      continue;
    }
    const lookup = userLookup(keyFile.registerId, model.admin.username);
    const slot = keyFile.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
    const keys = slot && (await unlockSlot(slot, password, keyFile.registerId));
    const opens = [keys?.key, keys?.nextKey].some((key) => {
      if (!key) return false;
      try {
        openDatabase(path.join(dataDir, 'samordna.db'), key).close();
        return true;
      } catch {
        return false;
      } finally {
        key.fill(0);
      }
    });
    if (!opens) problem('key', `${name} alone does not open the register with the administrator's password`);
  }
}

/** An old copy of the key file with a password taken away since must not open today's database. */
async function oldKeyFileChecks(
  dataDir: string,
  oldKeysPath: string,
  revoked: { username: string; password: string }[],
  problem: (kind: Problem['kind'], detail: string) => void,
): Promise<void> {
  const old = readKeyFile(oldKeysPath);
  if (!old) return;
  for (const { username, password } of revoked) {
    const lookup = userLookup(old.registerId, username);
    const slot = old.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
    const oldKey = slot && (await unwrapKey(slot, password, old.registerId));
    if (!oldKey) continue;
    try {
      openDatabase(path.join(dataDir, 'samordna.db'), oldKey).close();
      problem(
        'key',
        `${username}: the key file from before the re-key, with the password taken away, opens today's database`,
      );
    } catch {
      // refused: the register was re-keyed
    } finally {
      oldKey.fill(0);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The run

function applyAcks(
  model: Model,
  lines: WriterLine[],
  changed: Set<string>,
): {
  acked: { kind: OpKind; ms: number }[];
  pending: WriteOp | null;
  revoked: { username: string; password: string }[];
} {
  const begun = new Map<number, WriteOp>();
  const acked: { kind: OpKind; ms: number }[] = [];
  const revoked: { username: string; password: string }[] = [];
  let pending: WriteOp | null = null;
  for (const line of lines) {
    if (line.t === 'begin') {
      begun.set(line.n, line.op);
      pending = line.op;
    } else if (line.t === 'ack' || line.t === 'fail') {
      const op = begun.get(line.n)!;
      pending = null;
      if (line.t === 'ack') {
        acked.push({ kind: op.kind, ms: line.ms });
        if (op.kind === 'userReset') revoked.push({ username: op.username, password: op.oldPassword });
        if (op.kind === 'userDeactivate')
          revoked.push({ username: op.username, password: model.users[op.username]!.password });
        applyAck(model, op, line.result, changed);
      }
    } else if (line.t === 'backupUnavailable') pending = null;
  }
  return { acked, pending, revoked };
}

function applyAck(model: Model, op: WriteOp, result: AckResult, changed: Set<string>): void {
  switch (op.kind) {
    case 'serviceUnit':
      model.serviceUnits[result.id!] = op.name;
      break;
    case 'coordinator':
      model.coordinators[result.id!] = op.name;
      break;
    case 'case':
      model.cases[result.id!] = result.caseNumber!;
      break;
    case 'step':
      model.steps[result.id!] = { caseId: op.caseId, kind: op.stepKind };
      break;
    case 'changePassword':
      model.admin.replaced.push(model.admin.password);
      model.admin.password = op.newPassword;
      changed.add(model.admin.username);
      break;
    case 'userCreate':
      model.users[op.username] = { id: result.id!, password: op.password, state: 'active', replaced: [] };
      break;
    case 'userReset': {
      const user = model.users[op.username]!;
      user.replaced.push(user.password);
      user.password = op.newPassword;
      changed.add(op.username);
      break;
    }
    case 'userDeactivate': {
      const user = model.users[op.username]!;
      user.state = 'deactivated';
      model.revokedToTry.push({ username: op.username, password: user.password });
      changed.delete(op.username);
      break;
    }
    case 'backup':
      model.lastBackup = { createdAt: result.createdAt ?? '', files: result.files ?? [] };
      model.backupsAcked += 1;
      break;
  }
}

const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).reduce((sum, f) => {
    const s = statSync(path.join(folder, f));
    return sum + (s.isFile() ? s.size : 0);
  }, 0);
}

/** Copies the data folder as the kill left it (before anything opens it again). */
function copyFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/**
 * What `failure-round-N/failure.json` holds: the problems, the child's last lines, and the model
 * as it was before that round's checks (what was acknowledged, the write under way), which is
 * what recheck.ts hands to checkRegister again.
 */
export interface KeptFailure {
  seed: number;
  round: number;
  problems: Problem[];
  childLines: WriterLine[];
  childStderr: string;
  model: Model;
  pending: WriteOp | null;
  changedThisRound: string[];
  revokedThisRound: { username: string; password: string }[];
}

export async function runCrashKills(options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = seededRandom(seed).next;
  // Most kills within 150 ms of the first write; a third later, up to 1.5 s, so that writes which
  // take longer (a password change checks the password's strength and runs scrypt twice, a
  // re-key rewrites every page, a backup copies and verifies the database) are acknowledged too,
  // and killed in each of their steps.
  const delay = options.delayMs ?? { min: 5, max: 150, longShare: 0.35, longMax: 1500, targetedShare: 0.5 };
  const log = options.log ?? (() => {});
  const workDir = options.workDir ?? mkdtempSync(path.join(tmpdir(), 'samordna-crash-'));
  mkdirSync(workDir, { recursive: true });
  const dataDir = path.join(workDir, 'data');
  const preOpen = path.join(workDir, 'pre-open');

  // The register to be: an administrator and a service unit (set up below).
  const model: Model = {
    recoveryCode: '',
    admin: { username: ADMIN_USERNAME, password: freshPassword(random), replaced: [] },
    serviceUnits: {},
    coordinators: {},
    cases: {},
    steps: {},
    users: {},
    revokedToTry: [],
    lastBackup: null,
    backupsAcked: 0,
  };
  const report: CrashReport = {
    seed,
    workDir,
    rounds: 0,
    kills: 0,
    acked: zeroCounts(OP_KINDS),
    ackedMs: zeroCounts(OP_KINDS),
    ackedTotal: 0,
    killedDuring: zeroCounts([...OP_KINDS, 'none'] as const),
    lostWrites: 0,
    integrityFailures: 0,
    chainFailures: 0,
    keyFailures: 0,
    recoveryFailures: 0,
    leftoverTempRounds: 0,
    leftoverTempFiles: 0,
    tempsAfterKill: {},
    unopenable: 0,
    childFailures: 0,
    writerErrors: 0,
    backupUnavailable: false,
    refusals: {},
    problems: [],
    keptFailures: [],
    seconds: 0,
    childStartMs: 0,
    checkMs: 0,
    usersInLimbo: 0,
    dbBytes: 0,
    model,
    dataDir,
  };

  {
    const core = createCore({ dataDir, kdf: CRASH_KDF, allowSyntheticIds: true });
    try {
      const setup = await call<{ recoveryCode: string }>(core, 'session.setup', {
        municipality: 'Krasjvik kommune',
        displayName: 'Kari Krasj',
        username: ADMIN_USERNAME,
        password: model.admin.password,
      });
      if (!setup.ok) throw new Error(`session.setup failed: ${JSON.stringify(setup.error)}`);
      model.recoveryCode = setup.data.recoveryCode;
      const unit = await call<{ id: number }>(core, 'serviceUnits.create', { name: 'Krasjenheten' });
      if (!unit.ok) throw new Error(`serviceUnits.create failed: ${JSON.stringify(unit.error)}`);
      model.serviceUnits[unit.data.id] = 'Krasjenheten';
    } finally {
      core.close();
    }
  }

  const command = await writerCommand(workDir);
  mkdirSync(path.join(workDir, 'keys-before-round'), { recursive: true });
  const keysBeforeRound = path.join(workDir, 'keys-before-round', 'samordna.keys');
  let backupTried = true;
  let checkMsTotal = 0;
  let startMsTotal = 0;
  for (let round = 1; round <= options.kills; round++) {
    report.rounds = round;
    const activeUsers = Object.entries(model.users)
      .filter(([, u]) => u.state === 'active')
      .map(([username, u]) => ({ id: u.id, username, password: u.password }));
    const caseIds = Object.keys(model.cases).map(Number).slice(-40);
    const config: WriterConfig = {
      dataDir,
      kdf: CRASH_KDF,
      seed: Math.floor(random() * 2 ** 31),
      round,
      admin: { username: model.admin.username, password: model.admin.password },
      users: activeUsers,
      caseIds,
      serviceUnitIds: Object.keys(model.serviceUnits).map(Number),
      backup: backupTried,
    };
    const plan: KillPlan = {
      afterReadyMs:
        random() < delay.longShare
          ? delay.max + random() * (delay.longMax - delay.max)
          : delay.min + random() * (delay.max - delay.min),
      target: null,
    };
    if (random() < delay.targetedShare) {
      const kinds = TARGETS.filter((k) => k !== 'backup' || backupTried);
      const kind = kinds[round % kinds.length]!;
      const usual = report.acked[kind] ? report.ackedMs[kind] / report.acked[kind] : 50;
      plan.target = { kind, delayMs: random() * Math.max(5, 1.2 * usual) };
      plan.afterReadyMs = TARGET_WAIT_MS;
    }
    copyFileSync(path.join(dataDir, 'samordna.keys'), keysBeforeRound);
    const child = await runChild(command, config, plan);
    const roundProblems: Problem[] = [];
    const problem = (kind: Problem['kind'], detail: string) => roundProblems.push({ round, kind, detail });

    if (!child.ready || !child.killed) {
      const fatal = child.lines.find((l) => l.t === 'fatal');
      problem(
        'child',
        `${child.ready ? 'exited before the kill' : 'never got ready'} (exit ${child.exitCode})` +
          `${fatal ? `: ${fatal.message}` : ''}; stderr: ${child.stderr.trim().slice(-2000) || '(empty)'}`,
      );
    } else report.kills += 1;
    if (child.stderr.trim() && child.killed)
      problem('child', `wrote to stderr: ${child.stderr.trim().slice(-2000)}`);

    const changedThisRound = new Set<string>();
    const { acked, pending, revoked } = applyAcks(model, child.lines, changedThisRound);
    for (const { kind, ms } of acked) {
      report.acked[kind] += 1;
      report.ackedMs[kind] += ms;
    }
    report.ackedTotal += acked.length;
    if (child.killed) report.killedDuring[pending?.kind ?? 'none'] += 1;
    for (const line of child.lines) {
      if (line.t === 'backupUnavailable') {
        report.backupUnavailable = true;
        backupTried = model.backupsAcked > 0; // not built yet: stop asking (it is asked again once built)
        if (model.backupsAcked > 0)
          problem('writer', `backup.create failed after earlier backups: ${line.code}`);
      } else if (line.t === 'fail') {
        const op = child.lines.find((l) => l.t === 'begin' && l.n === line.n) as { op: WriteOp } | undefined;
        const expected = op?.op.kind === 'case' && line.code === 'CONFLICT';
        report.refusals[line.code] = (report.refusals[line.code] ?? 0) + 1;
        if (!expected)
          problem(
            'writer',
            `${op?.op.kind ?? '?'} refused: ${line.code} ${JSON.stringify(line.fields ?? {})}`,
          );
      }
    }

    for (const temp of leftoversIn(dataDir)) {
      const name = path.relative(dataDir, temp);
      const what = name.startsWith('backups')
        ? 'backup'
        : /keys/.test(name)
          ? 'key file'
          : /logins/.test(name)
            ? 'login counts'
            : 'other';
      report.tempsAfterKill[what] = (report.tempsAfterKill[what] ?? 0) + 1;
    }
    copyFolder(dataDir, preOpen);
    const before = structuredClone({
      model,
      pending,
      changedThisRound: [...changedThisRound],
      revokedThisRound: revoked,
    });
    const checkStarted = performance.now();
    try {
      roundProblems.push(
        ...(await checkRegister({
          round,
          dataDir,
          model,
          pending,
          random,
          changedThisRound,
          keysBeforeRound: revoked.length ? keysBeforeRound : null,
          revokedThisRound: revoked,
        })),
      );
    } catch (error) {
      problem('unopenable', `the checks threw: ${error instanceof Error ? error.stack : String(error)}`);
    }
    checkMsTotal += performance.now() - checkStarted;
    startMsTotal += child.startMs;

    for (const p of roundProblems) {
      report.problems.push(p);
      const counter = {
        lost: 'lostWrites',
        integrity: 'integrityFailures',
        chain: 'chainFailures',
        key: 'keyFailures',
        recovery: 'recoveryFailures',
        leftover: 'leftoverTempRounds',
        unopenable: 'unopenable',
        child: 'childFailures',
        writer: 'writerErrors',
      } as const;
      report[counter[p.kind]] += 1;
      if (p.kind === 'leftover') report.leftoverTempFiles += p.detail.split(', ').length;
      log(`round ${round}: ${p.kind.toUpperCase()}: ${p.detail} (killed during ${pending?.kind ?? 'none'})`);
    }
    if (roundProblems.length && report.keptFailures.length < MAX_KEPT_FAILURES) {
      const kept = path.join(workDir, `failure-round-${round}`);
      cpSync(preOpen, path.join(kept, 'data'), { recursive: true });
      cpSync(keysBeforeRound, path.join(kept, 'keys-before-round', 'samordna.keys'));
      const failure: KeptFailure = {
        seed,
        round,
        problems: roundProblems,
        childLines: child.lines.slice(-20),
        childStderr: child.stderr,
        ...before,
      };
      writeFileSync(path.join(kept, 'failure.json'), JSON.stringify(failure, null, 2));
      report.keptFailures.push(kept);
    }
    if (round % 10 === 0 || round === options.kills)
      log(
        `round ${round}/${options.kills}: ${report.ackedTotal} writes acknowledged, ` +
          `${report.problems.length} problems, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    if (roundProblems.some((p) => p.kind === 'unopenable')) break;
    if (options.stopOnFailure && roundProblems.length) break;
  }
  // Loudly: children that hardly write would make every check pass.
  if (report.ackedTotal < report.rounds)
    report.problems.push({
      round: report.rounds,
      kind: 'child',
      detail: `${report.ackedTotal} writes acknowledged in ${report.rounds} rounds: the writers hardly wrote`,
    });
  report.usersInLimbo = Object.values(model.users).filter((u) => u.state === 'limbo').length;
  report.dbBytes = folderBytes(dataDir);
  report.seconds = (performance.now() - started) / 1000;
  report.childStartMs = startMsTotal / Math.max(1, report.rounds);
  report.checkMs = checkMsTotal / Math.max(1, report.rounds);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Printing

export function printCrashReport(report: CrashReport, print: (line: string) => void = console.log): void {
  const row = (name: string, value: string | number) =>
    print(`  ${name.padEnd(62)} ${String(value).padStart(10)}`);
  print(`\nCrash test: writer SIGKILLed ${report.kills} times (seed ${report.seed})`);
  row('kills', report.kills);
  row('acknowledged writes', report.ackedTotal);
  for (const kind of OP_KINDS)
    if (report.acked[kind])
      row(
        `  ${kind} (mean ${(report.ackedMs[kind] / report.acked[kind]).toFixed(0)} ms in the writer)`,
        report.acked[kind],
      );
  row('lost writes', report.lostWrites);
  row('integrity failures (integrity_check, foreign keys, open)', report.integrityFailures);
  row('audit chain failures', report.chainFailures);
  row('leftover temp files (rounds / files)', `${report.leftoverTempRounds} / ${report.leftoverTempFiles}`);
  row('key failures (password opens wrongly or not at all)', report.keyFailures);
  row('recovery code failures', report.recoveryFailures);
  row('register did not open', report.unopenable);
  row('child failures / writer errors', `${report.childFailures} / ${report.writerErrors}`);
  row(
    'backup.create',
    report.backupUnavailable && report.acked.backup === 0 ? 'not built' : report.acked.backup,
  );
  print('  killed while this write was under way:');
  for (const [kind, n] of Object.entries(report.killedDuring)) if (n) row(`  ${kind}`, n);
  const refusals = Object.entries(report.refusals);
  if (refusals.length) row('refusals met by the writer', refusals.map(([c, n]) => `${c} ${n}`).join(', '));
  const temps = Object.entries(report.tempsAfterKill);
  row(
    'temp files the kills left (for a fresh start to remove)',
    temps.map(([k, n]) => `${k} ${n}`).join(', ') || 0,
  );
  row('users left active but locked out (interrupted deactivation)', report.usersInLimbo);
  row('register at the end (MiB)', (report.dbBytes / 2 ** 20).toFixed(1));
  row(
    'mean ms: a child to "ready" / the checks after a kill',
    `${report.childStartMs.toFixed(0)} / ${report.checkMs.toFixed(0)}`,
  );
  row(
    'time (s) / per kill (ms)',
    `${report.seconds.toFixed(0)} / ${((report.seconds * 1000) / Math.max(1, report.rounds)).toFixed(0)}`,
  );
  if (report.keptFailures.length) {
    print(
      '  data folders as the kill left them (recheck with `npx tsx test/core/crash/recheck.ts <folder>`):',
    );
    for (const k of report.keptFailures) print(`    ${k}`);
  }
}

/** Removes the work folder (after a clean run). */
export function removeWorkDir(report: CrashReport): void {
  rmSync(report.workDir, { recursive: true, force: true });
}
