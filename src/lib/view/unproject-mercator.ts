/**
 * Longitude and latitude (degrees) of a Web Mercator position in the unit square (x east, y down,
 * as `projectPoints` in cluster-points.ts makes them): the inverse of that projection.
 */
export function unprojectMercator(x: number, y: number): [lon: number, lat: number] {
  return [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];
}
