import { BoxGeometry, DoubleSide, Mesh, MeshBasicMaterial, Plane, Raycaster, Vector3 } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { AXIAL_LEVELS, conditionById, TOUR_STEPS } from '../../src/content';
import { applyStep } from '../../src/presenter/applyStep';
import { pickOnlyKept, pickWhole } from '../../src/scene/section/sectionPlane';
import { FORAMEN_OFFSET_MM, nearestLevel, SECTION_RANGE, sectionPosition } from '../../src/state/section';
import { resetViewer, useViewer } from '../../src/state/store';

afterEach(resetViewer);

const section = () => useViewer.getState().section;

describe('the cross-section in the store', () => {
  it('is off in the overview and turns on, axial through its disc, for a herniated disc', () => {
    expect(section().on).toBe(false);
    useViewer.getState().select('herniated-disc');
    expect(section()).toEqual({ on: true, plane: 'axial', position: AXIAL_LEVELS.indexOf('disc_L5_S1') });
    expect(nearestLevel(section().position)).toBe('disc_L5_S1');
  });

  it('goes through the L4-L5 disc for a bulging disc, and turns off for a condition without one', () => {
    useViewer.getState().select('bulging-disc');
    expect(nearestLevel(section().position)).toBe('disc_L4_L5');
    useViewer.getState().select('piriformis-syndrome');
    expect(section().on).toBe(false);
    useViewer.getState().select(null);
    expect(section().on).toBe(false);
  });

  it('keeps what the clinician set while the same condition stays open', () => {
    useViewer.getState().select('herniated-disc');
    useViewer.getState().setSectionOn(false);
    useViewer.getState().select('herniated-disc');
    expect(section().on).toBe(false);
  });

  it('starts a sagittal cut through the foramen on the side of the pressed nerve', () => {
    useViewer.getState().select('herniated-disc');
    useViewer.getState().setSectionPlane('sagittal');
    // The herniated disc presses the left S1 root: +X is the patient's left.
    expect(section()).toMatchObject({ on: true, plane: 'sagittal', position: FORAMEN_OFFSET_MM });
    useViewer.getState().setSectionPlane('axial');
    expect(nearestLevel(section().position)).toBe('disc_L5_S1');
  });

  it('starts a sagittal cut at the midline when both sides are affected', () => {
    useViewer.getState().select('bulging-disc');
    useViewer.getState().setSectionPlane('sagittal');
    expect(section().position).toBe(0);
  });

  it('keeps the plane inside its range', () => {
    useViewer.getState().setSectionOn(true);
    useViewer.getState().setSectionPosition(99);
    expect(section().position).toBe(SECTION_RANGE.axial.max);
    useViewer.getState().setSectionPlane('sagittal');
    useViewer.getState().setSectionPosition(-99);
    expect(section().position).toBe(SECTION_RANGE.sagittal.min);
    useViewer.getState().setSection({ on: true, plane: 'axial', position: -3 });
    expect(section()).toEqual({ on: true, plane: 'axial', position: 0 });
  });

  it('switches the MRI look on and off', () => {
    useViewer.getState().setMriLook(true);
    expect(useViewer.getState().mriLook).toBe(true);
    useViewer.getState().setMriLook(false);
    expect(useViewer.getState().mriLook).toBe(false);
  });
});

describe('sections named in content', () => {
  it('name a level for an axial cut and a side for a foramen cut', () => {
    expect(sectionPosition({ plane: 'axial', through: 'L3' })).toBe(AXIAL_LEVELS.indexOf('L3'));
    expect(sectionPosition({ plane: 'sagittal', through: 'midline' })).toBe(0);
    expect(sectionPosition({ plane: 'sagittal', through: 'foramen' }, 'right')).toBe(-FORAMEN_OFFSET_MM);
  });

  it('are given for the disc conditions, whose teaching view is a cut seen from above', () => {
    expect(conditionById('herniated-disc')?.section).toEqual({ plane: 'axial', through: 'disc_L5_S1' });
    expect(conditionById('bulging-disc')?.section).toEqual({ plane: 'axial', through: 'disc_L4_L5' });
  });
});

describe('a tour step', () => {
  const step = TOUR_STEPS.find((s) => s.condition === 'herniated-disc');
  if (!step) throw new Error('The tour has no herniated disc step');

  it("keeps its condition's own cross-section unless it names one", () => {
    applyStep({ ...step, section: undefined });
    expect(section()).toMatchObject({ on: true, plane: 'axial' });
  });

  it('can name a cross-section and the MRI look, or turn the cross-section off', () => {
    applyStep({ ...step, section: { plane: 'sagittal', through: 'foramen' }, mriLook: true });
    expect(section()).toEqual({ on: true, plane: 'sagittal', position: FORAMEN_OFFSET_MM });
    expect(useViewer.getState().mriLook).toBe(true);
    applyStep({ ...step, section: null });
    expect(section().on).toBe(false);
  });
});

describe('picking a cut structure', () => {
  it('passes through the part cut away and finds the part still drawn', () => {
    // A 4 cm box cut across its middle, the top half cut away (the clipping plane keeps y < 0); a cut
    // mesh is drawn from both sides, so its far wall is seen through the cut.
    const box = new Mesh(new BoxGeometry(0.04, 0.04, 0.04), new MeshBasicMaterial({ side: DoubleSide }));
    box.updateMatrixWorld();
    const plane = new Plane(new Vector3(0, -1, 0), 0);
    const ray = new Raycaster(new Vector3(0, 1, 0), new Vector3(0, -1, 0));
    expect(ray.intersectObject(box)[0].point.y).toBeCloseTo(0.02);
    pickOnlyKept(box, plane);
    const hits = ray.intersectObject(box);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.point.y <= 0)).toBe(true);
    pickWhole(box);
    expect(ray.intersectObject(box)[0].point.y).toBeCloseTo(0.02);
  });

  it('leaves a part that is never picked (the skin) unpicked after a cut through it', () => {
    const veil = new Mesh(new BoxGeometry(0.04, 0.04, 0.04), new MeshBasicMaterial({ side: DoubleSide }));
    veil.raycast = () => {};
    veil.updateMatrixWorld();
    const ray = new Raycaster(new Vector3(0, 1, 0), new Vector3(0, -1, 0));
    pickOnlyKept(veil, new Plane(new Vector3(0, -1, 0), 0));
    expect(ray.intersectObject(veil)).toEqual([]);
    pickWhole(veil);
    expect(ray.intersectObject(veil)).toEqual([]);
  });
});
