// Links drawn solid, dashed or dotted, as i2's Analyst's Notebook draws confirmed, unconfirmed and tentative ties.
// sigma 3 has no dashed program: this is its rectangle (and clamped, for arrows) edge program with one more
// attribute, a_dash (0 solid, 1 dashed, 2 dotted), and a varying for the distance from the source in screen
// pixels; the fragment shader discards the gaps, so dashes keep their length at every zoom.
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeArrowHeadProgram, EdgeProgram, createEdgeCompoundProgram, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

/** Dash patterns in CSS pixels: [drawn, period]. Dots grow with the line so that they stay round-ish. */
export const DASH = { on: 7, period: 11 };
export const DOT = { on: 2, period: 5 };

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute float a_dash;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
uniform vec2 u_viewport;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;
varying float v_pixels;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;

  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // With a radius (arrows), the end stops short of the target node and its arrow head, as sigma's clamped program.
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensation = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);

  vec2 clip = (u_matrix * vec3(position + unitNormal * webGLThickness + compensation, 1)).xy;
  gl_Position = vec4(clip, 0, 1);

  // Distance from the source along the link, in CSS pixels: clip space spans the viewport's size over 2 units.
  vec2 toPixels = u_viewport * 0.5;
  vec2 s = (u_matrix * vec3(a_positionStart, 1)).xy * toPixels;
  vec2 e = (u_matrix * vec3(a_positionEnd, 1)).xy * toPixels;
  vec2 d = e - s;
  float len = length(d);
  v_along = len > 0.0 ? dot(clip * toPixels - s, d / len) : 0.0;
  v_dash = a_dash;
  v_pixels = pixelsThickness / u_sizeRatio;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying float v_dash;
varying float v_pixels;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  if (v_dash > 0.5) {
    bool dotted = v_dash > 1.5;
    float grow = dotted ? max(1.0, v_pixels) : 1.0;
    float on = (dotted ? ${DOT.on.toFixed(1)} : ${DASH.on.toFixed(1)}) * grow;
    float period = (dotted ? ${DOT.period.toFixed(1)} : ${DASH.period.toFixed(1)}) * grow;
    if (mod(v_along, period) > on) discard;
  }
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const UNIFORMS = ['u_matrix', 'u_zoomRatio', 'u_sizeRatio', 'u_correctionRatio', 'u_pixelRatio', 'u_feather', 'u_minEdgeThickness', 'u_lengthToThicknessRatio', 'u_viewport'] as const;
const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** dashOf reads the dash code a link carries (the renderer sets it from the link's confidence). */
function dashOf(data: EdgeDisplayData): number {
  const v = (data as EdgeDisplayData & { dash?: number }).dash;
  return v === 1 || v === 2 ? v : 0;
}

function dashedProgram(clamped: boolean) {
  return class EdgeDashedProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX,
        FRAGMENT_SHADER_SOURCE: FRAGMENT,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_positionStart', size: 2, type: FLOAT },
          { name: 'a_positionEnd', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_radius', size: 1, type: FLOAT },
          { name: 'a_dash', size: 1, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_positionCoef', size: 1, type: FLOAT },
          { name: 'a_normalCoef', size: 1, type: FLOAT },
          { name: 'a_radiusCoef', size: 1, type: FLOAT },
        ],
        // As sigma's clamped program: only the two vertices at the target move back by the node's radius.
        CONSTANT_DATA: [[0, 1, 0], [0, -1, 0], [1, 1, 1], [1, 1, 1], [0, -1, 0], [1, -1, -1]],
      };
    }

    processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
      const thickness = data.size || 1;
      const x1 = sourceData.x, y1 = sourceData.y, x2 = targetData.x, y2 = targetData.y;
      const dx = x2 - x1, dy = y2 - y1;
      let len = dx * dx + dy * dy;
      let n1 = 0, n2 = 0;
      if (len) {
        len = 1 / Math.sqrt(len);
        n1 = -dy * len * thickness;
        n2 = dx * len * thickness;
      }
      const a = this.array;
      a[startIndex++] = x1;
      a[startIndex++] = y1;
      a[startIndex++] = x2;
      a[startIndex++] = y2;
      a[startIndex++] = n1;
      a[startIndex++] = n2;
      a[startIndex++] = floatColor(data.color);
      a[startIndex++] = edgeIndex;
      a[startIndex++] = clamped ? targetData.size || 1 : 0;
      a[startIndex++] = dashOf(data);
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
      const u = uniformLocations;
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(u.u_feather, params.antiAliasingFeather);
      gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(u.u_lengthToThicknessRatio, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS.lengthToThicknessRatio);
      gl.uniform2f(u.u_viewport, params.width, params.height);
    }
  };
}

/** EdgeDashedLineProgram draws an undirected link, solid, dashed or dotted by its dash attribute. */
export const EdgeDashedLineProgram = dashedProgram(false);

/** EdgeDashedArrowProgram draws a directed link: the dashed body stops at the arrow head, drawn solid. */
export const EdgeDashedArrowProgram = createEdgeCompoundProgram([dashedProgram(true), EdgeArrowHeadProgram]);
