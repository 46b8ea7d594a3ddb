// The schema of model/channel.json (written by scripts/learn-channel.ts, which validates every count
// with it): the single source of the file's types. Kept apart from model.ts so that loading the
// channel at run time does not import zod (see model.ts).
// A namespace import, so that bundles keep only the zod functions used (`import { z }` keeps all its locales).
import * as z from 'zod';
import { contentId } from '../model-ids.js';

const Counts = z.record(z.string(), z.number());
export const ProfileCounts = z.object({
  ops: z.record(z.string(), Counts),
  occ: Counts,
  keyOps: z.record(z.string(), Counts),
  keyOcc: Counts,
  tone: z.array(z.array(z.number()).length(6)).length(6),
  tokens: z.record(z.string(), Counts),
  gold: Counts,
  keep: z.tuple([z.number(), z.number()]),
  /** The same as `keep` for the marked ones alone ("quyén", "viéc"): hardly ever right as printed. */
  keepMarked: z.tuple([z.number(), z.number()]).optional(),
});
export type ProfileCounts = z.infer<typeof ProfileCounts>;

export const ChannelFile = z.object({
  version: z.literal(1),
  /** Written by the learner (withChannelId): candidates.bin names the channel it was built from by it. */
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/u)
    .optional(),
  note: z.string(),
  profiles: z.object({ heavy: ProfileCounts, light: ProfileCounts }),
});
export type ChannelFile = z.infer<typeof ChannelFile>;

/**
 * The file with its id (model-ids.ts), placed right after `version` where the run time reads it: a
 * hash of the file's JSON without the id, so the same counts give the same id.
 */
export function withChannelId(file: ChannelFile): ChannelFile {
  const { version, id: _old, ...rest } = file;
  return { version, id: contentId([JSON.stringify({ version, ...rest })]), ...rest };
}
