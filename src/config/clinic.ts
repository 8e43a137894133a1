import { z } from 'zod';
import raw from './clinic.json';

/** The clinic's own details, shown in the header and on handouts. Edit `clinic.json` to change them. */
const clinicSchema = z.object({
  name: z.string().min(1).max(80),
  contact: z.string().max(160),
  defaultLang: z.enum(['en', 'es']),
});

export type ClinicConfig = z.infer<typeof clinicSchema>;

function parseClinic(value: unknown): ClinicConfig {
  const result = clinicSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `Clinic configuration error in src/config/clinic.json: field "${issue?.path.join('.')}" ${issue?.message}`,
  );
}

export const clinic = parseClinic(raw);
