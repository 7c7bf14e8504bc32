// Node labels on sigma's canvas, right to left where the name is Arabic (or any RTL script): the canvas gets
// direction "rtl" for that label so that bidi ordering (digits, Latin fragments, punctuation) reads correctly, with
// textAlign "left" so that the label still starts just right of its node. A white halo keeps labels legible.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { isRTL } from '../core/style/index';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

const rtlCache = new Map<string, boolean>();
function rtl(label: string): boolean {
  let v = rtlCache.get(label);
  if (v === undefined) {
    v = isRTL(label);
    if (rtlCache.size > 50000) rtlCache.clear();
    rtlCache.set(label, v);
  }
  return v;
}

export function drawLabel(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const r = rtl(data.label);
  ctx.direction = r ? 'rtl' : 'ltr';
  ctx.textAlign = 'left';
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = settings.labelColor.attribute ? ((data as unknown as Record<string, string>)[settings.labelColor.attribute] ?? settings.labelColor.color ?? '#000') : (settings.labelColor.color ?? '#000');
  ctx.fillText(data.label, x, y);
  ctx.direction = 'ltr';
}

export function drawHover(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  ctx.fillStyle = '#fff';
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 6;
  ctx.shadowColor = 'rgba(0,0,0,0.35)';
  const pad = 3;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  ctx.fill();
  if (data.label) {
    ctx.direction = rtl(data.label) ? 'rtl' : 'ltr';
    const w = ctx.measureText(data.label).width;
    ctx.direction = 'ltr';
    const h = size + 2 * pad;
    const x = data.x + data.size + 2;
    ctx.beginPath();
    ctx.roundRect(x, data.y - h / 2, w + 2 * pad + 4, h, 3);
    ctx.fill();
  }
  ctx.shadowBlur = 0;
  ctx.shadowOffsetY = 0;
  drawLabel(ctx, data, settings);
}
