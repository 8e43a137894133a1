import { clinic } from '../config/clinic';

/** The clinic's logo from configuration, or nothing. Decorative: the clinic's name always stands beside it. */
export function ClinicLogo({ size = 28 }: { size?: number }) {
  if (!clinic.logo) return null;
  return (
    <img
      className="clinic-logo"
      src={`${import.meta.env.BASE_URL}${clinic.logo}`}
      alt=""
      width={size}
      height={size}
    />
  );
}
