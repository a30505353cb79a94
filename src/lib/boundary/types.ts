/** The Kemendagri code list (idn-area-data), names title-cased. */
export interface KemendagriList {
  provinces: { code: string; name: string }[];
  regencies: { code: string; provinceCode: string; name: string }[];
  districts: { code: string; regencyCode: string; name: string }[];
  villages: { code: string; districtCode: string; name: string }[];
}
