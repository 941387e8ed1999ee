/**
 * The code dictionary: definitions from several reference pages merged into one entry per code.
 * See {@link buildCodeDictionary}.
 */
import { normalizeCode } from '../error-codes';
import { authorityOf, isHresultKey, isNumberedKey, signedDecimal } from './sources';
import type { CodeDefinition } from './types';

/** A symbolic name that the sources give to more than one code, and how it was settled. */
export interface NameConflict {
  /** The name, as first written. */
  name: string;
  /** Codes that keep the name (more than one when the sources are equally trusted). */
  kept: string[];
  /** Codes the name was removed from. */
  dropped: string[];
  /** The sources that gave the name to each code. */
  claims: Record<string, string[]>;
}

/** Lookup over merged code definitions. */
export interface CodeDictionary {
  /**
   * By normalised code ('0x80180014', '806', 'ZtdDeviceDuplicated'). HRESULTs are also found in any
   * form {@link normalizeCode} accepts ('0x8018000A', '80180014', '-2145910764'); a name-only code
   * is also found by name when it was merged into a numbered one ('InvalidZtdHardwareHash').
   */
  get(code: string): CodeDefinition | undefined;
  /** By any symbolic name, case-insensitive ('menroll_e_devicenotsupported', 'ztddevicealreadyassigned'). */
  byName(name: string): CodeDefinition | undefined;
  /** Every symbolic name, keyed lower-case → canonical spelling (for findCodes' `symbols` option). */
  symbols(): ReadonlyMap<string, string>;
  /** Every definition, in order of first appearance in the input. */
  all(): readonly CodeDefinition[];
  /** Names the sources gave to several codes, and which code kept each. */
  conflicts(): readonly NameConflict[];
}

interface Part {
  def: CodeDefinition;
  rank: number;
  order: number;
}

/** Fewer words than this, or a placeholder such as "tbd", makes a description generic. */
const MIN_WORDS = 3;
const PLACEHOLDER = /^(tbd|tba|todo|n\/a|-+)$/i;
/**
 * A description that one source gives to this many codes or more is a stock message (the enrollment
 * include's "There was an error communicating with the server…" serves six). Pairs are not enough:
 * the win32 page deliberately repeats each MENROLL_E_* description on its MREGISTER_E_* twin.
 */
const STOCK_MESSAGE_CODES = 3;

/**
 * Merges code definitions (from {@link importCodeReference}) into a dictionary.
 *
 * - One definition per code: HRESULTs and numbered codes by value; a name-only definition joins the
 *   code that carries the same name (the add-devices page's `ZtdDeviceAlreadyAssigned` joins 806 of
 *   the 806/808 support article). `ZtdDeviceAssignedToAnotherTenant` (add-devices) and
 *   `ZtdDeviceAssignedToOtherTenant` (808, support article and MMD draft) are different spellings
 *   that no source equates, so they stay apart.
 * - Names and sources are united, most trusted source first (ranks in {@link SOURCE_PROFILES}:
 *   the win32 MDMRegistration.h page, then the Entra page, the enrollment-codes include, the
 *   Autopilot pages, and last the MMD draft, SOURCES.md R4). The family is the most trusted source's.
 * - The description is the most specific one: a description is generic when it is a placeholder,
 *   has fewer than three words ("Internal error", the portal message of 808) or is a stock message
 *   that one source gives to three codes or more (the enrollment include's "There was an error
 *   communicating with the server…"). A specific
 *   description beats a generic one; between equals, the more trusted source wins.
 * - A name given to several codes stays only on the code whose claim comes from the most trusted
 *   source: the enrollment include labels both 0x80180005 and 0x80180006
 *   MENROLL_E_DEVICE_CONFIGMGRSERVER_ERROR; the win32 page gives it to 0x80180005 only, so
 *   0x80180006 loses it. Every such case is listed by {@link CodeDictionary.conflicts}.
 * - `decimal` is recomputed from the hex value for every HRESULT.
 *
 * The value corrections of SOURCES.md R3 are applied by the importer, before this step.
 */
