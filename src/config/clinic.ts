import { z } from '../lib/zod.ts';
import raw from './clinic.json' with { type: 'json' };

/**
 * The clinic's own details, shown in the header, in presenter mode and on handouts. Edit `clinic.json`
 * to change them; docs/CLINIC.md describes each field. The build fails on a value that does not fit.
 */
const clinicSchema = z.object({
  name: z.string().min(1).max(80),
  contact: z.string().max(160),
  /** A picture file in `public/`, e.g. "clinic-logo.svg", or null for none. Same origin only. */
  logo: z
    .string()
    .regex(/^[\w-]+\.(svg|png|webp)$/, 'must be a file name in public/ ending in .svg, .png or .webp')
    .nullable(),
  defaultLang: z.enum(['en', 'es']),
  /** The tour steps to present, by id and in order (see src/content/tour.ts), or null for all of them. */
  tour: z.array(z.string()).min(1).nullable(),
  /**
   * The address where patients can open the app from home, e.g. "https://spine.riverside.example/". The
   * handout's link and QR code point here; null leaves the QR code out (a clinic laptop's own address,
   * such as 127.0.0.1, would not open on a patient's phone).
   */
  publicUrl: z
    .url({
      protocol: /^https?$/,
      error: 'must be a web address starting with https:// (or http://), or null',
    })
    .nullable()
    .default(null),
  /** Origins allowed to embed the app in a frame, in CSP syntax: "'self'", "https://clinic.example". */
  frameAncestors: z.array(z.string().regex(/^('self'|'none'|https:\/\/[a-z0-9.-]+(:\d+)?)$/)).min(1),
});

export type ClinicConfig = z.infer<typeof clinicSchema>;

/** Reads a clinic configuration, or throws an error that names the field at fault. */
export function parseClinic(value: unknown): ClinicConfig {
  const result = clinicSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `Clinic configuration error in src/config/clinic.json: field "${issue?.path.join('.')}" ${issue?.message}`,
  );
}

export const clinic = parseClinic(raw);
