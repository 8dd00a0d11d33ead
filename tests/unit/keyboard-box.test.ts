import { describe, expect, it } from 'vitest';
import { initialKeyboardBox, moveKeyboardBox } from '../../components/report/keyboard-box';

const IMAGE = { width: 1000, height: 500 };

describe('initialKeyboardBox', () => {
  it('centres a quarter-wide frame', () => {
    expect(initialKeyboardBox(IMAGE)).toEqual({ x: 375, y: 219, width: 250, height: 63 });
  });
});

describe('moveKeyboardBox', () => {
  const box = { x: 100, y: 100, width: 200, height: 100 };

  it.each([
    ['ArrowLeft', { x: 60, y: 100 }],
    ['ArrowRight', { x: 140, y: 100 }],
    ['ArrowUp', { x: 100, y: 80 }],
    ['ArrowDown', { x: 100, y: 120 }],
  ])('moves with %s', (key, position) => {
    expect(moveKeyboardBox(box, key, false, IMAGE)).toEqual({ ...box, ...position });
  });

  it.each([
    ['ArrowRight', { width: 240, height: 100 }],
    ['ArrowLeft', { width: 160, height: 100 }],
    ['ArrowDown', { width: 200, height: 120 }],
    ['ArrowUp', { width: 200, height: 80 }],
  ])('resizes with Shift+%s', (key, size) => {
    expect(moveKeyboardBox(box, key, true, IMAGE)).toEqual({ ...box, ...size });
  });

  it('stays inside the picture', () => {
    expect(moveKeyboardBox({ x: 10, y: 5, width: 200, height: 100 }, 'ArrowLeft', false, IMAGE)).toMatchObject({ x: 0 });
    expect(moveKeyboardBox({ x: 790, y: 0, width: 200, height: 100 }, 'ArrowRight', false, IMAGE)).toMatchObject({ x: 800 });
    expect(moveKeyboardBox({ x: 0, y: 390, width: 200, height: 100 }, 'ArrowDown', false, IMAGE)).toMatchObject({ y: 400 });
    expect(moveKeyboardBox({ x: 900, y: 0, width: 80, height: 100 }, 'ArrowRight', true, IMAGE)).toMatchObject({ width: 100 });
  });

  it('never shrinks below the minimum', () => {
    expect(moveKeyboardBox({ x: 0, y: 0, width: 25, height: 12 }, 'ArrowLeft', true, IMAGE)).toMatchObject({ width: 20 });
    expect(moveKeyboardBox({ x: 0, y: 0, width: 25, height: 12 }, 'ArrowUp', true, IMAGE)).toMatchObject({ height: 10 });
  });

  it('ignores other keys', () => {
    expect(moveKeyboardBox(box, 'Enter', false, IMAGE)).toBeNull();
    expect(moveKeyboardBox(box, 'a', true, IMAGE)).toBeNull();
  });
});
