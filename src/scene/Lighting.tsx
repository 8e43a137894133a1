/**
 * Soft studio light in the manner of a medical illustration: a warm key from the upper front-left,
 * a cool fill from the right, a rim from behind to lift the outline, and sky/ground ambience.
 * Nothing is fetched: no environment map from a CDN.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#fff7ea', '#3a4150', 1.1]} />
      <directionalLight position={[1.2, 2.2, 2.4]} intensity={2.1} color="#fff3e0" />
      <directionalLight position={[-2.0, 0.6, 1.0]} intensity={0.7} color="#dfe8ff" />
      <directionalLight position={[0.2, 1.2, -2.5]} intensity={1.1} color="#ffffff" />
    </>
  );
}
