// Joint surfaces covered by cartilage in life (the acetabulum's lunate surface, the femoral head, the
// pubic symphysis's joint faces) are tinted a cooler, bluish white on the bone, so they read against the
// bare bone round them: the fossa of the socket, the fovea of the head, the neck. The tint is a vertex-colour multiplier of the bone's ivory,
// at most 1 per channel, as the colours are stored in 8 bits.
const CARTILAGE_TINT = [0.8, 0.9, 1];

/** The RGB multiplier for a vertex `weight` of the way (0 bare bone .. 1 cartilage) onto a joint surface. */
export function cartilageTint(weight) {
  return CARTILAGE_TINT.map((c) => 1 - weight * (1 - c));
}