export function buildCodeDictionary(definitions: readonly CodeDefinition[]): CodeDictionary {
  const rankOf = (d: CodeDefinition): number => Math.min(...d.sources.map(authorityOf), Number.MAX_SAFE_INTEGER);
  const parts: Part[] = definitions.map((def, order) => ({ def, rank: rankOf(def), order }));
  const isCoded = (code: string): boolean => isHresultKey(code) || isNumberedKey(code);

  // Generic descriptions: placeholders, very short ones, or one text shared by several codes of a source.
  const sharedBy = new Map<string, Set<string>>();
  for (const { def } of parts) {
    const key = `${def.sources.join(',')}\u0000${def.description.toLowerCase()}`;
    if (!sharedBy.has(key)) sharedBy.set(key, new Set());
    sharedBy.get(key)!.add(def.code);
  }
  const isGeneric = (def: CodeDefinition): boolean => {
    const d = def.description.trim();
    if (!d || PLACEHOLDER.test(d) || d.split(/\s+/).length < MIN_WORDS) return true;
    return (sharedBy.get(`${def.sources.join(',')}\u0000${d.toLowerCase()}`)?.size ?? 0) >= STOCK_MESSAGE_CODES;
  };

  // 1. Coded definitions grouped by code.
  const groups = new Map<string, Part[]>();
  for (const p of parts) {
    if (!isCoded(p.def.code)) continue;
    if (!groups.has(p.def.code)) groups.set(p.def.code, []);
    groups.get(p.def.code)!.push(p);
  }

  // 2. Names claimed by several codes: keep them on the code with the most trusted claim.
  const claims = new Map<string, Map<string, Part[]>>(); // name (lower) → code → parts naming it
  const spelling = new Map<string, string>();
  for (const [code, list] of groups) {
    for (const p of list) {
      for (const n of p.def.names) {
        const k = n.toLowerCase();
        if (!spelling.has(k)) spelling.set(k, n);
        if (!claims.has(k)) claims.set(k, new Map());
        const byCode = claims.get(k)!;
        if (!byCode.has(code)) byCode.set(code, []);
        byCode.get(code)!.push(p);
      }
    }
  }
  const dropped = new Map<string, Set<string>>(); // code → names (lower) removed from it
  const conflicts: NameConflict[] = [];
  for (const [k, byCode] of claims) {
    if (byCode.size < 2) continue;
    const best = Math.min(...[...byCode.values()].flat().map((p) => p.rank));
    const kept = [...byCode.keys()].filter((c) => byCode.get(c)!.some((p) => p.rank === best));
    const lost = [...byCode.keys()].filter((c) => !kept.includes(c));
    for (const c of lost) {
      if (!dropped.has(c)) dropped.set(c, new Set());
      dropped.get(c)!.add(k);
    }
    conflicts.push({
      name: spelling.get(k)!,
      kept,
      dropped: lost,
      claims: Object.fromEntries(
        [...byCode].map(([c, ps]) => [c, [...new Set(ps.flatMap((p) => p.def.sources))].sort((a, b) => authorityOf(a) - authorityOf(b))]),
      ),
    });
  }
  const keeps = (code: string, name: string): boolean => !dropped.get(code)?.has(name.toLowerCase());

  // 3. Name-only definitions join the code that carries one of their names, or group by name.
  const nameHome = new Map<string, string>(); // name (lower) → code
  for (const [code, list] of groups) {
    for (const p of list) for (const n of p.def.names) if (keeps(code, n) && !nameHome.has(n.toLowerCase())) nameHome.set(n.toLowerCase(), code);
  }
  for (const p of parts) {
    if (isCoded(p.def.code)) continue;
    const own = [p.def.code, ...p.def.names];
    const homes = [...new Set(own.map((n) => nameHome.get(n.toLowerCase())).filter((c): c is string => c !== undefined))];
    let key: string;
    if (homes.length === 1) key = homes[0]!;
    else {
      key = p.def.code;
      const existing = [...groups.keys()].find((c) => !isCoded(c) && c.toLowerCase() === key.toLowerCase());
      if (existing) key = existing;
      for (const n of own) if (!nameHome.has(n.toLowerCase())) nameHome.set(n.toLowerCase(), key);
    }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(p);
  }

  // 4. Merge each group.
  const merged: CodeDefinition[] = [];
  const firstOrder = new Map<CodeDefinition, number>();
  for (const [code, list] of groups) {
    const byTrust = [...list].sort((a, b) => a.rank - b.rank || a.order - b.order);
    const names: string[] = [];
    for (const p of byTrust) {
      for (const n of [...p.def.names, ...(isCoded(p.def.code) ? [] : [p.def.code])]) {
        if (!keeps(code, n) || names.some((x) => x.toLowerCase() === n.toLowerCase())) continue;
        names.push(n);
      }
    }
    const described = [...byTrust].sort((a, b) => Number(isGeneric(a.def)) - Number(isGeneric(b.def)) || a.rank - b.rank || a.order - b.order);
    const def: CodeDefinition = {
      code,
      names,
      ...(isHresultKey(code) ? { decimal: signedDecimal(code) } : {}),
      description: described.find((p) => p.def.description.trim())?.def.description ?? '',
      family: byTrust[0]!.def.family,
      sources: [...new Set(byTrust.flatMap((p) => p.def.sources))],
    };
    merged.push(def);
    firstOrder.set(def, Math.min(...list.map((p) => p.order)));
  }
  merged.sort((a, b) => firstOrder.get(a)! - firstOrder.get(b)!);

  const byCode = new Map(merged.map((d) => [d.code, d]));
  const byNameIndex = new Map<string, CodeDefinition>();
  const symbols = new Map<string, string>();
  for (const d of merged) {
    for (const n of d.names) {
      const k = n.toLowerCase();
      if (!byNameIndex.has(k)) byNameIndex.set(k, d);
      if (!symbols.has(k)) symbols.set(k, n);
    }
  }
  const byName = (name: string): CodeDefinition | undefined => byNameIndex.get(name.trim().toLowerCase());
  const all: readonly CodeDefinition[] = Object.freeze([...merged]);
  const frozenConflicts: readonly NameConflict[] = Object.freeze([...conflicts]);

  return {
    get(code: string): CodeDefinition | undefined {
      const raw = code.trim();
      const exact = byCode.get(raw) ?? byCode.get(raw.toLowerCase());
      if (exact) return exact;
      const asHresult = /^(0[xX]|-)/.test(raw) || /^[0-9A-Fa-f]{8}$/.test(raw) || /^[0-9]{5,}$/.test(raw) ? normalizeCode(raw) : undefined;
      if (asHresult) return byCode.get(asHresult);
      if (/^[A-Za-z]/.test(raw)) return byName(raw);
      return undefined;
    },
    byName,
    symbols: () => symbols,
    all: () => all,
    conflicts: () => frozenConflicts,
  };
}
